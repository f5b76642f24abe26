import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import { VISITOR_STATUS_LABELS, VisitorChanged, VisitorErrors, VisitorEvents, type CreateVisitor, type LeaveVisitor, type ListVisitors, type VisitorView, type VoidVisitor } from '@gov/contracts-facilities-and-vehicles';
import { DomainError, FieldCipher, maskIdNumber, reasonOf, Transactions } from '@gov/platform';
import { canManageVisitors, canReadVisitors } from './visitors.policy.js';
import { VisitorsRepository, type VisitorRow } from './visitors.repository.js';
import { canTake, idNumberProblem, statusAfter, type VisitorStep } from './visitors.rules.js';
import { snapshotOf, toVisitorView } from './visitors.views.js';

/** 来访登记: the gate registers a visitor (身份证号 checked, encrypted, masked), records the leaving, voids an error with a reason. */
@Injectable()
export class VisitorsService {
  constructor(
    private readonly visitors: VisitorsRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateVisitor.Request, caller: CallerContext): Promise<VisitorView> {
    if (!canManageVisitors(caller)) throw new DomainError(CommonErrors.forbidden, '来访登记由机关事务管理科（门卫）办理');
    const problem = idNumberProblem(request.idNumber);
    if (problem) throw new DomainError(VisitorErrors.badIdNumber, problem, [{ field: 'idNumber', code: 'checkDigit', message: `idNumber：${problem}` }]);
    const now = new Date();
    const row: VisitorRow = {
      id: randomUUID(),
      name: request.name.trim(),
      idNumberEncrypted: this.cipher.encrypt(request.idNumber),
      idNumberMasked: maskIdNumber(request.idNumber),
      organisation: request.organisation?.trim() || null,
      host: request.host.trim(),
      purpose: request.purpose.trim(),
      companions: request.companions,
      plate: request.plate ?? null,
      status: 'in',
      arrivedAt: now,
      leftAt: null,
      voidReason: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      await this.visitors.insert(row, tx.manager);
      await tx.emit(VisitorEvents.created, snapshotOf(row), undefined, VisitorChanged.Event);
    });
    return this.viewFor(row, caller);
  }

  leave(request: LeaveVisitor.Request, caller: CallerContext): Promise<VisitorView> {
    return this.step(request.id, request.expectedVersion, caller, 'leave', (row, now) => {
      row.leftAt = now;
      return VisitorEvents.left;
    });
  }

  void(request: VoidVisitor.Request, caller: CallerContext): Promise<VisitorView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'void', (row) => {
      row.voidReason = reason;
      return VisitorEvents.voided;
    });
  }

  async get(id: string, caller: CallerContext): Promise<VisitorView> {
    if (!canReadVisitors(caller)) throw new DomainError(VisitorErrors.notFound, '来访登记不存在或无权查看');
    const row = await this.visitors.findById(id);
    if (!row) throw new DomainError(VisitorErrors.notFound, '来访登记不存在或无权查看');
    return this.viewFor(row, caller);
  }

  async list(request: ListVisitors.Request, caller: CallerContext): Promise<ListVisitors.Reply> {
    if (!canReadVisitors(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看来访登记');
    const page = pageOf(request);
    const { items, total } = await this.visitors.search({ ...request, ...page });
    return { items: items.map((row) => toVisitorView(row)), total, ...page };
  }

  /** The detail: the gate staff (manage) see the full 身份证号, readers the masked one. */
  private viewFor(row: VisitorRow, caller: CallerContext): VisitorView {
    return canManageVisitors(caller) ? toVisitorView(row, this.cipher.decrypt(row.idNumberEncrypted)) : toVisitorView(row);
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: VisitorStep, change: (row: VisitorRow, now: Date) => string): Promise<VisitorView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.visitors.findById(id, tx.manager, true);
      if (!current || !canReadVisitors(caller)) throw new DomainError(VisitorErrors.notFound, '来访登记不存在或无权查看');
      if (!canManageVisitors(caller)) throw new DomainError(CommonErrors.forbidden, '来访登记由机关事务管理科（门卫）办理');
      if (current.version !== expectedVersion) {
        throw new DomainError(VisitorErrors.versionConflict, `来访登记已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(VisitorErrors.invalidState, `来访登记当前状态为「${VISITOR_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const now = new Date();
      const next: VisitorRow = { ...current };
      const event = change(next, now);
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.visitors.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(VisitorErrors.versionConflict, '来访登记已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, VisitorChanged.Event);
      return next;
    });
    return this.viewFor(row, caller);
  }
}
