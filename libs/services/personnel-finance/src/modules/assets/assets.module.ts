import { Module } from '@nestjs/common';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { AssetsRepository } from './assets.repository.js';
import { AssetsRpcController } from './assets.rpc.controller.js';
import { AssetsService } from './assets.service.js';
import { EquipmentPurchaseEventsController } from './equipment-purchases.events.controller.js';

/** 国有资产: purchases, cards, inventories, reports. */
@Module({ imports: [StaffMembersModule], controllers: [AssetsRpcController, EquipmentPurchaseEventsController], providers: [AssetsRepository, AssetsService] })
export class AssetsModule {}
