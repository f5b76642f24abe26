import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AssetEvents, AssetPurchaseChanged } from '@gov/contracts-personnel-finance';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { OfficeSuppliesRepository } from './office-supplies.repository.js';

/**
 * The card numbers 财务科 gave the units of an accepted equipment purchase (`asset-purchase.carded` from
 * personnel-finance, for the purchases sourced here), kept with the acceptance so the keeper sees them. Idempotent: the
 * inbox drops a redelivered event and a number is kept once.
 */
@Controller()
export class AssetCardsEventsController {
  constructor(private readonly supplies: OfficeSuppliesRepository) {}

  @BusEventPattern('personnel-finance', AssetEvents.purchaseCarded, AssetPurchaseChanged.Event)
  async keepWhenCarded(@Payload() event: AssetPurchaseChanged.Event, @EventTx() tx: Tx): Promise<void> {
    if (event.sourceApp !== 'facilities-and-vehicles' || !event.sourceId || !event.assetNumber) return;
    await this.supplies.addAssetNumber(event.sourceId, event.assetNumber, tx.manager);
  }
}
