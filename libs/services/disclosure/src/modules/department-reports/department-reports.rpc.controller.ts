import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ChangeDepartmentReportRoundUnits,
  DepartmentReportSubjects,
  GetDepartmentReport,
  GetDepartmentReportRound,
  ListDepartmentReportRounds,
  ListDepartmentReports,
  OpenDepartmentReportRound,
  PublishDepartmentReportRound,
  ResubmitDepartmentReport,
  ReviewDepartmentReport,
  SubmitDepartmentReport,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { DepartmentReportsService } from './department-reports.service.js';

/** The request-reply handlers of the departments' annual reports and the year's collection: one line each. */
@Controller()
export class DepartmentReportsRpcController {
  constructor(private readonly reports: DepartmentReportsService) {}

  @RpcPattern(DepartmentReportSubjects.submit, SubmitDepartmentReport.Request)
  submit(@Payload() request: SubmitDepartmentReport.Request, @Caller() caller: CallerContext): Promise<SubmitDepartmentReport.Reply> {
    return this.reports.submit(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.resubmit, ResubmitDepartmentReport.Request)
  resubmit(@Payload() request: ResubmitDepartmentReport.Request, @Caller() caller: CallerContext): Promise<ResubmitDepartmentReport.Reply> {
    return this.reports.resubmit(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.review, ReviewDepartmentReport.Request)
  review(@Payload() request: ReviewDepartmentReport.Request, @Caller() caller: CallerContext): Promise<ReviewDepartmentReport.Reply> {
    return this.reports.review(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.get, GetDepartmentReport.Request)
  get(@Payload() request: GetDepartmentReport.Request, @Caller() caller: CallerContext): Promise<GetDepartmentReport.Reply> {
    return this.reports.get(request.id, caller);
  }

  @RpcPattern(DepartmentReportSubjects.list, ListDepartmentReports.Request)
  list(@Payload() request: ListDepartmentReports.Request, @Caller() caller: CallerContext): Promise<ListDepartmentReports.Reply> {
    return this.reports.list(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.openRound, OpenDepartmentReportRound.Request)
  openRound(@Payload() request: OpenDepartmentReportRound.Request, @Caller() caller: CallerContext): Promise<OpenDepartmentReportRound.Reply> {
    return this.reports.openRound(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.changeRoundUnits, ChangeDepartmentReportRoundUnits.Request)
  changeRoundUnits(@Payload() request: ChangeDepartmentReportRoundUnits.Request, @Caller() caller: CallerContext): Promise<ChangeDepartmentReportRoundUnits.Reply> {
    return this.reports.changeRoundUnits(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.publishRound, PublishDepartmentReportRound.Request)
  publishRound(@Payload() request: PublishDepartmentReportRound.Request, @Caller() caller: CallerContext): Promise<PublishDepartmentReportRound.Reply> {
    return this.reports.publishRound(request, caller);
  }

  @RpcPattern(DepartmentReportSubjects.getRound, GetDepartmentReportRound.Request)
  getRound(@Payload() request: GetDepartmentReportRound.Request, @Caller() caller: CallerContext): Promise<GetDepartmentReportRound.Reply> {
    return this.reports.getRound(request.id, caller);
  }

  @RpcPattern(DepartmentReportSubjects.listRounds, ListDepartmentReportRounds.Request)
  listRounds(@Payload() request: ListDepartmentReportRounds.Request, @Caller() caller: CallerContext): Promise<ListDepartmentReportRounds.Reply> {
    return this.reports.listRounds(request, caller);
  }
}
