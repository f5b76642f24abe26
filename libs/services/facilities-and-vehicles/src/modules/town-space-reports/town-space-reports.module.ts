import { Module } from '@nestjs/common';
import { TownSpaceReportsRepository } from './town-space-reports.repository.js';
import { TownSpaceReportsRpcController } from './town-space-reports.rpc.controller.js';
import { TownSpaceReportsService } from './town-space-reports.service.js';

/** 镇街办公用房报送. */
@Module({ controllers: [TownSpaceReportsRpcController], providers: [TownSpaceReportsRepository, TownSpaceReportsService] })
export class TownSpaceReportsModule {}
