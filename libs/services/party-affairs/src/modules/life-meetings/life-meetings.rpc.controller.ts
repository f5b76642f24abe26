import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateLifeMeeting, GetLifeMeeting, LifeCompliance, ListLifeMeetings, LifeMeetingSubjects, UpdateLifeMeeting, WithdrawLifeMeeting } from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { LifeMeetingsService } from './life-meetings.service.js';

@Controller()
export class LifeMeetingsRpcController {
  constructor(private readonly lifeMeetings: LifeMeetingsService) {}

  @RpcPattern(LifeMeetingSubjects.create, CreateLifeMeeting.Request)
  create(@Payload() request: CreateLifeMeeting.Request, @Caller() caller: CallerContext): Promise<CreateLifeMeeting.Reply> {
    return this.lifeMeetings.create(request, caller);
  }

  @RpcPattern(LifeMeetingSubjects.update, UpdateLifeMeeting.Request)
  update(@Payload() request: UpdateLifeMeeting.Request, @Caller() caller: CallerContext): Promise<UpdateLifeMeeting.Reply> {
    return this.lifeMeetings.update(request, caller);
  }

  @RpcPattern(LifeMeetingSubjects.withdraw, WithdrawLifeMeeting.Request)
  withdraw(@Payload() request: WithdrawLifeMeeting.Request, @Caller() caller: CallerContext): Promise<WithdrawLifeMeeting.Reply> {
    return this.lifeMeetings.withdraw(request, caller);
  }

  @RpcPattern(LifeMeetingSubjects.get, GetLifeMeeting.Request)
  get(@Payload() request: GetLifeMeeting.Request, @Caller() caller: CallerContext): Promise<GetLifeMeeting.Reply> {
    return this.lifeMeetings.get(request.id, caller);
  }

  @RpcPattern(LifeMeetingSubjects.list, ListLifeMeetings.Request)
  list(@Payload() request: ListLifeMeetings.Request, @Caller() caller: CallerContext): Promise<ListLifeMeetings.Reply> {
    return this.lifeMeetings.list(request, caller);
  }

  @RpcPattern(LifeMeetingSubjects.compliance, LifeCompliance.Request)
  compliance(@Payload() request: LifeCompliance.Request, @Caller() caller: CallerContext): Promise<LifeCompliance.Reply> {
    return this.lifeMeetings.compliance(request, caller);
  }
}
