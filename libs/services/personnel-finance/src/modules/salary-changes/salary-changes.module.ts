import { Module } from '@nestjs/common';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { SalaryChangesRepository } from './salary-changes.repository.js';
import { SalaryChangesRpcController } from './salary-changes.rpc.controller.js';
import { SalaryChangesService } from './salary-changes.service.js';

/** 工资晋级晋档 (its repository is also read by the payroll). */
@Module({ imports: [StaffMembersModule], controllers: [SalaryChangesRpcController], providers: [SalaryChangesRepository, SalaryChangesService], exports: [SalaryChangesRepository] })
export class SalaryChangesModule {}
