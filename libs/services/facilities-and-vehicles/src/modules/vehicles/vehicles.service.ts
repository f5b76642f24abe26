import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  VehicleChanged,
  VehicleErrors,
  VehicleEvents,
  type CreateVehicle,
  type ListVehicles,
  type VehicleView,
  type UpdateVehicle,
  type WithdrawVehicle,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, Transactions } from '@gov/platform';
import { canChangeVehicle, canSeeVehicle, vehicleAccess } from './vehicles.policy.js';
import { VehiclesRepository, type VehicleRow } from './vehicles.repository.js';
import { canTake, reasonOf, statusAfter, type VehicleStep } from './vehicles.rules.js';
import { snapshotOf, toVehicleView } from './vehicles.views.js';

/** 公务用车: created by the section or by a unit's liaison, changed while open, withdrawn with a reason. */
@Injectable()
export class VehiclesService {
  constructor(
    private readonly vehicles: VehiclesRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeVehicle(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记公务用车');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: VehicleRow = {
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
      await this.vehicles.insert(created, tx.manager);
      await tx.emit(VehicleEvents.created, snapshotOf(created), undefined, VehicleChanged.Event);
      return created;
    });
    return toVehicleView(row);
  }

  update(request: UpdateVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return VehicleEvents.updated;
    });
  }

  withdraw(request: WithdrawVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤回须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤回须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return VehicleEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<VehicleView> {
    const row = await this.vehicles.findById(id);
    if (!row || !canSeeVehicle(caller, row.unitId)) throw new DomainError(VehicleErrors.notFound, '公务用车不存在或无权查看');
    return toVehicleView(row);
  }

  async list(request: ListVehicles.Request, caller: CallerContext): Promise<ListVehicles.Reply> {
    const access = vehicleAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看公务用车');
    const page = pageOf(request);
    const { items, total } = await this.vehicles.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toVehicleView), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: VehicleStep, change: (row: VehicleRow) => string): Promise<VehicleView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.vehicles.findById(id, tx.manager, true);
      if (!current || !canSeeVehicle(caller, current.unitId)) throw new DomainError(VehicleErrors.notFound, '公务用车不存在或无权查看');
      if (!canChangeVehicle(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该公务用车');
      if (current.version !== expectedVersion) {
        throw new DomainError(VehicleErrors.versionConflict, `公务用车已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(VehicleErrors.invalidState, '公务用车已撤回，不能再办理');
      const next: VehicleRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.vehicles.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(VehicleErrors.versionConflict, '公务用车已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, VehicleChanged.Event);
      return next;
    });
    return toVehicleView(row);
  }
}
