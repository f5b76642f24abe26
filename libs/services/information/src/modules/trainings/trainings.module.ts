import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { TrainingsRepository } from './trainings.repository.js';
import { TrainingsRpcController } from './trainings.rpc.controller.js';
import { TrainingsService } from './trainings.service.js';

/** 培训: training sessions and their attendance. */
@Module({ imports: [UnitDirectoryModule], controllers: [TrainingsRpcController], providers: [TrainingsRepository, TrainingsService] })
export class TrainingsModule {}
