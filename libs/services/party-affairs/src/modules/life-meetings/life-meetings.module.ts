import { Module } from '@nestjs/common';
import { LifeDueTasks } from './life-due-tasks.js';
import { LifeMeetingsRepository } from './life-meetings.repository.js';
import { LifeMeetingsRpcController } from './life-meetings.rpc.controller.js';
import { LifeMeetingsService } from './life-meetings.service.js';

/** 组织生活: the meetings, the compliance view and the 待办 of what each branch owes. */
@Module({ controllers: [LifeMeetingsRpcController], providers: [LifeMeetingsRepository, LifeMeetingsService, LifeDueTasks] })
export class LifeMeetingsModule {}
