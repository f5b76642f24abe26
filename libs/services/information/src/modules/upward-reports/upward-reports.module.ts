import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { UpwardReportsRepository } from './upward-reports.repository.js';
import { UpwardReportsRpcController } from './upward-reports.rpc.controller.js';
import { UpwardReportsService } from './upward-reports.service.js';

/** 上报登记: what was sent to which higher office, and the feedback (采用 / 批示) recorded on the items. */
@Module({ imports: [SubmissionsModule], controllers: [UpwardReportsRpcController], providers: [UpwardReportsRepository, UpwardReportsService] })
export class UpwardReportsModule {}
