import { Module } from '@nestjs/common';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { UnitsModule } from './modules/units/units.module.js';
import { ActivitiesModule } from './modules/activities/activities.module.js';
import { LeaveModule } from './modules/leave/leave.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { RoomsModule } from './modules/rooms/rooms.module.js';
import { DutyModule } from './modules/duty/duty.module.js';
import { OpinionModule } from './modules/opinion/opinion.module.js';
import { UpwardReportsModule } from './modules/reports/reports.module.js';
import { SupervisedModule } from './modules/supervised/supervised.module.js';
import { SectionsModule } from './modules/sections/sections.module.js';
import { OfficeAffairsModule } from './modules/office-affairs/office-affairs.module.js';

@Module({ imports: [UnitsModule, CalendarModule, DutyModule, OpinionModule, UpwardReportsModule, ActivitiesModule, RoomsModule, MeetingsModule, LeaveModule, SupervisedModule, SectionsModule, OfficeAffairsModule] })
export class DutyAndMeetingsModule {}
