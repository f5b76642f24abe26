import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { AnnualReportSubjects, ExportAnnualReport, PreviewAnnualReport } from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { AnnualReportsService } from './annual-reports.service.js';

@Controller()
export class AnnualReportsRpcController {
  constructor(private readonly reports: AnnualReportsService) {}

  @RpcPattern(AnnualReportSubjects.preview, PreviewAnnualReport.Request)
  preview(@Payload() request: PreviewAnnualReport.Request, @Caller() caller: CallerContext): Promise<PreviewAnnualReport.Reply> {
    return this.reports.preview(request, caller);
  }

  @RpcPattern(AnnualReportSubjects.exportXlsx, ExportAnnualReport.Request)
  exportXlsx(@Payload() request: ExportAnnualReport.Request, @Caller() caller: CallerContext): Promise<ExportAnnualReport.Reply> {
    return this.reports.exportXlsx(request, caller);
  }
}
