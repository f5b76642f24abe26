import type { Type } from '@nestjs/common';
import { ActivitiesController } from './activities.controller.js';
import { DutyInstructionsController, DutyRosterController, UnitRostersController, UrgentMattersController } from './duty.controller.js';
import { LeaveController } from './leave.controller.js';
import { MeetingsController } from './meetings.controller.js';
import { OpinionController } from './opinion.controller.js';
import { RoomsController } from './rooms.controller.js';
import { UpwardReportsController } from './upward-reports.controller.js';

/** The gateway's routes to duty-and-meetings: one controller per area, added here. */
export const DutyAndMeetingsControllers: Type<unknown>[] = [
  MeetingsController,
  RoomsController,
  ActivitiesController,
  LeaveController,
  DutyRosterController,
  UrgentMattersController,
  DutyInstructionsController,
  UnitRostersController,
  OpinionController,
  UpwardReportsController,
];
