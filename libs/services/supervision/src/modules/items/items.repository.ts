import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ExtensionStatus, FeedbackKind, ListSupervisionItems, SupervisionItemKind, SupervisionItemStatus, SupervisionSettingKey, TrafficLight } from '@gov/contracts-supervision';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import { WorkingCalendar } from '@gov/calendar';
import type { DataSource, EntityManager } from 'typeorm';
import { isoDate, isoDateOrNull, type ApprovedExtension } from './item-deadlines.js';

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

const ITEM_COLUMNS: [keyof ItemRow, string][] = [
  ['id', 'id'],
  ['kind', 'kind'],
  ['title', 'title'],
  ['content', 'content'],
  ['year', 'year'],
  ['sourceKind', 'source_kind'],
  ['sourceId', 'source_id'],
  ['sourceParentKind', 'source_parent_kind'],
  ['sourceParentId', 'source_parent_id'],
  ['sourceTitle', 'source_title'],
  ['sourceReference', 'source_reference'],
  ['leaderName', 'leader_name'],
  ['leaderTitle', 'leader_title'],
  ['leaderUserId', 'leader_user_id'],
  ['leadUnitId', 'lead_unit_id'],
  ['coUnitIds', 'co_unit_ids'],
  ['unresolvedUnitIds', 'unresolved_unit_ids'],
  ['status', 'status'],
  ['secrecyLevel', 'secrecy_level'],
  ['dueDate', 'due_date'],
  ['dueBasis', 'due_basis'],
  ['dueStart', 'due_start'],
  ['dueWorkingDays', 'due_working_days'],
  ['dueSettingId', 'due_setting_id'],
  ['dueExtensions', 'due_extensions'],
  ['dueProvisional', 'due_provisional'],
  ['dueExplanation', 'due_explanation'],
  ['light', 'light'],
  ['lightReason', 'light_reason'],
  ['lightChangedAt', 'light_changed_at'],
  ['lightAsOf', 'light_as_of'],
  ['registeredAt', 'registered_at'],
  ['assignedAt', 'assigned_at'],
  ['acknowledgedAt', 'acknowledged_at'],
  ['lastFeedbackAt', 'last_feedback_at'],
  ['completionReportedAt', 'completion_reported_at'],
  ['closedAt', 'closed_at'],
  ['sentBackCount', 'sent_back_count'],
  ['version', 'version'],
  ['createdAt', 'created_at'],
  ['createdBy', 'created_by'],
  ['updatedAt', 'updated_at'],
  ['updatedBy', 'updated_by'],
];
const JSON_COLUMNS = new Set<keyof ItemRow>(['dueExtensions', 'dueExplanation']);

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The only place that speaks SQL for supervision items, their milestones, feedback, extensions, timeline and settings. */
@Injectable()
export class ItemsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  /** Inserts the item unless one already exists for its source (kind, id); false when it did. */
  async insertItem(item: ItemRow, manager: EntityManager): Promise<boolean> {
    const columns = ITEM_COLUMNS.map(([, column]) => column);
    const values = ITEM_COLUMNS.map(([key]) => (JSON_COLUMNS.has(key) ? JSON.stringify(item[key]) : item[key]));
    const rows: unknown[] = await manager.query(
      `INSERT INTO ${this.t('supervision_item')} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (source_kind, source_id) WHERE source_id IS NOT NULL DO NOTHING RETURNING id`,
      values,
    );
    return rows.length === 1;
  }

  /** Saves a new version when nobody saved one since `expectedVersion`; false when somebody did. */
  async updateItemIfVersion(item: ItemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const entries = ITEM_COLUMNS.filter(([key]) => key !== 'id');
    const values = entries.map(([key]) => (JSON_COLUMNS.has(key) ? JSON.stringify(item[key]) : item[key]));
    const result: [unknown[], number] = await manager.query(
      `UPDATE ${this.t('supervision_item')} SET ${entries.map(([, column], i) => `${column} = $${i + 1}`).join(', ')}
       WHERE id = $${entries.length + 1} AND version = $${entries.length + 2}`,
      [...values, item.id, expectedVersion],
    );
    return result[1] === 1;
  }

  /** The derived light: not a new version of the record (a clerk's If-Match stays valid). */
  async saveLight(id: string, light: TrafficLight, reason: string, asOf: string, changedAt: Date | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('supervision_item')} SET light = $2, light_reason = $3, light_as_of = $4, light_changed_at = $5 WHERE id = $1`, [id, light, reason, asOf, changedAt]);
  }

  async findItem(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ItemRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('supervision_item')} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toItem(row) : null;
  }

  async findBySource(sourceKind: string, sourceId: string, manager: EntityManager): Promise<ItemRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('supervision_item')} WHERE source_kind = $1 AND source_id = $2`, [sourceKind, sourceId]);
    return row ? toItem(row) : null;
  }

  /** Open items (not closed), for the light job and the re-dating after a calendar change; locked in the caller's tx. */
  async findOpenIds(manager: EntityManager, year?: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${this.t('supervision_item')} WHERE status <> 'closed'${year ? ` AND (extract(year FROM due_date) >= $1 OR due_date IS NULL OR due_provisional)` : ''} ORDER BY id`,
      year ? [year - 1] : [],
    );
    return rows.map((r) => r.id);
  }

  async search(query: ListSupervisionItems.Request & { limit: number; offset: number }, visibility: Visibility): Promise<{ items: ItemRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      let text = sql;
      for (const value of values) {
        params.push(value);
        text = text.replace('?', `$${params.length}`);
      }
      where.push(text);
    };
    add('secrecy_level <= ?', visibility.clearance);
    if (visibility.unitId) add('(lead_unit_id = ? OR ? = ANY(co_unit_ids))', visibility.unitId, visibility.unitId);
    if (query.kind) add('kind = ?', query.kind);
    if (query.status) add('status = ?', query.status);
    if (query.light) add('light = ?', query.light);
    if (query.unitId) add('(lead_unit_id = ? OR ? = ANY(co_unit_ids))', query.unitId, query.unitId);
    if (query.year) add('year = ?', query.year);
    if (query.sourceId) add('(source_id = ? OR source_parent_id = ?)', query.sourceId, query.sourceId);
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      add(`(title ILIKE ? ESCAPE '\\' OR content ILIKE ? ESCAPE '\\')`, like, like);
    }
    const filter = `WHERE ${where.join(' AND ')}`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total_count FROM ${this.t('supervision_item')} ${filter}
        ORDER BY CASE light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END, due_date NULLS LAST, registered_at DESC, id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total_count) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.t('supervision_item')} ${filter}`, params);
      total = row.n;
    }
    return { items: rows.map(toItem), total };
  }

  /** Items lit red or yellow, for the overdue lists by unit and by leader. */
  async findWarned(kind: SupervisionItemKind | undefined): Promise<ItemRow[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM ${this.t('supervision_item')} WHERE light IN ('red', 'yellow')${kind ? ' AND kind = $1' : ''} ORDER BY due_date NULLS LAST, id`,
      kind ? [kind] : [],
    );
    return rows.map(toItem);
  }

  /** Items of lead units whose due date falls in a period (for 考核). */
  async findForAssessment(from: string, to: string): Promise<ItemRow[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM ${this.t('supervision_item')} WHERE lead_unit_id IS NOT NULL AND status <> 'needs_unit_resolution' AND due_date BETWEEN $1 AND $2`,
      [from, to],
    );
    return rows.map(toItem);
  }

  async insertMilestone(milestone: MilestoneRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('supervision_milestone')} (id, item_id, sequence, quarter, target, due_date, due_explanation, reported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [milestone.id, milestone.itemId, milestone.sequence, milestone.quarter, milestone.target, milestone.dueDate, JSON.stringify(milestone.dueExplanation), milestone.reportedAt],
    );
  }

  async updateMilestoneDue(id: string, dueDate: string, explanation: string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('supervision_milestone')} SET due_date = $2, due_explanation = $3 WHERE id = $1`, [id, dueDate, JSON.stringify(explanation)]);
  }

  async markMilestoneReported(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('supervision_milestone')} SET reported_at = $2 WHERE id = $1 AND reported_at IS NULL`, [id, at]);
  }

  async milestonesOf(itemId: string, manager: EntityManager = this.dataSource.manager): Promise<MilestoneRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t('supervision_milestone')} WHERE item_id = $1 ORDER BY sequence`, [itemId]);
    return rows.map((r) => ({
      id: r.id as string,
      itemId: r.item_id as string,
      sequence: r.sequence as number,
      quarter: (r.quarter as number) ?? null,
      target: r.target as string,
      dueDate: isoDate(r.due_date),
      dueExplanation: r.due_explanation as string[],
      reportedAt: (r.reported_at as Date) ?? null,
    }));
  }

  async insertFeedback(feedback: FeedbackRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('supervision_feedback')} (id, item_id, milestone_id, unit_id, kind, content, reported_by, reported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [feedback.id, feedback.itemId, feedback.milestoneId, feedback.unitId, feedback.kind, feedback.content, feedback.reportedBy, feedback.reportedAt],
    );
  }

  async feedbackOf(itemId: string): Promise<FeedbackRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT * FROM ${this.t('supervision_feedback')} WHERE item_id = $1 ORDER BY reported_at, id`, [itemId]);
    return rows.map((r) => ({
      id: r.id as string,
      itemId: r.item_id as string,
      milestoneId: (r.milestone_id as string) ?? null,
      unitId: r.unit_id as string,
      kind: r.kind as FeedbackRow['kind'],
      content: r.content as string,
      reportedBy: r.reported_by as string,
      reportedAt: r.reported_at as Date,
    }));
  }

  async insertExtension(extension: ExtensionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('supervision_extension')} (id, item_id, unit_id, working_days, reason, status, requested_by, requested_at, due_before) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8)`,
      [extension.id, extension.itemId, extension.unitId, extension.workingDays, extension.reason, extension.requestedBy, extension.requestedAt, extension.dueBefore],
    );
  }

  async decideExtension(extension: ExtensionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('supervision_extension')} SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, due_after = $6 WHERE id = $1 AND status = 'pending'`,
      [extension.id, extension.status, extension.decidedBy, extension.decidedAt, extension.decisionNote, extension.dueAfter],
    );
  }

  async extensionsOf(itemId: string, manager: EntityManager = this.dataSource.manager): Promise<ExtensionRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t('supervision_extension')} WHERE item_id = $1 ORDER BY requested_at, id`, [itemId]);
    return rows.map((r) => ({
      id: r.id as string,
      itemId: r.item_id as string,
      unitId: r.unit_id as string,
      workingDays: r.working_days as number,
      reason: r.reason as string,
      status: r.status as ExtensionStatus,
      requestedBy: r.requested_by as string,
      requestedAt: r.requested_at as Date,
      decidedBy: (r.decided_by as string) ?? null,
      decidedAt: (r.decided_at as Date) ?? null,
      decisionNote: (r.decision_note as string) ?? null,
      dueBefore: isoDate(r.due_before),
      dueAfter: isoDateOrNull(r.due_after),
    }));
  }

  async recordTimeline(itemId: string, entry: TimelineRow & { data?: Record<string, unknown> }, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('supervision_item_timeline')} (id, item_id, action, from_status, to_status, note, actor, at, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [randomUUID(), itemId, entry.action, entry.fromStatus, entry.toStatus, entry.note, entry.actor, entry.at, JSON.stringify(entry.data ?? {})],
    );
  }

  async timelineOf(itemId: string): Promise<TimelineRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT action, from_status, to_status, note, actor, at FROM ${this.t('supervision_item_timeline')} WHERE item_id = $1 ORDER BY seq`,
      [itemId],
    );
    return rows.map((r) => ({
      action: r.action as string,
      fromStatus: (r.from_status as string) ?? null,
      toStatus: (r.to_status as string) ?? null,
      note: (r.note as string) ?? null,
      actor: r.actor as string,
      at: r.at as Date,
    }));
  }

  /**
   * The calendar as the caller's transaction sees it: a calendar change is applied and its listeners run before
   * the copy commits, so re-dating must read the new year inside that transaction.
   */
  async calendarWithin(manager: EntityManager): Promise<WorkingCalendar> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT year, holidays, makeup_workdays, source, version FROM ${this.t('calendar_year_copy')} ORDER BY year`);
    return new WorkingCalendar(
      rows.map((r) => ({ year: r.year as number, holidays: r.holidays as never, makeupWorkdays: r.makeup_workdays as never, source: r.source as string, version: r.version as number })),
    );
  }

  /** The version of each setting in force on a day (the latest that took effect on or before it). */
  async settingsOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<Map<SupervisionSettingKey, SettingRow>> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT DISTINCT ON (key) * FROM ${this.t('supervision_setting')} WHERE effective_from <= $1 ORDER BY key, effective_from DESC`,
      [day],
    );
    return new Map(rows.map((r) => [r.key as SupervisionSettingKey, toSetting(r)]));
  }

  async allSettings(): Promise<SettingRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT * FROM ${this.t('supervision_setting')} ORDER BY key, effective_from`);
    return rows.map(toSetting);
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

function toSetting(r: Record<string, unknown>): SettingRow {
  return {
    id: r.id as string,
    key: r.key as SupervisionSettingKey,
    value: r.value as number,
    effectiveFrom: isoDate(r.effective_from),
    source: r.source as string,
    createdBy: r.created_by as string,
    createdAt: r.created_at as Date,
  };
}

function toItem(row: Record<string, unknown>): ItemRow {
  const item = {} as Record<string, unknown>;
  for (const [key, column] of ITEM_COLUMNS) item[key] = row[column] ?? null;
  item.dueDate = isoDateOrNull(row.due_date);
  item.dueStart = isoDate(row.due_start);
  item.lightAsOf = isoDateOrNull(row.light_as_of);
  item.coUnitIds = (row.co_unit_ids as string[]) ?? [];
  item.unresolvedUnitIds = (row.unresolved_unit_ids as string[]) ?? [];
  return item as unknown as ItemRow;
}
