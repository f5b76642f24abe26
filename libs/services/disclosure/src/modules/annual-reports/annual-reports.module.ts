import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AnnualReportRecordsService } from './annual-report-records.service.js';
import { AnnualReportsRepository } from './annual-reports.repository.js';
import { AnnualReportsRpcController } from './annual-reports.rpc.controller.js';
import { AnnualReportsService } from './annual-reports.service.js';
import { AnnualReportPrintService } from './print/annual-report-print.service.js';

/** 政府信息公开工作年度报告: computed from the case records; the entered 主动公开 tables, the narrative, 定稿 and 更正, the PDF. */
@Module({
  imports: [ApplicationsModule],
  controllers: [AnnualReportsRpcController],
  providers: [AnnualReportsService, AnnualReportsRepository, AnnualReportRecordsService, AnnualReportPrintService],
  exports: [AnnualReportRecordsService],
})
export class AnnualReportsModule {}
