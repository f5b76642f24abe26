import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateSubmission, GetSubmission, ListSubmissions, SubmissionSubjects, UpdateSubmission, WithdrawSubmission } from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { SubmissionsService } from './submissions.service.js';

@Controller()
export class SubmissionsRpcController {
  constructor(private readonly submissions: SubmissionsService) {}

  @RpcPattern(SubmissionSubjects.create, CreateSubmission.Request)
  create(@Payload() request: CreateSubmission.Request, @Caller() caller: CallerContext): Promise<CreateSubmission.Reply> {
    return this.submissions.create(request, caller);
  }

  @RpcPattern(SubmissionSubjects.update, UpdateSubmission.Request)
  update(@Payload() request: UpdateSubmission.Request, @Caller() caller: CallerContext): Promise<UpdateSubmission.Reply> {
    return this.submissions.update(request, caller);
  }

  @RpcPattern(SubmissionSubjects.withdraw, WithdrawSubmission.Request)
  withdraw(@Payload() request: WithdrawSubmission.Request, @Caller() caller: CallerContext): Promise<WithdrawSubmission.Reply> {
    return this.submissions.withdraw(request, caller);
  }

  @RpcPattern(SubmissionSubjects.get, GetSubmission.Request)
  get(@Payload() request: GetSubmission.Request, @Caller() caller: CallerContext): Promise<GetSubmission.Reply> {
    return this.submissions.get(request.id, caller);
  }

  @RpcPattern(SubmissionSubjects.list, ListSubmissions.Request)
  list(@Payload() request: ListSubmissions.Request, @Caller() caller: CallerContext): Promise<ListSubmissions.Reply> {
    return this.submissions.list(request, caller);
  }
}
