import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { SolicitationsRepository } from '../solicitations/solicitations.repository.js';
import { SubmissionsRepository } from './submissions.repository.js';
import { SubmissionsRpcController } from './submissions.rpc.controller.js';
import { SubmissionsService } from './submissions.service.js';

/** 报送信息: reporting, screening, text versions, adoption and 批示 with their scores, the monthly notice. */
@Module({ imports: [UnitDirectoryModule], controllers: [SubmissionsRpcController], providers: [SubmissionsRepository, SolicitationsRepository, SubmissionsService], exports: [SubmissionsService] })
export class SubmissionsModule {}
