import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveTownSpaceReport,
  CreateTownSpaceReport,
  GetTownSpaceReport,
  ListTownSpaceReports,
  ReturnTownSpaceReport,
  TownSpaceReportSubjects,
  UpdateTownSpaceReport,
  WithdrawTownSpaceReport,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { TownSpaceReportsService } from './town-space-reports.service.js';

@Controller()
export class TownSpaceReportsRpcController {
  constructor(private readonly townSpaceReports: TownSpaceReportsService) {}

  @RpcPattern(TownSpaceReportSubjects.create, CreateTownSpaceReport.Request)
  create(@Payload() request: CreateTownSpaceReport.Request, @Caller() caller: CallerContext): Promise<CreateTownSpaceReport.Reply> {
    return this.townSpaceReports.create(request, caller);
  }

  @RpcPattern(TownSpaceReportSubjects.update, UpdateTownSpaceReport.Request)
  update(@Payload() request: UpdateTownSpaceReport.Request, @Caller() caller: CallerContext): Promise<UpdateTownSpaceReport.Reply> {
    return this.townSpaceReports.update(request, caller);
  }

  @RpcPattern(TownSpaceReportSubjects.approve, ApproveTownSpaceReport.Request)
  approve(@Payload() request: ApproveTownSpaceReport.Request, @Caller() caller: CallerContext): Promise<ApproveTownSpaceReport.Reply> {
    return this.townSpaceReports.approve(request, caller);
  }

  @RpcPattern(TownSpaceReportSubjects.return, ReturnTownSpaceReport.Request)
  return(@Payload() request: ReturnTownSpaceReport.Request, @Caller() caller: CallerContext): Promise<ReturnTownSpaceReport.Reply> {
    return this.townSpaceReports.return(request, caller);
  }

  @RpcPattern(TownSpaceReportSubjects.withdraw, WithdrawTownSpaceReport.Request)
  withdraw(@Payload() request: WithdrawTownSpaceReport.Request, @Caller() caller: CallerContext): Promise<WithdrawTownSpaceReport.Reply> {
    return this.townSpaceReports.withdraw(request, caller);
  }

  @RpcPattern(TownSpaceReportSubjects.get, GetTownSpaceReport.Request)
  get(@Payload() request: GetTownSpaceReport.Request, @Caller() caller: CallerContext): Promise<GetTownSpaceReport.Reply> {
    return this.townSpaceReports.get(request.id, caller);
  }

  @RpcPattern(TownSpaceReportSubjects.list, ListTownSpaceReports.Request)
  list(@Payload() request: ListTownSpaceReports.Request, @Caller() caller: CallerContext): Promise<ListTownSpaceReports.Reply> {
    return this.townSpaceReports.list(request, caller);
  }
}
