import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { EvaluationsRepository } from './evaluations.repository.js';
import { EvaluationsRpcController } from './evaluations.rpc.controller.js';
import { EvaluationsService } from './evaluations.service.js';

/** 业绩考评 (yearly): the months of the monthly notice summed, adjustments with reasons, an immutable 定稿. */
@Module({ imports: [UnitDirectoryModule, SubmissionsModule], controllers: [EvaluationsRpcController], providers: [EvaluationsRepository, EvaluationsService] })
export class EvaluationsModule {}
