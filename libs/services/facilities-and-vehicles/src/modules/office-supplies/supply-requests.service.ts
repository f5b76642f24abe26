import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SUPPLY_REQUEST_STATUS_LABELS,
  SupplyItemErrors,
  SupplyRequestChanged,
  SupplyRequestErrors,
  SupplyRequestEvents,
  type ApproveSupplyRequest,
  type CreateSupplyRequest,
  type ListSupplyRequests,
  type RejectSupplyRequest,
  type SupplyRequestView,
  type WithdrawSupplyRequest,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, publishTaskChanges, reasonOf, Transactions, type Tx } from '@gov/platform';
import { canManageSupplies, canReadAllSupplies, canRequestSupplies, canSeeSupplyRequest } from './office-supplies.policy.js';
import { OfficeSuppliesRepository, type SupplyRequestRow } from './office-supplies.repository.js';
import { canTakeRequestStep, mergedLines, requestStatusAfter, shortages, type SupplyRequestStep } from './office-supplies.rules.js';
import { moveStock } from './office-supplies.service.js';
import { requestSnapshotOf, toSupplyRequestView } from './office-supplies.views.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { supplyRequestTaskChange } from './supply-requests.tasks.js';

const NOT_FOUND = '申领单不存在或无权查看';

/**
 * 办公用品申领: a section asks for items of the catalogue; 机关事务管理科 approves, which issues the stock in the same
 * transaction (every line or none: a shortage refuses the approval and names the items), or refuses with a reason; the
 * section may withdraw a request not yet decided. A submitted request waits in the 待办 of 机关事务管理科's staff.
 */
@Injectable()
export class SupplyRequestsService {
  constructor(
    private readonly supplies: OfficeSuppliesRepository,
    private readonly transactions: Transactions,
    private readonly reminders: RemindersSync,
  ) {}

  async create(request: CreateSupplyRequest.Request, caller: CallerContext): Promise<SupplyRequestView> {
    if (!canRequestSupplies(caller)) throw new DomainError(SupplyRequestErrors.noSection, '仅科室人员可为本科室申领办公用品');
    const lines = mergedLines(request.lines);
    const id = await this.transactions.run(async (tx) => {
      const items = await this.supplies.lockItems(lines.map((l) => l.itemId), tx.manager);
      const active = new Set(items.filter((i) => i.status === 'active').map((i) => i.id));
      const unknown = lines.map((l, i) => ({ ...l, i })).filter((l) => !active.has(l.itemId));
      if (unknown.length) {
        throw new DomainError(SupplyRequestErrors.unknownItem, '所选办公用品不存在或已停用，请重新选择', unknown.map((l) => ({ field: `lines.${l.i}.itemId`, code: 'unknownItem', message: `lines.${l.i}.itemId：办公用品不存在或已停用` })));
      }
      const now = new Date();
      const row: SupplyRequestRow = {
        id: randomUUID(),
        sectionCode: caller.sectionCode as string,
        requesterId: caller.userId,
        requesterName: caller.displayName || caller.username,
        purpose: request.purpose.trim(),
        status: 'submitted',
        decidedBy: null,
        decidedAt: null,
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.supplies.insertRequest(row, lines, tx.manager);
      await tx.emit(SupplyRequestEvents.created, requestSnapshotOf(row), undefined, SupplyRequestChanged.Event);
      await publishTaskChanges(tx, supplyRequestTaskChange(null, row, caller.userId));
      return row.id;
    });
    return this.get(id, caller);
  }

  /** 审批发放: every line issued from the stock in this transaction, or none (a shortage names each item and its stock). */
  approve(request: ApproveSupplyRequest.Request, caller: CallerContext): Promise<SupplyRequestView> {
    return this.step(request.id, request.expectedVersion, caller, 'approve', async (row, now, tx) => {
      const lines = (await this.supplies.linesOf([row.id], tx.manager)).get(row.id) ?? [];
      const items = await this.supplies.lockItems(lines.map((l) => l.itemId), tx.manager);
      const byId = new Map(items.map((i) => [i.id, i]));
      const short = shortages(lines, new Map(items.map((i) => [i.id, i.stock])));
      if (short.length) {
        const text = short.map((s) => `「${byId.get(s.itemId)?.name ?? s.itemId}」申领 ${s.asked}，库存 ${s.stock}`).join('；');
        throw new DomainError(SupplyItemErrors.insufficientStock, `库存不足，不能发放：${text}。请先入库或与申领科室商减数量`);
      }
      for (const line of lines) {
        const item = byId.get(line.itemId);
        if (!item) continue;
        byId.set(item.id, await moveStock(this.supplies, tx, item, { direction: 'out', quantity: line.quantity, reason: `申领发放（${row.sectionCode}：${row.purpose}）`.slice(0, 200), requestId: row.id }, caller.username, now));
        await this.reminders.syncItem(item.id, tx, caller.userId);
      }
      Object.assign(row, { decidedBy: caller.username, decidedAt: now });
      return SupplyRequestEvents.issued;
    });
  }

  reject(request: RejectSupplyRequest.Request, caller: CallerContext): Promise<SupplyRequestView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'reject', async (row, now) => {
      Object.assign(row, { decidedBy: caller.username, decidedAt: now, reason });
      return SupplyRequestEvents.rejected;
    });
  }

  withdraw(request: WithdrawSupplyRequest.Request, caller: CallerContext): Promise<SupplyRequestView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.reason = reason;
      return SupplyRequestEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<SupplyRequestView> {
    const row = await this.supplies.findRequest(id);
    if (!row || !canSeeSupplyRequest(caller, row.sectionCode)) throw new DomainError(SupplyRequestErrors.notFound, NOT_FOUND);
    return toSupplyRequestView(row, (await this.supplies.linesOf([id])).get(id) ?? []);
  }

  async list(request: ListSupplyRequests.Request, caller: CallerContext): Promise<ListSupplyRequests.Reply> {
    const all = canReadAllSupplies(caller);
    if (!all && !canRequestSupplies(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看办公用品申领');
    const page = pageOf(request);
    const { items, total } = await this.supplies.searchRequests({ ...request, ...page, onlySection: all ? undefined : (caller.sectionCode ?? undefined) });
    const lines = await this.supplies.linesOf(items.map((r) => r.id));
    return { items: items.map((row) => toSupplyRequestView(row, lines.get(row.id) ?? [])), total, ...page };
  }

  private reasonOrRefuse(text: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return reason;
  }

  /** Approve and refuse are the section's; withdraw is the requesting section's. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: SupplyRequestStep, change: (row: SupplyRequestRow, now: Date, tx: Tx) => Promise<string>): Promise<SupplyRequestView> {
    await this.transactions.run(async (tx) => {
      const current = await this.supplies.findRequest(id, tx.manager, true);
      if (!current || !canSeeSupplyRequest(caller, current.sectionCode)) throw new DomainError(SupplyRequestErrors.notFound, NOT_FOUND);
      const allowed = step === 'withdraw' ? canRequestSupplies(caller) && caller.sectionCode === current.sectionCode : canManageSupplies(caller);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, step === 'withdraw' ? '只有申领科室可以撤回' : '申领由机关事务管理科审批');
      if (current.version !== expectedVersion) throw new DomainError(SupplyRequestErrors.versionConflict, `申领单已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      if (!canTakeRequestStep(step, current.status)) throw new DomainError(SupplyRequestErrors.invalidState, `申领单当前状态为「${SUPPLY_REQUEST_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const now = new Date();
      const next: SupplyRequestRow = { ...current, status: requestStatusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      const event = await change(next, now, tx);
      if (!(await this.supplies.saveRequestIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(SupplyRequestErrors.versionConflict, '申领单已被他人修改，请刷新后重试');
      await tx.emit(event, requestSnapshotOf(next), undefined, SupplyRequestChanged.Event);
      await publishTaskChanges(tx, supplyRequestTaskChange(current, next, caller.userId));
    });
    return this.get(id, caller);
  }
}
