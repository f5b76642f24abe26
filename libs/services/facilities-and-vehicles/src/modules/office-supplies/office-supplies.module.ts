import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module.js';
import { AssetCardsEventsController } from './asset-cards.events.controller.js';
import { OfficeSuppliesRepository } from './office-supplies.repository.js';
import { OfficeSuppliesRpcController } from './office-supplies.rpc.controller.js';
import { OfficeSuppliesService } from './office-supplies.service.js';
import { SupplyRequestsRpcController } from './supply-requests.rpc.controller.js';
import { SupplyRequestsService } from './supply-requests.service.js';

/** 办公用品: the catalogue and stock (with 设备购置验收 and the card numbers 财务科 gave back), and the sections' 申领. */
@Module({ imports: [RemindersModule], controllers: [OfficeSuppliesRpcController, SupplyRequestsRpcController, AssetCardsEventsController], providers: [OfficeSuppliesRepository, OfficeSuppliesService, SupplyRequestsService] })
export class OfficeSuppliesModule {}
