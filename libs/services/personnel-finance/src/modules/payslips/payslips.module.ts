import { Module } from '@nestjs/common';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { SalaryChangesModule } from '../salary-changes/salary-changes.module.js';
import { PayslipsRepository } from './payslips.repository.js';
import { PayslipsRpcController } from './payslips.rpc.controller.js';
import { PayslipsService } from './payslips.service.js';

/** 工资扣缴. */
@Module({ imports: [StaffMembersModule, SalaryChangesModule], controllers: [PayslipsRpcController], providers: [PayslipsRepository, PayslipsService] })
export class PayslipsModule {}
