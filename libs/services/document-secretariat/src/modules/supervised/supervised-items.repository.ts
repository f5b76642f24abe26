import { Inject, Injectable } from '@nestjs/common';
import type { ItemChangeAction, ItemUnitStanding, SupervisionItemChanged, SupervisionItemStatus, TrafficLight } from '@gov/contracts-supervision';
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
  lead_unit_id: string | null;
  co_unit_ids: string[];
  units: ItemUnitStanding[];
  last_action: ItemChangeAction;
  last_note: string | null;
  item_version: number;
  changed_at: Date;
}

/** The only place that speaks SQL for the read model of the 督办事项 opened from this service's 批示. */
@Injectable()
export class SupervisedItemsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".supervised_item`;
  }

  /**
   * Keeps the item as the event says unless a later change was kept already (ordered by version, then time: a light
   * changes without a new version). True when the row now holds this event's state.
   */
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

  /** The item opened from a source record (the newest if ever more than one), or null. */
  async ofSource(sourceKind: string, sourceId: string, db: Queryable = this.dataSource): Promise<SupervisedItemRow | null> {
    const [row] = (await db.query(`SELECT * FROM ${this.table} WHERE source_kind = $1 AND source_id = $2 ORDER BY changed_at DESC LIMIT 1`, [sourceKind, sourceId])) as SupervisedItemRow[];
    return row ?? null;
  }

  /** The registry entry of a record (its state, 密级 and the units it concerns), for a line on its timeline. */
  async registered(kind: string, id: string, db: Queryable): Promise<{ status: string; secrecy_level: number; unit_ids: string[] } | null> {
    const [row] = (await db.query(`SELECT status, secrecy_level, unit_ids FROM "${this.schema}".record_registry WHERE kind = $1 AND id = $2`, [kind, id])) as {
      status: string;
      secrecy_level: number;
      unit_ids: string[];
    }[];
    return row ?? null;
  }
}
