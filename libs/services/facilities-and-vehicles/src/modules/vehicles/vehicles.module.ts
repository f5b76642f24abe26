import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { VehiclesRepository } from './vehicles.repository.js';
import { VehiclesRpcController } from './vehicles.rpc.controller.js';
import { VehiclesService } from './vehicles.service.js';

/** 公务用车. */
@Module({ imports: [RemindersModule], controllers: [VehiclesRpcController], providers: [VehiclesRepository, VehiclesService] })
export class VehiclesModule {}
