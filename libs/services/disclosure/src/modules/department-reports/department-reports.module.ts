import { Module } from '@nestjs/common';
import { AnnualReportsModule } from '../annual-reports/annual-reports.module.js';
import { DepartmentReportsRepository } from './department-reports.repository.js';
import { DepartmentReportsRpcController } from './department-reports.rpc.controller.js';
import { DepartmentReportsService } from './department-reports.service.js';

/** 部门政府信息公开工作年度报告: the year's collection, the units' submissions, the check and the 统一发布. */
@Module({ imports: [AnnualReportsModule], controllers: [DepartmentReportsRpcController], providers: [DepartmentReportsRepository, DepartmentReportsService] })
export class DepartmentReportsModule {}
