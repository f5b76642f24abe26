import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { AssistanceRequestSubjects, CreateAssistanceRequest, GetAssistanceRequest, ListAssistanceRequests, ReplyAssistanceRequest, UpdateAssistanceRequest, WithdrawAssistanceRequest } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { AssistanceRequestsService } from './assistance-requests.service.js';

/** The request-reply handlers of 协助调查件: one line each, the workflow is in the service. */
@Controller()
export class AssistanceRequestsRpcController {
  constructor(private readonly assistanceRequests: AssistanceRequestsService) {}

  @RpcPattern(AssistanceRequestSubjects.create, CreateAssistanceRequest.Request)
  create(@Payload() request: CreateAssistanceRequest.Request, @Caller() caller: CallerContext): Promise<CreateAssistanceRequest.Reply> {
    return this.assistanceRequests.create(request, caller);
  }

  @RpcPattern(AssistanceRequestSubjects.update, UpdateAssistanceRequest.Request)
  update(@Payload() request: UpdateAssistanceRequest.Request, @Caller() caller: CallerContext): Promise<UpdateAssistanceRequest.Reply> {
    return this.assistanceRequests.update(request, caller);
  }

  @RpcPattern(AssistanceRequestSubjects.reply, ReplyAssistanceRequest.Request)
  reply(@Payload() request: ReplyAssistanceRequest.Request, @Caller() caller: CallerContext): Promise<ReplyAssistanceRequest.Reply> {
    return this.assistanceRequests.reply(request, caller);
  }

  @RpcPattern(AssistanceRequestSubjects.withdraw, WithdrawAssistanceRequest.Request)
  withdraw(@Payload() request: WithdrawAssistanceRequest.Request, @Caller() caller: CallerContext): Promise<WithdrawAssistanceRequest.Reply> {
    return this.assistanceRequests.withdraw(request, caller);
  }

  @RpcPattern(AssistanceRequestSubjects.get, GetAssistanceRequest.Request)
  get(@Payload() request: GetAssistanceRequest.Request, @Caller() caller: CallerContext): Promise<GetAssistanceRequest.Reply> {
    return this.assistanceRequests.get(request.id, caller);
  }

  @RpcPattern(AssistanceRequestSubjects.list, ListAssistanceRequests.Request)
  list(@Payload() request: ListAssistanceRequests.Request, @Caller() caller: CallerContext): Promise<ListAssistanceRequests.Reply> {
    return this.assistanceRequests.list(request, caller);
  }
}
