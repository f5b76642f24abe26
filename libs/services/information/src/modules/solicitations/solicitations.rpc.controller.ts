import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { AnswerSolicitation, CreateSolicitation, GetSolicitation, ListSolicitations, ReplySolicitation, SolicitationSubjects, WithdrawSolicitation } from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { SolicitationsService } from './solicitations.service.js';

@Controller()
export class SolicitationsRpcController {
  constructor(private readonly solicitations: SolicitationsService) {}

  @RpcPattern(SolicitationSubjects.create, CreateSolicitation.Request)
  create(@Payload() request: CreateSolicitation.Request, @Caller() caller: CallerContext): Promise<CreateSolicitation.Reply> {
    return this.solicitations.create(request, caller);
  }

  @RpcPattern(SolicitationSubjects.answer, AnswerSolicitation.Request)
  answer(@Payload() request: AnswerSolicitation.Request, @Caller() caller: CallerContext): Promise<AnswerSolicitation.Reply> {
    return this.solicitations.answer(request, caller);
  }

  @RpcPattern(SolicitationSubjects.reply, ReplySolicitation.Request)
  reply(@Payload() request: ReplySolicitation.Request, @Caller() caller: CallerContext): Promise<ReplySolicitation.Reply> {
    return this.solicitations.reply(request, caller);
  }

  @RpcPattern(SolicitationSubjects.withdraw, WithdrawSolicitation.Request)
  withdraw(@Payload() request: WithdrawSolicitation.Request, @Caller() caller: CallerContext): Promise<WithdrawSolicitation.Reply> {
    return this.solicitations.withdraw(request, caller);
  }

  @RpcPattern(SolicitationSubjects.get, GetSolicitation.Request)
  get(@Payload() request: GetSolicitation.Request, @Caller() caller: CallerContext): Promise<GetSolicitation.Reply> {
    return this.solicitations.get(request.id, caller);
  }

  @RpcPattern(SolicitationSubjects.list, ListSolicitations.Request)
  list(@Payload() request: ListSolicitations.Request, @Caller() caller: CallerContext): Promise<ListSolicitations.Reply> {
    return this.solicitations.list(request, caller);
  }
}
