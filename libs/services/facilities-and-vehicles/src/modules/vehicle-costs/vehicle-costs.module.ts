import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { VehicleCostsRepository } from './vehicle-costs.repository.js';
import { VehicleCostsRpcController } from './vehicle-costs.rpc.controller.js';
import { VehicleCostsService } from './vehicle-costs.service.js';

/** 车辆运行费用. */
@Module({ imports: [RemindersModule], controllers: [VehicleCostsRpcController], providers: [VehicleCostsRepository, VehicleCostsService] })
export class VehicleCostsModule {}
