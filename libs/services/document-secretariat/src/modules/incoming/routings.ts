import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  IncomingErrors,
  ROUTING_ROLE_LABELS,
  ROUTING_STATUS_LABELS,
  type ActOnRouting,
  type ListMyRoutings,
  type RecordKind,
  type RoutingRole,
  type RoutingStatus,
  type RoutingView,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, Transactions, type Tx, Conditions, selectPage, updateReturning } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { Registry } from '../../common/registry.js';
import { nextRoutingStatus, ROUTING_ACTION_TIMELINE_LABELS, routingStepRefusal } from './incoming-rules.js';
import { RecordSteps } from './steps.js';

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
  record_title?: string;
}

export type Recipient = { kind: 'unit'; unitId: string; name: string; role: RoutingRole } | { kind: 'user'; userId: string; name: string; role: RoutingRole };

/**
 * The recipients' own copies of a record: the units a 收文 is distributed to (one 主办, any 协办), the leaders it
 * circulates to (传阅), the units a 批示 is relayed to. Each copy has its status and its receipts (签收, 阅读, 办结), and
 * only its recipient (a unit's liaison, the leader) acts on it — or a clerk recording it on their behalf.
 */
@Injectable()
export class Routings {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly steps: RecordSteps,
  ) {}

  /** Adds copies for new recipients; a recipient who already has a copy of the record keeps it. Returns the new ones. */
  async add(tx: Tx, caller: CallerContext, record: { kind: RecordKind; id: string }, recipients: readonly Recipient[]): Promise<RoutingRow[]> {
    const added: RoutingRow[] = [];
    const now = new Date();
    for (const r of recipients) {
      const rows: RoutingRow[] = await tx.manager.query(
        `INSERT INTO "${this.schema}".doc_routing (id, record_kind, record_id, recipient_kind, role, unit_id, user_id, recipient_name, status, sent_at, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $9, $10, $9)
         ON CONFLICT (record_kind, record_id, (coalesce(unit_id, user_id))) DO NOTHING RETURNING *`,
        [randomUUID(), record.kind, record.id, r.kind, r.role, r.kind === 'unit' ? r.unitId : null, r.kind === 'user' ? r.userId : null, r.name, now, caller.username],
      );
      added.push(...rows);
    }
    return added;
  }

  async of(kind: RecordKind, id: string, tx?: Tx): Promise<RoutingView[]> {
    const rows: RoutingRow[] = await (tx?.manager ?? this.dataSource).query(
      `SELECT g.*, r.title AS record_title FROM "${this.schema}".doc_routing g JOIN "${this.schema}".record_registry r ON r.kind = g.record_kind AND r.id = g.record_id
        WHERE g.record_kind = $1 AND g.record_id = $2 ORDER BY CASE g.role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END, g.sent_at, g.id`,
      [kind, id],
    );
    return rows.map(toRoutingView);
  }

  async rowsOf(kind: RecordKind, id: string, tx: Tx): Promise<RoutingRow[]> {
    return tx.manager.query(`SELECT * FROM "${this.schema}".doc_routing WHERE record_kind = $1 AND record_id = $2 ORDER BY CASE role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END, sent_at, id`, [kind, id]);
  }

  /** The caller's own copies (their unit's as a liaison, their own as a leader), never above their clearance. */
  async mine(request: ListMyRoutings.Request, caller: CallerContext): Promise<ListMyRoutings.Reply> {
    const page = pageOf(request);
    // The caller's own copies (their unit's as a liaison), never above their clearance.
    const filters = new Conditions().add('r.secrecy_level <= ?', caller.clearance);
    if (caller.unitId) filters.add('(g.user_id = ? OR g.unit_id = ?)', caller.userId, caller.unitId);
    else filters.add('g.user_id = ?', caller.userId);
    if (request.status) filters.add('g.status = ?', request.status);
    const { items: rows, total } = await selectPage<RoutingRow>(this.dataSource, {
      columns: 'g.*, r.title AS record_title',
      from: `"${this.schema}".doc_routing g JOIN "${this.schema}".record_registry r ON r.kind = g.record_kind AND r.id = g.record_id`,
      where: filters,
      orderBy: 'g.sent_at DESC, g.id',
      ...page,
    });
    return { items: rows.map(toRoutingView), total, ...page };
  }

  /** 签收, 阅读 (the read receipt), 报送进展, 办结 on one copy, by its recipient or a clerk on their behalf. */
  async act(request: ActOnRouting.Request, caller: CallerContext): Promise<RoutingView> {
    return this.transactions.run(async (tx) => {
      const [row]: RoutingRow[] = await tx.manager.query(`SELECT * FROM "${this.schema}".doc_routing WHERE id = $1 FOR UPDATE`, [request.id]);
      if (!row) throw new DomainError(IncomingErrors.routingNotFound, '分办记录不存在或无权查看');
      const record = await this.registry.visible(row.record_kind, row.record_id, caller, tx).catch(() => {
        throw new DomainError(IncomingErrors.routingNotFound, '分办记录不存在或无权查看');
      });
      const own = (row.unit_id && row.unit_id === caller.unitId && hasPermission(caller, DocumentSecretariatPermissions.documentsHandleOwn)) || (row.user_id && row.user_id === caller.userId);
      if (!own && !hasPermission(caller, DocumentSecretariatPermissions.documentsProcess)) {
        // Visible (e.g. a co-unit's liaison sees the document) but not theirs to sign for.
        throw new DomainError(CommonDocumentErrors.forbidden, `只能签收、办理本单位（本人）的分办件，此件由“${row.recipient_name}”办理`);
      }
      if (row.version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `分办记录已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      }
      const next = nextRoutingStatus(row.status, request.action, row.role);
      if (!next) throw new DomainError(IncomingErrors.routingInvalidState, routingStepRefusal(row.status, request.action, row.role));
      if (request.action === 'done' && !request.note?.trim()) {
        throw new DomainError(CommonDocumentErrors.invalidState, '办结时须填写办理结果', [{ field: 'note', code: 'required', message: '办理结果：办结时必填' }]);
      }
      const now = new Date();
      const note = request.note?.trim() || null;
      const a = request.action;
      const changes = {
        signedAt: row.signed_at ?? (a === 'read' ? null : now),
        signedBy: row.signed_by ?? (a === 'read' ? null : caller.username),
        readAt: a === 'read' ? (row.read_at ?? now) : row.read_at,
        readBy: a === 'read' ? (row.read_by ?? caller.username) : row.read_by,
        doneAt: a === 'done' ? now : row.done_at,
        result: a === 'done' ? note : row.result,
        note: a === 'progress' ? note : row.note,
      };
      const updated = (
        await updateReturning<RoutingRow>(
          tx.manager,
          `UPDATE "${this.schema}".doc_routing SET status = $2, signed_at = $3, signed_by = $4, read_at = $5, read_by = $6, done_at = $7, result = $8, note = $9,
            version = version + 1, updated_by = $10, updated_at = $11
          WHERE id = $1 AND version = $12 RETURNING *`,
          [row.id, next, changes.signedAt, changes.signedBy, changes.readAt, changes.readBy, changes.doneAt, changes.result, changes.note, caller.username, now, request.expectedVersion],
        )
      )[0];
      if (!updated) throw new DomainError(CommonDocumentErrors.versionConflict, '分办记录已被他人修改，请刷新后重试');
      const label = `${ROUTING_ACTION_TIMELINE_LABELS[request.action]}（${row.recipient_name}${ROUTING_ROLE_LABELS[row.role]}）`;
      await this.steps.record(tx, caller, {
        kind: row.record_kind,
        id: row.record_id,
        action: `routing.${request.action}`,
        label,
        state: record.status,
        secrecyLevel: record.secrecyLevel,
        unitIds: record.unitIds,
        note,
        detail: { routingId: row.id, recipient: row.recipient_name, role: row.role, status: next, onBehalf: !own },
        at: now,
      });
      return toRoutingView({ ...updated, record_title: record.title });
    });
  }
}

export function toRoutingView(row: RoutingRow): RoutingView {
  return {
    id: row.id,
    recordKind: row.record_kind,
    recordId: row.record_id,
    recordTitle: row.record_title ?? '',
    recipientKind: row.recipient_kind,
    role: row.role,
    roleLabel: ROUTING_ROLE_LABELS[row.role],
    ...(row.unit_id ? { unitId: row.unit_id } : {}),
    ...(row.user_id ? { userId: row.user_id } : {}),
    recipientName: row.recipient_name,
    status: row.status,
    statusLabel: ROUTING_STATUS_LABELS[row.status],
    sentAt: row.sent_at.toISOString(),
    ...(row.signed_at ? { signedAt: row.signed_at.toISOString(), signedBy: row.signed_by ?? '' } : {}),
    ...(row.read_at ? { readAt: row.read_at.toISOString(), readBy: row.read_by ?? '' } : {}),
    ...(row.done_at ? { doneAt: row.done_at.toISOString() } : {}),
    ...(row.result ? { result: row.result } : {}),
    ...(row.note ? { note: row.note } : {}),
    version: row.version,
  };
}
