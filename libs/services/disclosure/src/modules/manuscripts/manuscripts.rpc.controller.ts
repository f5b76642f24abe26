import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AdoptManuscript,
  CreateManuscript,
  GetManuscript,
  ListManuscripts,
  ManuscriptStats,
  ManuscriptSubjects,
  RejectManuscript,
  SubmitManuscript,
  UpdateManuscript,
  WithdrawManuscript,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { ManuscriptsService } from './manuscripts.service.js';

/** The request-reply handlers of 政务公开稿件: one line each, the workflow is in the service. */
@Controller()
export class ManuscriptsRpcController {
  constructor(private readonly manuscripts: ManuscriptsService) {}

  @RpcPattern(ManuscriptSubjects.create, CreateManuscript.Request)
  create(@Payload() request: CreateManuscript.Request, @Caller() caller: CallerContext): Promise<CreateManuscript.Reply> {
    return this.manuscripts.create(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.update, UpdateManuscript.Request)
  update(@Payload() request: UpdateManuscript.Request, @Caller() caller: CallerContext): Promise<UpdateManuscript.Reply> {
    return this.manuscripts.update(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.submit, SubmitManuscript.Request)
  submit(@Payload() request: SubmitManuscript.Request, @Caller() caller: CallerContext): Promise<SubmitManuscript.Reply> {
    return this.manuscripts.submit(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.adopt, AdoptManuscript.Request)
  adopt(@Payload() request: AdoptManuscript.Request, @Caller() caller: CallerContext): Promise<AdoptManuscript.Reply> {
    return this.manuscripts.adopt(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.reject, RejectManuscript.Request)
  reject(@Payload() request: RejectManuscript.Request, @Caller() caller: CallerContext): Promise<RejectManuscript.Reply> {
    return this.manuscripts.reject(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.withdraw, WithdrawManuscript.Request)
  withdraw(@Payload() request: WithdrawManuscript.Request, @Caller() caller: CallerContext): Promise<WithdrawManuscript.Reply> {
    return this.manuscripts.withdraw(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.get, GetManuscript.Request)
  get(@Payload() request: GetManuscript.Request, @Caller() caller: CallerContext): Promise<GetManuscript.Reply> {
    return this.manuscripts.get(request.id, caller);
  }

  @RpcPattern(ManuscriptSubjects.list, ListManuscripts.Request)
  list(@Payload() request: ListManuscripts.Request, @Caller() caller: CallerContext): Promise<ListManuscripts.Reply> {
    return this.manuscripts.list(request, caller);
  }

  @RpcPattern(ManuscriptSubjects.stats, ManuscriptStats.Request)
  stats(@Payload() request: ManuscriptStats.Request, @Caller() caller: CallerContext): Promise<ManuscriptStats.Reply> {
    return this.manuscripts.stats(request, caller);
  }
}
