import { SupervisionItemEvents, type ItemChangeAction, type ItemUnitStanding, type SupervisionItemChanged } from '@gov/contracts-supervision';
import type { Tx } from '@gov/platform';
import { snapshotOf } from './item-views.js';
import type { FeedbackRow, ItemRow, ItemsRepository } from './items.repository.js';

/** Where each unit of the item stands, from its feedback: the lead unit first, then the co-units in their order. */
export function unitStandings(item: Pick<ItemRow, 'leadUnitId' | 'coUnitIds'>, feedback: readonly FeedbackRow[]): ItemUnitStanding[] {
  const units: { unitId: string; role: 'lead' | 'co' }[] = [
    ...(item.leadUnitId ? [{ unitId: item.leadUnitId, role: 'lead' as const }] : []),
    ...item.coUnitIds.filter((id) => id !== item.leadUnitId).map((unitId) => ({ unitId, role: 'co' as const })),
  ];
  return units.map(({ unitId, role }) => {
    const own = feedback.filter((f) => f.unitId === unitId);
    const last = own.reduce<FeedbackRow | null>((latest, f) => (!latest || f.reportedAt >= latest.reportedAt ? f : latest), null);
    return { unitId, role, lastReportedAt: last ? last.reportedAt.toISOString() : null, lastReport: last ? last.content.slice(0, 200) : null, reports: own.length };
  });
}

/**
 * Publishes `item.changed` through the outbox in the change's transaction: the item as it stands after the change,
 * the action and its note, and where each unit stands. The sources (批示, 议定事项, 值班批示) keep their read model from it.
 */
export async function emitItemChanged(
  tx: Tx,
  items: ItemsRepository,
  item: ItemRow,
  change: { action: ItemChangeAction; note: string | null; actor: string; at: Date },
): Promise<void> {
  const feedback = await items.feedbackOf(item.id, tx.manager);
  const event: SupervisionItemChanged.Event = {
    ...snapshotOf(item),
    action: change.action,
    note: change.note,
    actor: change.actor,
    at: change.at.toISOString(),
    lightReason: item.lightReason,
    units: unitStandings(item, feedback),
  };
  await tx.emit(SupervisionItemEvents.changed, event);
}
