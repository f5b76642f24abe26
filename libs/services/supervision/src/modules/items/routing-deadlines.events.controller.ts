import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DocumentSecretariatEvents, RoutingDeadlineLinked } from '@gov/contracts-document-secretariat';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import { ItemLights } from './item-lights.js';
import { ItemsRepository } from './items.repository.js';

/**
 * 一事一期限 (issue 21 §2, docs/ONE-MATTER-ONE-DEADLINE.md): document-secretariat links a 收文's 分办 copy to the item
 * for the same matter and unit, and tells its 承办期限. The item keeps it (a read model, one row per copy), and its light
 * is judged again at once: a copy's 承办期限 earlier than the item's deadline is the deadline that turns it yellow and red.
 * Idempotent: the platform inbox drops a redelivered event, and a change not newer than the one held changes nothing.
 */
@Controller()
export class RoutingDeadlinesEventsController {
  constructor(
    private readonly items: ItemsRepository,
    private readonly lights: ItemLights,
  ) {}

  @BusEventPattern('document-secretariat', DocumentSecretariatEvents.routingDeadlineLinked, RoutingDeadlineLinked.Event)
  async keepRoutingDeadline(@Payload() event: RoutingDeadlineLinked.Event, @EventTx() tx: Tx): Promise<void> {
    // The item first, locked: a user's step on it and this change are judged one after the other.
    const item = await this.items.findItem(event.itemId, tx.manager, true);
    if (!item) return; // not an item of ours (the link is made from our own events, so never in practice)
    const before = await this.items.routingDeadline(event.routingId, tx.manager);
    const now = new Date();
    const saved = await this.items.saveRoutingDeadline(
      {
        routingId: event.routingId,
        itemId: event.itemId,
        incomingId: event.incomingId,
        incomingTitle: event.incomingTitle,
        unitId: event.unitId,
        unitName: event.unitName,
        linked: event.linked,
        routingDueDate: event.routingDueDate ?? null,
        explanation: event.explanation,
        changedAt: new Date(event.changedAt),
        recordedAt: now,
      },
      tx.manager,
    );
    if (!saved) return; // redelivered, or overtaken by a newer change of the copy
    const due = event.routingDueDate ?? '未定';
    const changed = !before || before.linked !== event.linked || before.routingDueDate !== (event.routingDueDate ?? null) || before.itemId !== event.itemId;
    if (changed) {
      const note = event.linked
        ? `收文《${event.incomingTitle}》${event.unitName}分办件${before?.linked ? '承办期限变更' : '关联本事项'}：承办期限 ${due}；${event.explanation}`
        : `收文《${event.incomingTitle}》${event.unitName}分办件解除关联：${event.explanation}`;
      await this.items.recordTimeline(item.id, { action: event.linked ? 'routing_linked' : 'routing_unlinked', fromStatus: item.status, toStatus: item.status, note, actor: 'system', at: now }, tx.manager);
    }
    await this.lights.refresh(item, tx);
  }
}
