import { Module } from '@nestjs/common';
import { DutyModule } from '../duty/duty.module.js';
import { UpwardReportsRpcController } from './reports.rpc.controller.js';
import { UpwardReportsRepository } from './reports.repository.js';
import { UpwardReportsService } from './reports.service.js';

/** 重要工作情况、工作报告报送: compile from duty entries, record what was sent to whom and when. */
@Module({ imports: [DutyModule], controllers: [UpwardReportsRpcController], providers: [UpwardReportsService, UpwardReportsRepository] })
export class UpwardReportsModule {}
