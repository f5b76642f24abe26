import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DISPOSAL_METHOD_LABELS,
  ENERGY_TYPE_LABELS,
  VEHICLE_CATEGORIES,
  VEHICLE_CATEGORY_LABELS,
  VEHICLE_STATUS_LABELS,
  VehicleChanged,
  VehicleErrors,
  VehicleEvents,
  type ApproveVehicle,
  type CreateVehicle,
  type DisposeVehicle,
  type ExportVehicleRegister,
  type ListVehicleCaps,
  type ListVehicleQuotas,
  type ListVehicles,
  type RejectVehicle,
  type SetVehicleCap,
  type SetVehicleQuota,
  type UpdateVehicle,
  type VehicleCapView,
  type VehicleQuotaView,
  type VehicleView,
  type WithdrawVehicle,
} from '@gov/contracts-facilities-and-vehicles';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, publishTaskChanges, reasonOf, Transactions, type Tx, type WaitingStep, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { canChangeVehicle, canDecideVehicle, canSeeVehicle, vehicleAccess } from './vehicles.policy.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { VehiclesRepository, type VehicleRow } from './vehicles.repository.js';
import { canTake, capRuleText, capViolations, inForce, quotaRuleText, quotaViolation, statusAfter, type VehicleStep } from './vehicles.rules.js';
import { capView, quotaView, snapshotOf, toVehicleView } from './vehicles.views.js';

const today = (): string => shanghaiDate(new Date());
const SECTION = 'jiguan_shiwu';

/** What a vehicle waits on: a purchase request waits on 机关事务管理科's decision. */
export function vehicleTasks(row: VehicleRow): WaitingStep[] {
  if (row.status !== 'requested') return [];
  return [
    {
      step: 'approve',
      kind: 'vehicle_purchase_approval',
      title: `审批公务用车购置申请：${VEHICLE_CATEGORY_LABELS[row.category]} ${row.model}`,
      assignee: { type: 'role', id: 'section_staff' },
      section: SECTION,
      link: `/facilities-and-vehicles/vehicles/${row.id}`,
    },
  ];
}

/**
 * 公务用车台账: a unit's liaison (or the section, for any unit) asks to buy a vehicle; the section approves it into the
 * register (编制 and 配备标准 checked at the request and again at the approval, and the versions kept), refuses it, or
 * later disposes of it. Every step has its actor, time, reason where due, and a line in the timeline.
 */
@Injectable()
export class VehiclesService {
  constructor(
    private readonly vehicles: VehiclesRepository,
    private readonly transactions: Transactions,
    private readonly reminders: RemindersSync,
  ) {}

  async create(request: CreateVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (caller.unitId && request.unitId && request.unitId !== caller.unitId) throw new DomainError(CommonErrors.forbidden, '联络员只能为本单位申请购置公务用车');
    if (!unitId) throw new DomainError(VehicleErrors.unitRequired, '须指明使用单位（unitId）', [{ field: 'unitId', code: 'isDefined', message: 'unitId：须指明使用单位' }]);
    if (!canChangeVehicle(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权申请购置公务用车');
    if (request.purchaseKind === 'new' && request.replacesVehicleId) {
      throw new DomainError(CommonErrors.validationFailed, '新增购置不能指明被替换车辆', [{ field: 'replacesVehicleId', code: 'isEmpty', message: 'replacesVehicleId：新增购置不填' }]);
    }
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: VehicleRow = {
        id: randomUUID(),
        unitId,
        category: request.category,
        purchaseKind: request.purchaseKind,
        replacesVehicleId: request.replacesVehicleId ?? null,
        plate: request.plate ?? null,
        model: request.model.trim(),
        energyType: request.energyType,
        priceFen: request.priceFen,
        displacementMl: request.displacementMl ?? null,
        purchaseDate: request.purchaseDate ?? null,
        mileageKm: request.mileageKm,
        insuranceExpiry: request.insuranceExpiry ?? null,
        inspectionExpiry: request.inspectionExpiry ?? null,
        markings: request.markings,
        status: 'requested',
        approvalNumber: null,
        capRule: null,
        quotaRule: null,
        disposalMethod: null,
        disposalApprovalNumber: null,
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.checkRules(created, tx);
      await this.vehicles.insert(created, tx.manager);
      await this.vehicles.addHistory(created.id, 1, 'create', caller.username, now, created.purchaseKind === 'renewal' ? '更新购置' : '新增购置', tx.manager);
      await tx.emit(VehicleEvents.created, snapshotOf(created), undefined, VehicleChanged.Event);
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'vehicle', id: created.id }, before: [], after: vehicleTasks(created), version: 1, by: caller.username });
      return created;
    });
    return this.get(row.id, caller);
  }

  update(request: UpdateVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', null, async (row) => {
      Object.assign(row, {
        plate: request.plate ?? null,
        mileageKm: request.mileageKm,
        insuranceExpiry: request.insuranceExpiry ?? null,
        inspectionExpiry: request.inspectionExpiry ?? null,
        markings: request.markings,
      });
      return { event: VehicleEvents.updated, note: null };
    });
  }

  approve(request: ApproveVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    return this.step(request.id, request.expectedVersion, caller, 'approve', 'decide', async (row, tx) => {
      const { cap, quota } = await this.checkRules(row, tx);
      row.approvalNumber = request.approvalNumber.trim();
      row.capRule = cap;
      row.quotaRule = quota;
      if (row.replacesVehicleId) await this.replace(row, caller, tx);
      return { event: VehicleEvents.approved, note: `审批文号 ${row.approvalNumber}；${quota}；${cap}` };
    });
  }

  reject(request: RejectVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'reject', 'decide', async (row) => {
      row.reason = reason;
      return { event: VehicleEvents.rejected, note: reason };
    });
  }

  dispose(request: DisposeVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'dispose', 'decide', async (row) => {
      Object.assign(row, { reason, disposalMethod: request.method, disposalApprovalNumber: request.approvalNumber.trim() });
      return { event: VehicleEvents.disposed, note: `${DISPOSAL_METHOD_LABELS[request.method]}，审批文号 ${request.approvalNumber.trim()}：${reason}` };
    });
  }

  withdraw(request: WithdrawVehicle.Request, caller: CallerContext): Promise<VehicleView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', null, async (row) => {
      row.reason = reason;
      return { event: VehicleEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<VehicleView> {
    const row = await this.vehicles.findById(id);
    if (!row || !canSeeVehicle(caller, row.unitId)) throw new DomainError(VehicleErrors.notFound, '公务用车不存在或无权查看');
    return toVehicleView(row, await this.vehicles.history(id));
  }

  async list(request: ListVehicles.Request, caller: CallerContext): Promise<ListVehicles.Reply> {
    const access = vehicleAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看公务用车');
    const page = pageOf(request);
    const { items, total } = await this.vehicles.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toVehicleView(row)), total, ...page };
  }

  /** 公务用车台账 as an .xlsx, computed from the register (a liaison gets their own unit's). */
  async exportRegister(request: ExportVehicleRegister.Request, caller: CallerContext): Promise<ExportVehicleRegister.Reply> {
    const access = vehicleAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权导出公务用车台账');
    const unitId = access.kind === 'unit' ? access.unitId : request.unitId;
    const rows = await this.vehicles.all({ status: request.status, unitId });
    const content = writeXlsx({
      name: '公务用车台账',
      header: ['序号', '使用单位', '类别', '号牌', '品牌型号', '能源类型', '价格（元）', '排气量（升）', '购置日期', '行驶里程（公里）', '保险到期', '年检到期', '标识', '状态', '审批文号', '处置'],
      widths: [6, 38, 20, 12, 18, 14, 12, 12, 12, 14, 12, 12, 6, 10, 22, 30],
      rows: rows.map((r, i) => [
        i + 1,
        r.unitId,
        VEHICLE_CATEGORY_LABELS[r.category],
        r.plate ?? '',
        r.model,
        ENERGY_TYPE_LABELS[r.energyType],
        r.priceFen / 100,
        r.displacementMl === null ? '' : Number((r.displacementMl / 1000).toFixed(1)),
        r.purchaseDate ?? '',
        r.mileageKm,
        r.insuranceExpiry ?? '',
        r.inspectionExpiry ?? '',
        r.markings ? '是' : '否',
        VEHICLE_STATUS_LABELS[r.status],
        r.approvalNumber ?? '',
        r.disposalMethod ? `${DISPOSAL_METHOD_LABELS[r.disposalMethod]}（${r.disposalApprovalNumber ?? ''}）` : '',
      ]),
    });
    return { filename: `公务用车台账-${today()}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  async listQuotas(request: ListVehicleQuotas.Request, caller: CallerContext): Promise<ListVehicleQuotas.Reply> {
    const access = vehicleAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看公务用车编制');
    const unitId = access.kind === 'unit' ? access.unitId : request.unitId;
    const versions = await this.vehicles.quotaVersions(unitId);
    const held = await this.vehicles.heldByUnit(unitId);
    const asOf = today();
    const keys = [...new Set(versions.map((v) => `${v.unitId}:${v.category}`))];
    const effective = keys
      .map((key) => inForce(versions.filter((v) => `${v.unitId}:${v.category}` === key), asOf))
      .filter((v): v is NonNullable<typeof v> => !!v)
      .map((v) => quotaView(v, held.get(`${v.unitId}:${v.category}`) ?? 0));
    return { effective };
  }

  /** A new version of a unit's 编制 in a category, effective from a day not before today (decided vehicles keep theirs). */
  async setQuota(request: SetVehicleQuota.Request, caller: CallerContext): Promise<VehicleQuotaView> {
    if (!canDecideVehicle(caller)) throw new DomainError(CommonErrors.forbidden, '无权核定公务用车编制');
    if (request.effectiveFrom < today()) throw new DomainError(VehicleErrors.retroactiveRule, '编制的生效日期不能早于今天：已审批的车辆保留原编制依据');
    return this.transactions.run(async (tx) => {
      await this.vehicles.lockUnitCategory(request.unitId, request.category, tx.manager);
      const row = { id: randomUUID(), unitId: request.unitId, category: request.category, quota: request.quota, effectiveFrom: request.effectiveFrom, source: request.source.trim(), createdAt: new Date(), createdBy: caller.username };
      await this.vehicles.insertQuota(row, tx.manager);
      const used = await this.vehicles.countHeld(request.unitId, request.category, [], tx.manager);
      return quotaView(row, used);
    });
  }

  async listCaps(_request: ListVehicleCaps.Request, caller: CallerContext): Promise<ListVehicleCaps.Reply> {
    if (vehicleAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看公务用车配备标准');
    const all = await this.vehicles.capVersions();
    const asOf = today();
    const effective = VEHICLE_CATEGORIES.map((c) => inForce(all.filter((v) => v.category === c), asOf)).filter((v): v is NonNullable<typeof v> => !!v);
    return { effective: effective.map(capView), all: all.map(capView) };
  }

  /** A new version of a category's 配备标准, effective from a day not before today. */
  async setCap(request: SetVehicleCap.Request, caller: CallerContext): Promise<VehicleCapView> {
    if (!canDecideVehicle(caller)) throw new DomainError(CommonErrors.forbidden, '无权设定公务用车配备标准');
    if (request.effectiveFrom < today()) throw new DomainError(VehicleErrors.retroactiveRule, '配备标准的生效日期不能早于今天：已审批的车辆保留原标准');
    return this.transactions.run(async (tx) => {
      const row = { id: randomUUID(), category: request.category, priceCapFen: request.priceCapFen, displacementCapMl: request.displacementCapMl, effectiveFrom: request.effectiveFrom, source: request.source.trim(), createdAt: new Date(), createdBy: caller.username };
      await this.vehicles.insertCap(row, tx.manager);
      return capView(row);
    });
  }

  /** 编制 and 配备标准 in force today; refused with the rule cited, or the versions' texts for the record. */
  private async checkRules(row: VehicleRow, tx: Tx): Promise<{ cap: string; quota: string }> {
    const asOf = today();
    const cap = inForce(await this.vehicles.capVersions(row.category, tx.manager), asOf);
    if (!cap) throw new DomainError(VehicleErrors.overCap, `${VEHICLE_CATEGORY_LABELS[row.category]}尚无配备标准，不能购置`);
    const violations = capViolations(row, cap);
    if (violations.length) {
      throw new DomainError(
        VehicleErrors.overCap,
        violations.join('；'),
        violations.map((message) => ({ field: message.startsWith('价格') ? 'priceFen' : 'displacementMl', code: 'max', message })),
      );
    }
    await this.vehicles.lockUnitCategory(row.unitId, row.category, tx.manager);
    const except = [row.id];
    if (row.replacesVehicleId) {
      const replaced = await this.vehicles.findById(row.replacesVehicleId, tx.manager);
      if (!replaced || replaced.unitId !== row.unitId || replaced.category !== row.category || replaced.status !== 'in_service') {
        throw new DomainError(VehicleErrors.badRenewal, '被更新的车辆须是本单位同类别的在用车辆');
      }
      except.push(replaced.id);
    }
    const quota = inForce(await this.vehicles.quotaVersions(row.unitId, row.category, tx.manager), asOf);
    const held = await this.vehicles.countHeld(row.unitId, row.category, except, tx.manager);
    const violation = quotaViolation(held, quota, row.category);
    if (violation) throw new DomainError(quota ? VehicleErrors.overQuota : VehicleErrors.noQuota, violation);
    return { cap: capRuleText(cap), quota: quotaRuleText(quota as NonNullable<typeof quota>) };
  }

  /** A renewal approved: the vehicle it replaces leaves the register (更新替换), in the same transaction. */
  private async replace(row: VehicleRow, caller: CallerContext, tx: Tx): Promise<void> {
    const replaced = await this.vehicles.findById(row.replacesVehicleId as string, tx.manager, true);
    if (!replaced || replaced.status !== 'in_service') throw new DomainError(VehicleErrors.badRenewal, '被更新的车辆已不在用');
    const now = new Date();
    const next: VehicleRow = {
      ...replaced,
      status: 'disposed',
      disposalMethod: 'other',
      disposalApprovalNumber: row.approvalNumber,
      reason: `更新替换：由新购 ${row.model} 替换`,
      version: replaced.version + 1,
      updatedAt: now,
      updatedBy: caller.username,
    };
    if (!(await this.vehicles.saveIfVersion(next, replaced.version, tx.manager))) throw new DomainError(VehicleErrors.versionConflict, '被更新的车辆已被他人修改，请刷新后重试');
    await this.vehicles.addHistory(next.id, next.version, 'replaced', caller.username, now, next.reason, tx.manager);
    await tx.emit(VehicleEvents.disposed, snapshotOf(next), undefined, VehicleChanged.Event);
    await this.reminders.syncVehicle(next.id, tx, { by: caller.userId });
  }

  private reasonOrRefuse(text: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return reason;
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its timeline line, its events and 待办. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: VehicleStep,
    needs: 'decide' | null,
    change: (row: VehicleRow, tx: Tx) => Promise<{ event: string; note: string | null }>,
  ): Promise<VehicleView> {
    await this.transactions.run(async (tx) => {
      const current = await this.vehicles.findById(id, tx.manager, true);
      if (!current || !canSeeVehicle(caller, current.unitId)) throw new DomainError(VehicleErrors.notFound, '公务用车不存在或无权查看');
      const allowed = needs === 'decide' ? canDecideVehicle(caller) : canChangeVehicle(caller, current.unitId);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, needs === 'decide' ? '购置审批和处置由机关事务管理科办理' : '无权办理该公务用车');
      if (current.version !== expectedVersion) {
        throw new DomainError(VehicleErrors.versionConflict, `公务用车已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(VehicleErrors.invalidState, `公务用车当前状态为「${VEHICLE_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const next: VehicleRow = { ...current };
      const { event, note } = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.vehicles.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(VehicleErrors.versionConflict, '公务用车已被他人修改，请刷新后重试');
      await this.vehicles.addHistory(next.id, next.version, step, caller.username, now, note, tx.manager);
      await tx.emit(event, snapshotOf(next), undefined, VehicleChanged.Event);
      const outcome = step === 'withdraw' ? 'withdrawn' : 'done';
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'vehicle', id: next.id }, before: vehicleTasks(current), after: vehicleTasks(next), version: next.version, by: caller.username, outcome });
      // 到期提醒: a renewed insurance or inspection date closes its reminder; a vehicle approved into service may need one at once.
      await this.reminders.syncVehicle(next.id, tx, { by: caller.userId });
    });
    return this.get(id, caller);
  }
}
