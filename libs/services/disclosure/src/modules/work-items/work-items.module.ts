import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { WorkItemsReminderSweeper } from './work-items-reminder.sweeper.js';
import { WorkItemsRepository } from './work-items.repository.js';
import { WorkItemsRpcController } from './work-items.rpc.controller.js';
import { WorkItemsService } from './work-items.service.js';

/** 领导小组工作事项. */
@Module({ imports: [CalendarCopyModule], controllers: [WorkItemsRpcController], providers: [WorkItemsRepository, WorkItemsService, WorkItemsReminderSweeper], exports: [WorkItemsReminderSweeper] })
export class WorkItemsModule {}
