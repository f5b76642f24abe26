import { Module } from '@nestjs/common';
import { VisitorsRepository } from './visitors.repository.js';
import { VisitorsRpcController } from './visitors.rpc.controller.js';
import { VisitorsService } from './visitors.service.js';

/** 来访登记. */
@Module({ controllers: [VisitorsRpcController], providers: [VisitorsRepository, VisitorsService] })
export class VisitorsModule {}
