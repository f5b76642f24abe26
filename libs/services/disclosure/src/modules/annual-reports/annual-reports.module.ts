import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AnnualReportsRpcController } from './annual-reports.rpc.controller.js';
import { AnnualReportsService } from './annual-reports.service.js';

/** 政府信息公开工作年度报告, computed from the case records. */
@Module({ imports: [ApplicationsModule], controllers: [AnnualReportsRpcController], providers: [AnnualReportsService] })
export class AnnualReportsModule {}
