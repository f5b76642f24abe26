import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { InstitutionAssessmentsRepository } from './institution-assessments.repository.js';
import { InstitutionAssessmentsRpcController } from './institution-assessments.rpc.controller.js';
import { InstitutionAssessmentsService } from './institution-assessments.service.js';

/** 事业单位绩效考核 (the units from the unit directory copy). */
@Module({ imports: [UnitDirectoryModule], controllers: [InstitutionAssessmentsRpcController], providers: [InstitutionAssessmentsRepository, InstitutionAssessmentsService] })
export class InstitutionAssessmentsModule {}
