import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { StaffMembersModule } from './modules/staff-members/staff-members.module.js';

/** 人事科、财务科: staff, establishment, finance and assets. */
@Module({ imports: [CalendarCopyModule, StaffMembersModule] })
export class PersonnelFinanceModule {}
