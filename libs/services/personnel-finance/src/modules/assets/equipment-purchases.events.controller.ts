import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EquipmentPurchaseAccepted, EquipmentPurchaseEvents } from '@gov/contracts-facilities-and-vehicles';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { AssetsService } from './assets.service.js';

/**
 * 机关事务管理科's accepted equipment purchases become 财务科's asset cards (issue 18: equipment purchases follow the asset
 * procedure): one accepted and carded purchase per unit. Idempotent: the inbox drops a redelivered event, and the
 * purchases are unique on their source (app, record, unit).
 */
@Controller()
export class EquipmentPurchaseEventsController {
  constructor(private readonly assets: AssetsService) {}

  @BusEventPattern('facilities-and-vehicles', EquipmentPurchaseEvents.accepted, EquipmentPurchaseAccepted.Event)
  cardWhenEquipmentAccepted(@Payload() event: EquipmentPurchaseAccepted.Event, @EventTx() tx: Tx): Promise<void> {
    return this.assets.cardAcceptedEquipment(event, tx);
  }
}
