import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  FacilitiesAndVehiclesPermissions as P,
  HOUSING_UNIT_STATUS_LABELS,
  HousingErrors,
  HousingEvents,
  HousingUnitChanged,
  TENANCY_BASIS_LABELS,
  HousingTenancyChanged,
  type CheckInTenancy,
  type CheckOutTenancy,
  type CreateHousingUnit,
  type CreateTenancy,
  type ExtendTenancy,
  type HousingUnitView,
  type ListHousingUnits,
  type ListTenancies,
  type RetireHousingUnit,
  type TenancyView,
  type WithdrawTenancy,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { RemindersJob } from '../reminders/reminders.job.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { HousingRepository, type HousingUnitRow, type TenancyRow } from './housing.repository.js';
import { canTakeTenancyStep, datesProblem, firstOverlap, inspectionDateProblem, stepRefusal, tenancyReminderSteps, tenancyStatusAfter, type TenancyStep } from './housing.rules.js';
import { tenancySnapshotOf, toHousingUnitView, toTenancyView, unitSnapshotOf } from './housing.views.js';

/** The record type of a tenancy's reminder task (`recordRef.type`). */
export const HOUSING_TENANCY = 'housing-tenancy';

const UNIT_NOT_FOUND = '周转住房不存在或无权查看';
const NOT_FOUND = '租住记录不存在或无权查看';
const MANAGERS_ONLY = '周转住房由机关事务管理科管理';
const today = (): string => shanghaiDate(new Date());

/** 周转住房 is the section's (with 办公用房's permissions); the office's leaders read; no liaison sees it (a cadre's tenancy is personal). */
const canRead = (caller: CallerContext): boolean => !caller.unitId && (hasPermission(caller, P.officeRoomsRead) || hasPermission(caller, P.officeRoomsManage));
const canManage = (caller: CallerContext): boolean => !caller.unitId && hasPermission(caller, P.officeRoomsManage);

/**
 * 周转住房: the section registers the housing units and the tenancies of cadres posted away from home (交流任职、异地任职),
 * one tenancy per unit on any day (checked under an advisory lock of the unit: `HOUSING_TENANCY.OVERLAP`, 409), records
 * the check-in and check-out inspections (the tenancy ends on the check-out day), extends a tenancy, or withdraws a
 * registration with a reason. From the lead time before its end, an open tenancy waits in the section's 待办.
 */
@Injectable()
export class HousingService implements OnModuleInit {
  constructor(
    private readonly housing: HousingRepository,
    private readonly transactions: Transactions,
    private readonly reminders: RemindersSync,
    private readonly job: RemindersJob,
  ) {}

  onModuleInit(): void {
    this.job.register((day) => this.remindAll(day));
  }

  async createUnit(request: CreateHousingUnit.Request, caller: CallerContext): Promise<HousingUnitView> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const now = new Date();
    const row: HousingUnitRow = {
      id: randomUUID(),
      address: request.address.trim(),
      areaM2: request.areaM2,
      rooms: request.rooms,
      note: request.note?.trim() || null,
      status: 'active',
      retireReason: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      await this.housing.insertUnit(row, tx.manager);
      await tx.emit(HousingEvents.unitCreated, unitSnapshotOf(row), undefined, HousingUnitChanged.Event);
    });
    return toHousingUnitView(row, null);
  }

  /** 停用: only with no tenancy open (registered or in residence), with a reason. */
  async retireUnit(request: RetireHousingUnit.Request, caller: CallerContext): Promise<HousingUnitView> {
    const reason = requireReason(request.reason, '停用');
    const row = await this.transactions.run(async (tx) => {
      const current = await this.housing.findUnit(request.id, tx.manager, true);
      if (!current || !canRead(caller)) throw new DomainError(HousingErrors.unitNotFound, UNIT_NOT_FOUND);
      if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
      if (current.version !== request.expectedVersion) throw new DomainError(HousingErrors.unitVersionConflict, `周转住房已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      if (current.status !== 'active') throw new DomainError(HousingErrors.unitInvalidState, `周转住房当前状态为「${HOUSING_UNIT_STATUS_LABELS[current.status]}」，不能停用`);
      await this.housing.lockUnitTenancies(current.id, tx.manager);
      const open = (await this.housing.tenanciesOfUnit(current.id, tx.manager)).find((t) => t.status === 'registered' || t.status === 'checked_in');
      if (open) throw new DomainError(HousingErrors.unitOccupied, `周转住房尚有未结束的租住（${open.tenantName}，${open.startDate} 至 ${open.endDate}），请先退房或撤回后再停用`);
      const next: HousingUnitRow = { ...current, status: 'retired', retireReason: reason, version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      if (!(await this.housing.saveUnitIfVersion(next, request.expectedVersion, tx.manager))) throw new DomainError(HousingErrors.unitVersionConflict, '周转住房已被他人修改，请刷新后重试');
      await tx.emit(HousingEvents.unitRetired, unitSnapshotOf(next), undefined, HousingUnitChanged.Event);
      return next;
    });
    return toHousingUnitView(row, null);
  }

  async getUnit(id: string, caller: CallerContext): Promise<HousingUnitView> {
    const row = await this.housing.findUnit(id);
    if (!row || !canRead(caller)) throw new DomainError(HousingErrors.unitNotFound, UNIT_NOT_FOUND);
    return toHousingUnitView(row, (await this.housing.currentTenancies([id])).get(id) ?? null);
  }

  async listUnits(request: ListHousingUnits.Request, caller: CallerContext): Promise<ListHousingUnits.Reply> {
    if (!canRead(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看周转住房');
    const page = pageOf(request);
    const { items, total } = await this.housing.searchUnits({ ...request, ...page });
    const current = await this.housing.currentTenancies(items.map((u) => u.id));
    return { items: items.map((u) => toHousingUnitView(u, current.get(u.id) ?? null)), total, ...page };
  }

  async create(request: CreateTenancy.Request, caller: CallerContext): Promise<TenancyView> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const problem = datesProblem(request.startDate, request.endDate);
    if (problem) throw new DomainError(HousingErrors.badDates, problem, [{ field: 'endDate', code: 'min', message: `endDate：${problem}` }]);
    const id = await this.transactions.run(async (tx) => {
      await this.housing.lockUnitTenancies(request.housingUnitId, tx.manager);
      const unit = await this.housing.findUnit(request.housingUnitId, tx.manager);
      if (!unit || unit.status !== 'active') {
        throw new DomainError(HousingErrors.unitNotAvailable, '周转住房不存在或已停用', [{ field: 'housingUnitId', code: 'notAvailable', message: 'housingUnitId：周转住房不存在或已停用' }]);
      }
      await this.refuseOverlap(unit.id, { start: request.startDate, end: request.endDate }, undefined, tx);
      const now = new Date();
      const row: TenancyRow = {
        id: randomUUID(),
        housingUnitId: unit.id,
        tenantName: request.tenantName.trim(),
        basis: request.basis,
        workUnit: request.workUnit.trim(),
        post: request.post.trim(),
        homePlace: request.homePlace.trim(),
        approvalNumber: request.approvalNumber.trim(),
        startDate: request.startDate,
        endDate: request.endDate,
        status: 'registered',
        checkInDate: null,
        checkInCondition: null,
        checkInBy: null,
        checkOutDate: null,
        checkOutCondition: null,
        checkOutBy: null,
        endedOn: null,
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.housing.insertTenancy(row, tx.manager);
      await this.housing.addHistory(row.id, 1, 'create', caller.username, now, `${TENANCY_BASIS_LABELS[row.basis]}：${row.workUnit}${row.post}（${row.approvalNumber}）`, tx.manager);
      await tx.emit(HousingEvents.created, tenancySnapshotOf(row), undefined, HousingTenancyChanged.Event);
      await this.remind(row, unit.address, tx, today(), caller.userId);
      return row.id;
    });
    return this.get(id, caller);
  }

  checkIn(request: CheckInTenancy.Request, caller: CallerContext): Promise<TenancyView> {
    return this.step(request.id, request.expectedVersion, caller, 'checkIn', async (row, now) => {
      this.refuseInspectionDate(request.date, null);
      Object.assign(row, { checkInDate: request.date, checkInCondition: request.condition.trim(), checkInBy: caller.username });
      return { event: HousingEvents.checkedIn, note: `入住查验：${request.condition.trim()}`, at: now };
    });
  }

  extend(request: ExtendTenancy.Request, caller: CallerContext): Promise<TenancyView> {
    const reason = requireReason(request.reason, '续住');
    return this.step(request.id, request.expectedVersion, caller, 'extend', async (row, now, tx) => {
      if (request.endDate <= row.endDate) {
        throw new DomainError(HousingErrors.badDates, `新的结束日期须晚于原结束日期（${row.endDate}）`, [{ field: 'endDate', code: 'min', message: `endDate：须晚于 ${row.endDate}` }]);
      }
      await this.housing.lockUnitTenancies(row.housingUnitId, tx.manager);
      await this.refuseOverlap(row.housingUnitId, { start: row.startDate, end: request.endDate }, row.id, tx);
      const note = `续住至 ${request.endDate}（原 ${row.endDate}）：${reason}`;
      row.endDate = request.endDate;
      return { event: HousingEvents.extended, note, at: now };
    });
  }

  checkOut(request: CheckOutTenancy.Request, caller: CallerContext): Promise<TenancyView> {
    return this.step(request.id, request.expectedVersion, caller, 'checkOut', async (row, now) => {
      this.refuseInspectionDate(request.date, row.checkInDate);
      Object.assign(row, { checkOutDate: request.date, checkOutCondition: request.condition.trim(), checkOutBy: caller.username, endedOn: request.date });
      return { event: HousingEvents.ended, note: `退房查验（${request.date}）：${request.condition.trim()}`, at: now };
    });
  }

  withdraw(request: WithdrawTenancy.Request, caller: CallerContext): Promise<TenancyView> {
    const reason = requireReason(request.reason, '撤回');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row, now) => {
      row.reason = reason;
      return { event: HousingEvents.withdrawn, note: reason, at: now };
    });
  }

  async get(id: string, caller: CallerContext): Promise<TenancyView> {
    const row = await this.housing.findTenancy(id);
    if (!row || !canRead(caller)) throw new DomainError(HousingErrors.notFound, NOT_FOUND);
    return toTenancyView(row, (await this.housing.addresses([row.housingUnitId])).get(row.housingUnitId) ?? '');
  }

  async list(request: ListTenancies.Request, caller: CallerContext): Promise<ListTenancies.Reply> {
    if (!canRead(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看周转住房');
    const page = pageOf(request);
    const { items, total } = await this.housing.searchTenancies({ ...request, ...page });
    const addresses = await this.housing.addresses([...new Set(items.map((t) => t.housingUnitId))]);
    return { items: items.map((t) => toTenancyView(t, addresses.get(t.housingUnitId) ?? '')), total, ...page };
  }

  /** Every open tenancy (and every one still waiting on its reminder), each in its own transaction: the reminders job's hook. */
  async remindAll(day: string): Promise<{ checked: number; changed: number }> {
    const ids = await this.housing.reminderCandidates();
    let changed = 0;
    for (const id of ids) {
      const did = await this.transactions.run(async (tx) => {
        const row = await this.housing.findTenancy(id, tx.manager);
        if (!row) return false;
        return this.remind(row, (await this.housing.addresses([row.housingUnitId], tx.manager)).get(row.housingUnitId) ?? '', tx, day);
      });
      if (did) changed += 1;
    }
    return { checked: ids.length, changed };
  }

  private async remind(row: TenancyRow, address: string, tx: Tx, day: string, by?: string): Promise<boolean> {
    const steps = tenancyReminderSteps(row, address, await this.reminders.rule(day, tx), day);
    return this.reminders.apply(HOUSING_TENANCY, row.id, steps, tx, by, row.status === 'withdrawn' ? 'withdrawn' : 'done');
  }

  private async refuseOverlap(unitId: string, period: { start: string; end: string }, exceptId: string | undefined, tx: Tx): Promise<void> {
    const other = firstOverlap(period, await this.housing.tenanciesOfUnit(unitId, tx.manager), exceptId);
    if (other) {
      const end = other.status === 'ended' && other.endedOn ? other.endedOn : other.endDate;
      throw new DomainError(HousingErrors.overlap, `该周转住房 ${other.startDate} 至 ${end} 已由 ${other.tenantName} 租住，与所选期间重叠`, [
        { field: 'startDate', code: 'overlap', message: `startDate：与 ${other.startDate} 至 ${end} 的租住重叠` },
      ]);
    }
  }

  private refuseInspectionDate(date: string, notBefore: string | null): void {
    const problem = inspectionDateProblem(date, today(), notBefore);
    if (problem) throw new DomainError(HousingErrors.badDates, problem, [{ field: 'date', code: 'invalid', message: `date：${problem}` }]);
  }

  /** One step on a tenancy, in one transaction: seen, allowed, at the version held, saved, its history line, its event and reminder. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: TenancyStep,
    change: (row: TenancyRow, now: Date, tx: Tx) => Promise<{ event: string; note: string | null; at: Date }>,
  ): Promise<TenancyView> {
    await this.transactions.run(async (tx) => {
      const current = await this.housing.findTenancy(id, tx.manager, true);
      if (!current || !canRead(caller)) throw new DomainError(HousingErrors.notFound, NOT_FOUND);
      if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
      if (current.version !== expectedVersion) throw new DomainError(HousingErrors.versionConflict, `租住记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      if (!canTakeTenancyStep(step, current.status)) throw new DomainError(HousingErrors.invalidState, stepRefusal(current.status));
      const next: TenancyRow = { ...current };
      const { event, note, at } = await change(next, new Date(), tx);
      Object.assign(next, { status: tenancyStatusAfter(step, current.status), version: current.version + 1, updatedAt: at, updatedBy: caller.username });
      if (!(await this.housing.saveTenancyIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(HousingErrors.versionConflict, '租住记录已被他人修改，请刷新后重试');
      await this.housing.addHistory(next.id, next.version, step, caller.username, at, note, tx.manager);
      await tx.emit(event, tenancySnapshotOf(next), undefined, HousingTenancyChanged.Event);
      await this.remind(next, (await this.housing.addresses([next.housingUnitId], tx.manager)).get(next.housingUnitId) ?? '', tx, today(), caller.userId);
    });
    return this.get(id, caller);
  }
}
