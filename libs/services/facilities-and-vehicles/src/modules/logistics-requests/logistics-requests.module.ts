import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { LogisticsRequestsRepository } from './logistics-requests.repository.js';
import { LogisticsRequestsRpcController } from './logistics-requests.rpc.controller.js';
import { LogisticsRequestsService } from './logistics-requests.service.js';

/** 后勤服务申请 (repairs, power, water, cleaning, greening) and their deadline rules. */
@Module({ imports: [CalendarCopyModule], controllers: [LogisticsRequestsRpcController], providers: [LogisticsRequestsRepository, LogisticsRequestsService] })
export class LogisticsRequestsModule {}
