import { Injectable } from '@nestjs/common';
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
import { RpcHandler } from '@gov/platform';
import { MeetingsService } from './meetings.service.js';

@Injectable()
export class MeetingsRpcController {
  constructor(private readonly meetings: MeetingsService) {}

  @RpcHandler(MeetingSubjects.create, CreateMeeting.Request)
  create(request: CreateMeeting.Request, caller: CallerContext): Promise<CreateMeeting.Reply> {
    return this.meetings.create(request, caller);
  }

  @RpcHandler(MeetingSubjects.get, GetMeeting.Request)
  get(request: GetMeeting.Request, caller: CallerContext): Promise<GetMeeting.Reply> {
    return this.meetings.get(request.id, caller);
  }

  @RpcHandler(MeetingSubjects.list, ListMeetings.Request)
  list(request: ListMeetings.Request, caller: CallerContext): Promise<ListMeetings.Reply> {
    return this.meetings.list(request, caller);
  }

  @RpcHandler(MeetingSubjects.submit, SubmitMeeting.Request)
  submit(request: SubmitMeeting.Request, caller: CallerContext): Promise<SubmitMeeting.Reply> {
    return this.meetings.submit(request, caller);
  }

  @RpcHandler(MeetingSubjects.approve, ApproveMeeting.Request)
  approve(request: ApproveMeeting.Request, caller: CallerContext): Promise<ApproveMeeting.Reply> {
    return this.meetings.approve(request, caller);
  }

  @RpcHandler(MeetingSubjects.sendNotice, SendMeetingNotice.Request)
  sendNotice(request: SendMeetingNotice.Request, caller: CallerContext): Promise<SendMeetingNotice.Reply> {
    return this.meetings.sendNotice(request, caller);
  }

  @RpcHandler(MeetingSubjects.signIn, SignInMeeting.Request)
  signIn(request: SignInMeeting.Request, caller: CallerContext): Promise<SignInMeeting.Reply> {
    return this.meetings.signIn(request, caller);
  }

  @RpcHandler(MeetingSubjects.addTopic, AddMeetingTopic.Request)
  addTopic(request: AddMeetingTopic.Request, caller: CallerContext): Promise<AddMeetingTopic.Reply> {
    return this.meetings.addTopic(request, caller);
  }

  @RpcHandler(MeetingSubjects.addDecision, AddMeetingDecision.Request)
  addDecision(request: AddMeetingDecision.Request, caller: CallerContext): Promise<AddMeetingDecision.Reply> {
    return this.meetings.addDecision(request, caller);
  }

  @RpcHandler(MeetingSubjects.publishMinutes, PublishMeetingMinutes.Request)
  publishMinutes(request: PublishMeetingMinutes.Request, caller: CallerContext): Promise<PublishMeetingMinutes.Reply> {
    return this.meetings.publishMinutes(request, caller);
  }

  @RpcHandler(MeetingSubjects.reschedule, RescheduleMeeting.Request)
  reschedule(request: RescheduleMeeting.Request, caller: CallerContext): Promise<RescheduleMeeting.Reply> {
    return this.meetings.reschedule(request, caller);
  }

  @RpcHandler(MeetingSubjects.cancel, CancelMeeting.Request)
  cancel(request: CancelMeeting.Request, caller: CallerContext): Promise<CancelMeeting.Reply> {
    return this.meetings.cancel(request, caller);
  }

  @RpcHandler(MeetingSubjects.listClasses, ListMeetingClasses.Request)
  listClasses(request: ListMeetingClasses.Request, caller: CallerContext): Promise<ListMeetingClasses.Reply> {
    return this.meetings.listClasses(request, caller);
  }

  @RpcHandler(MeetingSubjects.putClass, PutMeetingClass.Request)
  putClass(request: PutMeetingClass.Request, caller: CallerContext): Promise<PutMeetingClass.Reply> {
    return this.meetings.putClass(request, caller);
  }
}
