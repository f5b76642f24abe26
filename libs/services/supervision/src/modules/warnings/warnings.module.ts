import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { ItemsModule } from '../items/items.module.js';
import { WarningsJob } from './warnings.job.js';
import { WarningsRpcController } from './warnings.rpc.controller.js';
import { WarningsService } from './warnings.service.js';

/** 红黄灯预警: the scheduled job, the re-dating after a calendar change, and the overdue lists. */
@Module({ imports: [ItemsModule, CalendarCopyModule, UnitDirectoryModule], controllers: [WarningsRpcController], providers: [WarningsJob, WarningsService], exports: [WarningsJob] })
export class WarningsModule {}
