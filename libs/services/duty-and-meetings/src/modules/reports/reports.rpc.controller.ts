import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { CompileUpwardReport, DispatchUpwardReport, GetUpwardReport, ListUpwardReports, UpwardReportSubjects } from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { UpwardReportsService } from './reports.service.js';

@Injectable()
export class UpwardReportsRpcController {
  constructor(private readonly reports: UpwardReportsService) {}

  @RpcHandler(UpwardReportSubjects.compile, CompileUpwardReport.Request)
  compile(request: CompileUpwardReport.Request, caller: CallerContext): Promise<CompileUpwardReport.Reply> {
    return this.reports.compile(request, caller);
  }

  @RpcHandler(UpwardReportSubjects.dispatch, DispatchUpwardReport.Request)
  dispatch(request: DispatchUpwardReport.Request, caller: CallerContext): Promise<DispatchUpwardReport.Reply> {
    return this.reports.dispatch(request, caller);
  }

  @RpcHandler(UpwardReportSubjects.get, GetUpwardReport.Request)
  get(request: GetUpwardReport.Request, caller: CallerContext): Promise<GetUpwardReport.Reply> {
    return this.reports.get(request.id, caller);
  }

  @RpcHandler(UpwardReportSubjects.list, ListUpwardReports.Request)
  list(request: ListUpwardReports.Request, caller: CallerContext): Promise<ListUpwardReports.Reply> {
    return this.reports.list(request, caller);
  }
}
