import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { TripsModule } from './modules/trips/trips.module.js';

/** 外事科: official trips abroad and foreign affairs. */
@Module({ imports: [CalendarCopyModule, TripsModule] })
export class ForeignAffairsModule {}
