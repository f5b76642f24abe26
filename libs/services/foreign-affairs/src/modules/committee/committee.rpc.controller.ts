import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveCommitteeReport,
  CommitteeMeetingSubjects,
  CommitteeReportSubjects,
  CreateCommitteeMeeting,
  CreateCommitteeReport,
  GetCommitteeMeeting,
  GetCommitteeReport,
  ListCommitteeMeetings,
  ListCommitteeReports,
  NotifyCommitteeMeeting,
  PublishCommitteeMeeting,
  RecordCommitteeMeetingMinutes,
  SendCommitteeReport,
  UpdateCommitteeMeeting,
  UpdateCommitteeReport,
  WithdrawCommitteeMeeting,
  WithdrawCommitteeReport,
} from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { CommitteeReportsService } from './committee-reports.service.js';
import { CommitteeService } from './committee.service.js';

@Controller()
export class CommitteeRpcController {
  constructor(
    private readonly meetings: CommitteeService,
    private readonly reports: CommitteeReportsService,
  ) {}

  @RpcPattern(CommitteeMeetingSubjects.create, CreateCommitteeMeeting.Request)
  create(@Payload() request: CreateCommitteeMeeting.Request, @Caller() caller: CallerContext): Promise<CreateCommitteeMeeting.Reply> {
    return this.meetings.create(request, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.update, UpdateCommitteeMeeting.Request)
  update(@Payload() request: UpdateCommitteeMeeting.Request, @Caller() caller: CallerContext): Promise<UpdateCommitteeMeeting.Reply> {
    return this.meetings.update(request, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.notify, NotifyCommitteeMeeting.Request)
  notify(@Payload() request: NotifyCommitteeMeeting.Request, @Caller() caller: CallerContext): Promise<NotifyCommitteeMeeting.Reply> {
    return this.meetings.notify(request, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.recordMinutes, RecordCommitteeMeetingMinutes.Request)
  recordMinutes(@Payload() request: RecordCommitteeMeetingMinutes.Request, @Caller() caller: CallerContext): Promise<RecordCommitteeMeetingMinutes.Reply> {
    return this.meetings.recordMinutes(request, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.publish, PublishCommitteeMeeting.Request)
  publish(@Payload() request: PublishCommitteeMeeting.Request, @Caller() caller: CallerContext): Promise<PublishCommitteeMeeting.Reply> {
    return this.meetings.publish(request, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.withdraw, WithdrawCommitteeMeeting.Request)
  withdraw(@Payload() request: WithdrawCommitteeMeeting.Request, @Caller() caller: CallerContext): Promise<WithdrawCommitteeMeeting.Reply> {
    return this.meetings.withdraw(request, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.get, GetCommitteeMeeting.Request)
  get(@Payload() request: GetCommitteeMeeting.Request, @Caller() caller: CallerContext): Promise<GetCommitteeMeeting.Reply> {
    return this.meetings.get(request.id, caller);
  }

  @RpcPattern(CommitteeMeetingSubjects.list, ListCommitteeMeetings.Request)
  list(@Payload() request: ListCommitteeMeetings.Request, @Caller() caller: CallerContext): Promise<ListCommitteeMeetings.Reply> {
    return this.meetings.list(request, caller);
  }

  @RpcPattern(CommitteeReportSubjects.create, CreateCommitteeReport.Request)
  createReport(@Payload() request: CreateCommitteeReport.Request, @Caller() caller: CallerContext): Promise<CreateCommitteeReport.Reply> {
    return this.reports.create(request, caller);
  }

  @RpcPattern(CommitteeReportSubjects.update, UpdateCommitteeReport.Request)
  updateReport(@Payload() request: UpdateCommitteeReport.Request, @Caller() caller: CallerContext): Promise<UpdateCommitteeReport.Reply> {
    return this.reports.update(request, caller);
  }

  @RpcPattern(CommitteeReportSubjects.approve, ApproveCommitteeReport.Request)
  approveReport(@Payload() request: ApproveCommitteeReport.Request, @Caller() caller: CallerContext): Promise<ApproveCommitteeReport.Reply> {
    return this.reports.approve(request, caller);
  }

  @RpcPattern(CommitteeReportSubjects.send, SendCommitteeReport.Request)
  sendReport(@Payload() request: SendCommitteeReport.Request, @Caller() caller: CallerContext): Promise<SendCommitteeReport.Reply> {
    return this.reports.send(request, caller);
  }

  @RpcPattern(CommitteeReportSubjects.withdraw, WithdrawCommitteeReport.Request)
  withdrawReport(@Payload() request: WithdrawCommitteeReport.Request, @Caller() caller: CallerContext): Promise<WithdrawCommitteeReport.Reply> {
    return this.reports.withdraw(request, caller);
  }

  @RpcPattern(CommitteeReportSubjects.get, GetCommitteeReport.Request)
  getReport(@Payload() request: GetCommitteeReport.Request, @Caller() caller: CallerContext): Promise<GetCommitteeReport.Reply> {
    return this.reports.get(request.id, caller);
  }

  @RpcPattern(CommitteeReportSubjects.list, ListCommitteeReports.Request)
  listReports(@Payload() request: ListCommitteeReports.Request, @Caller() caller: CallerContext): Promise<ListCommitteeReports.Reply> {
    return this.reports.list(request, caller);
  }
}
