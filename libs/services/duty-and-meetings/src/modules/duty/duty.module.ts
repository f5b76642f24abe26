import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { DutyLogService } from './duty-log.service.js';
import { DutyRecords } from './duty-records.repository.js';
import { DutyRepository } from './duty.repository.js';
import { DutyRpcController } from './duty.rpc.controller.js';
import { InstructionsService } from './instructions.service.js';
import { RosterService } from './roster.service.js';
import { UnitRostersService } from './unit-rosters.service.js';
import { UrgentMattersService } from './urgent-matters.service.js';
import { UrgentOverdueScheduler } from './urgent-overdue.scheduler.js';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';

/** 区政府值班室: roster, swaps, handover, duty log, urgent matters, leader instructions, units' duty rosters. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [DutyRpcController],
  providers: [DutyRecords, DutyRepository, RosterService, DutyLogService, UrgentMattersService, UrgentOverdueScheduler, InstructionsService, UnitRostersService, SupervisedItemsRepository],
  exports: [DutyRecords, CalendarCopyModule, InstructionsService, UrgentMattersService],
})
export class DutyModule {}
