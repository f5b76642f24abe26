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
import type { Queryable } from '@gov/platform';

/** A row of `supervised_item`: the 督办事项 opened from one of the service's records, as its latest kept change left it. */
export interface SupervisedItemRow {
  item_id: string;
  source_kind: string;
  source_id: string;
  title: string;
  status: SupervisionItemStatus;
  light: TrafficLight;
  light_reason: string | null;
  /** YYYY-MM-DD. */
  due_date: string | null;
  lead_unit_id: string | null;
  co_unit_ids: string[];
  units: ItemUnitStanding[];
  last_action: ItemChangeAction;
  last_note: string | null;
  item_version: number;
  changed_at: Date;
}

/** Where a change stands in the order of an item's changes: its version, then its time (a light changes without a new version). */
export interface ItemChangeOrder {
  version: number;
  at: Date;
}

/**
 * The ordering rule of the read model: a change is kept unless the row already holds a later one, by version, then
 * time. The same change again (a redelivery) is kept, so it reports the row as current.
 */
export function keepsChange(kept: ItemChangeOrder, change: ItemChangeOrder): boolean {
  if (change.version !== kept.version) return change.version > kept.version;
  return change.at.getTime() >= kept.at.getTime();
}

/**
 * The statements that create `supervised_item` in a schema, for a service's migration: one row per item, found by
 * its source record.
 */
export function supervisedItemTableSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS "${schema}".supervised_item (
      item_id uuid PRIMARY KEY,
      source_kind text NOT NULL,
      source_id uuid NOT NULL,
      title text NOT NULL,
      status text NOT NULL,
      light text NOT NULL,
      light_reason text,
      due_date date,
      lead_unit_id uuid,
      co_unit_ids uuid[] NOT NULL DEFAULT '{}',
      units jsonb NOT NULL DEFAULT '[]',
      last_action text NOT NULL,
      last_note text,
      item_version integer NOT NULL,
      changed_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX IF NOT EXISTS supervised_item_source_idx ON "${schema}".supervised_item (source_kind, source_id)`,
  ];
}

const COLUMNS =
  'item_id, source_kind, source_id, title, status, light, light_reason, due_date::text AS due_date, lead_unit_id, co_unit_ids, units, last_action, last_note, item_version, changed_at';

/**
 * The read model of the 督办事项 that supervision opened from a service's records, fed by its `item.changed` (the
 * only place that speaks SQL for it). A service subclasses it as an `@Injectable()` that names its schema and the
 * table its units' names are read from (`id`, `name`), or null when it keeps no copy of the unit directory (the
 * views then carry the units' ids only, for the console to name).
 */
export class SupervisedItemsRepository {
  constructor(
    protected readonly dataSource: Queryable,
    protected readonly schema: string,
    private readonly unitTable: string | null,
  ) {}

  private get table(): string {
    return `"${this.schema}".supervised_item`;
  }

  /**
   * Keeps the item as the event says unless a later change was kept already ({@link keepsChange}); true when the row
   * now holds this event's state. Run it in the event's transaction: the row is locked while it is compared.
   */
  async apply(db: Queryable, event: SupervisionItemChanged.Event): Promise<boolean> {
    const values = [
      event.id,
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
    ];
    const inserted = (await db.query(
      `INSERT INTO ${this.table} (item_id, title, status, light, light_reason, due_date, lead_unit_id, co_unit_ids, units, last_action, last_note, item_version, changed_at,
          source_kind, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9::jsonb, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (item_id) DO NOTHING
       RETURNING item_id`,
      [...values, event.sourceKind, event.sourceId],
    )) as { item_id: string }[];
    if (inserted.length) return true;
    const [kept] = (await db.query(`SELECT item_version, changed_at FROM ${this.table} WHERE item_id = $1 FOR UPDATE`, [event.id])) as {
      item_version: number;
      changed_at: Date;
    }[];
    if (kept && !keepsChange({ version: kept.item_version, at: kept.changed_at }, { version: event.version, at: new Date(event.at) })) return false;
    await db.query(
      `UPDATE ${this.table} SET title = $2, status = $3, light = $4, light_reason = $5, due_date = $6, lead_unit_id = $7, co_unit_ids = $8::uuid[], units = $9::jsonb,
         last_action = $10, last_note = $11, item_version = $12, changed_at = $13, received_at = now()
       WHERE item_id = $1`,
      values,
    );
    return true;
  }

  /** The item opened from a source record (the latest changed if ever more than one), or null. */
  async ofSource(sourceKind: string, sourceId: string, db: Queryable = this.dataSource): Promise<SupervisedItemRow | null> {
    const [row] = (await db.query(`SELECT ${COLUMNS} FROM ${this.table} WHERE source_kind = $1 AND source_id = $2 ORDER BY changed_at DESC LIMIT 1`, [
      sourceKind,
      sourceId,
    ])) as SupervisedItemRow[];
    return row ?? null;
  }

  /** The item of each source record that has one (by source id; the latest changed if more than one), with the units' names. */
  async viewsOf(sourceKind: string, sourceIds: readonly string[], db: Queryable = this.dataSource): Promise<Map<string, SourceItemView>> {
    const out = new Map<string, SourceItemView>();
    if (!sourceIds.length) return out;
    const rows = (await db.query(`SELECT ${COLUMNS} FROM ${this.table} WHERE source_kind = $1 AND source_id = ANY($2::uuid[]) ORDER BY changed_at`, [
      sourceKind,
      [...new Set(sourceIds)],
    ])) as SupervisedItemRow[];
    const unitIds = [...new Set(rows.flatMap((r) => r.units.map((u) => u.unitId)))];
    const names = new Map<string, string>();
    if (unitIds.length && this.unitTable) {
      const units = (await db.query(`SELECT id, name FROM "${this.schema}".${this.unitTable} WHERE id = ANY($1::uuid[])`, [unitIds])) as { id: string; name: string }[];
      for (const unit of units) names.set(unit.id, unit.name);
    }
    for (const row of rows) out.set(row.source_id, sourceItemView(row, names));
    return out;
  }
}

/** What a source record shows of its item: state, light, deadline and each unit's standing, with labels. */
export function sourceItemView(row: SupervisedItemRow, unitNames: ReadonlyMap<string, string>): SourceItemView {
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
    units: row.units.map((u) => ({ ...u, unitName: unitNames.get(u.unitId) ?? null, roleLabel: u.role === 'lead' ? '主责单位' : '配合单位' })),
  };
}

/** The line a change of an item adds to its source's timeline: the state, light and deadline after it, and its note. */
export function itemChangeNote(event: SupervisionItemChanged.Event): string {
  return [`督办状态：${SUPERVISION_ITEM_STATUS_LABELS[event.status]}`, `灯色：${TRAFFIC_LIGHT_LABELS[event.light]}`, event.dueDate ? `期限：${event.dueDate}` : null, event.note]
    .filter(Boolean)
    .join('；');
}
