import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  SEAL_KIND_LABELS,
  SEAL_REQUEST_STATUS_LABELS,
  SEAL_STATUS_LABELS,
  SealErrors,
  SealEvents,
  type ApplySeal,
  type CreateSeal,
  type DecideSealRequest,
  type ListSealRequests,
  type ListSeals,
  type ListSealUses,
  type RequestSealUse,
  type RetireSeal,
  type SealChanged,
  type SealRequestChanged,
  type SealRequestView,
  type SealUseView,
  type SealView,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { DomainError, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import { sealTaskChange } from '../../common/tasks.js';
import type { EntityManager } from 'typeorm';
import { readsAllDocuments } from '../../common/access.js';
import { Registry } from '../../common/registry.js';
import { firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { SealsRepository, type RequestRow, type SealRow, type UseRow } from './seals.repository.js';
import { requestView, sealView, useView } from './seals.views.js';

export const SEALS_REQUEST = DocumentSecretariatPermissions.sealsRequest;
export const SEALS_APPROVE = DocumentSecretariatPermissions.sealsApprove;
export const SEALS_MANAGE = DocumentSecretariatPermissions.sealsManage;

/**
 * 印鉴: the registry of seals (never deleted — retired with a reason), requests to use a seal with a leader's approval,
 * and the use log (append-only): a seal is applied only on an approved request, and at most as many times as approved.
 */
@Injectable()
export class SealsService {
  constructor(
    private readonly seals: SealsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
  ) {}

  // ---- the registry of seals ----

  async create(request: CreateSeal.Request, caller: CallerContext): Promise<SealView> {
    this.require(caller, SEALS_MANAGE, '只有文秘科可以登记印章');
    return this.transactions.run(async (tx) => {
      if (await this.seals.activeSealNamed(request.name.trim(), request.kind, tx.manager)) throw new DomainError(SealErrors.nameTaken, `已有在用的“${request.name.trim()}”${SEAL_KIND_LABELS[request.kind]}`);
      const now = new Date();
      const row: SealRow = {
        id: randomUUID(),
        name: request.name.trim(),
        kind: request.kind,
        keeper_name: request.keeperName.trim(),
        keeper_user_id: request.keeperUserId ?? null,
        status: 'active',
        retired_reason: null,
        retired_by: null,
        retired_at: null,
        ...firstVersion(caller, now),
      };
      await this.seals.insertSeal(row, tx.manager);
      await this.sealChanged(tx, caller, row, 'seal.registered', '登记印章', `保管人：${row.keeper_name}`);
      return sealView(row);
    });
  }

  async retire(request: RetireSeal.Request, caller: CallerContext): Promise<SealView> {
    this.require(caller, SEALS_MANAGE, '只有文秘科可以停用印章');
    return this.transactions.run(async (tx) => {
      const row = await this.sealForUpdate(request.id, tx.manager);
      if (row.status === 'retired') throw new DomainError(SealErrors.retired, `印章“${row.name}”已停用`);
      if (row.version !== request.expectedVersion) throw new DomainError(SealErrors.versionConflict, `印章信息已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      const now = new Date();
      const next: SealRow = { ...row, status: 'retired', retired_reason: request.reason.trim(), retired_by: caller.username, retired_at: now, version: row.version + 1, updated_at: now, updated_by: caller.username };
      await this.seals.retire(next, tx.manager);
      await this.sealChanged(tx, caller, next, 'seal.retired', '停用印章', next.retired_reason);
      return sealView(next);
    });
  }

  async get(id: string): Promise<SealView> {
    return sealView(await this.sealForUpdate(id, undefined, false));
  }

  async list(request: ListSeals.Request): Promise<ListSeals.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.seals.searchSeals(request.status, page);
    return { items: rows.map(sealView), total, ...page };
  }

  // ---- use requests ----

  async requestUse(request: RequestSealUse.Request, caller: CallerContext): Promise<SealRequestView> {
    this.require(caller, SEALS_REQUEST, '无权申请用印');
    return this.transactions.run(async (tx) => {
      const seal = await this.sealForUpdate(request.sealId, tx.manager, false);
      if (seal.status !== 'active') throw new DomainError(SealErrors.retired, `印章“${seal.name}”已停用，不能申请使用`);
      let document: { id: string; title: string; secrecyLevel: number } | null = null;
      if (request.outgoingDocumentId) {
        try {
          document = await this.registry.visible('outgoing', request.outgoingDocumentId, caller, tx);
        } catch {
          throw new DomainError(SealErrors.documentNotFound, '所用印的公文不存在或无权查看');
        }
      }
      const now = new Date();
      const row: RequestRow = {
        id: randomUUID(),
        seal_id: seal.id,
        seal_name: seal.name,
        purpose: request.purpose.trim(),
        document_kind: document ? 'outgoing' : null,
        document_id: document?.id ?? null,
        document_title: document?.title ?? null,
        copies: request.copies,
        status: 'pending',
        requested_by_user_id: caller.userId,
        requested_by: caller.username,
        requested_by_name: caller.displayName,
        requested_at: now,
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
        decision_reason: null,
        secrecy_level: document?.secrecyLevel ?? 0,
        unit_ids: [],
        user_ids: [caller.userId],
        ...firstVersion(caller, now),
      };
      await this.seals.insertRequest(row, tx.manager);
      await this.requestChanged(tx, caller, row, 'seal-request.submitted', '申请用印', `${seal.name}，${row.copies} 份：${row.purpose}`);
      return requestView(row, null);
    });
  }

  async decide(request: DecideSealRequest.Request, caller: CallerContext): Promise<SealRequestView> {
    this.require(caller, SEALS_APPROVE, '只有办公室领导可以审批用印');
    if (!request.approve && !request.reason?.trim()) {
      throw new DomainError(CommonErrors.validationFailed, '驳回用印申请须写明理由', [{ field: 'reason', code: 'isNotEmpty', message: 'reason：驳回时须写明理由' }]);
    }
    return this.transactions.run(async (tx) => {
      const row = await this.visibleRequest(request.id, caller, tx.manager, true);
      if (row.status !== 'pending') throw new DomainError(SealErrors.alreadyDecided, `该用印申请已${SEAL_REQUEST_STATUS_LABELS[row.status]}，不能再次审批`);
      this.assertVersion(row, request.expectedVersion);
      const now = new Date();
      const next: RequestRow = {
        ...row,
        status: request.approve ? 'approved' : 'rejected',
        decided_by: caller.username,
        decided_by_name: caller.displayName,
        decided_at: now,
        decision_reason: request.reason?.trim() || null,
        user_ids: [...new Set([...row.user_ids, caller.userId])],
        version: row.version + 1,
        updated_at: now,
        updated_by: caller.username,
      };
      await this.seals.decide(next, tx.manager);
      await this.requestChanged(tx, caller, next, request.approve ? 'seal-request.approved' : 'seal-request.rejected', request.approve ? '批准用印' : '驳回用印申请', next.decision_reason);
      return requestView(next, null);
    });
  }

  /** 用印: the keeper applies the seal on an approved request; the use log entry is the evidence. */
  async apply(request: ApplySeal.Request, caller: CallerContext): Promise<SealRequestView> {
    this.require(caller, SEALS_MANAGE, '只有印章保管部门（文秘科）可以用印');
    return this.transactions.run(async (tx) => {
      const row = await this.visibleRequest(request.id, caller, tx.manager, true);
      if (row.status === 'used') throw new DomainError(CommonDocumentErrors.invalidState, '当前状态“已用印”不能再次用印，请另行申请');
      if (row.status !== 'approved') throw new DomainError(SealErrors.notApproved, `用印申请${SEAL_REQUEST_STATUS_LABELS[row.status]}，未经批准不能用印`);
      this.assertVersion(row, request.expectedVersion);
      if (request.impressions > row.copies) throw new DomainError(SealErrors.tooManyImpressions, `用印 ${request.impressions} 次超过批准的 ${row.copies} 份`);
      const seal = await this.sealForUpdate(row.seal_id, tx.manager);
      if (seal.status !== 'active') throw new DomainError(SealErrors.retired, `印章“${seal.name}”已停用，不能用印`);
      const now = new Date();
      const use: UseRow = {
        id: randomUUID(),
        request_id: row.id,
        seal_id: seal.id,
        seal_name: seal.name,
        impressions: request.impressions,
        applied_by: caller.username,
        applied_by_name: caller.displayName,
        applied_at: now,
        note: request.note?.trim() || null,
        document_id: row.document_id,
        document_title: row.document_title,
      };
      await this.seals.insertUse(use, caller.userId, tx.manager);
      const next: RequestRow = { ...row, status: 'used', user_ids: [...new Set([...row.user_ids, caller.userId])], version: row.version + 1, updated_at: now, updated_by: caller.username };
      await this.seals.markUsed(next, tx.manager);
      await this.requestChanged(tx, caller, next, 'seal-request.used', '用印', `${seal.name} 用印 ${use.impressions} 次`, { sealUseId: use.id, impressions: use.impressions });
      return requestView(next, use);
    });
  }

  async getRequest(id: string, caller: CallerContext): Promise<SealRequestView> {
    const row = await this.visibleRequest(id, caller, undefined, false);
    return requestView(row, await this.seals.useOfRequest(row.id));
  }

  async listRequests(request: ListSealRequests.Request, caller: CallerContext): Promise<ListSealRequests.Reply> {
    const page = pageOf(request);
    // Approvers and keepers see every request they are cleared for; an applicant their own.
    const { items: rows, total } = await this.seals.searchRequests(request, caller, this.seesAllRequests(caller), page);
    return { items: rows.map((r) => requestView(r, null)), total, ...page };
  }

  /** The use log: what was sealed, by whom, when and how many times (seal keepers and approvers). */
  async listUses(request: ListSealUses.Request, caller: CallerContext): Promise<ListSealUses.Reply> {
    if (!hasPermission(caller, SEALS_MANAGE) && !hasPermission(caller, SEALS_APPROVE)) throw new DomainError(CommonErrors.forbidden, '无权查看用印登记簿');
    const page = pageOf(request);
    const { items: rows, total } = await this.seals.searchUses(request.sealId, caller, page);
    return { items: rows.map(useView), total, ...page };
  }

  /** A use of a seal, for the 用印 step of an outgoing document (in that step's transaction). */
  async useById(id: string, manager: EntityManager): Promise<SealUseView | null> {
    const row = await this.seals.useById(id, manager);
    return row ? useView(row) : null;
  }

  private seesAllRequests(caller: CallerContext): boolean {
    return hasPermission(caller, SEALS_APPROVE) || hasPermission(caller, SEALS_MANAGE) || readsAllDocuments(caller);
  }

  private async visibleRequest(id: string, caller: CallerContext, manager: EntityManager | undefined, lock: boolean): Promise<RequestRow> {
    const row = await this.seals.findRequest(id, manager, lock);
    if (!row || row.secrecy_level > caller.clearance || (!this.seesAllRequests(caller) && !row.user_ids.includes(caller.userId))) {
      throw new DomainError(SealErrors.requestNotFound, '用印申请不存在或无权查看');
    }
    return row;
  }

  private async sealForUpdate(id: string, manager: EntityManager | undefined, lock = true): Promise<SealRow> {
    const row = await this.seals.findSeal(id, manager, lock);
    if (!row) throw new DomainError(SealErrors.notFound, '印章不存在');
    return row;
  }

  private assertVersion(row: { version: number }, expected: number): void {
    if (row.version !== expected) throw new DomainError(SealErrors.versionConflict, `用印申请已被他人处理（当前版本 ${row.version}，您提交的版本 ${expected}），请刷新后重试`);
  }

  private require(caller: CallerContext, permission: string, message: string): void {
    if (!hasPermission(caller, permission)) throw new DomainError(CommonErrors.forbidden, message);
  }

  private async sealChanged(tx: Tx, caller: CallerContext, row: SealRow, action: string, label: string, note: string | null): Promise<void> {
    await this.registry.put(tx, {
      kind: 'seal',
      id: row.id,
      title: `${row.name}（${SEAL_KIND_LABELS[row.kind]}）`,
      status: row.status,
      statusLabel: SEAL_STATUS_LABELS[row.status],
      secrecyLevel: 0,
      unitIds: [],
      userIds: row.keeper_user_id ? [row.keeper_user_id] : [],
      year: row.created_at.getFullYear(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    await this.timeline.append(tx, caller, { kind: 'seal', id: row.id, action, label, note, at: row.updated_at });
    await tx.emit<SealChanged.Event>(SealEvents.sealChanged, { sealId: row.id, name: row.name, status: row.status, version: row.version });
  }

  private async requestChanged(tx: Tx, caller: CallerContext, row: RequestRow, action: string, label: string, note: string | null, detail: Record<string, unknown> = {}): Promise<void> {
    await publishTaskChanges(tx, sealTaskChange(row, caller.userId));
    await this.registry.put(tx, {
      kind: 'seal_request',
      id: row.id,
      title: `用印申请：${row.purpose}`,
      status: row.status,
      statusLabel: SEAL_REQUEST_STATUS_LABELS[row.status],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      year: row.created_at.getFullYear(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    await this.timeline.append(tx, caller, { kind: 'seal_request', id: row.id, action, label, note, detail, at: row.updated_at });
    await tx.emit<SealRequestChanged.Event>(SealEvents.requestChanged, {
      requestId: row.id,
      sealId: row.seal_id,
      status: row.status,
      version: row.version,
      ...(row.document_id ? { documentId: row.document_id } : {}),
    });
  }

}
