import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  VEHICLE_COST_STATUS_LABELS,
  VehicleCostChanged,
  VehicleCostErrors,
  VehicleCostEvents,
  type CreateVehicleCost,
  type ExportVehicleCostReport,
  type ListVehicleCosts,
  type VehicleCostReport,
  type VehicleCostView,
  type VoidVehicleCost,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, requireReason, Transactions, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { canManageVehicleCosts, canSeeVehicleCost, vehicleCostAccess } from './vehicle-costs.policy.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { VehicleCostsRepository, type VehicleCostRow } from './vehicle-costs.repository.js';
import { costReportSheet, isFutureDate, unitTotals, withTotal } from './vehicle-costs.rules.js';
import { snapshotOf, toVehicleCostView } from './vehicle-costs.views.js';

const NOT_FOUND = '费用记录不存在或无权查看';

/** 车辆运行费用: the section enters each bill of a vehicle in service (定点维修、加油、保险、其他), voids a wrong one with a reason, and reports per vehicle, unit and month. */
@Injectable()
export class VehicleCostsService {
  constructor(
    private readonly costs: VehicleCostsRepository,
    private readonly transactions: Transactions,
    private readonly reminders: RemindersSync,
  ) {}

  async create(request: CreateVehicleCost.Request, caller: CallerContext): Promise<VehicleCostView> {
    if (!canManageVehicleCosts(caller)) throw new DomainError(CommonErrors.forbidden, '车辆运行费用由机关事务管理科登记');
    if (isFutureDate(request.date, shanghaiDate(new Date()))) {
      throw new DomainError(VehicleCostErrors.futureDate, '发生日期不能晚于今天', [{ field: 'date', code: 'future', message: 'date：发生日期不能晚于今天' }]);
    }
    const { row, vehicle } = await this.transactions.run(async (tx) => {
      const vehicle = (await this.costs.vehicles([request.vehicleId], tx.manager)).get(request.vehicleId);
      if (!vehicle || vehicle.status !== 'in_service') {
        throw new DomainError(VehicleCostErrors.vehicleNotInService, '只能为台账中在用的车辆登记运行费用', [{ field: 'vehicleId', code: 'notInService', message: 'vehicleId：车辆不在台账中或不在用' }]);
      }
      const now = new Date();
      const created: VehicleCostRow = {
        id: randomUUID(),
        vehicleId: vehicle.id,
        unitId: vehicle.unitId,
        kind: request.kind,
        date: request.date,
        amountFen: request.amountFen,
        supplier: request.supplier.trim(),
        invoiceNumber: request.invoiceNumber ?? null,
        note: request.note?.trim() || null,
        status: 'recorded',
        voidReason: null,
        odometerKm: vehicle.mileageKm,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.costs.insert(created, tx.manager);
      await tx.emit(VehicleCostEvents.recorded, snapshotOf(created), undefined, VehicleCostChanged.Event);
      // A 定点维修 closes the vehicle's 按里程保养 reminder (its mileage now is the new baseline).
      if (created.kind === 'maintenance') await this.reminders.syncVehicle(vehicle.id, tx, { by: caller.userId });
      return { row: created, vehicle };
    });
    return toVehicleCostView(row, vehicle);
  }

  async void(request: VoidVehicleCost.Request, caller: CallerContext): Promise<VehicleCostView> {
    const reason = requireReason(request.reason, '作废');
    const row = await this.transactions.run(async (tx) => {
      const current = await this.costs.findById(request.id, tx.manager, true);
      if (!current || !canSeeVehicleCost(caller, current.unitId)) throw new DomainError(VehicleCostErrors.notFound, NOT_FOUND);
      if (!canManageVehicleCosts(caller)) throw new DomainError(CommonErrors.forbidden, '车辆运行费用由机关事务管理科登记');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(VehicleCostErrors.versionConflict, `费用记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (current.status !== 'recorded') throw new DomainError(VehicleCostErrors.invalidState, `费用记录当前状态为「${VEHICLE_COST_STATUS_LABELS[current.status]}」，不能作废`);
      const next: VehicleCostRow = { ...current, status: 'voided', voidReason: reason, version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      if (!(await this.costs.saveIfVersion(next, request.expectedVersion, tx.manager))) throw new DomainError(VehicleCostErrors.versionConflict, '费用记录已被他人修改，请刷新后重试');
      await tx.emit(VehicleCostEvents.voided, snapshotOf(next), undefined, VehicleCostChanged.Event);
      if (next.kind === 'maintenance') await this.reminders.syncVehicle(next.vehicleId, tx, { by: caller.userId });
      return next;
    });
    return toVehicleCostView(row, (await this.costs.vehicles([row.vehicleId])).get(row.vehicleId));
  }

  async get(id: string, caller: CallerContext): Promise<VehicleCostView> {
    const row = await this.costs.findById(id);
    if (!row || !canSeeVehicleCost(caller, row.unitId)) throw new DomainError(VehicleCostErrors.notFound, NOT_FOUND);
    return toVehicleCostView(row, (await this.costs.vehicles([row.vehicleId])).get(row.vehicleId));
  }

  async list(request: ListVehicleCosts.Request, caller: CallerContext): Promise<ListVehicleCosts.Reply> {
    const access = vehicleCostAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看车辆运行费用');
    const page = pageOf(request);
    const { items, total } = await this.costs.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const vehicles = await this.costs.vehicles([...new Set(items.map((r) => r.vehicleId))]);
    return { items: items.map((row) => toVehicleCostView(row, vehicles.get(row.vehicleId))), total, ...page };
  }

  /** 费用报表: per vehicle and month, per unit and month, and the year's total; a liaison gets their unit's. */
  async report(request: VehicleCostReport.Request, caller: CallerContext): Promise<VehicleCostReport.Reply> {
    const access = vehicleCostAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看车辆运行费用');
    const unitId = access.kind === 'unit' ? access.unitId : request.unitId;
    const rows = (await this.costs.sums(request.year, unitId)).map(withTotal);
    return { year: request.year, rows, units: unitTotals(rows), totalFen: rows.reduce((sum, row) => sum + row.totalFen, 0) };
  }

  /** 费用报表 as an .xlsx: the same figures as the report (a liaison gets their unit's). */
  async exportReport(request: ExportVehicleCostReport.Request, caller: CallerContext): Promise<ExportVehicleCostReport.Reply> {
    const report = await this.report(request, caller);
    const sheet = costReportSheet(report);
    const content = writeXlsx({ name: `${report.year}年车辆运行费用`, ...sheet });
    return { filename: `车辆运行费用-${report.year}年.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: sheet.rows.length, contentBase64: content.toString('base64') };
  }
}
