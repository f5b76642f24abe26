import { Injectable } from '@nestjs/common';
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
  type RoutingView,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { DomainError, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import { copyTaskChange } from '../../common/tasks.js';
import { Registry } from '../../common/registry.js';
import { LINKED_ROUTING_NOTICE, nextRoutingStatus, ROUTING_ACTION_TIMELINE_LABELS, routingStepRefusal } from './incoming-rules.js';

const LINKED_ROLE_LABELS = { lead: '主责单位', co: '配合单位' } as const;
import { RecordSteps } from './steps.js';
import { RoutingsRepository, type RoutingRow } from './routings.repository.js';


export type { RoutingRow } from './routings.repository.js';

export type Recipient = { kind: 'unit'; unitId: string; name: string; role: RoutingRole } | { kind: 'user'; userId: string; name: string; role: RoutingRole };

/**
 * The recipients' own copies of a record: the units a 收文 is distributed to (one 主办, any 协办), the leaders it
 * circulates to (传阅), the units a 批示 is relayed to. Each copy has its status and its receipts (签收, 阅读, 办结), and
 * only its recipient (a unit's liaison, the leader) acts on it — or a clerk recording it on their behalf.
 */
@Injectable()
export class Routings {
  constructor(
    private readonly rows: RoutingsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly steps: RecordSteps,
  ) {}

  /** Adds copies for new recipients; a recipient who already has a copy of the record keeps it. Returns the new ones. */
  async add(tx: Tx, caller: CallerContext, record: { kind: RecordKind; id: string }, recipients: readonly Recipient[]): Promise<RoutingRow[]> {
    const added: RoutingRow[] = [];
    const now = new Date();
    for (const r of recipients) {
      const rows = await this.rows.insert(record, r, now, caller.username, tx.manager);
      added.push(...rows);
    }
    return added;
  }

  async of(kind: RecordKind, id: string, tx?: Tx): Promise<RoutingView[]> {
    const rows = await this.rows.withTitles(kind, id, tx?.manager);
    return rows.map(toRoutingView);
  }

  async rowsOf(kind: RecordKind, id: string, tx: Tx): Promise<RoutingRow[]> {
    return this.rows.rowsOf(kind, id, tx.manager);
  }

  /** The caller's own copies (their unit's as a liaison, their own as a leader), never above their clearance. */
  async mine(request: ListMyRoutings.Request, caller: CallerContext): Promise<ListMyRoutings.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.rows.mine(request.status, caller, page);
    return { items: rows.map(toRoutingView), total, ...page };
  }

  /** 签收, 阅读 (the read receipt), 报送进展, 办结 on one copy, by its recipient or a clerk on their behalf. */
  async act(request: ActOnRouting.Request, caller: CallerContext): Promise<RoutingView> {
    return this.transactions.run(async (tx) => {
      const row = await this.rows.lock(request.id, tx.manager);
      if (!row) throw new DomainError(IncomingErrors.routingNotFound, '分办记录不存在或无权查看');
      const record = await this.registry.visible(row.record_kind, row.record_id, caller, tx).catch(() => {
        throw new DomainError(IncomingErrors.routingNotFound, '分办记录不存在或无权查看');
      });
      const own = (row.unit_id && row.unit_id === caller.unitId && hasPermission(caller, DocumentSecretariatPermissions.documentsHandleOwn)) || (row.user_id && row.user_id === caller.userId);
      if (!own && !hasPermission(caller, DocumentSecretariatPermissions.documentsProcess)) {
        // Visible (e.g. a co-unit's liaison sees the document) but not theirs to sign for.
        throw new DomainError(CommonDocumentErrors.forbidden, `只能签收、办理本单位（本人）的分办件，此件由“${row.recipient_name}”办理`);
      }
      if (request.action === 'done' && row.link_status === 'linked' && row.linked_item_id) {
        // 一事一期限: the unit answers once, on the item; its 报办结/销号 completes this copy.
        throw new DomainError(
          IncomingErrors.routingLinkedToItem,
          `本件已列入督办（督办事项 ${row.linked_item_id}），请在督办事项中反馈、报办结；督办事项报办结或销号后本分办件自动办结`,
        );
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
      const updated = await this.rows.saveIfVersion(row.id, next, changes, caller.username, now, request.expectedVersion, tx.manager);
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
      const copyTask = copyTaskChange(row, updated, record, caller.userId);
      if (copyTask) await publishTaskChanges(tx, copyTask);
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
    ...(row.link_status === 'linked' && row.linked_item_id && row.linked_role
      ? {
          linkedItemId: row.linked_item_id,
          linkedRole: row.linked_role,
          linkedRoleLabel: LINKED_ROLE_LABELS[row.linked_role],
          linkNotice: LINKED_ROUTING_NOTICE,
          ...(row.linked_due_date ? { dueDate: row.linked_due_date } : {}),
          ...(row.deadline_source ? { deadlineSource: row.deadline_source } : {}),
          deadlineExplanation: row.linked_deadline_explanation ?? [],
        }
      : {}),
    version: row.version,
  };
}
