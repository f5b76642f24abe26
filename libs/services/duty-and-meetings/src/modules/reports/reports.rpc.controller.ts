import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CompileUpwardReport, DispatchUpwardReport, GetUpwardReport, ListUpwardReports, UpwardReportSubjects } from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { UpwardReportsService } from './reports.service.js';

@Controller()
export class UpwardReportsRpcController {
  constructor(private readonly reports: UpwardReportsService) {}

  @RpcPattern(UpwardReportSubjects.compile, CompileUpwardReport.Request)
  compile(@Payload() request: CompileUpwardReport.Request, @Caller() caller: CallerContext): Promise<CompileUpwardReport.Reply> {
    return this.reports.compile(request, caller);
  }

  @RpcPattern(UpwardReportSubjects.dispatch, DispatchUpwardReport.Request)
  dispatch(@Payload() request: DispatchUpwardReport.Request, @Caller() caller: CallerContext): Promise<DispatchUpwardReport.Reply> {
    return this.reports.dispatch(request, caller);
  }

  @RpcPattern(UpwardReportSubjects.get, GetUpwardReport.Request)
  get(@Payload() request: GetUpwardReport.Request, @Caller() caller: CallerContext): Promise<GetUpwardReport.Reply> {
    return this.reports.get(request.id, caller);
  }

  @RpcPattern(UpwardReportSubjects.list, ListUpwardReports.Request)
  list(@Payload() request: ListUpwardReports.Request, @Caller() caller: CallerContext): Promise<ListUpwardReports.Reply> {
    return this.reports.list(request, caller);
  }
}
