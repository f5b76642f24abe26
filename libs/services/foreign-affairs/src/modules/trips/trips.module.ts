import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { TripRulesService } from './trip-rules.service.js';
import { TripsRegisterService } from './trips-register.service.js';
import { TripsRepository } from './trips.repository.js';
import { TripsRpcController } from './trips.rpc.controller.js';
import { TripsService } from './trips.service.js';

/** 因公临时出国. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [TripsRpcController],
  providers: [
    TripsRepository,
    TripsService,
    TripRulesService,
    TripsRegisterService,
  ],
})
export class TripsModule {}
