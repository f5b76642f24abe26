import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AnnualReportRecordSubjects,
  AnnualReportSubjects,
  CorrectAnnualReport,
  CreateAnnualReport,
  ExportAnnualReport,
  FinaliseAnnualReport,
  GetAnnualReportRecord,
  PreviewAnnualReport,
  RenderAnnualReportPdf,
  SaveAnnualReportContent,
  type AnnualReportRecord,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { AnnualReportRecordsService } from './annual-report-records.service.js';
import { AnnualReportsService } from './annual-reports.service.js';
import { AnnualReportPrintService } from './print/annual-report-print.service.js';

@Controller()
export class AnnualReportsRpcController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly records: AnnualReportRecordsService,
    private readonly print: AnnualReportPrintService,
  ) {}

  @RpcPattern(AnnualReportSubjects.preview, PreviewAnnualReport.Request)
  preview(@Payload() request: PreviewAnnualReport.Request, @Caller() caller: CallerContext): Promise<PreviewAnnualReport.Reply> {
    return this.reports.preview(request, caller);
  }

  @RpcPattern(AnnualReportSubjects.exportXlsx, ExportAnnualReport.Request)
  exportXlsx(@Payload() request: ExportAnnualReport.Request, @Caller() caller: CallerContext): Promise<ExportAnnualReport.Reply> {
    return this.reports.exportXlsx(request, caller);
  }

  @RpcPattern(AnnualReportRecordSubjects.create, CreateAnnualReport.Request)
  create(@Payload() request: CreateAnnualReport.Request, @Caller() caller: CallerContext): Promise<AnnualReportRecord> {
    return this.records.create(request, caller);
  }

  @RpcPattern(AnnualReportRecordSubjects.get, GetAnnualReportRecord.Request)
  get(@Payload() request: GetAnnualReportRecord.Request, @Caller() caller: CallerContext): Promise<GetAnnualReportRecord.Reply> {
    return this.records.get(request, caller);
  }

  @RpcPattern(AnnualReportRecordSubjects.saveContent, SaveAnnualReportContent.Request)
  saveContent(@Payload() request: SaveAnnualReportContent.Request, @Caller() caller: CallerContext): Promise<AnnualReportRecord> {
    return this.records.saveContent(request, caller);
  }

  @RpcPattern(AnnualReportRecordSubjects.finalise, FinaliseAnnualReport.Request)
  finalise(@Payload() request: FinaliseAnnualReport.Request, @Caller() caller: CallerContext): Promise<AnnualReportRecord> {
    return this.records.finalise(request, caller);
  }

  @RpcPattern(AnnualReportRecordSubjects.correct, CorrectAnnualReport.Request)
  correct(@Payload() request: CorrectAnnualReport.Request, @Caller() caller: CallerContext): Promise<AnnualReportRecord> {
    return this.records.correct(request, caller);
  }

  @RpcPattern(AnnualReportRecordSubjects.pdf, RenderAnnualReportPdf.Request)
  pdf(@Payload() request: RenderAnnualReportPdf.Request, @Caller() caller: CallerContext): Promise<RenderAnnualReportPdf.Reply> {
    return this.print.pdf(request, caller);
  }
}
