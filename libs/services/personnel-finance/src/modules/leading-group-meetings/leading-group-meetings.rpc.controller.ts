import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateLeadingGroupMeeting,
  GetLeadingGroupMeeting,
  LeadingGroupMeetingSubjects,
  ListLeadingGroupMeetings,
  NotifyLeadingGroupMeeting,
  PublishLeadingGroupMeeting,
  RecordLeadingGroupMeetingMinutes,
  UpdateLeadingGroupMeeting,
  WithdrawLeadingGroupMeeting,
} from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { LeadingGroupMeetingsService } from './leading-group-meetings.service.js';

@Controller()
export class LeadingGroupMeetingsRpcController {
  constructor(private readonly meetings: LeadingGroupMeetingsService) {}

  @RpcPattern(LeadingGroupMeetingSubjects.create, CreateLeadingGroupMeeting.Request)
  create(@Payload() request: CreateLeadingGroupMeeting.Request, @Caller() caller: CallerContext): Promise<CreateLeadingGroupMeeting.Reply> {
    return this.meetings.create(request, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.update, UpdateLeadingGroupMeeting.Request)
  update(@Payload() request: UpdateLeadingGroupMeeting.Request, @Caller() caller: CallerContext): Promise<UpdateLeadingGroupMeeting.Reply> {
    return this.meetings.update(request, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.notify, NotifyLeadingGroupMeeting.Request)
  notify(@Payload() request: NotifyLeadingGroupMeeting.Request, @Caller() caller: CallerContext): Promise<NotifyLeadingGroupMeeting.Reply> {
    return this.meetings.notify(request, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.recordMinutes, RecordLeadingGroupMeetingMinutes.Request)
  recordMinutes(@Payload() request: RecordLeadingGroupMeetingMinutes.Request, @Caller() caller: CallerContext): Promise<RecordLeadingGroupMeetingMinutes.Reply> {
    return this.meetings.recordMinutes(request, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.publish, PublishLeadingGroupMeeting.Request)
  publish(@Payload() request: PublishLeadingGroupMeeting.Request, @Caller() caller: CallerContext): Promise<PublishLeadingGroupMeeting.Reply> {
    return this.meetings.publish(request, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.withdraw, WithdrawLeadingGroupMeeting.Request)
  withdraw(@Payload() request: WithdrawLeadingGroupMeeting.Request, @Caller() caller: CallerContext): Promise<WithdrawLeadingGroupMeeting.Reply> {
    return this.meetings.withdraw(request, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.get, GetLeadingGroupMeeting.Request)
  get(@Payload() request: GetLeadingGroupMeeting.Request, @Caller() caller: CallerContext): Promise<GetLeadingGroupMeeting.Reply> {
    return this.meetings.get(request.id, caller);
  }

  @RpcPattern(LeadingGroupMeetingSubjects.list, ListLeadingGroupMeetings.Request)
  list(@Payload() request: ListLeadingGroupMeetings.Request, @Caller() caller: CallerContext): Promise<ListLeadingGroupMeetings.Reply> {
    return this.meetings.list(request, caller);
  }
}
