import { Module } from '@nestjs/common';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarRpcController } from './calendar.rpc.controller.js';
import { CalendarService } from './calendar.service.js';

@Module({ controllers: [CalendarRpcController], providers: [CalendarRepository, CalendarService] })
export class CalendarModule {}
