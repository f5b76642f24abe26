import { Module } from '@nestjs/common';
import { GuidanceVisitsRepository } from './guidance-visits.repository.js';
import { GuidanceVisitsRpcController } from './guidance-visits.rpc.controller.js';
import { GuidanceVisitsService } from './guidance-visits.service.js';

/** 指导检查. */
@Module({ controllers: [GuidanceVisitsRpcController], providers: [GuidanceVisitsRepository, GuidanceVisitsService] })
export class GuidanceVisitsModule {}
