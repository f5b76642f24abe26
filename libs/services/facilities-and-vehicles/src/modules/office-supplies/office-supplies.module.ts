import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { OfficeSuppliesRepository } from './office-supplies.repository.js';
import { OfficeSuppliesRpcController } from './office-supplies.rpc.controller.js';
import { OfficeSuppliesService } from './office-supplies.service.js';
import { SupplyRequestsRpcController } from './supply-requests.rpc.controller.js';
import { SupplyRequestsService } from './supply-requests.service.js';

/** 办公用品: the catalogue and stock, and the sections' 申领. */
@Module({ imports: [RemindersModule], controllers: [OfficeSuppliesRpcController, SupplyRequestsRpcController], providers: [OfficeSuppliesRepository, OfficeSuppliesService, SupplyRequestsService] })
export class OfficeSuppliesModule {}
