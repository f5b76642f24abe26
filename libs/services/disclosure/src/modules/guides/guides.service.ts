import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  GuideChanged,
  GuideErrors,
  GuideEvents,
  GUIDE_STATUS_LABELS,
  type CreateGuide,
  type GuideDetail,
  type ListGuides,
  type ReviseGuide,
  type WithdrawGuide,
} from '@gov/contracts-disclosure';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canChangeGuide, canSeeGuide, guideAccess } from './guides.policy.js';
import { GuidesRepository, type GuideRow } from './guides.repository.js';
import { canTake, effectiveOrderProblem, GUIDE_STEP_LABELS, statusAfter, type GuideStep } from './guides.rules.js';
import { snapshotOf, toGuideDetail, toGuideView } from './guides.views.js';

/**
 * 政府信息公开指南 (第十二条): registered with its first version, revised into numbered immutable versions (each with its
 * effective date and what changed, after the current one), retired with a reason.
 */
@Injectable()
export class GuidesService {
  constructor(
    private readonly guides: GuidesRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateGuide.Request, caller: CallerContext): Promise<GuideDetail> {
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!canChangeGuide(caller, caller.unitId ?? null)) throw new DomainError(CommonErrors.forbidden, '无权登记政府信息公开指南');
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const created: GuideRow = {
        id: randomUUID(),
        unitId,
        title: request.title.trim(),
        status: 'in_force',
        currentNumber: 1,
        currentEffectiveOn: request.effectiveOn,
        content: request.content,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.guides.insert(created, tx.manager);
      await this.guides.addVersion(tx.manager, created.id, { number: 1, content: request.content, effectiveOn: request.effectiveOn, changeNote: null, createdAt: now, createdBy: caller.username });
      await tx.emit(GuideEvents.created, snapshotOf(created), undefined, GuideChanged.Event);
      return this.detail(created, tx);
    });
  }

  revise(request: ReviseGuide.Request, caller: CallerContext): Promise<GuideDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'revise', async (row, tx, now) => {
      const problem = effectiveOrderProblem(row.currentEffectiveOn, request.effectiveOn);
      if (problem) throw new DomainError(GuideErrors.dateOrder, problem, [{ field: 'effectiveOn', code: 'order', message: `effectiveOn：${problem}` }]);
      const number = row.currentNumber + 1;
      await this.guides.addVersion(tx.manager, row.id, { number, content: request.content, effectiveOn: request.effectiveOn, changeNote: request.changeNote.trim(), createdAt: now, createdBy: caller.username });
      Object.assign(row, { currentNumber: number, currentEffectiveOn: request.effectiveOn, content: request.content });
      return GuideEvents.revised;
    });
  }

  withdraw(request: WithdrawGuide.Request, caller: CallerContext): Promise<GuideDetail> {
    const reason = requireReason(request.reason, '废止');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return Promise.resolve(GuideEvents.withdrawn);
    });
  }

  async get(id: string, caller: CallerContext): Promise<GuideDetail> {
    const row = await this.guides.findById(id);
    if (!row || !canSeeGuide(caller, row.unitId)) throw new DomainError(GuideErrors.notFound, '政府信息公开指南不存在或无权查看');
    return toGuideDetail(row, await this.guides.versionsOf(row.id));
  }

  async list(request: ListGuides.Request, caller: CallerContext): Promise<ListGuides.Reply> {
    const access = guideAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看政府信息公开指南');
    const page = pageOf(request);
    const { items, total } = await this.guides.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toGuideView), total, ...page };
  }

  private async detail(row: GuideRow, tx: Tx): Promise<GuideDetail> {
    return toGuideDetail(row, await this.guides.versionsOf(row.id, tx.manager));
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: GuideStep, change: (row: GuideRow, tx: Tx, now: Date) => Promise<string>): Promise<GuideDetail> {
    return this.transactions.run(async (tx) => {
      const current = await this.guides.findById(id, tx.manager, true);
      if (!current || !canSeeGuide(caller, current.unitId)) throw new DomainError(GuideErrors.notFound, '政府信息公开指南不存在或无权查看');
      if (!canChangeGuide(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该政府信息公开指南');
      if (current.version !== expectedVersion) {
        throw new DomainError(GuideErrors.versionConflict, `政府信息公开指南已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(GuideErrors.invalidState, `当前为"${GUIDE_STATUS_LABELS[current.status]}"，不能${GUIDE_STEP_LABELS[step]}`);
      const now = new Date();
      const next: GuideRow = { ...current };
      const event = await change(next, tx, now);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.guides.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(GuideErrors.versionConflict, '政府信息公开指南已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, GuideChanged.Event);
      return this.detail(next, tx);
    });
  }
}
