import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { OfficeBuildingsRepository } from './office-buildings.repository.js';
import { OfficeBuildingsRpcController } from './office-buildings.rpc.controller.js';
import { OfficeBuildingsService } from './office-buildings.service.js';

/** 办公用房楼宇 and their 鲁办发〔2018〕49号 "六统一" record, with the property contract's reminder in 待办. */
@Module({ imports: [RemindersModule], controllers: [OfficeBuildingsRpcController], providers: [OfficeBuildingsRepository, OfficeBuildingsService] })
export class OfficeBuildingsModule {}
