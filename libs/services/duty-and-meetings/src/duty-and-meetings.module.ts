import { Module } from '@nestjs/common';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { UnitsModule } from './modules/units/units.module.js';

@Module({ imports: [UnitsModule, CalendarModule] })
export class DutyAndMeetingsModule {}
