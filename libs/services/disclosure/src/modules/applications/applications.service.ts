import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ApplicationChanged,
  ApplicationErrors,
  ApplicationEvents,
  type CreateApplication,
  type ListApplications,
  type ApplicationView,
  type UpdateApplication,
  type WithdrawApplication,
} from '@gov/contracts-disclosure';
import { DomainError, Transactions } from '@gov/platform';
import { canChangeApplication, canSeeApplication, applicationAccess } from './applications.policy.js';
import { ApplicationsRepository, type ApplicationRow } from './applications.repository.js';
import { canTake, reasonOf, statusAfter, type ApplicationStep } from './applications.rules.js';
import { snapshotOf, toApplicationView } from './applications.views.js';

/** 依申请公开申请: created by the section or by a unit's liaison, changed while open, withdrawn with a reason. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeApplication(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记依申请公开申请');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: ApplicationRow = {
        id: randomUUID(),
        unitId,
        title: request.title.trim(),
        content: request.content,
        status: 'open',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.applications.insert(created, tx.manager);
      await tx.emit(ApplicationEvents.created, snapshotOf(created), undefined, ApplicationChanged.Event);
      return created;
    });
    return toApplicationView(row);
  }

  update(request: UpdateApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return ApplicationEvents.updated;
    });
  }

  withdraw(request: WithdrawApplication.Request, caller: CallerContext): Promise<ApplicationView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤回须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤回须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return ApplicationEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<ApplicationView> {
    const row = await this.applications.findById(id);
    if (!row || !canSeeApplication(caller, row.unitId)) throw new DomainError(ApplicationErrors.notFound, '依申请公开申请不存在或无权查看');
    return toApplicationView(row);
  }

  async list(request: ListApplications.Request, caller: CallerContext): Promise<ListApplications.Reply> {
    const access = applicationAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看依申请公开申请');
    const page = pageOf(request);
    const { items, total } = await this.applications.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toApplicationView), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: ApplicationStep, change: (row: ApplicationRow) => string): Promise<ApplicationView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.applications.findById(id, tx.manager, true);
      if (!current || !canSeeApplication(caller, current.unitId)) throw new DomainError(ApplicationErrors.notFound, '依申请公开申请不存在或无权查看');
      if (!canChangeApplication(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该依申请公开申请');
      if (current.version !== expectedVersion) {
        throw new DomainError(ApplicationErrors.versionConflict, `依申请公开申请已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(ApplicationErrors.invalidState, '依申请公开申请已撤回，不能再办理');
      const next: ApplicationRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.applications.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(ApplicationErrors.versionConflict, '依申请公开申请已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, ApplicationChanged.Event);
      return next;
    });
    return toApplicationView(row);
  }
}
