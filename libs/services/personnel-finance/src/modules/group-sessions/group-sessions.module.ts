import { Module } from '@nestjs/common';
import { GroupSessionsRepository } from './group-sessions.repository.js';
import { GroupSessionsRpcController } from './group-sessions.rpc.controller.js';
import { GroupSessionsService } from './group-sessions.service.js';

/** 中心组学习和民主生活会. */
@Module({ controllers: [GroupSessionsRpcController], providers: [GroupSessionsRepository, GroupSessionsService] })
export class GroupSessionsModule {}
