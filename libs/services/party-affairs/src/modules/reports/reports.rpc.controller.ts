import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { DengtaExport, ReportSubjects, YearlySummary, YearlySummaryXlsx } from '@gov/contracts-party-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { ReportsService } from './reports.service.js';

@Controller()
export class ReportsRpcController {
  constructor(private readonly reports: ReportsService) {}

  @RpcPattern(ReportSubjects.yearlySummary, YearlySummary.Request)
  yearlySummary(@Payload() request: YearlySummary.Request, @Caller() caller: CallerContext): Promise<YearlySummary.Reply> {
    return this.reports.yearlySummary(request, caller);
  }

  @RpcPattern(ReportSubjects.yearlySummaryXlsx, YearlySummaryXlsx.Request)
  yearlySummaryXlsx(@Payload() request: YearlySummaryXlsx.Request, @Caller() caller: CallerContext): Promise<YearlySummaryXlsx.Reply> {
    return this.reports.yearlySummaryXlsx(request, caller);
  }

  @RpcPattern(ReportSubjects.dengtaExport, DengtaExport.Request)
  dengtaExport(@Payload() request: DengtaExport.Request, @Caller() caller: CallerContext): Promise<DengtaExport.Reply> {
    return this.reports.dengtaExport(request, caller);
  }
}
