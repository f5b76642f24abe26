import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/** The largest amount in 分 a value may carry (exact in a JavaScript number and in a bigint column). */
export const ASSET_MAX_FEN = 9_000_000_000_000;

/**
 * Asset classes of GB/T 14885-2010《固定资产分类与代码》 as 行政事业单位 cards use them (the 2022 edition regroups the
 * equipment classes under 设备; which edition the district's asset system uses is to be confirmed by 财务科).
 */
export const ASSET_CATEGORIES = ['land', 'buildings', 'general_equipment', 'special_equipment', 'cultural_relics', 'books_archives', 'furniture', 'intangible'] as const;
export type AssetCategory = (typeof ASSET_CATEGORIES)[number];
export const ASSET_CATEGORY_LABELS: Record<AssetCategory, string> = {
  land: '土地',
  buildings: '房屋及构筑物',
  general_equipment: '通用设备',
  special_equipment: '专用设备',
  cultural_relics: '文物和陈列品',
  books_archives: '图书档案',
  furniture: '家具用具装具',
  intangible: '无形资产',
};

/** A card: in_use 在用 ⇄ idle 闲置 → pending_disposal 待处置 → disposed 已处置 (kept, never deleted); a refused disposal returns it. */
export const ASSET_STATUSES = ['in_use', 'idle', 'pending_disposal', 'disposed'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = { in_use: '在用', idle: '闲置', pending_disposal: '待处置', disposed: '已处置' };

export const DISPOSAL_KINDS = ['scrap', 'sale', 'allocation_out'] as const;
export type DisposalKind = (typeof DISPOSAL_KINDS)[number];
export const DISPOSAL_KIND_LABELS: Record<DisposalKind, string> = { scrap: '报废', sale: '转让', allocation_out: '调出' };

export const ASSET_TRANSFER_KINDS = ['allocation', 'keeper_change', 'relocation'] as const;
export type AssetTransferKind = (typeof ASSET_TRANSFER_KINDS)[number];
export const ASSET_TRANSFER_KIND_LABELS: Record<AssetTransferKind, string> = { allocation: '调拨', keeper_change: '保管人变更', relocation: '存放地点变更' };

/** The purchase procedure, each step in order: requested → approved → purchased → accepted → carded; rejected / withdrawn close it. */
export const ASSET_PURCHASE_STATUSES = ['requested', 'approved', 'purchased', 'accepted', 'carded', 'rejected', 'withdrawn'] as const;
export type AssetPurchaseStatus = (typeof ASSET_PURCHASE_STATUSES)[number];
export const ASSET_PURCHASE_STATUS_LABELS: Record<AssetPurchaseStatus, string> = {
  requested: '已申请',
  approved: '已批准',
  purchased: '已采购',
  accepted: '已验收',
  carded: '已建卡',
  rejected: '未批准',
  withdrawn: '已撤回',
};

export const INVENTORY_STATUSES = ['open', 'closed'] as const;
export type InventoryStatus = (typeof INVENTORY_STATUSES)[number];
export const INVENTORY_STATUS_LABELS: Record<InventoryStatus, string> = { open: '盘点中', closed: '已完成' };
export const INVENTORY_RESULTS = ['found', 'missing', 'differs'] as const;
export type InventoryResult = (typeof INVENTORY_RESULTS)[number];
export const INVENTORY_RESULT_LABELS: Record<InventoryResult, string> = { found: '账实相符', missing: '未找到（盘亏）', differs: '账实不符' };

export class AssetTimelineEntry {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty() step: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

const fen = (field: string) => [IsInt({ message: `${field}：金额须为整数（分）` }), Min(1, { message: `${field}：金额须大于 0` }), Max(ASSET_MAX_FEN, { message: `${field}：金额过大` })];
function Fen(field: string): PropertyDecorator {
  return (target, key) => fen(field).forEach((d) => d(target, key));
}
function Text(field: string, min: number, max: number): PropertyDecorator {
  return (target, key) =>
    [IsString({ message: `${field}：必须为文本` }), MinLength(min, { message: `${field}：至少 ${min} 个字` }), MaxLength(max, { message: `${field}：不超过 ${max} 个字` })].forEach((d) => d(target, key));
}

// ---------------------------------------------------------------- purchases

export class AssetPurchaseApproval {
  @ApiProperty() by: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) opinion: string | null;
}
export class AssetPurchaseBuying {
  @ApiProperty() supplier: string;
  @ApiProperty({ description: '成交金额（分）' }) amountFen: number;
  @ApiProperty() purchasedOn: string;
  @ApiPropertyOptional({ nullable: true, type: String }) contractNumber: string | null;
  @ApiProperty() by: string;
}
export class AssetPurchaseAcceptance {
  @ApiProperty() acceptedOn: string;
  @ApiProperty({ description: '验收人员' }) acceptors: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty() by: string;
}

/** Where a purchase came from when another service accepted it: 机关事务管理科's 设备购置验收, one card per unit. */
export class AssetPurchaseSource {
  @ApiProperty({ description: '来源服务' }) app: string;
  @ApiProperty({ format: 'uuid', description: '来源记录（设备购置入库）' }) id: string;
  @ApiProperty({ description: '第几台（每台一张卡片）' }) unit: number;
  @ApiProperty({ description: '来源说明' }) label: string;
}

export class AssetPurchaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '采购申请号 CG-YYYY-NNNN' }) number: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ASSET_CATEGORIES }) category: AssetCategory;
  @ApiProperty({ description: '预算金额（分）' }) estimatedFen: number;
  @ApiProperty({ description: '申请理由' }) purpose: string;
  @ApiProperty({ enum: ASSET_PURCHASE_STATUSES }) status: AssetPurchaseStatus;
  @ApiPropertyOptional({ type: AssetPurchaseApproval, nullable: true }) approval: AssetPurchaseApproval | null;
  @ApiPropertyOptional({ type: AssetPurchaseBuying, nullable: true }) purchase: AssetPurchaseBuying | null;
  @ApiPropertyOptional({ type: AssetPurchaseAcceptance, nullable: true }) acceptance: AssetPurchaseAcceptance | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assetId: string | null;
  @ApiPropertyOptional({ description: '资产编号（建卡后）', nullable: true, type: String }) assetNumber: string | null;
  @ApiPropertyOptional({ description: '未批准或撤回的理由', nullable: true, type: String }) reason: string | null;
  @ApiPropertyOptional({ type: AssetPurchaseSource, nullable: true, description: '来源（机关事务管理科设备购置验收）' }) source: AssetPurchaseSource | null;
  @ApiProperty({ type: [AssetTimelineEntry] }) timeline: AssetTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const AssetPurchaseErrors = {
  notFound: { kind: 'not_found', code: 'ASSET_PURCHASE.NOT_FOUND', title: '资产采购申请不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ASSET_PURCHASE.VERSION_CONFLICT', title: '资产采购申请已被他人修改' },
  stepOutOfOrder: { kind: 'rule_violation', code: 'ASSET_PURCHASE.STEP_OUT_OF_ORDER', title: '采购程序须按 申请→审批→采购→验收→建卡 的顺序办理' },
  closed: { kind: 'rule_violation', code: 'ASSET_PURCHASE.CLOSED', title: '采购申请已办结、未批准或已撤回' },
} as const;

export namespace CreateAssetPurchase {
  export class Request {
    @ApiProperty({ description: '资产名称', example: '台式计算机' }) @Text('name', 2, 100) name: string;
    @ApiProperty({ enum: ASSET_CATEGORIES }) @IsIn(ASSET_CATEGORIES, { message: 'category：资产分类无效' }) category: AssetCategory;
    @ApiProperty({ description: '预算金额（分）', example: 650000 }) @Fen('estimatedFen') estimatedFen: number;
    @ApiProperty({ description: '申请理由' }) @Text('purpose', 2, 1000) purpose: string;
  }
  export class Reply extends AssetPurchaseView {}
}
export namespace ApproveAssetPurchase {
  export class Body {
    @ApiPropertyOptional({ description: '审批意见' }) @IsOptional() @Text('opinion', 1, 1000) opinion?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetPurchaseView {}
}
export class AssetReasonBody {
  @ApiProperty({ description: '理由' }) @Text('reason', 2, 1000) reason: string;
}
export namespace RejectAssetPurchase {
  export class Request extends Versioned(AssetReasonBody) {}
  export class Reply extends AssetPurchaseView {}
}
export namespace WithdrawAssetPurchase {
  export class Request extends Versioned(AssetReasonBody) {}
  export class Reply extends AssetPurchaseView {}
}
export namespace RecordAssetPurchaseBuying {
  export class Body {
    @ApiProperty({ description: '供应商' }) @Text('supplier', 2, 200) supplier: string;
    @ApiProperty({ description: '成交金额（分）' }) @Fen('amountFen') amountFen: number;
    @ApiProperty({ description: '采购日期' }) @IsCalendarDate({ message: 'purchasedOn：日期格式必须为 YYYY-MM-DD' }) purchasedOn: string;
    @ApiPropertyOptional({ description: '合同编号' }) @IsOptional() @Text('contractNumber', 1, 60) contractNumber?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetPurchaseView {}
}
export namespace AcceptAssetPurchase {
  export class Body {
    @ApiProperty({ description: '验收日期' }) @IsCalendarDate({ message: 'acceptedOn：日期格式必须为 YYYY-MM-DD' }) acceptedOn: string;
    @ApiProperty({ description: '验收人员' }) @Text('acceptors', 2, 200) acceptors: string;
    @ApiPropertyOptional({ description: '验收意见' }) @IsOptional() @Text('note', 1, 1000) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetPurchaseView {}
}
/** Where the card is kept and by whom: a staff member, or a name (a keeper outside the staff records). */
export class AssetKeeping {
  @ApiProperty({ description: '存放地点' }) @Text('location', 2, 200) location: string;
  @ApiPropertyOptional({ format: 'uuid', description: '保管人（工作人员）' }) @IsOptional() @IsUUID('all', { message: 'keeperStaffMemberId：须为工作人员编号' }) keeperStaffMemberId?: string;
  @ApiPropertyOptional({ description: '保管人姓名（非在册工作人员时填写）' }) @IsOptional() @Text('keeperName', 2, 60) keeperName?: string;
}
export namespace CardAssetPurchase {
  export class Request extends Versioned(AssetKeeping) {}
  export class Reply extends AssetPurchaseView {}
}
export namespace GetAssetPurchase {
  export class Request extends RecordRef {}
  export class Reply extends AssetPurchaseView {}
}
export namespace ListAssetPurchases {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ASSET_PURCHASE_STATUSES }) @IsOptional() @IsIn(ASSET_PURCHASE_STATUSES, { message: 'status：取值无效' }) status?: AssetPurchaseStatus;
    @ApiPropertyOptional({ description: '名称、申请号模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AssetPurchaseView] }) items: AssetPurchaseView[];
  }
}

// ---------------------------------------------------------------- cards

export class AssetTransfer {
  @ApiProperty({ enum: ASSET_TRANSFER_KINDS }) kind: AssetTransferKind;
  @ApiProperty() transferredOn: string;
  @ApiProperty() fromLocation: string;
  @ApiProperty() toLocation: string;
  @ApiProperty() fromKeeperName: string;
  @ApiProperty() toKeeperName: string;
  @ApiProperty() reason: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}
export class AssetDisposal {
  @ApiProperty({ enum: DISPOSAL_KINDS }) kind: DisposalKind;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ASSET_STATUSES, description: '申请处置前的状态（不予批准时恢复）' }) previousStatus: AssetStatus;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '批复文号' }) documentNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) disposedOn: string | null;
}

export class AssetView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '资产编号 ZC-YYYY-NNNNN（每年连续）' }) number: string;
  @ApiProperty({ enum: ASSET_CATEGORIES }) category: AssetCategory;
  @ApiProperty() name: string;
  @ApiProperty({ description: '价值（分）' }) valueFen: number;
  @ApiProperty() acquiredOn: string;
  @ApiProperty() location: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) keeperStaffMemberId: string | null;
  @ApiProperty() keeperName: string;
  @ApiProperty({ enum: ASSET_STATUSES }) status: AssetStatus;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) purchaseId: string | null;
  @ApiProperty({ type: [AssetTransfer], description: '调拨、保管人与存放地点变更的历史' }) transfers: AssetTransfer[];
  @ApiPropertyOptional({ type: AssetDisposal, nullable: true }) disposal: AssetDisposal | null;
  @ApiProperty({ type: [AssetTimelineEntry] }) timeline: AssetTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const AssetErrors = {
  notFound: { kind: 'not_found', code: 'ASSET.NOT_FOUND', title: '资产卡片不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ASSET.VERSION_CONFLICT', title: '资产卡片已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'ASSET.INVALID_STATE', title: '资产当前状态不能进行此操作' },
  keeperRequired: { kind: 'rule_violation', code: 'ASSET.KEEPER_REQUIRED', title: '须指定保管人（在册工作人员或姓名）' },
  unknownKeeper: { kind: 'rule_violation', code: 'ASSET.UNKNOWN_KEEPER', title: '保管人不是在职工作人员' },
  nothingChanged: { kind: 'rule_violation', code: 'ASSET.NOTHING_CHANGED', title: '调拨未改变存放地点或保管人' },
} as const;

export namespace GetAsset {
  export class Request extends RecordRef {}
  export class Reply extends AssetView {}
}
export namespace ListAssets {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ASSET_STATUSES }) @IsOptional() @IsIn(ASSET_STATUSES, { message: 'status：取值无效' }) status?: AssetStatus;
    @ApiPropertyOptional({ enum: ASSET_CATEGORIES }) @IsOptional() @IsIn(ASSET_CATEGORIES, { message: 'category：取值无效' }) category?: AssetCategory;
    @ApiPropertyOptional({ description: '名称、编号、存放地点、保管人模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AssetView] }) items: AssetView[];
  }
}
export namespace TransferAsset {
  export class Body {
    @ApiProperty({ enum: ASSET_TRANSFER_KINDS }) @IsIn(ASSET_TRANSFER_KINDS, { message: 'kind：调拨类型无效' }) kind: AssetTransferKind;
    @ApiProperty({ description: '调拨日期' }) @IsCalendarDate({ message: 'transferredOn：日期格式必须为 YYYY-MM-DD' }) transferredOn: string;
    @ApiPropertyOptional({ description: '新存放地点（不变则不填）' }) @IsOptional() @Text('location', 2, 200) location?: string;
    @ApiPropertyOptional({ format: 'uuid', description: '新保管人（工作人员）' }) @IsOptional() @IsUUID('all', { message: 'keeperStaffMemberId：须为工作人员编号' }) keeperStaffMemberId?: string;
    @ApiPropertyOptional({ description: '新保管人姓名（非在册工作人员时）' }) @IsOptional() @Text('keeperName', 2, 60) keeperName?: string;
    @ApiProperty({ description: '理由' }) @Text('reason', 2, 1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetView {}
}
export namespace SetAssetUse {
  export class Body {
    @ApiProperty({ enum: ['in_use', 'idle'] }) @IsIn(['in_use', 'idle'], { message: 'status：只能设为在用或闲置' }) status: 'in_use' | 'idle';
    @ApiProperty({ description: '理由' }) @Text('reason', 2, 1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetView {}
}
export namespace RequestAssetDisposal {
  export class Body {
    @ApiProperty({ enum: DISPOSAL_KINDS }) @IsIn(DISPOSAL_KINDS, { message: 'kind：处置方式无效' }) kind: DisposalKind;
    @ApiProperty({ description: '处置理由' }) @Text('reason', 2, 1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetView {}
}
export namespace ApproveAssetDisposal {
  export class Body {
    @ApiProperty({ description: '批复文号' }) @Text('documentNumber', 2, 60) documentNumber: string;
    @ApiProperty({ description: '处置日期' }) @IsCalendarDate({ message: 'disposedOn：日期格式必须为 YYYY-MM-DD' }) disposedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetView {}
}
export namespace RejectAssetDisposal {
  export class Request extends Versioned(AssetReasonBody) {}
  export class Reply extends AssetView {}
}

// ---------------------------------------------------------------- inventories (盘点)

export class AssetInventoryLine {
  @ApiProperty({ format: 'uuid' }) assetId: string;
  @ApiProperty() number: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ASSET_CATEGORIES }) category: AssetCategory;
  @ApiProperty() valueFen: number;
  @ApiProperty() location: string;
  @ApiProperty() keeperName: string;
  @ApiPropertyOptional({ enum: INVENTORY_RESULTS, nullable: true }) result: InventoryResult | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) checkedBy: string | null;
}
export class AssetInventoryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '盘点基准日' }) asOf: string;
  @ApiProperty({ enum: INVENTORY_STATUSES }) status: InventoryStatus;
  @ApiProperty({ type: [AssetInventoryLine] }) lines: AssetInventoryLine[];
  @ApiProperty({ description: '尚未盘点的卡片数' }) unchecked: number;
  @ApiProperty({ type: [AssetInventoryLine], description: '盘亏清单（未找到的卡片）' }) losses: AssetInventoryLine[];
  @ApiProperty({ description: '盘亏金额（分）' }) lossFen: number;
  @ApiProperty({ type: [AssetTimelineEntry] }) timeline: AssetTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}
export const AssetInventoryErrors = {
  notFound: { kind: 'not_found', code: 'ASSET_INVENTORY.NOT_FOUND', title: '资产盘点不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ASSET_INVENTORY.VERSION_CONFLICT', title: '资产盘点已被他人修改' },
  closed: { kind: 'rule_violation', code: 'ASSET_INVENTORY.CLOSED', title: '盘点已完成，不能再修改' },
  notInInventory: { kind: 'rule_violation', code: 'ASSET_INVENTORY.NOT_IN_INVENTORY', title: '该卡片不在本次盘点范围内' },
  unchecked: { kind: 'rule_violation', code: 'ASSET_INVENTORY.UNCHECKED', title: '尚有卡片未盘点' },
  noAssets: { kind: 'rule_violation', code: 'ASSET_INVENTORY.NO_ASSETS', title: '没有可盘点的资产卡片' },
} as const;
export namespace CreateAssetInventory {
  export class Request {
    @ApiProperty({ example: '2026 年度资产清查盘点' }) @Text('title', 2, 100) title: string;
    @ApiProperty({ description: '盘点基准日' }) @IsCalendarDate({ message: 'asOf：日期格式必须为 YYYY-MM-DD' }) asOf: string;
  }
  export class Reply extends AssetInventoryView {}
}
export namespace RecordAssetInventoryResult {
  export class Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'assetId：须为资产卡片编号' }) assetId: string;
    @ApiProperty({ enum: INVENTORY_RESULTS }) @IsIn(INVENTORY_RESULTS, { message: 'result：盘点结果无效' }) result: InventoryResult;
    @ApiPropertyOptional({ description: '说明（账实不符、未找到时必填）' }) @IsOptional() @Text('note', 1, 1000) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssetInventoryView {}
}
export namespace CloseAssetInventory {
  export class Request extends VersionedRef {}
  export class Reply extends AssetInventoryView {}
}
export namespace GetAssetInventory {
  export class Request extends RecordRef {}
  export class Reply extends AssetInventoryView {}
}
export namespace ListAssetInventories {
  export class Request extends PageQuery {}
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AssetInventoryView] }) items: AssetInventoryView[];
  }
}

// ---------------------------------------------------------------- reports

export class AssetReportRow {
  @ApiProperty({ enum: ASSET_CATEGORIES }) category: AssetCategory;
  @ApiProperty() label: string;
  @ApiProperty({ description: '期末在账数量（未处置）' }) count: number;
  @ApiProperty({ description: '期末在账价值（分）' }) valueFen: number;
  @ApiProperty({ description: '本期新增数量' }) additions: number;
  @ApiProperty({ description: '本期新增价值（分）' }) additionsFen: number;
  @ApiProperty({ description: '本期处置数量' }) disposals: number;
  @ApiProperty({ description: '本期处置价值（分）' }) disposalsFen: number;
}
export class AssetReport {
  @ApiProperty({ description: '期间（YYYY 或 YYYY-MM）' }) period: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [AssetReportRow] }) rows: AssetReportRow[];
  @ApiProperty({ type: AssetReportRow, description: '合计（category 为空）' }) total: Omit<AssetReportRow, 'category' | 'label'>;
}
export namespace GetAssetReport {
  export class Request {
    @ApiProperty({ description: '年度' }) @Type(() => Number) @IsInt32({ message: 'year：须为整数年份' }) @Min(2000, { message: 'year：年份无效' }) @Max(2100, { message: 'year：年份无效' }) year: number;
    @ApiPropertyOptional({ description: '月份（不填为年报）' }) @IsOptional() @Type(() => Number) @IsInt32({ message: 'month：须为 1–12' }) @Min(1, { message: 'month：须为 1–12' }) @Max(12, { message: 'month：须为 1–12' }) month?: number;
  }
  export class Reply extends AssetReport {}
}
export namespace ExportAssetReport {
  export class Request extends GetAssetReport.Request {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** RPC subjects, under `rpc.personnel-finance.`. */
export const AssetSubjects = {
  purchaseCreate: 'asset-purchase.create',
  purchaseApprove: 'asset-purchase.approve',
  purchaseReject: 'asset-purchase.reject',
  purchaseBuy: 'asset-purchase.buy',
  purchaseAccept: 'asset-purchase.accept',
  purchaseCard: 'asset-purchase.card',
  purchaseWithdraw: 'asset-purchase.withdraw',
  purchaseGet: 'asset-purchase.get',
  purchaseList: 'asset-purchase.list',
  get: 'asset.get',
  list: 'asset.list',
  transfer: 'asset.transfer',
  setUse: 'asset.set-use',
  requestDisposal: 'asset.request-disposal',
  approveDisposal: 'asset.approve-disposal',
  rejectDisposal: 'asset.reject-disposal',
  inventoryCreate: 'asset-inventory.create',
  inventoryRecord: 'asset-inventory.record',
  inventoryClose: 'asset-inventory.close',
  inventoryGet: 'asset-inventory.get',
  inventoryList: 'asset-inventory.list',
  report: 'asset.report',
  exportReport: 'asset.export-report',
} as const;

/** What the events of a card carry (consumers apply only newer versions). */
export class AssetSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() number: string;
  @ApiProperty() @IsIn(ASSET_CATEGORIES) category: AssetCategory;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsInt() valueFen: number;
  @ApiProperty() @IsIn(ASSET_STATUSES) status: AssetStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}
export class AssetPurchaseSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() number: string;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsIn(ASSET_PURCHASE_STATUSES) status: AssetPurchaseStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() assetId: string | null;
  @ApiPropertyOptional({ nullable: true, description: '建卡后的资产编号' }) @IsOptional() @IsString() assetNumber?: string | null;
  @ApiPropertyOptional({ nullable: true, description: '来源服务（如 facilities-and-vehicles）' }) @IsOptional() @IsString() sourceApp?: string | null;
  @ApiPropertyOptional({ nullable: true, description: '来源记录' }) @IsOptional() @IsUUID() sourceId?: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}
export class AssetInventorySnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(INVENTORY_STATUSES) status: InventoryStatus;
  @ApiProperty() @IsInt32() missing: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const AssetEvents = {
  purchaseCreated: eventSubject('personnel-finance', 'asset-purchase.created'),
  purchaseApproved: eventSubject('personnel-finance', 'asset-purchase.approved'),
  purchaseRejected: eventSubject('personnel-finance', 'asset-purchase.rejected'),
  purchaseBought: eventSubject('personnel-finance', 'asset-purchase.bought'),
  purchaseAccepted: eventSubject('personnel-finance', 'asset-purchase.accepted'),
  purchaseCarded: eventSubject('personnel-finance', 'asset-purchase.carded'),
  purchaseWithdrawn: eventSubject('personnel-finance', 'asset-purchase.withdrawn'),
  created: eventSubject('personnel-finance', 'asset.created'),
  transferred: eventSubject('personnel-finance', 'asset.transferred'),
  useChanged: eventSubject('personnel-finance', 'asset.use-changed'),
  disposalRequested: eventSubject('personnel-finance', 'asset.disposal-requested'),
  disposed: eventSubject('personnel-finance', 'asset.disposed'),
  disposalRejected: eventSubject('personnel-finance', 'asset.disposal-rejected'),
  inventoryCreated: eventSubject('personnel-finance', 'asset-inventory.created'),
  inventoryRecorded: eventSubject('personnel-finance', 'asset-inventory.recorded'),
  inventoryClosed: eventSubject('personnel-finance', 'asset-inventory.closed'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const AssetEventDescriptions = {
  'asset-purchase.created': { zh: '提出资产采购申请', en: 'An asset purchase was requested.' },
  'asset-purchase.approved': { zh: '资产采购申请获批准', en: 'An asset purchase request was approved.' },
  'asset-purchase.rejected': { zh: '资产采购申请未获批准（注明理由）', en: 'An asset purchase request was refused, with a reason.' },
  'asset-purchase.bought': { zh: '资产采购完成（供应商、成交金额）', en: 'An approved asset purchase was made (supplier, amount).' },
  'asset-purchase.accepted': { zh: '采购的资产通过验收', en: 'A purchased asset passed its acceptance check.' },
  'asset-purchase.carded': { zh: '验收后的资产建立资产卡片', en: 'An accepted purchase was entered as an asset card.' },
  'asset-purchase.withdrawn': { zh: '资产采购申请被撤回（注明理由，不删除）', en: 'An asset purchase was withdrawn, with a reason (never deleted).' },
  'asset.created': { zh: '建立资产卡片（连续编号）', en: 'An asset card was created with its gap-free number.' },
  'asset.transferred': { zh: '资产调拨或变更保管人、存放地点', en: 'An asset was transferred, or its keeper or location changed.' },
  'asset.use-changed': { zh: '资产在用、闲置状态变化', en: 'An asset was put in use or set idle.' },
  'asset.disposal-requested': { zh: '资产申请处置（报废、转让、调出）', en: 'The disposal of an asset was requested (scrap, sale, transfer out).' },
  'asset.disposed': { zh: '资产处置获批准，卡片保留为已处置', en: 'The disposal of an asset was approved; its card is kept as disposed.' },
  'asset.disposal-rejected': { zh: '资产处置申请未获批准，恢复原状态', en: 'The disposal of an asset was refused; it returned to its former status.' },
  'asset-inventory.created': { zh: '开始资产盘点', en: 'An asset inventory was started.' },
  'asset-inventory.recorded': { zh: '登记一张资产卡片的盘点结果', en: 'The inventory result of one asset card was recorded.' },
  'asset-inventory.closed': { zh: '资产盘点完成（含盘亏清单）', en: 'An asset inventory was closed, with its list of losses.' },
} as const;

/** Published by personnel-finance when an asset card changes; carries its snapshot. */
export namespace AssetChanged {
  export class Event extends AssetSnapshot {}
}
export namespace AssetPurchaseChanged {
  export class Event extends AssetPurchaseSnapshot {}
}
export namespace AssetInventoryChanged {
  export class Event extends AssetInventorySnapshot {}
}
