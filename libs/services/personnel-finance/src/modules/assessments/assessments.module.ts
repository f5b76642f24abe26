import { Module } from '@nestjs/common';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { AssessmentsRpcController } from './assessments.rpc.controller.js';
import { AssessmentsService } from './assessments.service.js';

/** 年度考核. */
@Module({ imports: [StaffMembersModule], controllers: [AssessmentsRpcController], providers: [AssessmentsRepository, AssessmentsService] })
export class AssessmentsModule {}
