import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  AssignOpinion,
  CreateOpinion,
  CreateOpinionRule,
  GetOpinion,
  ListOpinionRules,
  ListOpinions,
  OpinionStatistics,
  OpinionSubjects,
  RespondOpinion,
  ReviewOpinion,
} from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { OpinionService } from './opinion.service.js';

@Injectable()
export class OpinionRpcController {
  constructor(private readonly opinion: OpinionService) {}

  @RpcHandler(OpinionSubjects.create, CreateOpinion.Request)
  create(request: CreateOpinion.Request, caller: CallerContext): Promise<CreateOpinion.Reply> {
    return this.opinion.create(request, caller);
  }

  @RpcHandler(OpinionSubjects.assign, AssignOpinion.Request)
  assign(request: AssignOpinion.Request, caller: CallerContext): Promise<AssignOpinion.Reply> {
    return this.opinion.assign(request, caller);
  }

  @RpcHandler(OpinionSubjects.respond, RespondOpinion.Request)
  respond(request: RespondOpinion.Request, caller: CallerContext): Promise<RespondOpinion.Reply> {
    return this.opinion.respond(request, caller);
  }

  @RpcHandler(OpinionSubjects.review, ReviewOpinion.Request)
  review(request: ReviewOpinion.Request, caller: CallerContext): Promise<ReviewOpinion.Reply> {
    return this.opinion.review(request, caller);
  }

  @RpcHandler(OpinionSubjects.get, GetOpinion.Request)
  get(request: GetOpinion.Request, caller: CallerContext): Promise<GetOpinion.Reply> {
    return this.opinion.get(request.id, caller);
  }

  @RpcHandler(OpinionSubjects.list, ListOpinions.Request)
  list(request: ListOpinions.Request, caller: CallerContext): Promise<ListOpinions.Reply> {
    return this.opinion.list(request, caller);
  }

  @RpcHandler(OpinionSubjects.statistics, OpinionStatistics.Request)
  statistics(request: OpinionStatistics.Request, caller: CallerContext): Promise<OpinionStatistics.Reply> {
    return this.opinion.statistics(request, caller);
  }

  @RpcHandler(OpinionSubjects.rules, ListOpinionRules.Request)
  rules(request: ListOpinionRules.Request, caller: CallerContext): Promise<ListOpinionRules.Reply> {
    return this.opinion.listRules(request, caller);
  }

  @RpcHandler(OpinionSubjects.createRule, CreateOpinionRule.Request)
  createRule(request: CreateOpinionRule.Request, caller: CallerContext): Promise<CreateOpinionRule.Reply> {
    return this.opinion.createRule(request, caller);
  }
}
