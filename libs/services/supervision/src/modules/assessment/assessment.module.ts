import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { ItemsModule } from '../items/items.module.js';
import { AssessmentRepository } from './assessment.repository.js';
import { AssessmentRpcController } from './assessment.rpc.controller.js';
import { AssessmentService } from './assessment.service.js';

/** 考核: periods, weights, adjustments and the ranked result. */
@Module({ imports: [ItemsModule, UnitDirectoryModule], controllers: [AssessmentRpcController], providers: [AssessmentRepository, AssessmentService] })
export class AssessmentModule {}
