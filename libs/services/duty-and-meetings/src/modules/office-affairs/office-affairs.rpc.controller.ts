import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CountPublicity,
  CreateOfficeMeeting,
  CreateOfficeRule,
  CreatePublicity,
  CreateWorkPlanItem,
  GetOfficeMeeting,
  GetOfficeRule,
  GetPublicity,
  GetWorkPlanItem,
  HoldOfficeMeeting,
  ListOfficeMeetings,
  ListOfficeRules,
  ListPublicity,
  ListWorkPlanItems,
  OfficeMeetingSubjects,
  OfficeRuleSubjects,
  PublicitySubjects,
  PublishOfficeMeeting,
  RepealOfficeRule,
  ReportWorkPlanProgress,
  ReviseOfficeRule,
  VoidPublicity,
  WithdrawOfficeMeeting,
  WorkPlanSubjects,
} from '@gov/contracts-duty-and-meetings';
import { Caller, RpcPattern } from '@gov/platform';
import { OfficeMeetingsService } from './office-meetings.service.js';
import { OfficeRecordsService } from './office-records.service.js';

@Controller()
export class OfficeAffairsRpcController {
  constructor(
    private readonly meetings: OfficeMeetingsService,
    private readonly records: OfficeRecordsService,
  ) {}

  @RpcPattern(OfficeMeetingSubjects.create, CreateOfficeMeeting.Request)
  createMeeting(@Payload() request: CreateOfficeMeeting.Request, @Caller() caller: CallerContext): Promise<CreateOfficeMeeting.Reply> {
    return this.meetings.create(request, caller);
  }

  @RpcPattern(OfficeMeetingSubjects.hold, HoldOfficeMeeting.Request)
  holdMeeting(@Payload() request: HoldOfficeMeeting.Request, @Caller() caller: CallerContext): Promise<HoldOfficeMeeting.Reply> {
    return this.meetings.hold(request, caller);
  }

  @RpcPattern(OfficeMeetingSubjects.publish, PublishOfficeMeeting.Request)
  publishMeeting(@Payload() request: PublishOfficeMeeting.Request, @Caller() caller: CallerContext): Promise<PublishOfficeMeeting.Reply> {
    return this.meetings.publish(request, caller);
  }

  @RpcPattern(OfficeMeetingSubjects.withdraw, WithdrawOfficeMeeting.Request)
  withdrawMeeting(@Payload() request: WithdrawOfficeMeeting.Request, @Caller() caller: CallerContext): Promise<WithdrawOfficeMeeting.Reply> {
    return this.meetings.withdraw(request, caller);
  }

  @RpcPattern(OfficeMeetingSubjects.get, GetOfficeMeeting.Request)
  getMeeting(@Payload() request: GetOfficeMeeting.Request, @Caller() caller: CallerContext): Promise<GetOfficeMeeting.Reply> {
    return this.meetings.get(request.id, caller);
  }

  @RpcPattern(OfficeMeetingSubjects.list, ListOfficeMeetings.Request)
  listMeetings(@Payload() request: ListOfficeMeetings.Request, @Caller() caller: CallerContext): Promise<ListOfficeMeetings.Reply> {
    return this.meetings.list(request, caller);
  }

  @RpcPattern(WorkPlanSubjects.create, CreateWorkPlanItem.Request)
  createWorkPlanItem(@Payload() request: CreateWorkPlanItem.Request, @Caller() caller: CallerContext): Promise<CreateWorkPlanItem.Reply> {
    return this.records.createWorkPlanItem(request, caller);
  }

  @RpcPattern(WorkPlanSubjects.progress, ReportWorkPlanProgress.Request)
  reportWorkPlanProgress(@Payload() request: ReportWorkPlanProgress.Request, @Caller() caller: CallerContext): Promise<ReportWorkPlanProgress.Reply> {
    return this.records.reportWorkPlanProgress(request, caller);
  }

  @RpcPattern(WorkPlanSubjects.get, GetWorkPlanItem.Request)
  getWorkPlanItem(@Payload() request: GetWorkPlanItem.Request, @Caller() caller: CallerContext): Promise<GetWorkPlanItem.Reply> {
    return this.records.getWorkPlanItem(request.id, caller);
  }

  @RpcPattern(WorkPlanSubjects.list, ListWorkPlanItems.Request)
  listWorkPlan(@Payload() request: ListWorkPlanItems.Request, @Caller() caller: CallerContext): Promise<ListWorkPlanItems.Reply> {
    return this.records.listWorkPlan(request, caller);
  }

  @RpcPattern(OfficeRuleSubjects.create, CreateOfficeRule.Request)
  createRule(@Payload() request: CreateOfficeRule.Request, @Caller() caller: CallerContext): Promise<CreateOfficeRule.Reply> {
    return this.records.createRule(request, caller);
  }

  @RpcPattern(OfficeRuleSubjects.revise, ReviseOfficeRule.Request)
  reviseRule(@Payload() request: ReviseOfficeRule.Request, @Caller() caller: CallerContext): Promise<ReviseOfficeRule.Reply> {
    return this.records.reviseRule(request, caller);
  }

  @RpcPattern(OfficeRuleSubjects.repeal, RepealOfficeRule.Request)
  repealRule(@Payload() request: RepealOfficeRule.Request, @Caller() caller: CallerContext): Promise<RepealOfficeRule.Reply> {
    return this.records.repealRule(request, caller);
  }

  @RpcPattern(OfficeRuleSubjects.get, GetOfficeRule.Request)
  getRule(@Payload() request: GetOfficeRule.Request, @Caller() caller: CallerContext): Promise<GetOfficeRule.Reply> {
    return this.records.getRule(request.id, caller);
  }

  @RpcPattern(OfficeRuleSubjects.list, ListOfficeRules.Request)
  listRules(@Payload() request: ListOfficeRules.Request, @Caller() caller: CallerContext): Promise<ListOfficeRules.Reply> {
    return this.records.listRules(request, caller);
  }

  @RpcPattern(PublicitySubjects.create, CreatePublicity.Request)
  createPublicity(@Payload() request: CreatePublicity.Request, @Caller() caller: CallerContext): Promise<CreatePublicity.Reply> {
    return this.records.createPublicity(request, caller);
  }

  @RpcPattern(PublicitySubjects.void, VoidPublicity.Request)
  voidPublicity(@Payload() request: VoidPublicity.Request, @Caller() caller: CallerContext): Promise<VoidPublicity.Reply> {
    return this.records.voidPublicity(request, caller);
  }

  @RpcPattern(PublicitySubjects.get, GetPublicity.Request)
  getPublicity(@Payload() request: GetPublicity.Request, @Caller() caller: CallerContext): Promise<GetPublicity.Reply> {
    return this.records.getPublicity(request.id, caller);
  }

  @RpcPattern(PublicitySubjects.list, ListPublicity.Request)
  listPublicity(@Payload() request: ListPublicity.Request, @Caller() caller: CallerContext): Promise<ListPublicity.Reply> {
    return this.records.listPublicity(request, caller);
  }

  @RpcPattern(PublicitySubjects.counts, CountPublicity.Request)
  countPublicity(@Payload() request: CountPublicity.Request, @Caller() caller: CallerContext): Promise<CountPublicity.Reply> {
    return this.records.countPublicity(request, caller);
  }
}
