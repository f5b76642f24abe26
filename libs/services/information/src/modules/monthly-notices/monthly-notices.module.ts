import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { MonthlyNoticesRepository } from './monthly-notices.repository.js';
import { MonthlyNoticesRpcController } from './monthly-notices.rpc.controller.js';
import { MonthlyNoticesService } from './monthly-notices.service.js';

/** 月度通报: the monthly notice as a document — drafted from the month's computation, 审核, 签发, then issued by document-secretariat. */
@Module({ imports: [SubmissionsModule], controllers: [MonthlyNoticesRpcController], providers: [MonthlyNoticesRepository, MonthlyNoticesService] })
export class MonthlyNoticesModule {}
