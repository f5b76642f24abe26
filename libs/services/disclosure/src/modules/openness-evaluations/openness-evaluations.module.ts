import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { OpennessEvaluationsRepository } from './openness-evaluations.repository.js';
import { OpennessEvaluationsRpcController } from './openness-evaluations.rpc.controller.js';
import { OpennessEvaluationsService } from './openness-evaluations.service.js';

/** 政务公开考评 (迎接考核). */
@Module({ imports: [UnitDirectoryModule], controllers: [OpennessEvaluationsRpcController], providers: [OpennessEvaluationsRepository, OpennessEvaluationsService] })
export class OpennessEvaluationsModule {}
