import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  EQUIPMENT_ACCEPTANCE_MAX_UNITS,
  EquipmentPurchaseAccepted,
  EquipmentPurchaseEvents,
  SUPPLY_ITEM_STATUS_LABELS,
  SupplyItemChanged,
  SupplyItemErrors,
  SupplyItemEvents,
  type CreateSupplyItem,
  type ListSupplyItems,
  type RetireSupplyItem,
  type StockInSupplyItem,
  type StockOutSupplyItem,
  type SupplyItemFields,
  type SupplyItemView,
  type UpdateSupplyItem,
} from '@gov/contracts-facilities-and-vehicles';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageSupplies, canReadAllSupplies, canRequestSupplies } from './office-supplies.policy.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { OfficeSuppliesRepository, type EquipmentAcceptanceRow, type StockMovementRow, type SupplyItemRow } from './office-supplies.repository.js';
import { acceptanceProblem, retireProblem, stockAfter } from './office-supplies.rules.js';
import { equipmentPurchaseSnapshotOf, itemSnapshotOf, toSupplyItemView } from './office-supplies.views.js';

const NOT_FOUND = '办公用品不存在或无权查看';
const MANAGERS_ONLY = '办公用品目录和库存由机关事务管理科管理';

/** Records one movement of stock: the item's new stock (never below zero), the movement row, the event. Shared by 入库/出库 and the issue of a request. */
export async function moveStock(
  repository: OfficeSuppliesRepository,
  tx: Tx,
  item: SupplyItemRow,
  movement: { direction: 'in' | 'out'; quantity: number; reason: string; requestId: string | null; id?: string },
  by: string,
  now: Date,
): Promise<SupplyItemRow> {
  const after = stockAfter(item.stock, movement.direction, movement.quantity);
  if (after === null) {
    throw new DomainError(SupplyItemErrors.insufficientStock, `「${item.name}」库存 ${item.stock}${item.unit}，不足出库 ${movement.quantity}${item.unit}`, [
      { field: 'quantity', code: 'insufficientStock', message: `quantity：「${item.name}」库存仅 ${item.stock}${item.unit}` },
    ]);
  }
  const next: SupplyItemRow = { ...item, stock: after, version: item.version + 1, updatedAt: now, updatedBy: by };
  if (!(await repository.saveItemIfVersion(next, item.version, tx.manager))) throw new DomainError(SupplyItemErrors.versionConflict, '办公用品已被他人修改，请刷新后重试');
  await repository.insertMovement({ id: movement.id ?? randomUUID(), itemId: item.id, direction: movement.direction, quantity: movement.quantity, stockAfter: after, reason: movement.reason, requestId: movement.requestId, at: now, by }, tx.manager);
  await tx.emit(SupplyItemEvents.stockChanged, itemSnapshotOf(next), undefined, SupplyItemChanged.Event);
  return next;
}

/** 办公用品目录与库存: the section keeps the catalogue, records 入库 and 出库 (never below zero) and retires an item with none left. */
@Injectable()
export class OfficeSuppliesService {
  constructor(
    private readonly supplies: OfficeSuppliesRepository,
    private readonly transactions: Transactions,
    private readonly reminders: RemindersSync,
  ) {}

  async create(request: CreateSupplyItem.Request, caller: CallerContext): Promise<SupplyItemView> {
    if (!canManageSupplies(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const now = new Date();
    const row: SupplyItemRow = { id: randomUUID(), ...this.factsOf(request), stock: 0, status: 'active', retireReason: null, version: 1, createdAt: now, createdBy: caller.username, updatedAt: now, updatedBy: caller.username };
    await this.transactions.run(async (tx) => {
      await this.supplies.insertItem(row, tx.manager);
      await tx.emit(SupplyItemEvents.created, itemSnapshotOf(row), undefined, SupplyItemChanged.Event);
      await this.reminders.syncItem(row.id, tx, caller.userId);
    });
    return toSupplyItemView(row, []);
  }

  update(request: UpdateSupplyItem.Request, caller: CallerContext): Promise<SupplyItemView> {
    return this.step(request.id, request.expectedVersion, caller, async (row, now, tx) => {
      if (row.status !== 'active') throw new DomainError(SupplyItemErrors.invalidState, '办公用品已停用，不能修改');
      const next: SupplyItemRow = { ...row, ...this.factsOf(request), version: row.version + 1, updatedAt: now, updatedBy: caller.username };
      if (!(await this.supplies.saveItemIfVersion(next, row.version, tx.manager))) throw new DomainError(SupplyItemErrors.versionConflict, '办公用品已被他人修改，请刷新后重试');
      await tx.emit(SupplyItemEvents.updated, itemSnapshotOf(next), undefined, SupplyItemChanged.Event);
      return next;
    });
  }

  /**
   * 入库; of office equipment, with its 验收 (设备购置验收): the acceptance is kept with the movement and
   * `equipment-purchase.accepted` goes out in the same transaction, for 财务科 to card each unit.
   */
  stockIn(request: StockInSupplyItem.Request, caller: CallerContext): Promise<SupplyItemView> {
    return this.step(request.id, request.expectedVersion, caller, async (row, now, tx) => {
      if (row.status !== 'active') throw new DomainError(SupplyItemErrors.invalidState, '办公用品已停用，不能入库');
      if (request.acceptance) this.checkAcceptance(row, request, now);
      const movementId = randomUUID();
      const reason = request.reason.trim();
      const next = await moveStock(this.supplies, tx, row, { id: movementId, direction: 'in', quantity: request.quantity, reason, requestId: null }, caller.username, now);
      if (request.acceptance) {
        const a = request.acceptance;
        const acceptance: EquipmentAcceptanceRow = {
          movementId,
          itemId: row.id,
          quantity: request.quantity,
          unitPriceFen: a.unitPriceFen,
          assetCategory: a.assetCategory,
          acceptedOn: a.acceptedOn,
          acceptors: a.acceptors.trim(),
          location: a.location.trim(),
          keeperName: a.keeperName.trim(),
          assetNumbers: [],
          createdAt: now,
          createdBy: caller.username,
        };
        await this.supplies.insertAcceptance(acceptance, tx.manager);
        const movement: StockMovementRow = { id: movementId, itemId: row.id, direction: 'in', quantity: request.quantity, stockAfter: next.stock, reason, requestId: null, at: now, by: caller.username };
        await tx.emit(EquipmentPurchaseEvents.accepted, equipmentPurchaseSnapshotOf(row, movement, acceptance), movementId, EquipmentPurchaseAccepted.Event);
      }
      return next;
    });
  }

  /** 设备购置验收 only for office equipment, at most one card's worth of units per line, not dated ahead. */
  private checkAcceptance(row: SupplyItemRow, request: StockInSupplyItem.Request, now: Date): void {
    const acceptedOn = request.acceptance?.acceptedOn ?? '';
    const problem = acceptanceProblem(row.category, request.quantity, acceptedOn, shanghaiDate(now));
    if (problem === 'notEquipment') {
      throw new DomainError(SupplyItemErrors.notEquipment, `「${row.name}」不是办公设备，入库不登记设备验收（设备购置按资产程序办理）`, [
        { field: 'acceptance', code: 'notEquipment', message: 'acceptance：只有类别为「办公设备及配件」的用品入库时登记设备验收' },
      ]);
    }
    if (problem === 'tooManyUnits') {
      throw new DomainError(SupplyItemErrors.tooManyUnits, `一次验收至多 ${EQUIPMENT_ACCEPTANCE_MAX_UNITS} 台（每台建立一张资产卡片），请分批入库`, [
        { field: 'quantity', code: 'max', message: `quantity：设备验收入库一次不超过 ${EQUIPMENT_ACCEPTANCE_MAX_UNITS} 台` },
      ]);
    }
    if (problem === 'inFuture') {
      throw new DomainError(SupplyItemErrors.acceptanceInFuture, '验收日期不能晚于今天', [{ field: 'acceptance.acceptedOn', code: 'future', message: 'acceptance.acceptedOn：验收日期不能晚于今天' }]);
    }
  }

  stockOut(request: StockOutSupplyItem.Request, caller: CallerContext): Promise<SupplyItemView> {
    return this.step(request.id, request.expectedVersion, caller, (row, now, tx) =>
      moveStock(this.supplies, tx, row, { direction: 'out', quantity: request.quantity, reason: request.reason.trim(), requestId: null }, caller.username, now),
    );
  }

  retire(request: RetireSupplyItem.Request, caller: CallerContext): Promise<SupplyItemView> {
    const reason = requireReason(request.reason, '停用');
    return this.step(request.id, request.expectedVersion, caller, async (row, now, tx) => {
      const problem = retireProblem(row.status, row.stock);
      if (problem === 'retired') throw new DomainError(SupplyItemErrors.invalidState, `办公用品当前状态为「${SUPPLY_ITEM_STATUS_LABELS[row.status]}」，不能停用`);
      if (problem === 'stockLeft') throw new DomainError(SupplyItemErrors.stockLeft, `「${row.name}」尚有库存 ${row.stock}${row.unit}，请先出库（如调剂或报损）再停用`);
      const next: SupplyItemRow = { ...row, status: 'retired', retireReason: reason, version: row.version + 1, updatedAt: now, updatedBy: caller.username };
      if (!(await this.supplies.saveItemIfVersion(next, row.version, tx.manager))) throw new DomainError(SupplyItemErrors.versionConflict, '办公用品已被他人修改，请刷新后重试');
      await tx.emit(SupplyItemEvents.retired, itemSnapshotOf(next), undefined, SupplyItemChanged.Event);
      return next;
    });
  }

  /** The detail with its movements for the section and the leaders; a requesting section sees an active item without them. */
  async get(id: string, caller: CallerContext): Promise<SupplyItemView> {
    const row = await this.supplies.findItem(id);
    if (!row) throw new DomainError(SupplyItemErrors.notFound, NOT_FOUND);
    if (canReadAllSupplies(caller)) return toSupplyItemView(row, await this.supplies.movementsOf(id));
    if (canRequestSupplies(caller) && row.status === 'active') return toSupplyItemView(row);
    throw new DomainError(SupplyItemErrors.notFound, NOT_FOUND);
  }

  async list(request: ListSupplyItems.Request, caller: CallerContext): Promise<ListSupplyItems.Reply> {
    const all = canReadAllSupplies(caller);
    if (!all && !canRequestSupplies(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看办公用品');
    const page = pageOf(request);
    const { items, total } = await this.supplies.searchItems({ ...request, ...page, onlyActive: !all });
    return { items: items.map((row) => toSupplyItemView(row)), total, ...page };
  }

  private factsOf(request: SupplyItemFields): Pick<SupplyItemRow, 'name' | 'spec' | 'category' | 'unit' | 'lowStockThreshold'> {
    return { name: request.name.trim(), spec: request.spec?.trim() || null, category: request.category, unit: request.unit.trim(), lowStockThreshold: request.lowStockThreshold };
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, change: (row: SupplyItemRow, now: Date, tx: Tx) => Promise<SupplyItemRow>): Promise<SupplyItemView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.supplies.findItem(id, tx.manager, true);
      if (!current || !canReadAllSupplies(caller)) throw new DomainError(SupplyItemErrors.notFound, NOT_FOUND);
      if (!canManageSupplies(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
      if (current.version !== expectedVersion) throw new DomainError(SupplyItemErrors.versionConflict, `办公用品已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      const next = await change(current, new Date(), tx);
      // 库存不足 in 待办: opened when the stock falls to the 库存下限, closed when it is refilled or the item retired.
      await this.reminders.syncItem(next.id, tx, caller.userId);
      return next;
    });
    return toSupplyItemView(row, await this.supplies.movementsOf(row.id));
  }
}
