import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
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
import { RpcPattern, Caller } from '@gov/platform';
import { OpinionService } from './opinion.service.js';

@Controller()
export class OpinionRpcController {
  constructor(private readonly opinion: OpinionService) {}

  @RpcPattern(OpinionSubjects.create, CreateOpinion.Request)
  create(@Payload() request: CreateOpinion.Request, @Caller() caller: CallerContext): Promise<CreateOpinion.Reply> {
    return this.opinion.create(request, caller);
  }

  @RpcPattern(OpinionSubjects.assign, AssignOpinion.Request)
  assign(@Payload() request: AssignOpinion.Request, @Caller() caller: CallerContext): Promise<AssignOpinion.Reply> {
    return this.opinion.assign(request, caller);
  }

  @RpcPattern(OpinionSubjects.respond, RespondOpinion.Request)
  respond(@Payload() request: RespondOpinion.Request, @Caller() caller: CallerContext): Promise<RespondOpinion.Reply> {
    return this.opinion.respond(request, caller);
  }

  @RpcPattern(OpinionSubjects.review, ReviewOpinion.Request)
  review(@Payload() request: ReviewOpinion.Request, @Caller() caller: CallerContext): Promise<ReviewOpinion.Reply> {
    return this.opinion.review(request, caller);
  }

  @RpcPattern(OpinionSubjects.get, GetOpinion.Request)
  get(@Payload() request: GetOpinion.Request, @Caller() caller: CallerContext): Promise<GetOpinion.Reply> {
    return this.opinion.get(request.id, caller);
  }

  @RpcPattern(OpinionSubjects.list, ListOpinions.Request)
  list(@Payload() request: ListOpinions.Request, @Caller() caller: CallerContext): Promise<ListOpinions.Reply> {
    return this.opinion.list(request, caller);
  }

  @RpcPattern(OpinionSubjects.statistics, OpinionStatistics.Request)
  statistics(@Payload() request: OpinionStatistics.Request, @Caller() caller: CallerContext): Promise<OpinionStatistics.Reply> {
    return this.opinion.statistics(request, caller);
  }

  @RpcPattern(OpinionSubjects.rules, ListOpinionRules.Request)
  rules(@Payload() request: ListOpinionRules.Request, @Caller() caller: CallerContext): Promise<ListOpinionRules.Reply> {
    return this.opinion.listRules(request, caller);
  }

  @RpcPattern(OpinionSubjects.createRule, CreateOpinionRule.Request)
  createRule(@Payload() request: CreateOpinionRule.Request, @Caller() caller: CallerContext): Promise<CreateOpinionRule.Reply> {
    return this.opinion.createRule(request, caller);
  }
}
