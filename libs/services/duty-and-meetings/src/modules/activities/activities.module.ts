import { Module } from '@nestjs/common';
import { ActivitiesRepository } from './activities.repository.js';
import { ActivitiesRpcController } from './activities.rpc.controller.js';
import { ActivitiesService } from './activities.service.js';
import { LeaderAgenda } from './leader-agenda.js';
import { ScheduleHistory } from './schedule-history.js';
import { ScheduleRepository } from './schedule.repository.js';
import { UnitCheck } from './unit-check.js';

/** Leaders' activities, receptions and calendars; also gives meetings, rooms and leave the shared schedule pieces. */
@Module({
  controllers: [ActivitiesRpcController],
  providers: [ScheduleRepository, LeaderAgenda, ScheduleHistory, UnitCheck, ActivitiesRepository, ActivitiesService],
  exports: [LeaderAgenda, ScheduleHistory, UnitCheck, ActivitiesService],
})
export class ActivitiesModule {}
