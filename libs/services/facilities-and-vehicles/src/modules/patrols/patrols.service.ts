import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  PATROL_STATUS_LABELS,
  PatrolChanged,
  PatrolErrors,
  PatrolEvents,
  type CreatePatrol,
  type ListPatrols,
  type PatrolFields,
  type PatrolView,
  type UpdatePatrol,
  type VoidPatrol,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import { canManagePatrols, canReadPatrols } from './patrols.policy.js';
import { PatrolsRepository, type PatrolRow } from './patrols.repository.js';
import { canTake, statusAfter, timesProblem, type PatrolStep } from './patrols.rules.js';
import { snapshotOf, toPatrolView } from './patrols.views.js';

const NOT_FOUND = '巡逻记录不存在或无权查看';
const MANAGERS_ONLY = '巡逻记录由机关事务管理科登记';

/** 巡逻记录: the section records a patrol after it was walked, corrects it, voids an error with a reason. */
@Injectable()
export class PatrolsService {
  constructor(
    private readonly patrols: PatrolsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreatePatrol.Request, caller: CallerContext): Promise<PatrolView> {
    if (!canManagePatrols(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const now = new Date();
    const row: PatrolRow = {
      id: randomUUID(),
      ...this.factsOf(request, now),
      status: 'recorded',
      voidReason: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      await this.patrols.insert(row, tx.manager);
      await tx.emit(PatrolEvents.created, snapshotOf(row), undefined, PatrolChanged.Event);
    });
    return toPatrolView(row);
  }

  update(request: UpdatePatrol.Request, caller: CallerContext): Promise<PatrolView> {
    const facts = this.factsOf(request, new Date());
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, facts);
      return PatrolEvents.updated;
    });
  }

  void(request: VoidPatrol.Request, caller: CallerContext): Promise<PatrolView> {
    const reason = requireReason(request.reason, '作废');
    return this.step(request.id, request.expectedVersion, caller, 'void', (row) => {
      row.voidReason = reason;
      return PatrolEvents.voided;
    });
  }

  async get(id: string, caller: CallerContext): Promise<PatrolView> {
    if (!canReadPatrols(caller)) throw new DomainError(PatrolErrors.notFound, NOT_FOUND);
    const row = await this.patrols.findById(id);
    if (!row) throw new DomainError(PatrolErrors.notFound, NOT_FOUND);
    return toPatrolView(row);
  }

  async list(request: ListPatrols.Request, caller: CallerContext): Promise<ListPatrols.Reply> {
    if (!canReadPatrols(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看巡逻记录');
    const page = pageOf(request);
    const { items, total } = await this.patrols.search({ ...request, ...page });
    return { items: items.map(toPatrolView), total, ...page };
  }

  private factsOf(request: PatrolFields, now: Date): Pick<PatrolRow, 'route' | 'patrolledBy' | 'startedAt' | 'endedAt' | 'findings' | 'abnormal'> {
    const startedAt = new Date(request.startedAt);
    const endedAt = new Date(request.endedAt);
    const problem = timesProblem(startedAt, endedAt, now);
    if (problem) throw new DomainError(PatrolErrors.badTimes, problem, [{ field: 'endedAt', code: 'times', message: `endedAt：${problem}` }]);
    return { route: request.route.trim(), patrolledBy: request.patrolledBy.trim(), startedAt, endedAt, findings: request.findings.trim(), abnormal: request.abnormal };
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: PatrolStep, change: (row: PatrolRow) => string): Promise<PatrolView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.patrols.findById(id, tx.manager, true);
      if (!current || !canReadPatrols(caller)) throw new DomainError(PatrolErrors.notFound, NOT_FOUND);
      if (!canManagePatrols(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
      if (current.version !== expectedVersion) throw new DomainError(PatrolErrors.versionConflict, `巡逻记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      if (!canTake(step, current.status)) throw new DomainError(PatrolErrors.invalidState, `巡逻记录当前状态为「${PATROL_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const next: PatrolRow = { ...current, status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      const event = change(next);
      if (!(await this.patrols.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(PatrolErrors.versionConflict, '巡逻记录已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, PatrolChanged.Event);
      return next;
    });
    return toPatrolView(row);
  }
}
