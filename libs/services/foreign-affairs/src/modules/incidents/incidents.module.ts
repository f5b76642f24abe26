import { Module } from '@nestjs/common';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentsRpcController } from './incidents.rpc.controller.js';
import { IncidentsService } from './incidents.service.js';

/** 涉外案事件 and 领事保护. */
@Module({
  controllers: [IncidentsRpcController],
  providers: [IncidentsRepository, IncidentsService],
})
export class IncidentsModule {}
