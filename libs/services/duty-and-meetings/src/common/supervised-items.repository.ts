import { Inject, Injectable } from '@nestjs/common';
import {
  ITEM_CHANGE_ACTION_LABELS,
  SUPERVISION_ITEM_STATUS_LABELS,
  TRAFFIC_LIGHT_LABELS,
  type ItemChangeAction,
  type ItemUnitStanding,
  type SourceItemView,
  type SupervisionItemChanged,
  type SupervisionItemStatus,
  type TrafficLight,
} from '@gov/contracts-supervision';
import { DATA_SOURCE, SCHEMA, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';

export interface SupervisedItemRow {
  item_id: string;
  source_kind: string;
  source_id: string;
  title: string;
  status: SupervisionItemStatus;
  light: TrafficLight;
  light_reason: string | null;
  due_date: string | null;
  units: ItemUnitStanding[];
  last_action: ItemChangeAction;
  last_note: string | null;
  item_version: number;
  changed_at: Date;
}

/**
 * The read model of the 督办事项 opened from this service's 会议议定事项 and 值班批示 (fed by supervision's `item.changed`):
 * the only place that speaks SQL for it.
 */
@Injectable()
export class SupervisedItemsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".supervised_item`;
  }

  /** Keeps the item as the event says unless a later change (by version, then time) was kept already; true when it did. */
  async apply(db: Queryable, event: SupervisionItemChanged.Event): Promise<boolean> {
    const rows = (await db.query(
      `INSERT INTO ${this.table} (item_id, source_kind, source_id, title, status, light, light_reason, due_date, lead_unit_id, co_unit_ids, units,
          last_action, last_note, item_version, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid[], $11::jsonb, $12, $13, $14, $15)
       ON CONFLICT (item_id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, light = EXCLUDED.light, light_reason = EXCLUDED.light_reason,
         due_date = EXCLUDED.due_date, lead_unit_id = EXCLUDED.lead_unit_id, co_unit_ids = EXCLUDED.co_unit_ids, units = EXCLUDED.units,
         last_action = EXCLUDED.last_action, last_note = EXCLUDED.last_note, item_version = EXCLUDED.item_version, changed_at = EXCLUDED.changed_at, received_at = now()
       WHERE (supervised_item.item_version, supervised_item.changed_at) <= (EXCLUDED.item_version, EXCLUDED.changed_at)
       RETURNING item_id`,
      [
        event.id,
        event.sourceKind,
        event.sourceId,
        event.title,
        event.status,
        event.light,
        event.lightReason,
        event.dueDate,
        event.leadUnitId,
        event.coUnitIds,
        JSON.stringify(event.units),
        event.action,
        event.note,
        event.version,
        new Date(event.at),
      ],
    )) as { item_id: string }[];
    return rows.length > 0;
  }

  /** The item of each source record that has one (by source id), with the units' names from the directory. */
  async viewsOf(sourceKind: string, sourceIds: readonly string[], db: Queryable = this.dataSource): Promise<Map<string, SourceItemView>> {
    const out = new Map<string, SourceItemView>();
    if (!sourceIds.length) return out;
    const rows = (await db.query(`SELECT *, due_date::text AS due_date FROM ${this.table} WHERE source_kind = $1 AND source_id = ANY($2::uuid[]) ORDER BY changed_at`, [
      sourceKind,
      [...new Set(sourceIds)],
    ])) as SupervisedItemRow[];
    const unitIds = [...new Set(rows.flatMap((r) => r.units.map((u) => u.unitId)))];
    const names = new Map<string, string>();
    if (unitIds.length) {
      for (const unit of (await db.query(`SELECT id, name FROM "${this.schema}".unit WHERE id = ANY($1::uuid[])`, [unitIds])) as { id: string; name: string }[]) names.set(unit.id, unit.name);
    }
    for (const row of rows) out.set(row.source_id, sourceItemView(row, names));
    return out;
  }
}

function sourceItemView(row: SupervisedItemRow, names: Map<string, string>): SourceItemView {
  return {
    itemId: row.item_id,
    title: row.title,
    status: row.status,
    statusLabel: SUPERVISION_ITEM_STATUS_LABELS[row.status],
    light: row.light,
    lightLabel: TRAFFIC_LIGHT_LABELS[row.light],
    lightReason: row.light_reason,
    dueDate: row.due_date,
    lastAction: row.last_action,
    lastActionLabel: ITEM_CHANGE_ACTION_LABELS[row.last_action],
    lastNote: row.last_note,
    changedAt: row.changed_at.toISOString(),
    units: row.units.map((u) => ({ ...u, unitName: names.get(u.unitId) ?? null, roleLabel: u.role === 'lead' ? '主责单位' : '配合单位' })),
  };
}

/** The line a change of an item adds to its source's timeline: what happened, the state, light and deadline after it. */
export function itemChangeNote(event: SupervisionItemChanged.Event): string {
  return [`督办状态：${SUPERVISION_ITEM_STATUS_LABELS[event.status]}`, `灯色：${TRAFFIC_LIGHT_LABELS[event.light]}`, event.dueDate ? `期限：${event.dueDate}` : null, event.note]
    .filter(Boolean)
    .join('；');
}
