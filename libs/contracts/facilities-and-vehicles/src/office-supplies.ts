import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 办公用品 (office supplies and equipment) kept by 机关事务管理科: a catalogue with the stock of each item, every 入库 and
 * 出库 recorded (who, when, how many, why; the stock never goes below zero), a low-stock threshold per item, and 申领
 * (requests) from the office's sections, approved by the section, which issue the stock in the same step.
 *
 * Item: active 在用 → retired 停用 (with a reason; only when none is left in stock).
 * Request: submitted 待审批 → issued 已发放 (approved, stock issued); submitted → rejected 不予发放 (with a reason) |
 * withdrawn 已撤回 (by the requesting section, with a reason).
 */
export const SUPPLY_ITEM_STATUSES = ['active', 'retired'] as const;
export type SupplyItemStatus = (typeof SUPPLY_ITEM_STATUSES)[number];
export const SUPPLY_ITEM_STATUS_LABELS: Record<SupplyItemStatus, string> = { active: '在用', retired: '停用' };

export const SUPPLY_CATEGORIES = ['stationery', 'consumable', 'paper', 'equipment', 'cleaning', 'other'] as const;
export type SupplyCategory = (typeof SUPPLY_CATEGORIES)[number];
export const SUPPLY_CATEGORY_LABELS: Record<SupplyCategory, string> = {
  stationery: '文具',
  consumable: '打印耗材',
  paper: '纸张',
  equipment: '办公设备及配件',
  cleaning: '清洁用品',
  other: '其他',
};

export const STOCK_DIRECTIONS = ['in', 'out'] as const;
export type StockDirection = (typeof STOCK_DIRECTIONS)[number];
export const STOCK_DIRECTION_LABELS: Record<StockDirection, string> = { in: '入库', out: '出库' };

/**
 * 设备购置验收 (issue 18: purchases of equipment follow the asset procedure): an 入库 of an item of the category
 * 办公设备及配件 may carry its acceptance; each accepted unit then becomes a card in personnel-finance's 国有资产
 * (`equipment-purchase.accepted`), in the GB/T 14885-2010 class chosen here.
 */
export const EQUIPMENT_ASSET_CATEGORIES = ['general_equipment', 'special_equipment', 'furniture'] as const;
export type EquipmentAssetCategory = (typeof EQUIPMENT_ASSET_CATEGORIES)[number];
export const EQUIPMENT_ASSET_CATEGORY_LABELS: Record<EquipmentAssetCategory, string> = { general_equipment: '通用设备', special_equipment: '专用设备', furniture: '家具用具装具' };
/** The most units one acceptance may card (one card per unit). */
export const EQUIPMENT_ACCEPTANCE_MAX_UNITS = 50;
/** The largest unit price in 分 (exact in a JavaScript number and in a bigint column; the cards' own limit). */
export const EQUIPMENT_MAX_UNIT_FEN = 9_000_000_000_000;

export class EquipmentAcceptance {
  @ApiProperty({ description: '单价（分）', example: 650000 })
  @IsInt({ message: 'unitPriceFen：单价须为整数（分）' })
  @Min(1, { message: 'unitPriceFen：单价须大于 0' })
  @Max(EQUIPMENT_MAX_UNIT_FEN, { message: 'unitPriceFen：单价过大' })
  unitPriceFen: number;

  @ApiProperty({ enum: EQUIPMENT_ASSET_CATEGORIES, description: '资产分类（GB/T 14885-2010）' })
  @IsIn(EQUIPMENT_ASSET_CATEGORIES, { message: 'assetCategory：资产分类须为 通用设备、专用设备 或 家具用具装具' })
  assetCategory: EquipmentAssetCategory;

  @ApiProperty({ description: '验收日期' })
  @IsCalendarDate({ message: 'acceptedOn：日期格式必须为 YYYY-MM-DD' })
  acceptedOn: string;

  @ApiProperty({ description: '验收人员', example: '王强、李娜' })
  @IsString({ message: 'acceptors：必须为文本' })
  @MinLength(2, { message: 'acceptors：须写明验收人员' })
  @MaxLength(200, { message: 'acceptors：不超过 200 个字' })
  acceptors: string;

  @ApiProperty({ description: '存放地点', example: '区政府办公楼 3 楼 312 室' })
  @IsString({ message: 'location：必须为文本' })
  @MinLength(2, { message: 'location：须写明存放地点' })
  @MaxLength(200, { message: 'location：不超过 200 个字' })
  location: string;

  @ApiProperty({ description: '保管人', example: '张敏' })
  @IsString({ message: 'keeperName：必须为文本' })
  @MinLength(2, { message: 'keeperName：须写明保管人' })
  @MaxLength(60, { message: 'keeperName：不超过 60 个字' })
  keeperName: string;
}

export class EquipmentAcceptanceView {
  @ApiProperty({ description: '单价（分）' }) unitPriceFen: number;
  @ApiProperty({ enum: EQUIPMENT_ASSET_CATEGORIES }) assetCategory: EquipmentAssetCategory;
  @ApiProperty() assetCategoryLabel: string;
  @ApiProperty() acceptedOn: string;
  @ApiProperty() acceptors: string;
  @ApiProperty() location: string;
  @ApiProperty() keeperName: string;
  @ApiProperty({ type: [String], description: '财务科建卡后的资产编号（已知时）' }) assetNumbers: string[];
  @ApiProperty({ description: '资产卡片情况，如 已推送至财务科资产卡片、已建卡 ZC-…' }) cardStatus: string;
}

/** The catalogue fields of one item. */
export class SupplyItemFields {
  @ApiProperty({ description: '品名', example: 'A4 复印纸' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：至少 2 个字' })
  @MaxLength(100, { message: 'name：不超过 100 个字' })
  name: string;

  @ApiPropertyOptional({ description: '规格型号', example: '70g 500张/包' })
  @IsOptional()
  @IsString({ message: 'spec：必须为文本' })
  @MaxLength(100, { message: 'spec：不超过 100 个字' })
  spec?: string;

  @ApiProperty({ enum: SUPPLY_CATEGORIES, description: '类别' })
  @IsIn(SUPPLY_CATEGORIES, { message: 'category：类别取值无效' })
  category: SupplyCategory;

  @ApiProperty({ description: '计量单位', example: '包' })
  @IsString({ message: 'unit：必须为文本' })
  @MinLength(1, { message: 'unit：须写明计量单位' })
  @MaxLength(10, { message: 'unit：不超过 10 个字' })
  unit: string;

  @ApiProperty({ description: '库存下限（低于或等于时提示补货）', example: 20 })
  @IsInt32({ message: 'lowStockThreshold：必须为整数' })
  @Min(0, { message: 'lowStockThreshold：不能为负数' })
  @Max(1_000_000, { message: 'lowStockThreshold：不超过 1000000' })
  lowStockThreshold: number;
}

export class StockMovementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STOCK_DIRECTIONS }) direction: StockDirection;
  @ApiProperty() directionLabel: string;
  @ApiProperty({ description: '数量' }) quantity: number;
  @ApiProperty({ description: '变动后库存' }) stockAfter: number;
  @ApiProperty({ description: '来源或事由' }) reason: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: '申领单（发放出库时）' }) requestId: string | null;
  @ApiPropertyOptional({ nullable: true, type: EquipmentAcceptanceView, description: '设备购置验收（办公设备入库时）' }) acceptance: EquipmentAcceptanceView | null;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class SupplyItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) spec: string | null;
  @ApiProperty({ enum: SUPPLY_CATEGORIES }) category: SupplyCategory;
  @ApiProperty() categoryLabel: string;
  @ApiProperty() unit: string;
  @ApiProperty({ description: '当前库存' }) stock: number;
  @ApiProperty({ description: '库存下限' }) lowStockThreshold: number;
  @ApiProperty({ description: '库存不足（当前库存 ≤ 下限）' }) lowStock: boolean;
  @ApiProperty({ enum: SUPPLY_ITEM_STATUSES }) status: SupplyItemStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '停用理由' }) retireReason: string | null;
  @ApiPropertyOptional({ type: [StockMovementView], description: '出入库记录（详情中，最近 100 条）' }) movements?: StockMovementView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const SupplyItemErrors = {
  notFound: { kind: 'not_found', code: 'SUPPLY_ITEM.NOT_FOUND', title: '办公用品不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SUPPLY_ITEM.VERSION_CONFLICT', title: '办公用品已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SUPPLY_ITEM.INVALID_STATE', title: '当前状态不能进行此操作' },
  insufficientStock: { kind: 'rule_violation', code: 'SUPPLY_ITEM.INSUFFICIENT_STOCK', title: '库存不足' },
  stockLeft: { kind: 'rule_violation', code: 'SUPPLY_ITEM.STOCK_LEFT', title: '尚有库存，不能停用' },
  notEquipment: { kind: 'rule_violation', code: 'SUPPLY_ITEM.NOT_EQUIPMENT', title: '只有办公设备入库可登记设备验收' },
  tooManyUnits: { kind: 'rule_violation', code: 'SUPPLY_ITEM.TOO_MANY_UNITS', title: '一次验收的设备数量过多' },
  acceptanceInFuture: { kind: 'rule_violation', code: 'SUPPLY_ITEM.ACCEPTANCE_IN_FUTURE', title: '验收日期不能晚于今天' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const SupplyItemSubjects = {
  create: 'supply-item.create',
  update: 'supply-item.update',
  stockIn: 'supply-item.stock-in',
  stockOut: 'supply-item.stock-out',
  retire: 'supply-item.retire',
  get: 'supply-item.get',
  list: 'supply-item.list',
} as const;

export namespace CreateSupplyItem {
  export class Request extends SupplyItemFields {}
  export class Reply extends SupplyItemView {}
}

export namespace UpdateSupplyItem {
  export class Body extends SupplyItemFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyItemView {}
}

export namespace StockInSupplyItem {
  export class Body {
    @ApiProperty({ description: '入库数量' })
    @IsInt32({ message: 'quantity：必须为整数' })
    @Min(1, { message: 'quantity：入库数量至少为 1' })
    @Max(1_000_000, { message: 'quantity：不超过 1000000' })
    quantity: number;

    @ApiProperty({ description: '来源（如 政府采购合同号、供应商）', example: '博山区政府采购 2026-118 号' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：须写明入库来源' })
    @MaxLength(200, { message: 'reason：不超过 200 个字' })
    reason: string;

    @ApiPropertyOptional({ type: EquipmentAcceptance, description: '设备购置验收（办公设备入库时填写：每台建立一张财务科资产卡片）' })
    @IsOptional()
    @ValidateNested()
    @Type(() => EquipmentAcceptance)
    acceptance?: EquipmentAcceptance;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyItemView {}
}

export namespace StockOutSupplyItem {
  export class Body {
    @ApiProperty({ description: '出库数量' })
    @IsInt32({ message: 'quantity：必须为整数' })
    @Min(1, { message: 'quantity：出库数量至少为 1' })
    @Max(1_000_000, { message: 'quantity：不超过 1000000' })
    quantity: number;

    @ApiProperty({ description: '事由（如 会议用、报损）' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：须写明出库事由' })
    @MaxLength(200, { message: 'reason：不超过 200 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyItemView {}
}

export namespace RetireSupplyItem {
  export class Body {
    @ApiProperty({ description: '停用理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：停用须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyItemView {}
}

export namespace GetSupplyItem {
  export class Request extends RecordRef {}
  export class Reply extends SupplyItemView {}
}

export namespace ListSupplyItems {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SUPPLY_ITEM_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SUPPLY_ITEM_STATUSES, { message: 'status：取值无效' })
    status?: SupplyItemStatus;

    @ApiPropertyOptional({ enum: SUPPLY_CATEGORIES, description: '类别' })
    @IsOptional()
    @IsIn(SUPPLY_CATEGORIES, { message: 'category：取值无效' })
    category?: SupplyCategory;

    @ApiPropertyOptional({ description: '只看库存不足的（true）' })
    @IsOptional()
    @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
    @IsBoolean({ message: 'lowStock：应为 true 或 false' })
    lowStock?: boolean;

    @ApiPropertyOptional({ description: '品名、规格模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SupplyItemView] }) items: SupplyItemView[];
  }
}

export const SUPPLY_REQUEST_STATUSES = ['submitted', 'issued', 'rejected', 'withdrawn'] as const;
export type SupplyRequestStatus = (typeof SUPPLY_REQUEST_STATUSES)[number];
export const SUPPLY_REQUEST_STATUS_LABELS: Record<SupplyRequestStatus, string> = { submitted: '待审批', issued: '已发放', rejected: '不予发放', withdrawn: '已撤回' };

export class SupplyRequestLine {
  @ApiProperty({ format: 'uuid', description: '办公用品' })
  @IsUUID('all', { message: 'itemId：应为办公用品的 ID' })
  itemId: string;

  @ApiProperty({ description: '申领数量' })
  @IsInt32({ message: 'quantity：必须为整数' })
  @Min(1, { message: 'quantity：申领数量至少为 1' })
  @Max(100_000, { message: 'quantity：不超过 100000' })
  quantity: number;
}

export class SupplyRequestLineView {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() itemName: string;
  @ApiProperty() unit: string;
  @ApiProperty() quantity: number;
}

export class SupplyRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '申领科室代码' }) sectionCode: string;
  @ApiProperty({ description: '申领人' }) requesterName: string;
  @ApiProperty({ description: '用途' }) purpose: string;
  @ApiProperty({ type: [SupplyRequestLineView] }) lines: SupplyRequestLineView[];
  @ApiProperty({ enum: SUPPLY_REQUEST_STATUSES, description: 'submitted 待审批 / issued 已发放 / rejected 不予发放 / withdrawn 已撤回' }) status: SupplyRequestStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审批人' }) decidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审批（发放）时间' }) decidedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '不予发放或撤回的理由' }) reason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const SupplyRequestErrors = {
  notFound: { kind: 'not_found', code: 'SUPPLY_REQUEST.NOT_FOUND', title: '申领单不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SUPPLY_REQUEST.VERSION_CONFLICT', title: '申领单已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SUPPLY_REQUEST.INVALID_STATE', title: '当前状态不能进行此操作' },
  unknownItem: { kind: 'rule_violation', code: 'SUPPLY_REQUEST.UNKNOWN_ITEM', title: '办公用品不存在或已停用' },
  noSection: { kind: 'forbidden', code: 'SUPPLY_REQUEST.NO_SECTION', title: '仅科室人员可申领' },
} as const;

export const SupplyRequestSubjects = {
  create: 'supply-request.create',
  approve: 'supply-request.approve',
  reject: 'supply-request.reject',
  withdraw: 'supply-request.withdraw',
  get: 'supply-request.get',
  list: 'supply-request.list',
} as const;

export namespace CreateSupplyRequest {
  export class Request {
    @ApiProperty({ description: '用途', example: '第四季度办公用' })
    @IsString({ message: 'purpose：必须为文本' })
    @MinLength(2, { message: 'purpose：须写明用途' })
    @MaxLength(500, { message: 'purpose：不超过 500 个字' })
    purpose: string;

    @ApiProperty({ type: [SupplyRequestLine], description: '申领明细（1—20 项，同一用品只列一次）' })
    @IsArray({ message: 'lines：应为列表' })
    @ArrayMinSize(1, { message: 'lines：至少申领一项' })
    @ArrayMaxSize(20, { message: 'lines：一次不超过 20 项' })
    @ValidateNested({ each: true })
    @Type(() => SupplyRequestLine)
    lines: SupplyRequestLine[];
  }
  export class Reply extends SupplyRequestView {}
}

export namespace ApproveSupplyRequest {
  export class Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyRequestView {}
}

export namespace RejectSupplyRequest {
  export class Body {
    @ApiProperty({ description: '理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyRequestView {}
}

export namespace WithdrawSupplyRequest {
  export class Body extends RejectSupplyRequest.Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SupplyRequestView {}
}

export namespace GetSupplyRequest {
  export class Request extends RecordRef {}
  export class Reply extends SupplyRequestView {}
}

export namespace ListSupplyRequests {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SUPPLY_REQUEST_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SUPPLY_REQUEST_STATUSES, { message: 'status：取值无效' })
    status?: SupplyRequestStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SupplyRequestView] }) items: SupplyRequestView[];
  }
}

/** What the events of one item carry: its stock with its version (consumers apply only newer ones). */
export class SupplyItemSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsInt32() @Min(0) stock: number;
  @ApiProperty() @IsBoolean() lowStock: boolean;
  @ApiProperty() @IsIn(SUPPLY_ITEM_STATUSES) status: SupplyItemStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

/** What the events of one request carry. */
export class SupplyRequestSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() sectionCode: string;
  @ApiProperty() @IsIn(SUPPLY_REQUEST_STATUSES) status: SupplyRequestStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SupplyItemEvents = {
  created: eventSubject('facilities-and-vehicles', 'supply-item.created'),
  updated: eventSubject('facilities-and-vehicles', 'supply-item.updated'),
  stockChanged: eventSubject('facilities-and-vehicles', 'supply-item.stock-changed'),
  retired: eventSubject('facilities-and-vehicles', 'supply-item.retired'),
} as const;

export const SupplyRequestEvents = {
  created: eventSubject('facilities-and-vehicles', 'supply-request.created'),
  issued: eventSubject('facilities-and-vehicles', 'supply-request.issued'),
  rejected: eventSubject('facilities-and-vehicles', 'supply-request.rejected'),
  withdrawn: eventSubject('facilities-and-vehicles', 'supply-request.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const SupplyItemEventDescriptions = {
  'supply-item.created': { zh: '办公用品列入目录', en: 'An office supply item was added to the catalogue.' },
  'supply-item.updated': { zh: '办公用品目录信息修改', en: 'An office supply item was changed.' },
  'supply-item.stock-changed': { zh: '办公用品入库或出库（含申领发放），带变动后库存与是否不足', en: 'Stock of an item went in or out (issues included), with the stock after it and whether it is low.' },
  'supply-item.retired': { zh: '办公用品停用（注明理由，不删除）', en: 'An office supply item was retired, with a reason (never deleted).' },
} as const;

export const SupplyRequestEventDescriptions = {
  'supply-request.created': { zh: '科室申领办公用品', en: 'A section requested office supplies.' },
  'supply-request.issued': { zh: '申领经审批并发放出库', en: 'A supply request was approved and its stock issued.' },
  'supply-request.rejected': { zh: '申领不予发放（注明理由）', en: 'A supply request was refused, with a reason.' },
  'supply-request.withdrawn': { zh: '申领被撤回（注明理由）', en: 'A supply request was withdrawn, with a reason.' },
} as const;

/**
 * An accepted equipment purchase (an 入库 with its 验收), for personnel-finance's asset cards: one card per unit, in
 * the asset procedure's 已验收 → 已建卡. The id is the stock movement's; it never changes (version 1).
 */
export class EquipmentPurchaseSnapshot {
  @ApiProperty({ description: '入库记录（设备购置）' }) @IsUUID() id: string;
  @ApiProperty() @IsUUID() itemId: string;
  @ApiProperty({ description: '品名（含规格）' }) @IsString() @MinLength(1) name: string;
  @ApiProperty({ enum: EQUIPMENT_ASSET_CATEGORIES }) @IsIn(EQUIPMENT_ASSET_CATEGORIES) assetCategory: EquipmentAssetCategory;
  @ApiProperty() @IsInt32() @Min(1) @Max(EQUIPMENT_ACCEPTANCE_MAX_UNITS) quantity: number;
  @ApiProperty({ description: '单价（分）' }) @IsInt() @Min(1) @Max(EQUIPMENT_MAX_UNIT_FEN) unitPriceFen: number;
  @ApiProperty({ description: '来源（采购合同号、供应商）' }) @IsString() source: string;
  @ApiProperty() @IsCalendarDate() acceptedOn: string;
  @ApiProperty() @IsString() acceptors: string;
  @ApiProperty() @IsString() location: string;
  @ApiProperty() @IsString() keeperName: string;
  @ApiProperty({ description: '验收登记人' }) @IsString() acceptedBy: string;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const EquipmentPurchaseEvents = {
  accepted: eventSubject('facilities-and-vehicles', 'equipment-purchase.accepted'),
} as const;

export const EquipmentPurchaseEventDescriptions = {
  'equipment-purchase.accepted': { zh: '购置的办公设备验收入库，每台转财务科建立资产卡片', en: 'Purchased equipment passed acceptance and was stocked; each unit is to become an asset card.' },
} as const;

/** Published by facilities-and-vehicles when an equipment purchase is accepted (入库 with its 验收). */
export namespace EquipmentPurchaseAccepted {
  export class Event extends EquipmentPurchaseSnapshot {}
}

/** Published by facilities-and-vehicles when an item is created, changed, moves stock or is retired; carries its snapshot. */
export namespace SupplyItemChanged {
  export class Event extends SupplyItemSnapshot {}
}

/** Published by facilities-and-vehicles at each step of a request; carries its snapshot. */
export namespace SupplyRequestChanged {
  export class Event extends SupplyRequestSnapshot {}
}
