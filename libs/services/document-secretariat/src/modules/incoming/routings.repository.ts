import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { RecordKind, RoutingRole, RoutingStatus } from '@gov/contracts-document-secretariat';
import { Conditions, DATA_SOURCE, SCHEMA, selectPage, updateReturning, type Paged, type Queryable } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { Recipient } from './routings.js';

export interface RoutingRow {
  id: string;
  record_kind: RecordKind;
  record_id: string;
  recipient_kind: 'unit' | 'user';
  role: RoutingRole;
  unit_id: string | null;
  user_id: string | null;
  recipient_name: string;
  status: RoutingStatus;
  sent_at: Date;
  signed_at: Date | null;
  signed_by: string | null;
  read_at: Date | null;
  read_by: string | null;
  done_at: Date | null;
  result: string | null;
  note: string | null;
  version: number;
  linked_item_id: string | null;
  linked_role: 'lead' | 'co' | null;
  link_status: 'linked' | 'unlinked' | null;
  linked_item_version: number | null;
  linked_item_at: Date | null;
  linked_item_due_date: string | null;
  linked_due_date: string | null;
  deadline_source: 'routing' | 'item' | null;
  linked_deadline_explanation: string[];
  done_by_item: boolean;
  record_title?: string;
}

/** A copy's link to a 督办事项 (一事一期限) and, when the item's outcome completes or reopens it, its status and result. */
export interface RoutingLink {
  status: RoutingStatus;
  signedAt: Date | null;
  signedBy: string | null;
  doneAt: Date | null;
  result: string | null;
  linkedItemId: string | null;
  linkedRole: 'lead' | 'co' | null;
  linkStatus: 'linked' | 'unlinked' | null;
  linkedItemVersion: number | null;
  linkedItemAt: Date | null;
  linkedItemDueDate: string | null;
  linkedDueDate: string | null;
  deadlineSource: 'routing' | 'item' | null;
  linkedDeadlineExplanation: string[];
  doneByItem: boolean;
}

/** What a step on a copy changes (its receipts, its result, its note). */
export interface RoutingChanges {
  signedAt: Date | null;
  signedBy: string | null;
  readAt: Date | null;
  readBy: string | null;
  doneAt: Date | null;
  result: string | null;
  note: string | null;
}

const ORDER = `CASE role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END, sent_at, id`;

/** The only place that speaks SQL for the recipients' copies of a record (`doc_routing`). */
@Injectable()
export class RoutingsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  /** The recipient's new copy; none (empty) when they already have one of the record. */
  async insert(record: { kind: RecordKind; id: string }, r: Recipient, now: Date, by: string, manager: EntityManager): Promise<RoutingRow[]> {
    return manager.query(
      `INSERT INTO ${this.t('doc_routing')} (id, record_kind, record_id, recipient_kind, role, unit_id, user_id, recipient_name, status, sent_at, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $9, $10, $9)
       ON CONFLICT (record_kind, record_id, (coalesce(unit_id, user_id))) DO NOTHING RETURNING *`,
      [randomUUID(), record.kind, record.id, r.kind, r.role, r.kind === 'unit' ? r.unitId : null, r.kind === 'user' ? r.userId : null, r.name, now, by],
    );
  }

  /** The copies of a record with the record's title, 主办 first. */
  async withTitles(kind: RecordKind, id: string, db: Queryable = this.dataSource): Promise<RoutingRow[]> {
    return (await db.query(
      `SELECT g.*, r.title AS record_title FROM ${this.t('doc_routing')} g JOIN ${this.t('record_registry')} r ON r.kind = g.record_kind AND r.id = g.record_id
        WHERE g.record_kind = $1 AND g.record_id = $2 ORDER BY CASE g.role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END, g.sent_at, g.id`,
      [kind, id],
    )) as RoutingRow[];
  }

  async rowsOf(kind: RecordKind, id: string, manager: EntityManager): Promise<RoutingRow[]> {
    return manager.query(`SELECT * FROM ${this.t('doc_routing')} WHERE record_kind = $1 AND record_id = $2 ORDER BY ${ORDER}`, [kind, id]);
  }

  /** The caller's own copies (their unit's as a liaison), never above their clearance. */
  async mine(status: RoutingStatus | undefined, caller: CallerContext, page: { limit: number; offset: number }): Promise<Paged<RoutingRow>> {
    const filters = new Conditions().add('r.secrecy_level <= ?', caller.clearance);
    if (caller.unitId) filters.add('(g.user_id = ? OR g.unit_id = ?)', caller.userId, caller.unitId);
    else filters.add('g.user_id = ?', caller.userId);
    if (status) filters.add('g.status = ?', status);
    return selectPage<RoutingRow>(this.dataSource, {
      columns: 'g.*, r.title AS record_title',
      from: `${this.t('doc_routing')} g JOIN ${this.t('record_registry')} r ON r.kind = g.record_kind AND r.id = g.record_id`,
      where: filters,
      orderBy: 'g.sent_at DESC, g.id',
      ...page,
    });
  }

  async lock(id: string, manager: EntityManager): Promise<RoutingRow | null> {
    const [row] = (await manager.query(`SELECT * FROM ${this.t('doc_routing')} WHERE id = $1 FOR UPDATE`, [id])) as RoutingRow[];
    return row ?? null;
  }

  /** The 收文 a 批示 was written on (its parent), when the 批示 is on a 收文 of this service. */
  async incomingOfInstruction(instructionId: string, manager: EntityManager): Promise<string | null> {
    const [row] = (await manager.query(`SELECT source_id FROM ${this.t('leader_instruction')} WHERE id = $1 AND source_kind = 'incoming'`, [instructionId])) as { source_id: string }[];
    return row?.source_id ?? null;
  }

  /** The unit copies of a record, locked, 主办 first. */
  async lockUnitCopies(kind: RecordKind, id: string, manager: EntityManager): Promise<RoutingRow[]> {
    return manager.query(`SELECT * FROM ${this.t('doc_routing')} WHERE record_kind = $1 AND record_id = $2 AND recipient_kind = 'unit' ORDER BY ${ORDER} FOR UPDATE`, [kind, id]);
  }

  /** Writes a copy's link (and the status the item's outcome gives it), attributed to `by`. */
  async saveLink(id: string, link: RoutingLink, by: string, at: Date, manager: EntityManager): Promise<RoutingRow> {
    const [updated] = await updateReturning<RoutingRow>(
      manager,
      `UPDATE ${this.t('doc_routing')} SET status = $2, signed_at = $3, signed_by = $4, done_at = $5, result = $6, linked_item_id = $7, linked_role = $8, link_status = $9,
        linked_item_version = $10, linked_item_at = $11, linked_item_due_date = $12, linked_due_date = $13, deadline_source = $14, linked_deadline_explanation = $15,
        done_by_item = $18, version = version + 1, updated_by = $16, updated_at = $17
      WHERE id = $1 RETURNING *`,
      [
        id,
        link.status,
        link.signedAt,
        link.signedBy,
        link.doneAt,
        link.result,
        link.linkedItemId,
        link.linkedRole,
        link.linkStatus,
        link.linkedItemVersion,
        link.linkedItemAt,
        link.linkedItemDueDate,
        link.linkedDueDate,
        link.deadlineSource,
        link.linkedDeadlineExplanation,
        by,
        at,
        link.doneByItem,
      ],
    );
    return updated;
  }

  /** The copy's new status and receipts where it is still at `expectedVersion`; null when somebody changed it. */
  async saveIfVersion(id: string, status: RoutingStatus, changes: RoutingChanges, by: string, at: Date, expectedVersion: number, manager: EntityManager): Promise<RoutingRow | null> {
    const [updated] = await updateReturning<RoutingRow>(
      manager,
      `UPDATE ${this.t('doc_routing')} SET status = $2, signed_at = $3, signed_by = $4, read_at = $5, read_by = $6, done_at = $7, result = $8, note = $9,
        version = version + 1, updated_by = $10, updated_at = $11
      WHERE id = $1 AND version = $12 RETURNING *`,
      [id, status, changes.signedAt, changes.signedBy, changes.readAt, changes.readBy, changes.doneAt, changes.result, changes.note, by, at, expectedVersion],
    );
    return updated ?? null;
  }
}
