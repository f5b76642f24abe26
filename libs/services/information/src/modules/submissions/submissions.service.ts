import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SubmissionChanged,
  SubmissionErrors,
  SubmissionEvents,
  type CreateSubmission,
  type ListSubmissions,
  type SubmissionView,
  type UpdateSubmission,
  type WithdrawSubmission,
} from '@gov/contracts-information';
import { DomainError, Transactions } from '@gov/platform';
import { canChangeSubmission, canSeeSubmission, submissionAccess } from './submissions.policy.js';
import { SubmissionsRepository, type SubmissionRow } from './submissions.repository.js';
import { canTake, reasonOf, statusAfter, type SubmissionStep } from './submissions.rules.js';
import { snapshotOf, toSubmissionView } from './submissions.views.js';

/** 报送信息: created by the section or by a unit's liaison, changed while open, withdrawn with a reason. */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateSubmission.Request, caller: CallerContext): Promise<SubmissionView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeSubmission(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记报送信息');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: SubmissionRow = {
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
      await this.submissions.insert(created, tx.manager);
      await tx.emit(SubmissionEvents.created, snapshotOf(created), undefined, SubmissionChanged.Event);
      return created;
    });
    return toSubmissionView(row);
  }

  update(request: UpdateSubmission.Request, caller: CallerContext): Promise<SubmissionView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return SubmissionEvents.updated;
    });
  }

  withdraw(request: WithdrawSubmission.Request, caller: CallerContext): Promise<SubmissionView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤回须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤回须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return SubmissionEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<SubmissionView> {
    const row = await this.submissions.findById(id);
    if (!row || !canSeeSubmission(caller, row.unitId)) throw new DomainError(SubmissionErrors.notFound, '报送信息不存在或无权查看');
    return toSubmissionView(row);
  }

  async list(request: ListSubmissions.Request, caller: CallerContext): Promise<ListSubmissions.Reply> {
    const access = submissionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看报送信息');
    const page = pageOf(request);
    const { items, total } = await this.submissions.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toSubmissionView), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: SubmissionStep, change: (row: SubmissionRow) => string): Promise<SubmissionView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.submissions.findById(id, tx.manager, true);
      if (!current || !canSeeSubmission(caller, current.unitId)) throw new DomainError(SubmissionErrors.notFound, '报送信息不存在或无权查看');
      if (!canChangeSubmission(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该报送信息');
      if (current.version !== expectedVersion) {
        throw new DomainError(SubmissionErrors.versionConflict, `报送信息已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(SubmissionErrors.invalidState, '报送信息已撤回，不能再办理');
      const next: SubmissionRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.submissions.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(SubmissionErrors.versionConflict, '报送信息已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, SubmissionChanged.Event);
      return next;
    });
    return toSubmissionView(row);
  }
}
