import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { Calendar1764300000100 } from './database/migrations/1764300000100-calendar.js';
import { UnitDirectory1764300000000 } from './database/migrations/1764300000000-unit-directory.js';
import { MeetingsActivitiesLeave1764700100000 } from './database/migrations/1764700100000-meetings-activities-leave.js';
import { DutyOffice1764700200000 } from './database/migrations/1764700200000-duty-office.js';
import { InstructionReceipts1764700300000 } from './database/migrations/1764700300000-instruction-receipts.js';
import { MeetingNotices1764700300100 } from './database/migrations/1764700300100-meeting-notices.js';
import { SupervisedItems1765460000100 } from './database/migrations/1765460000100-supervised-items.js';
import { SectionSources1765900000000 } from './database/migrations/1765900000000-section-sources.js';
import { OpinionClockHours1765900000100 } from './database/migrations/1765900000100-opinion-clock-hours.js';
import { DutyAndMeetingsModule } from './duty-and-meetings.module.js';
import { DutyAndMeetingsEnv } from './env.js';
import { CalendarYearEntity } from './modules/calendar/calendar-year.entity.js';
import { UnitChangeEntity, UnitEntity } from './modules/units/unit.entity.js';
import { OfficeAffairs1765540000000 } from './database/migrations/1765540000000-office-affairs.js';
import { SecurityIncidentSource1766200090000 } from './database/migrations/1766200090000-security-incident-source.js';

/** 综合科（区政府值班室）: the unit directory and the calendar today; meetings, duty, opinion and leave next. */
export const dutyAndMeetingsDefinition: AppDefinition<DutyAndMeetingsEnv> = {
  app: 'duty-and-meetings',
  env: DutyAndMeetingsEnv,
  module: DutyAndMeetingsModule,
  entities: [UnitEntity, UnitChangeEntity, CalendarYearEntity],
  migrations: [UnitDirectory1764300000000, Calendar1764300000100, PlatformCalendarCopy1764100000100, MeetingsActivitiesLeave1764700100000, DutyOffice1764700200000, InstructionReceipts1764700300000, MeetingNotices1764700300100, SupervisedItems1765460000100, SectionSources1765900000000, OpinionClockHours1765900000100, OfficeAffairs1765540000000, SecurityIncidentSource1766200090000],
};
