import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';

/** 人事科、财务科: staff, establishment, finance and assets. */
@Module({ imports: [CalendarCopyModule] })
export class PersonnelFinanceModule {}
