import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddMeetingDecision,
  AddMeetingTopic,
  ApproveMeeting,
  CancelMeeting,
  CreateMeeting,
  GetMeeting,
  ListMeetingClasses,
  ListMeetings,
  MeetingSubjects,
  PublishMeetingMinutes,
  PutMeetingClass,
  RescheduleMeeting,
  SendMeetingNotice,
  SignInMeeting,
  SubmitMeeting,
} from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { MeetingsService } from './meetings.service.js';

@Controller()
export class MeetingsRpcController {
  constructor(private readonly meetings: MeetingsService) {}

  @RpcPattern(MeetingSubjects.create, CreateMeeting.Request)
  create(@Payload() request: CreateMeeting.Request, @Caller() caller: CallerContext): Promise<CreateMeeting.Reply> {
    return this.meetings.create(request, caller);
  }

  @RpcPattern(MeetingSubjects.get, GetMeeting.Request)
  get(@Payload() request: GetMeeting.Request, @Caller() caller: CallerContext): Promise<GetMeeting.Reply> {
    return this.meetings.get(request.id, caller);
  }

  @RpcPattern(MeetingSubjects.list, ListMeetings.Request)
  list(@Payload() request: ListMeetings.Request, @Caller() caller: CallerContext): Promise<ListMeetings.Reply> {
    return this.meetings.list(request, caller);
  }

  @RpcPattern(MeetingSubjects.submit, SubmitMeeting.Request)
  submit(@Payload() request: SubmitMeeting.Request, @Caller() caller: CallerContext): Promise<SubmitMeeting.Reply> {
    return this.meetings.submit(request, caller);
  }

  @RpcPattern(MeetingSubjects.approve, ApproveMeeting.Request)
  approve(@Payload() request: ApproveMeeting.Request, @Caller() caller: CallerContext): Promise<ApproveMeeting.Reply> {
    return this.meetings.approve(request, caller);
  }

  @RpcPattern(MeetingSubjects.sendNotice, SendMeetingNotice.Request)
  sendNotice(@Payload() request: SendMeetingNotice.Request, @Caller() caller: CallerContext): Promise<SendMeetingNotice.Reply> {
    return this.meetings.sendNotice(request, caller);
  }

  @RpcPattern(MeetingSubjects.signIn, SignInMeeting.Request)
  signIn(@Payload() request: SignInMeeting.Request, @Caller() caller: CallerContext): Promise<SignInMeeting.Reply> {
    return this.meetings.signIn(request, caller);
  }

  @RpcPattern(MeetingSubjects.addTopic, AddMeetingTopic.Request)
  addTopic(@Payload() request: AddMeetingTopic.Request, @Caller() caller: CallerContext): Promise<AddMeetingTopic.Reply> {
    return this.meetings.addTopic(request, caller);
  }

  @RpcPattern(MeetingSubjects.addDecision, AddMeetingDecision.Request)
  addDecision(@Payload() request: AddMeetingDecision.Request, @Caller() caller: CallerContext): Promise<AddMeetingDecision.Reply> {
    return this.meetings.addDecision(request, caller);
  }

  @RpcPattern(MeetingSubjects.publishMinutes, PublishMeetingMinutes.Request)
  publishMinutes(@Payload() request: PublishMeetingMinutes.Request, @Caller() caller: CallerContext): Promise<PublishMeetingMinutes.Reply> {
    return this.meetings.publishMinutes(request, caller);
  }

  @RpcPattern(MeetingSubjects.reschedule, RescheduleMeeting.Request)
  reschedule(@Payload() request: RescheduleMeeting.Request, @Caller() caller: CallerContext): Promise<RescheduleMeeting.Reply> {
    return this.meetings.reschedule(request, caller);
  }

  @RpcPattern(MeetingSubjects.cancel, CancelMeeting.Request)
  cancel(@Payload() request: CancelMeeting.Request, @Caller() caller: CallerContext): Promise<CancelMeeting.Reply> {
    return this.meetings.cancel(request, caller);
  }

  @RpcPattern(MeetingSubjects.listClasses, ListMeetingClasses.Request)
  listClasses(@Payload() request: ListMeetingClasses.Request, @Caller() caller: CallerContext): Promise<ListMeetingClasses.Reply> {
    return this.meetings.listClasses(request, caller);
  }

  @RpcPattern(MeetingSubjects.putClass, PutMeetingClass.Request)
  putClass(@Payload() request: PutMeetingClass.Request, @Caller() caller: CallerContext): Promise<PutMeetingClass.Reply> {
    return this.meetings.putClass(request, caller);
  }
}
