import { Module } from '@nestjs/common';
import { PatrolsRepository } from './patrols.repository.js';
import { PatrolsRpcController } from './patrols.rpc.controller.js';
import { PatrolsService } from './patrols.service.js';

/** 巡逻记录. */
@Module({ controllers: [PatrolsRpcController], providers: [PatrolsRepository, PatrolsService] })
export class PatrolsModule {}
