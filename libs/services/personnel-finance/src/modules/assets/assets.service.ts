import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ASSET_CATEGORY_LABELS,
  ASSET_STATUS_LABELS,
  AssetChanged,
  AssetErrors,
  AssetEvents,
  AssetInventoryChanged,
  AssetInventoryErrors,
  AssetPurchaseChanged,
  AssetPurchaseErrors,
  DISPOSAL_KIND_LABELS,
  INVENTORY_RESULT_LABELS,
  ASSET_TRANSFER_KIND_LABELS,
  type AcceptAssetPurchase,
  type ApproveAssetDisposal,
  type ApproveAssetPurchase,
  type AssetInventoryView,
  type AssetKeeping,
  type AssetPurchaseView,
  type AssetView,
  type CardAssetPurchase,
  type CreateAssetInventory,
  type CreateAssetPurchase,
  type ExportAssetReport,
  type GetAssetReport,
  type ListAssetInventories,
  type ListAssetPurchases,
  type ListAssets,
  type RecordAssetInventoryResult,
  type RecordAssetPurchaseBuying,
  type RejectAssetDisposal,
  type RejectAssetPurchase,
  type RequestAssetDisposal,
  type SetAssetUse,
  type TransferAsset,
  type WithdrawAssetPurchase,
} from '@gov/contracts-personnel-finance';
import type { EquipmentPurchaseAccepted } from '@gov/contracts-facilities-and-vehicles';
import { DomainError, publishTaskChanges, requireReason, Transactions, type Tx, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { timelineEntry } from '../../common/timeline.js';
import { fenToYuan } from '../payslips/payroll.rules.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { canApproveAssets, canManageAssets, canSeeAssets } from './assets.policy.js';
import { AssetsRepository, type AssetInventoryRow, type AssetPurchaseRow, type AssetRow } from './assets.repository.js';
import { assetNumber, canTakeCardStep, inventorySummary, purchaseNumber, purchaseStepRefusal, reportPeriod, reportRows, type CardStep, type PurchaseStep } from './assets.rules.js';
import { assetTaskChange, purchaseTaskChange, purchaseTasks } from './assets.tasks.js';
import { assetSnapshot, inventorySnapshot, purchaseSnapshot, toAssetView, toInventoryView, toPurchaseView } from './assets.views.js';

const NOT_FOUND = '不存在或无权查看';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * 国有资产 (财务科): the purchase procedure 申请 → 审批 → 采购 → 验收 → 建卡, each step in order and attributable; the cards
 * with gap-free numbers per year, their transfers and disposal (kept as 已处置, never deleted); inventories; reports.
 */
@Injectable()
export class AssetsService {
  constructor(
    private readonly repo: AssetsRepository,
    private readonly staff: StaffMembersRepository,
    private readonly transactions: Transactions,
  ) {}

  // ------------------------------------------------------------ purchases

  async createPurchase(request: CreateAssetPurchase.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权提出资产采购申请');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const year = now.getUTCFullYear();
      const created: AssetPurchaseRow = {
        id: randomUUID(),
        number: purchaseNumber(year, await this.repo.nextNumber(`asset-purchase-${year}`, tx.manager)),
        name: request.name.trim(),
        category: request.category,
        estimatedFen: request.estimatedFen,
        purpose: request.purpose.trim(),
        status: 'requested',
        approval: null,
        purchase: null,
        acceptance: null,
        assetId: null,
        reason: null,
        sourceApp: null,
        sourceId: null,
        sourceUnit: null,
        timeline: [timelineEntry(caller.username, '申请', `${ASSET_CATEGORY_LABELS[request.category]}，预算 ${fenToYuan(request.estimatedFen)} 元`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.repo.purchases.insert(tx.manager, created);
      await tx.emit(AssetEvents.purchaseCreated, purchaseSnapshot(created), undefined, AssetPurchaseChanged.Event);
      await publishTaskChanges(tx, { app: 'personnel-finance', record: { type: 'asset-purchase', id: created.id }, before: [], after: purchaseTasks(created), version: 1, by: caller.userId });
      return created;
    });
    return toPurchaseView(row, null);
  }

  approvePurchase(request: ApproveAssetPurchase.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canApproveAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权审批资产采购');
    return this.purchaseStep(request, caller, 'approve', async (row) => {
      const opinion = request.opinion?.trim() || null;
      row.approval = { by: caller.username, at: new Date().toISOString(), opinion };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '审批同意', opinion)];
      return AssetEvents.purchaseApproved;
    });
  }

  rejectPurchase(request: RejectAssetPurchase.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canApproveAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权审批资产采购');
    const reason = requireReason(request.reason, '不予批准');
    return this.purchaseStep(request, caller, 'reject', async (row) => {
      row.status = 'rejected';
      row.reason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '不予批准', reason)];
      return AssetEvents.purchaseRejected;
    });
  }

  withdrawPurchase(request: WithdrawAssetPurchase.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权撤回资产采购申请');
    const reason = requireReason(request.reason);
    return this.purchaseStep(request, caller, 'withdraw', async (row) => {
      row.status = 'withdrawn';
      row.reason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return AssetEvents.purchaseWithdrawn;
    });
  }

  buy(request: RecordAssetPurchaseBuying.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理资产采购');
    return this.purchaseStep(request, caller, 'buy', async (row) => {
      row.purchase = { supplier: request.supplier.trim(), amountFen: request.amountFen, purchasedOn: request.purchasedOn, contractNumber: request.contractNumber?.trim() || null, by: caller.username };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '采购', `${row.purchase.supplier}，成交 ${fenToYuan(request.amountFen)} 元`)];
      return AssetEvents.purchaseBought;
    });
  }

  accept(request: AcceptAssetPurchase.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理资产验收');
    return this.purchaseStep(request, caller, 'accept', async (row) => {
      if (row.purchase && request.acceptedOn < row.purchase.purchasedOn) {
        throw new DomainError(CommonErrors.validationFailed, '验收日期不能早于采购日期', [{ field: 'acceptedOn', code: 'beforePurchase', message: 'acceptedOn：验收日期不能早于采购日期' }]);
      }
      row.acceptance = { acceptedOn: request.acceptedOn, acceptors: request.acceptors.trim(), note: request.note?.trim() || null, by: caller.username };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '验收', `验收人员：${row.acceptance.acceptors}`)];
      return AssetEvents.purchaseAccepted;
    });
  }

  /** 建卡: the accepted purchase becomes a card (value: the price paid; acquired on the acceptance date), numbered in that year. */
  card(request: CardAssetPurchase.Request, caller: CallerContext): Promise<AssetPurchaseView> {
    if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权建立资产卡片');
    return this.purchaseStep(request, caller, 'card', async (row, manager, emit) => {
      const keeper = await this.keeper(request, manager);
      const asset = await this.newCard(row, { location: request.location.trim(), keeper }, caller.username, manager);
      await emit(AssetEvents.created, assetSnapshot(asset), AssetChanged.Event);
      row.assetId = asset.id;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '建卡', `资产编号 ${asset.number}`)];
      return AssetEvents.purchaseCarded;
    });
  }

  /**
   * 机关事务管理科's 设备购置验收 (`equipment-purchase.accepted`, issue 18): each unit enters the asset procedure as an
   * accepted purchase (the price and the acceptance copied, by the sending service on behalf of who accepted it) and
   * takes the ordinary 建卡 step at once, in the event's transaction: a gap-free card number, `asset.created`,
   * `asset-purchase.accepted` and `.carded` (with the card number, for facilities). Idempotent: the inbox drops a
   * redelivered event, and a unit already taken in (unique on app, record, unit) is skipped.
   */
  async cardAcceptedEquipment(event: EquipmentPurchaseAccepted.Event, tx: Tx): Promise<void> {
    const app = 'facilities-and-vehicles';
    const done = await this.repo.sourcedUnits(tx.manager, app, event.id);
    const by = `${app}:${event.acceptedBy}`;
    for (let unit = 1; unit <= event.quantity; unit++) {
      if (done.has(unit)) continue;
      const now = new Date();
      const year = now.getUTCFullYear();
      const ofUnits = event.quantity > 1 ? `第 ${unit}/${event.quantity} 台` : '1 台';
      const accepted: AssetPurchaseRow = {
        id: randomUUID(),
        number: purchaseNumber(year, await this.repo.nextNumber(`asset-purchase-${year}`, tx.manager)),
        name: event.name,
        category: event.assetCategory,
        estimatedFen: event.unitPriceFen,
        purpose: `机关事务管理科设备购置（${event.source}）`,
        status: 'accepted',
        approval: null,
        purchase: { supplier: event.source, amountFen: event.unitPriceFen, purchasedOn: event.acceptedOn, contractNumber: null, by },
        acceptance: { acceptedOn: event.acceptedOn, acceptors: event.acceptors, note: `机关事务管理科验收入库，${ofUnits}`, by },
        assetId: null,
        reason: null,
        sourceApp: app,
        sourceId: event.id,
        sourceUnit: unit,
        timeline: [timelineEntry(by, '设备购置验收（机关事务管理科）', `${event.source}；单价 ${fenToYuan(event.unitPriceFen)} 元；验收人员：${event.acceptors}；${ofUnits}`, now)],
        version: 1,
        createdAt: now,
        createdBy: by,
        updatedAt: now,
        updatedBy: by,
      };
      await this.repo.purchases.insert(tx.manager, accepted);
      await tx.emit(AssetEvents.purchaseAccepted, purchaseSnapshot(accepted), undefined, AssetPurchaseChanged.Event);
      const asset = await this.newCard(accepted, { location: event.location, keeper: { id: null, name: event.keeperName } }, by, tx.manager);
      await tx.emit(AssetEvents.created, assetSnapshot(asset), undefined, AssetChanged.Event);
      const carded: AssetPurchaseRow = {
        ...accepted,
        status: 'carded',
        assetId: asset.id,
        timeline: [...accepted.timeline, timelineEntry(by, '建卡', `资产编号 ${asset.number}`, now)],
        version: 2,
      };
      if (!(await this.repo.purchases.saveIfVersion(tx.manager, carded, 1))) throw new Error(`asset purchase ${accepted.id} changed while being carded`);
      await tx.emit(AssetEvents.purchaseCarded, purchaseSnapshot(carded, asset.number), undefined, AssetPurchaseChanged.Event);
    }
  }

  /** A new card for an accepted purchase: the price paid, acquired on the acceptance date, numbered in that year. */
  private async newCard(row: AssetPurchaseRow, keeping: { location: string; keeper: { id: string | null; name: string } }, by: string, manager: EntityManager): Promise<AssetRow> {
    const acquiredOn = row.acceptance?.acceptedOn ?? today();
    const year = Number(acquiredOn.slice(0, 4));
    const now = new Date();
    const asset: AssetRow = {
      id: randomUUID(),
      number: assetNumber(year, await this.repo.nextNumber(`asset-${year}`, manager)),
      category: row.category,
      name: row.name,
      valueFen: row.purchase?.amountFen ?? row.estimatedFen,
      acquiredOn,
      location: keeping.location,
      keeperStaffMemberId: keeping.keeper.id,
      keeperName: keeping.keeper.name,
      status: 'in_use',
      purchaseId: row.id,
      transfers: [],
      disposal: null,
      disposedOn: null,
      timeline: [timelineEntry(by, '建卡', `采购申请 ${row.number}；存放 ${keeping.location}，保管人 ${keeping.keeper.name}`, now)],
      version: 1,
      createdAt: now,
      createdBy: by,
      updatedAt: now,
      updatedBy: by,
    };
    await this.repo.assets.insert(manager, asset);
    return asset;
  }

  async getPurchase(id: string, caller: CallerContext): Promise<AssetPurchaseView> {
    const row = canSeeAssets(caller) ? await this.repo.purchases.find(this.repo.manager, id) : null;
    if (!row) throw new DomainError(AssetPurchaseErrors.notFound, `资产采购申请${NOT_FOUND}`);
    return toPurchaseView(row, row.assetId ? ((await this.repo.assets.find(this.repo.manager, row.assetId))?.number ?? null) : null);
  }

  async listPurchases(request: ListAssetPurchases.Request, caller: CallerContext): Promise<ListAssetPurchases.Reply> {
    if (!canSeeAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看国有资产');
    const page = pageOf(request);
    const { items, total } = await this.repo.searchPurchases({ ...request, ...page });
    return { items: items.map((r) => toPurchaseView(r, null)), total, ...page };
  }

  private async purchaseStep(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    step: PurchaseStep | 'reject' | 'withdraw',
    change: (row: AssetPurchaseRow, manager: EntityManager, emit: (subject: string, data: object, contract: new () => object) => Promise<unknown>) => Promise<string>,
  ): Promise<AssetPurchaseView> {
    const [row, number] = await this.transactions.run(async (tx) => {
      const current = await this.repo.purchases.find(tx.manager, request.id, true);
      if (!current) throw new DomainError(AssetPurchaseErrors.notFound, `资产采购申请${NOT_FOUND}`);
      if (current.version !== request.expectedVersion) {
        throw new DomainError(AssetPurchaseErrors.versionConflict, `资产采购申请已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const refusal = purchaseStepRefusal(step, current.status);
      if (refusal) throw new DomainError(refusal.kind === 'closed' ? AssetPurchaseErrors.closed : AssetPurchaseErrors.stepOutOfOrder, refusal.message);
      const next: AssetPurchaseRow = { ...current };
      if (step !== 'reject' && step !== 'withdraw') next.status = { approve: 'approved', buy: 'purchased', accept: 'accepted', card: 'carded' }[step] as AssetPurchaseRow['status'];
      let assetNo: string | null = null;
      const event = await change(next, tx.manager, async (subject, data, contract) => {
        assetNo = (data as { number: string }).number;
        return tx.emit(subject, data, undefined, contract);
      });
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.repo.purchases.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(AssetPurchaseErrors.versionConflict, '资产采购申请已被他人修改，请刷新后重试');
      await tx.emit(event, purchaseSnapshot(next, assetNo), undefined, AssetPurchaseChanged.Event);
      await publishTaskChanges(tx, purchaseTaskChange(current, next, caller.userId));
      return [next, assetNo] as const;
    });
    return toPurchaseView(row, number);
  }

  // ------------------------------------------------------------ cards

  async get(id: string, caller: CallerContext): Promise<AssetView> {
    const row = canSeeAssets(caller) ? await this.repo.assets.find(this.repo.manager, id) : null;
    if (!row) throw new DomainError(AssetErrors.notFound, `资产卡片${NOT_FOUND}`);
    return toAssetView(row);
  }

  async list(request: ListAssets.Request, caller: CallerContext): Promise<ListAssets.Reply> {
    if (!canSeeAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看国有资产');
    const page = pageOf(request);
    const { items, total } = await this.repo.searchAssets({ ...request, ...page });
    return { items: items.map(toAssetView), total, ...page };
  }

  transfer(request: TransferAsset.Request, caller: CallerContext): Promise<AssetView> {
    const reason = requireReason(request.reason, '调拨');
    return this.cardStep(request, caller, 'transfer', async (row, manager) => {
      const keeperGiven = request.keeperStaffMemberId || request.keeperName;
      const keeper = keeperGiven ? await this.keeper(request as AssetKeeping, manager) : { id: row.keeperStaffMemberId, name: row.keeperName };
      const location = request.location?.trim() || row.location;
      if (location === row.location && keeper.name === row.keeperName && keeper.id === row.keeperStaffMemberId) throw new DomainError(AssetErrors.nothingChanged, '调拨未改变存放地点或保管人');
      row.transfers = [
        ...row.transfers,
        { kind: request.kind, transferredOn: request.transferredOn, fromLocation: row.location, toLocation: location, fromKeeperName: row.keeperName, toKeeperName: keeper.name, reason, by: caller.username, at: new Date().toISOString() },
      ];
      row.timeline = [...row.timeline, timelineEntry(caller.username, ASSET_TRANSFER_KIND_LABELS[request.kind], `${row.location}／${row.keeperName} → ${location}／${keeper.name}：${reason}`)];
      Object.assign(row, { location, keeperStaffMemberId: keeper.id, keeperName: keeper.name });
      return AssetEvents.transferred;
    });
  }

  setUse(request: SetAssetUse.Request, caller: CallerContext): Promise<AssetView> {
    const reason = requireReason(request.reason, '变更使用状态');
    return this.cardStep(request, caller, 'setUse', async (row) => {
      if (row.status === request.status) throw new DomainError(AssetErrors.invalidState, `资产已是${ASSET_STATUS_LABELS[row.status]}状态`);
      row.timeline = [...row.timeline, timelineEntry(caller.username, `设为${ASSET_STATUS_LABELS[request.status]}`, reason)];
      row.status = request.status;
      return AssetEvents.useChanged;
    });
  }

  requestDisposal(request: RequestAssetDisposal.Request, caller: CallerContext): Promise<AssetView> {
    const reason = requireReason(request.reason, '申请处置');
    return this.cardStep(request, caller, 'requestDisposal', async (row) => {
      row.disposal = { kind: request.kind, reason, previousStatus: row.status, requestedBy: caller.username, requestedAt: new Date().toISOString(), approvedBy: null, documentNumber: null, disposedOn: null };
      row.status = 'pending_disposal';
      row.timeline = [...row.timeline, timelineEntry(caller.username, `申请${DISPOSAL_KIND_LABELS[request.kind]}`, reason)];
      return AssetEvents.disposalRequested;
    });
  }

  approveDisposal(request: ApproveAssetDisposal.Request, caller: CallerContext): Promise<AssetView> {
    return this.cardStep(request, caller, 'approveDisposal', async (row) => {
      if (request.disposedOn < row.acquiredOn) {
        throw new DomainError(CommonErrors.validationFailed, '处置日期不能早于取得日期', [{ field: 'disposedOn', code: 'beforeAcquired', message: 'disposedOn：处置日期不能早于取得日期' }]);
      }
      const disposal = row.disposal!;
      row.disposal = { ...disposal, approvedBy: caller.username, documentNumber: request.documentNumber.trim(), disposedOn: request.disposedOn };
      row.disposedOn = request.disposedOn;
      row.status = 'disposed';
      row.timeline = [...row.timeline, timelineEntry(caller.username, `批准${DISPOSAL_KIND_LABELS[disposal.kind]}`, `批复文号 ${request.documentNumber.trim()}，处置日期 ${request.disposedOn}`)];
      return AssetEvents.disposed;
    });
  }

  rejectDisposal(request: RejectAssetDisposal.Request, caller: CallerContext): Promise<AssetView> {
    const reason = requireReason(request.reason, '不予批准');
    return this.cardStep(request, caller, 'rejectDisposal', async (row) => {
      row.status = row.disposal!.previousStatus;
      row.disposal = null;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '处置不予批准', reason)];
      return AssetEvents.disposalRejected;
    });
  }

  private async cardStep(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    step: CardStep,
    change: (row: AssetRow, manager: EntityManager) => Promise<string>,
  ): Promise<AssetView> {
    const approving = step === 'approveDisposal' || step === 'rejectDisposal';
    const row = await this.transactions.run(async (tx) => {
      const current = canSeeAssets(caller) ? await this.repo.assets.find(tx.manager, request.id, true) : null;
      if (!current) throw new DomainError(AssetErrors.notFound, `资产卡片${NOT_FOUND}`);
      if (approving ? !canApproveAssets(caller) : !canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, approving ? '无权审批资产处置' : '无权办理该资产');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(AssetErrors.versionConflict, `资产卡片已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (!canTakeCardStep(step, current.status)) throw new DomainError(AssetErrors.invalidState, `资产${ASSET_STATUS_LABELS[current.status]}，不能进行此操作`);
      const next: AssetRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.repo.assets.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(AssetErrors.versionConflict, '资产卡片已被他人修改，请刷新后重试');
      await tx.emit(event, assetSnapshot(next), undefined, AssetChanged.Event);
      await publishTaskChanges(tx, assetTaskChange(current, next, caller.userId));
      return next;
    });
    return toAssetView(row);
  }

  /** The keeper: an active staff member (their name is taken from the record), or a name. */
  private async keeper(request: Pick<AssetKeeping, 'keeperStaffMemberId' | 'keeperName'>, manager: EntityManager): Promise<{ id: string | null; name: string }> {
    if (request.keeperStaffMemberId) {
      const [member] = await this.staff.active(manager, [request.keeperStaffMemberId]);
      if (!member) throw new DomainError(AssetErrors.unknownKeeper, '保管人不是在职工作人员', [{ field: 'keeperStaffMemberId', code: 'unknown', message: 'keeperStaffMemberId：不是在职工作人员' }]);
      return { id: member.id, name: member.name };
    }
    const name = request.keeperName?.trim();
    if (!name) throw new DomainError(AssetErrors.keeperRequired, '须指定保管人', [{ field: 'keeperName', code: 'required', message: 'keeperName：须指定保管人（在册工作人员或姓名）' }]);
    return { id: null, name };
  }

  // ------------------------------------------------------------ inventories

  async createInventory(request: CreateAssetInventory.Request, caller: CallerContext): Promise<AssetInventoryView> {
    if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权组织资产盘点');
    const row = await this.transactions.run(async (tx) => {
      const cards = await this.repo.onBooks(request.asOf, tx.manager);
      if (!cards.length) throw new DomainError(AssetInventoryErrors.noAssets, `${request.asOf} 没有在账的资产卡片`);
      const now = new Date();
      const created: AssetInventoryRow = {
        id: randomUUID(),
        title: request.title.trim(),
        asOf: request.asOf,
        status: 'open',
        lines: cards.map((c) => ({ assetId: c.id, number: c.number, name: c.name, category: c.category, valueFen: c.valueFen, location: c.location, keeperName: c.keeperName, result: null, note: null, checkedBy: null })),
        timeline: [timelineEntry(caller.username, '开始盘点', `基准日 ${request.asOf}，在账卡片 ${cards.length} 张`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.repo.inventories.insert(tx.manager, created);
      await tx.emit(AssetEvents.inventoryCreated, inventorySnapshot(created), undefined, AssetInventoryChanged.Event);
      return created;
    });
    return toInventoryView(row);
  }

  recordInventory(request: RecordAssetInventoryResult.Request, caller: CallerContext): Promise<AssetInventoryView> {
    return this.inventoryStep(request, caller, (row) => {
      const index = row.lines.findIndex((l) => l.assetId === request.assetId);
      if (index < 0) throw new DomainError(AssetInventoryErrors.notInInventory, '该卡片不在本次盘点范围内');
      const note = request.note?.trim() || null;
      if (request.result !== 'found' && !note) {
        throw new DomainError(CommonErrors.validationFailed, '未找到或账实不符须说明情况', [{ field: 'note', code: 'required', message: 'note：未找到或账实不符须说明情况' }]);
      }
      const line = row.lines[index];
      row.lines = row.lines.map((l, i) => (i === index ? { ...l, result: request.result, note, checkedBy: caller.username } : l));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '登记盘点结果', `${line.number} ${line.name}：${INVENTORY_RESULT_LABELS[request.result]}${note ? `（${note}）` : ''}`)];
      return AssetEvents.inventoryRecorded;
    });
  }

  closeInventory(request: { id: string; expectedVersion: number }, caller: CallerContext): Promise<AssetInventoryView> {
    return this.inventoryStep(request, caller, (row) => {
      const summary = inventorySummary(row.lines);
      if (summary.unchecked) throw new DomainError(AssetInventoryErrors.unchecked, `尚有 ${summary.unchecked} 张卡片未盘点`);
      row.status = 'closed';
      row.timeline = [...row.timeline, timelineEntry(caller.username, '完成盘点', `盘亏 ${summary.losses.length} 张，金额 ${fenToYuan(summary.lossFen)} 元`)];
      return AssetEvents.inventoryClosed;
    });
  }

  async getInventory(id: string, caller: CallerContext): Promise<AssetInventoryView> {
    const row = canSeeAssets(caller) ? await this.repo.inventories.find(this.repo.manager, id) : null;
    if (!row) throw new DomainError(AssetInventoryErrors.notFound, `资产盘点${NOT_FOUND}`);
    return toInventoryView(row);
  }

  async listInventories(request: ListAssetInventories.Request, caller: CallerContext): Promise<ListAssetInventories.Reply> {
    if (!canSeeAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看国有资产');
    const page = pageOf(request);
    const { items, total } = await this.repo.searchInventories(page);
    return { items: items.map(toInventoryView), total, ...page };
  }

  private async inventoryStep(request: { id: string; expectedVersion: number }, caller: CallerContext, change: (row: AssetInventoryRow) => string): Promise<AssetInventoryView> {
    const row = await this.transactions.run(async (tx) => {
      const current = canSeeAssets(caller) ? await this.repo.inventories.find(tx.manager, request.id, true) : null;
      if (!current) throw new DomainError(AssetInventoryErrors.notFound, `资产盘点${NOT_FOUND}`);
      if (!canManageAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理资产盘点');
      if (current.version !== request.expectedVersion) {
        throw new DomainError(AssetInventoryErrors.versionConflict, `资产盘点已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      if (current.status === 'closed') throw new DomainError(AssetInventoryErrors.closed, '盘点已完成，不能再修改');
      const next: AssetInventoryRow = { ...current };
      const event = change(next);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.repo.inventories.saveIfVersion(tx.manager, next, request.expectedVersion))) throw new DomainError(AssetInventoryErrors.versionConflict, '资产盘点已被他人修改，请刷新后重试');
      await tx.emit(event, inventorySnapshot(next), undefined, AssetInventoryChanged.Event);
      return next;
    });
    return toInventoryView(row);
  }

  // ------------------------------------------------------------ reports

  async report(request: GetAssetReport.Request, caller: CallerContext): Promise<GetAssetReport.Reply> {
    if (!canSeeAssets(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看资产报表');
    const period = reportPeriod(request.year, request.month);
    return { ...period, ...reportRows(await this.repo.report(period.from, period.to)) };
  }

  async exportReport(request: ExportAssetReport.Request, caller: CallerContext): Promise<ExportAssetReport.Reply> {
    const report = await this.report(request, caller);
    const line = (label: string, r: GetAssetReport.Reply['total']) => [label, r.count, fenToYuan(r.valueFen), r.additions, fenToYuan(r.additionsFen), r.disposals, fenToYuan(r.disposalsFen)];
    const rows = [...report.rows.map((r) => line(r.label, r)), line('合计', report.total)];
    const kind = request.month ? '月报' : '年报';
    const content = writeXlsx({
      name: `资产${kind}`,
      header: ['资产分类', '期末数量', '期末价值（元）', '本期新增数量', '本期新增价值（元）', '本期处置数量', '本期处置价值（元）'],
      rows,
      widths: [16, 10, 16, 12, 18, 12, 18],
    });
    return { filename: `国有资产${kind}_${report.period}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }
}
