import { Module } from '@nestjs/common';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { StaffTrainingsRepository } from './staff-trainings.repository.js';
import { StaffTrainingsRpcController } from './staff-trainings.rpc.controller.js';
import { StaffTrainingsService } from './staff-trainings.service.js';

/** 培训: plans, sessions with attendance, hours per person per year. */
@Module({ imports: [StaffMembersModule], controllers: [StaffTrainingsRpcController], providers: [StaffTrainingsRepository, StaffTrainingsService] })
export class StaffTrainingsModule {}
