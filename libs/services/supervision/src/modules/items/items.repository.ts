import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ExtensionStatus, FeedbackKind, ListSupervisionItems, SupervisionItemKind, SupervisionItemStatus, SupervisionSettingKey, TrafficLight } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository } from '../../common/schema.repository.js';
import type { ApprovedExtension } from './item-deadlines.js';

export interface OverdueTrendRow {
  month: string;
  asOf: string;
  overdueOpen: number;
  closedLate: number;
  closedOnTime: number;
}

export interface ItemRow {
  id: string;
  kind: SupervisionItemKind;
  title: string;
  content: string;
  year: number | null;
  sourceKind: string | null;
  sourceId: string | null;
  sourceParentKind: string | null;
  sourceParentId: string | null;
  sourceTitle: string | null;
  sourceReference: string | null;
  leaderName: string | null;
  leaderTitle: string | null;
  leaderUserId: string | null;
  leadUnitId: string | null;
  coUnitIds: string[];
  unresolvedUnitIds: string[];
  /** The lead unit the source named, kept while the item waits in 待确认责任单位 (null once 交办 or when none was named). */
  namedLeadUnitId: string | null;
  status: SupervisionItemStatus;
  secrecyLevel: number;
  dueDate: string | null;
  dueBasis: 'given' | 'computed';
  dueStart: string;
  dueWorkingDays: number | null;
  dueSettingId: string | null;
  dueExtensions: ApprovedExtension[];
  dueProvisional: boolean;
  dueExplanation: string[];
  light: TrafficLight;
  lightReason: string | null;
  lightChangedAt: Date | null;
  lightAsOf: string | null;
  registeredAt: Date;
  assignedAt: Date | null;
  acknowledgedAt: Date | null;
  lastFeedbackAt: Date | null;
  completionReportedAt: Date | null;
  closedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
  sentBackCount: number;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface MilestoneRow {
  id: string;
  itemId: string;
  sequence: number;
  quarter: number | null;
  target: string;
  dueDate: string;
  dueExplanation: string[];
  reportedAt: Date | null;
}

/** A 收文 分办 copy linked to an item (一事一期限), as document-secretariat's `routing.deadline-linked` told it. */
export interface RoutingDeadlineRow {
  routingId: string;
  itemId: string;
  incomingId: string;
  incomingTitle: string;
  unitId: string;
  unitName: string;
  linked: boolean;
  routingDueDate: string | null;
  explanation: string;
  changedAt: Date;
  recordedAt: Date;
}

export interface FeedbackRow {
  id: string;
  itemId: string;
  milestoneId: string | null;
  unitId: string;
  kind: FeedbackKind | 'completion';
  content: string;
  reportedBy: string;
  reportedAt: Date;
}

export interface ExtensionRow {
  id: string;
  itemId: string;
  unitId: string;
  workingDays: number;
  reason: string;
  status: ExtensionStatus;
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  dueBefore: string;
  dueAfter: string | null;
}

export interface TimelineRow {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actor: string;
  at: Date;
}

export interface SettingRow {
  id: string;
  key: SupervisionSettingKey;
  value: number;
  effectiveFrom: string;
  source: string;
  createdBy: string;
  createdAt: Date;
}

/** Which items a caller may see: all, those of one unit (lead or co-unit), always within their clearance. */
export interface Visibility {
  unitId: string | null;
  clearance: number;
}

const ITEM = new Columns<ItemRow>({
  id: 'id',
  kind: 'kind',
  title: 'title',
  content: 'content',
  year: 'year',
  sourceKind: 'source_kind',
  sourceId: 'source_id',
  sourceParentKind: 'source_parent_kind',
  sourceParentId: 'source_parent_id',
  sourceTitle: 'source_title',
  sourceReference: 'source_reference',
  leaderName: 'leader_name',
  leaderTitle: 'leader_title',
  leaderUserId: 'leader_user_id',
  leadUnitId: 'lead_unit_id',
  coUnitIds: 'co_unit_ids',
  unresolvedUnitIds: 'unresolved_unit_ids',
  namedLeadUnitId: 'named_lead_unit_id',
  status: 'status',
  secrecyLevel: 'secrecy_level',
  dueDate: ['due_date', 'date'],
  dueBasis: 'due_basis',
  dueStart: ['due_start', 'date'],
  dueWorkingDays: 'due_working_days',
  dueSettingId: 'due_setting_id',
  dueExtensions: ['due_extensions', 'json'],
  dueProvisional: 'due_provisional',
  dueExplanation: ['due_explanation', 'json'],
  light: 'light',
  lightReason: 'light_reason',
  lightChangedAt: 'light_changed_at',
  lightAsOf: ['light_as_of', 'date'],
  registeredAt: 'registered_at',
  assignedAt: 'assigned_at',
  acknowledgedAt: 'acknowledged_at',
  lastFeedbackAt: 'last_feedback_at',
  completionReportedAt: 'completion_reported_at',
  closedAt: 'closed_at',
  withdrawnAt: 'withdrawn_at',
  withdrawnBy: 'withdrawn_by',
  withdrawalReason: 'withdrawal_reason',
  sentBackCount: 'sent_back_count',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});
/** Everything but the id: a step may change any field of the item. */
const ITEM_CHANGES = ITEM.keys.filter((key) => key !== 'id');
const MILESTONE = new Columns<MilestoneRow>({
  id: 'id',
  itemId: 'item_id',
  sequence: 'sequence',
  quarter: 'quarter',
  target: 'target',
  dueDate: ['due_date', 'date'],
  dueExplanation: ['due_explanation', 'json'],
  reportedAt: 'reported_at',
});
const ROUTING_DEADLINE = new Columns<RoutingDeadlineRow>({
  routingId: 'routing_id',
  itemId: 'item_id',
  incomingId: 'incoming_id',
  incomingTitle: 'incoming_title',
  unitId: 'unit_id',
  unitName: 'unit_name',
  linked: 'linked',
  routingDueDate: ['routing_due_date', 'date'],
  explanation: 'explanation',
  changedAt: 'changed_at',
  recordedAt: 'recorded_at',
});
const ROUTING_DEADLINE_UPDATED = ['item_id', 'incoming_title', 'unit_name', 'linked', 'routing_due_date', 'explanation', 'changed_at', 'recorded_at'];
const FEEDBACK = new Columns<FeedbackRow>({
  id: 'id',
  itemId: 'item_id',
  milestoneId: 'milestone_id',
  unitId: 'unit_id',
  kind: 'kind',
  content: 'content',
  reportedBy: 'reported_by',
  reportedAt: 'reported_at',
});
const EXTENSION = new Columns<ExtensionRow>({
  id: 'id',
  itemId: 'item_id',
  unitId: 'unit_id',
  workingDays: 'working_days',
  reason: 'reason',
  status: 'status',
  requestedBy: 'requested_by',
  requestedAt: 'requested_at',
  decidedBy: 'decided_by',
  decidedAt: 'decided_at',
  decisionNote: 'decision_note',
  dueBefore: ['due_before', 'date'],
  dueAfter: ['due_after', 'date'],
});
const TIMELINE = new Columns<TimelineRow>({ action: 'action', fromStatus: 'from_status', toStatus: 'to_status', note: 'note', actor: 'actor', at: 'at' });
const SETTING = new Columns<SettingRow>({
  id: 'id',
  key: 'key',
  value: 'value',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdBy: 'created_by',
  createdAt: 'created_at',
});

/** The only place that speaks SQL for supervision items, their milestones, feedback, extensions, timeline and settings. */
@Injectable()
export class ItemsRepository extends SchemaRepository {
  /** Inserts the item unless one already exists for its source (kind, id); false when it did. */
  async insertItem(item: ItemRow, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.insertRow(ITEM, 'supervision_item', item, manager, 'ON CONFLICT (source_kind, source_id) WHERE source_id IS NOT NULL DO NOTHING RETURNING id');
    return rows.length === 1;
  }

  /** Saves a new version when nobody saved one since `expectedVersion`; false when somebody did. */
  async updateItemIfVersion(item: ItemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(ITEM, 'supervision_item', item, expectedVersion, ITEM_CHANGES, manager);
  }

  /** The derived light: not a new version of the record (a clerk's If-Match stays valid). */
  async saveLight(id: string, light: TrafficLight, reason: string, asOf: string, changedAt: Date | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('supervision_item')} SET light = $2, light_reason = $3, light_as_of = $4, light_changed_at = $5 WHERE id = $1`, [id, light, reason, asOf, changedAt]);
  }

  /** The ids of open items after `afterId`, in id order: one page of the warnings job. */
  async openIdsAfter(afterId: string | null, limit: number, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${this.t('supervision_item')} WHERE status NOT IN ('closed', 'withdrawn') AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Those of `ids` still open, locked for the caller's transaction; items a user's step holds right now are skipped
   * (that step judges its item's light itself), so a job never waits for users, nor they for it beyond one batch.
   */
  async lockOpenItemsSkipLocked(ids: string[], manager: EntityManager): Promise<ItemRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM ${this.t('supervision_item')} WHERE id = ANY($1::uuid[]) AND status NOT IN ('closed', 'withdrawn') ORDER BY id FOR UPDATE SKIP LOCKED`,
      [ids],
    );
    return rows.map((row) => ITEM.read(row));
  }

  /** The open items whose deadlines a change of `year` may move (as `findOpenIds`), in one query, not locked. */
  async findOpenItemsFor(year: number, manager: EntityManager): Promise<ItemRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM ${this.t('supervision_item')} WHERE status NOT IN ('closed', 'withdrawn') AND (extract(year FROM due_date) >= $1 OR due_date IS NULL OR due_provisional) ORDER BY id`,
      [year - 1],
    );
    return rows.map((row) => ITEM.read(row));
  }

  /** The milestones of several items in one query, by item, in sequence. */
  async milestonesOfItems(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, MilestoneRow[]>> {
    const out = new Map<string, MilestoneRow[]>();
    if (!ids.length) return out;
    for (const milestone of await this.select(MILESTONE, 'supervision_milestone', 'item_id = ANY($1::uuid[])', [ids], 'item_id, sequence', manager)) {
      const list = out.get(milestone.itemId) ?? [];
      list.push(milestone);
      out.set(milestone.itemId, list);
    }
    return out;
  }

  /** The linked 收文 copies of several items in one query, by item (一事一期限). */
  async routingDeadlinesOfItems(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, RoutingDeadlineRow[]>> {
    const out = new Map<string, RoutingDeadlineRow[]>();
    if (!ids.length) return out;
    for (const row of await this.select(ROUTING_DEADLINE, 'item_routing_deadline', 'item_id = ANY($1::uuid[]) AND linked', [ids], 'item_id, routing_due_date, routing_id', manager)) {
      const list = out.get(row.itemId) ?? [];
      list.push(row);
      out.set(row.itemId, list);
    }
    return out;
  }

  async routingDeadline(routingId: string, manager: EntityManager): Promise<RoutingDeadlineRow | null> {
    const [row] = await this.select(ROUTING_DEADLINE, 'item_routing_deadline', 'routing_id = $1', [routingId], 'routing_id', manager);
    return row ?? null;
  }

  /** The 收文 copies linked to the item now, earliest 承办期限 first. */
  routingDeadlinesOf(itemId: string, manager?: EntityManager): Promise<RoutingDeadlineRow[]> {
    return this.select(ROUTING_DEADLINE, 'item_routing_deadline', 'item_id = $1 AND linked', [itemId], 'routing_due_date, routing_id', manager);
  }

  /**
   * Keeps the copy's latest change: inserted, or updated when `changedAt` is newer than the one held. False when the
   * change is not newer (a redelivered or overtaken event): nothing to judge again.
   */
  async saveRoutingDeadline(row: RoutingDeadlineRow, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await this.insertRow(
      ROUTING_DEADLINE,
      'item_routing_deadline',
      row,
      manager,
      `ON CONFLICT (routing_id) DO UPDATE SET ${ROUTING_DEADLINE_UPDATED.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
       WHERE ${this.t('item_routing_deadline')}.changed_at < EXCLUDED.changed_at RETURNING routing_id`,
    );
    return rows.length === 1;
  }

  /** Records that the lights of `ids` were judged on `asOf` and did not change: one statement for a batch. */
  async saveLightsAsOf(ids: string[], asOf: string, manager: EntityManager): Promise<void> {
    if (ids.length) await manager.query(`UPDATE ${this.t('supervision_item')} SET light_as_of = $2 WHERE id = ANY($1::uuid[])`, [ids, asOf]);
  }

  findItem(id: string, manager?: EntityManager, lock = false): Promise<ItemRow | null> {
    return this.findRow('supervision_item', id, ITEM, manager, lock);
  }

  async findBySource(sourceKind: string, sourceId: string, manager: EntityManager): Promise<ItemRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('supervision_item')} WHERE source_kind = $1 AND source_id = $2`, [sourceKind, sourceId]);
    return row ? ITEM.read(row) : null;
  }

  /** Open items (neither closed nor withdrawn), for the light job and the re-dating after a calendar change. */
  async findOpenIds(manager: EntityManager, year?: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${this.t('supervision_item')} WHERE status NOT IN ('closed', 'withdrawn')${year ? ` AND (extract(year FROM due_date) >= $1 OR due_date IS NULL OR due_provisional)` : ''} ORDER BY id`,
      year ? [year - 1] : [],
    );
    return rows.map((r) => r.id);
  }

  /** Items waiting in 待确认责任单位 for units their source named, oldest first. */
  async findAwaitingNamedUnits(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${this.t('supervision_item')} WHERE status = 'needs_unit_resolution' AND named_lead_unit_id IS NOT NULL ORDER BY registered_at, id`,
    );
    return rows.map((r) => r.id);
  }

  search(query: ListSupervisionItems.Request & { limit: number; offset: number }, visibility: Visibility): Promise<Paged<ItemRow>> {
    const ofUnit = '(lead_unit_id = ? OR ? = ANY(co_unit_ids))';
    const filters = new Conditions()
      .add('secrecy_level <= ?', visibility.clearance)
      .when(visibility.unitId, ofUnit)
      .when(query.kind, 'kind = ?')
      .when(query.status, 'status = ?')
      .when(query.light, 'light = ?')
      .when(query.unitId, ofUnit)
      .when(query.year, 'year = ?')
      .when(query.sourceId, '(source_id = ? OR source_parent_id = ?)')
      .search(query.q, 'title', 'content');
    const order = `CASE light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END, due_date NULLS LAST, registered_at DESC, id`;
    return this.page(this.t('supervision_item'), filters, order, query, ITEM);
  }

  /** Open items lit red or yellow, for the overdue lists by unit and by leader. */
  findWarned(kind: SupervisionItemKind | undefined): Promise<ItemRow[]> {
    return this.select(ITEM, 'supervision_item', `light IN ('red', 'yellow') AND status <> 'withdrawn'${kind ? ' AND kind = $1' : ''}`, kind ? [kind] : [], 'due_date NULLS LAST, id');
  }

  /**
   * 逾期趋势 by month from `fromMonth` (its first day) to `today`: items past their due date and still open at each month's
   * end (today for the running month), and items closed in the month late or on time; dates are Beijing dates.
   */
  async overdueTrend(fromMonth: string, today: string, clearance: number, kind: SupervisionItemKind | undefined): Promise<OverdueTrendRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH months AS (
         SELECT m::date AS month_start, LEAST((m + interval '1 month' - interval '1 day')::date, $2::date) AS month_end
         FROM generate_series($1::date, $2::date, interval '1 month') AS m
       ), items AS (
         SELECT due_date, (registered_at AT TIME ZONE 'Asia/Shanghai')::date AS registered_on,
                (closed_at AT TIME ZONE 'Asia/Shanghai')::date AS closed_on, (withdrawn_at AT TIME ZONE 'Asia/Shanghai')::date AS withdrawn_on
         FROM ${this.t('supervision_item')}
         WHERE due_date IS NOT NULL AND secrecy_level <= $3 AND ($4::text IS NULL OR kind = $4)
       )
       SELECT to_char(month_start, 'YYYY-MM') AS month, to_char(month_end, 'YYYY-MM-DD') AS as_of,
         count(i.due_date) FILTER (WHERE i.registered_on <= month_end AND i.due_date < month_end
           AND (i.closed_on IS NULL OR i.closed_on > month_end) AND (i.withdrawn_on IS NULL OR i.withdrawn_on > month_end))::int AS overdue_open,
         count(i.due_date) FILTER (WHERE i.closed_on BETWEEN month_start AND month_end AND i.closed_on > i.due_date)::int AS closed_late,
         count(i.due_date) FILTER (WHERE i.closed_on BETWEEN month_start AND month_end AND i.closed_on <= i.due_date)::int AS closed_on_time
       FROM months LEFT JOIN items AS i ON true
       GROUP BY month_start, month_end ORDER BY month_start`,
      [fromMonth, today, clearance, kind ?? null],
    );
    return rows.map((r) => ({ month: r.month as string, asOf: r.as_of as string, overdueOpen: r.overdue_open as number, closedLate: r.closed_late as number, closedOnTime: r.closed_on_time as number }));
  }

  /** Items of lead units whose due date falls in a period (for 考核); a withdrawn item is not assessed. */
  findForAssessment(from: string, to: string): Promise<ItemRow[]> {
    return this.select(ITEM, 'supervision_item', `lead_unit_id IS NOT NULL AND status NOT IN ('needs_unit_resolution', 'withdrawn') AND due_date BETWEEN $1 AND $2`, [from, to], 'id');
  }

  async insertMilestone(milestone: MilestoneRow, manager: EntityManager): Promise<void> {
    await this.insertRow(MILESTONE, 'supervision_milestone', milestone, manager);
  }

  async updateMilestoneDue(id: string, dueDate: string, explanation: string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('supervision_milestone')} SET due_date = $2, due_explanation = $3 WHERE id = $1`, [id, dueDate, JSON.stringify(explanation)]);
  }

  async markMilestoneReported(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('supervision_milestone')} SET reported_at = $2 WHERE id = $1 AND reported_at IS NULL`, [id, at]);
  }

  milestonesOf(itemId: string, manager?: EntityManager): Promise<MilestoneRow[]> {
    return this.select(MILESTONE, 'supervision_milestone', 'item_id = $1', [itemId], 'sequence', manager);
  }

  async insertFeedback(feedback: FeedbackRow, manager: EntityManager): Promise<void> {
    await this.insertRow(FEEDBACK, 'supervision_feedback', feedback, manager);
  }

  feedbackOf(itemId: string, manager?: EntityManager): Promise<FeedbackRow[]> {
    return this.select(FEEDBACK, 'supervision_feedback', 'item_id = $1', [itemId], 'reported_at, id', manager);
  }

  /** A new request, pending until the office decides it. */
  async insertExtension(extension: ExtensionRow, manager: EntityManager): Promise<void> {
    await this.insertRow<ExtensionRow>(EXTENSION, 'supervision_extension', { ...extension, status: 'pending' }, manager);
  }

  async decideExtension(extension: ExtensionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('supervision_extension')} SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, due_after = $6 WHERE id = $1 AND status = 'pending'`,
      [extension.id, extension.status, extension.decidedBy, extension.decidedAt, extension.decisionNote, extension.dueAfter],
    );
  }

  extensionsOf(itemId: string, manager?: EntityManager): Promise<ExtensionRow[]> {
    return this.select(EXTENSION, 'supervision_extension', 'item_id = $1', [itemId], 'requested_at, id', manager);
  }

  async recordTimeline(itemId: string, entry: TimelineRow & { data?: Record<string, unknown> }, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('supervision_item_timeline')} (id, item_id, action, from_status, to_status, note, actor, at, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [randomUUID(), itemId, entry.action, entry.fromStatus, entry.toStatus, entry.note, entry.actor, entry.at, JSON.stringify(entry.data ?? {})],
    );
  }

  timelineOf(itemId: string): Promise<TimelineRow[]> {
    return this.select(TIMELINE, 'supervision_item_timeline', 'item_id = $1', [itemId], 'seq');
  }

  /** The version of each setting in force on a day (the latest that took effect on or before it). */
  async settingsOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<Map<SupervisionSettingKey, SettingRow>> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT DISTINCT ON (key) * FROM ${this.t('supervision_setting')} WHERE effective_from <= $1 ORDER BY key, effective_from DESC`,
      [day],
    );
    return new Map(rows.map((r) => [r.key as SupervisionSettingKey, SETTING.read(r)]));
  }

  allSettings(): Promise<SettingRow[]> {
    return this.select(SETTING, 'supervision_setting', 'TRUE', [], 'key, effective_from');
  }

  /** A new version of a setting; one per key and day (a second on the same day replaces nothing: conflict). */
  async insertSetting(setting: SettingRow, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO ${this.t('supervision_setting')} (id, key, value, effective_from, source, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (key, effective_from) DO NOTHING RETURNING id`,
      [setting.id, setting.key, setting.value, setting.effectiveFrom, setting.source, setting.createdBy, setting.createdAt],
    );
    return rows.length === 1;
  }
}
