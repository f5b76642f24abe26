import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  TripChanged,
  TripErrors,
  TripEvents,
  type CreateTrip,
  type ListTrips,
  type TripView,
  type UpdateTrip,
  type WithdrawTrip,
} from '@gov/contracts-foreign-affairs';
import { DomainError, Transactions } from '@gov/platform';
import { canChangeTrip, canSeeTrip, tripAccess } from './trips.policy.js';
import { TripsRepository, type TripRow } from './trips.repository.js';
import { canTake, reasonOf, statusAfter, type TripStep } from './trips.rules.js';
import { snapshotOf, toTripView } from './trips.views.js';

/** 因公临时出国: created by the section or by a unit's liaison, changed while open, withdrawn with a reason. */
@Injectable()
export class TripsService {
  constructor(
    private readonly trips: TripsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateTrip.Request, caller: CallerContext): Promise<TripView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeTrip(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记因公临时出国');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: TripRow = {
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
      await this.trips.insert(created, tx.manager);
      await tx.emit(TripEvents.created, snapshotOf(created), undefined, TripChanged.Event);
      return created;
    });
    return toTripView(row);
  }

  update(request: UpdateTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return TripEvents.updated;
    });
  }

  withdraw(request: WithdrawTrip.Request, caller: CallerContext): Promise<TripView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤回须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤回须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return TripEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<TripView> {
    const row = await this.trips.findById(id);
    if (!row || !canSeeTrip(caller, row.unitId)) throw new DomainError(TripErrors.notFound, '因公临时出国不存在或无权查看');
    return toTripView(row);
  }

  async list(request: ListTrips.Request, caller: CallerContext): Promise<ListTrips.Reply> {
    const access = tripAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看因公临时出国');
    const page = pageOf(request);
    const { items, total } = await this.trips.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toTripView), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: TripStep, change: (row: TripRow) => string): Promise<TripView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.trips.findById(id, tx.manager, true);
      if (!current || !canSeeTrip(caller, current.unitId)) throw new DomainError(TripErrors.notFound, '因公临时出国不存在或无权查看');
      if (!canChangeTrip(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该因公临时出国');
      if (current.version !== expectedVersion) {
        throw new DomainError(TripErrors.versionConflict, `因公临时出国已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(TripErrors.invalidState, '因公临时出国已撤回，不能再办理');
      const next: TripRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.trips.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(TripErrors.versionConflict, '因公临时出国已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, TripChanged.Event);
      return next;
    });
    return toTripView(row);
  }
}
