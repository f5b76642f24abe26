import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { RemindersModule } from '../reminders/reminders.module.js';
import { BookingsRepository } from './bookings.repository.js';
import { BookingsRpcController } from './bookings.rpc.controller.js';
import { BookingsService } from './bookings.service.js';

/** 公车平台: 用车申请, dispatch, trip records and the drivers. */
@Module({ imports: [CalendarCopyModule, RemindersModule], controllers: [BookingsRpcController], providers: [BookingsRepository, BookingsService] })
export class BookingsModule {}
