import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { HousingRepository } from './housing.repository.js';
import { HousingRpcController } from './housing.rpc.controller.js';
import { HousingService } from './housing.service.js';

/** 周转住房: the housing units and the tenancies of cadres posted away from home, with their reminder before the end. */
@Module({ imports: [RemindersModule], controllers: [HousingRpcController], providers: [HousingRepository, HousingService] })
export class HousingModule {}
