import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 公务用车台账 (the district-wide vehicle register), under 《党政机关公务用车管理办法》（中办发〔2017〕71号）: every unit's
 * official vehicles by category, held under 编制 (quota) and within the category's price and displacement caps.
 *
 * requested 购置申请 → in_service 在用 (approved: quota and caps checked again) → disposed 已处置 (with its approval);
 * requested → rejected 不予批准 (with a reason) or withdrawn 已撤回 (with a reason). Nothing is deleted.
 */
export const VEHICLE_STATUSES = ['requested', 'in_service', 'disposed', 'rejected', 'withdrawn'] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];
export const VEHICLE_STATUS_LABELS: Record<VehicleStatus, string> = { requested: '购置申请', in_service: '在用', disposed: '已处置', rejected: '不予批准', withdrawn: '已撤回' };

/** The categories of 中办发〔2017〕71号. */
export const VEHICLE_CATEGORIES = ['confidential_comm', 'emergency', 'law_enforcement', 'special_technical', 'other'] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];
export const VEHICLE_CATEGORY_LABELS: Record<VehicleCategory, string> = {
  confidential_comm: '机要通信用车',
  emergency: '应急保障用车',
  law_enforcement: '执法执勤用车',
  special_technical: '特种专业技术用车',
  other: '其他按规定配备的公务用车',
};

export const ENERGY_TYPES = ['fuel', 'hybrid', 'plug_in_hybrid', 'electric'] as const;
export type EnergyType = (typeof ENERGY_TYPES)[number];
export const ENERGY_TYPE_LABELS: Record<EnergyType, string> = { fuel: '燃油', hybrid: '油电混合', plug_in_hybrid: '插电式混合动力', electric: '纯电动' };

/** A purchase is new (新增) or a renewal (更新) of a vehicle in service, which it replaces when approved. */
export const PURCHASE_KINDS = ['new', 'renewal'] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

export const DISPOSAL_METHODS = ['auction', 'scrap', 'transfer', 'other'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];
export const DISPOSAL_METHOD_LABELS: Record<DisposalMethod, string> = { auction: '公开拍卖', scrap: '报废', transfer: '调剂', other: '其他' };

const PLATE = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/;

/** What the register keeps up to date while the vehicle is held: plate, mileage, insurance, inspection, markings. */
export class VehicleRegisterFields {
  @ApiPropertyOptional({ description: '号牌（如 鲁C12345）', nullable: true, example: '鲁C12345', type: String })
  @IsOptional()
  @Matches(PLATE, { message: 'plate：号牌格式不正确（如 鲁C12345）' })
  plate?: string | null;

  @ApiProperty({ description: '行驶里程（公里）', example: 0 })
  @IsInt32({ message: 'mileageKm：必须为整数' })
  @Min(0, { message: 'mileageKm：不能为负数' })
  @Max(2000000, { message: 'mileageKm：不超过 2000000 公里' })
  mileageKm: number;

  @ApiPropertyOptional({ description: '保险到期日', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate({ message: 'insuranceExpiry：日期格式必须为 YYYY-MM-DD' })
  insuranceExpiry?: string | null;

  @ApiPropertyOptional({ description: '年检到期日', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate({ message: 'inspectionExpiry：日期格式必须为 YYYY-MM-DD' })
  inspectionExpiry?: string | null;

  @ApiProperty({ description: '是否喷涂公务用车标识' })
  @IsBoolean({ message: 'markings：必须为是或否' })
  markings: boolean;
}

/** A purchase request (购置申请): the vehicle's unit, category and model, checked against 编制 and the caps. */
export class VehicleFields extends VehicleRegisterFields {
  @ApiPropertyOptional({ format: 'uuid', description: '使用单位（联络员申请时为本单位，可不填）' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
  unitId?: string;

  @ApiProperty({ enum: VEHICLE_CATEGORIES, description: '类别：机要通信 / 应急保障 / 执法执勤 / 特种专业技术 / 其他按规定配备' })
  @IsIn(VEHICLE_CATEGORIES, { message: 'category：类别取值无效' })
  category: VehicleCategory;

  @ApiProperty({ enum: PURCHASE_KINDS, description: 'new 新增 / renewal 更新（替换一辆在用车辆）' })
  @IsIn(PURCHASE_KINDS, { message: 'purchaseKind：取值无效' })
  purchaseKind: PurchaseKind;

  @ApiPropertyOptional({ format: 'uuid', description: '被更新的在用车辆（更新时必填）' })
  @ValidateIf((o: VehicleFields) => o.purchaseKind === 'renewal' || o.replacesVehicleId !== undefined)
  @IsUUID('all', { message: 'replacesVehicleId：更新购置须指明被替换的车辆' })
  replacesVehicleId?: string;

  @ApiProperty({ description: '品牌型号', example: '红旗 H5' })
  @IsString({ message: 'model：必须为文本' })
  @MinLength(2, { message: 'model：至少 2 个字' })
  @MaxLength(100, { message: 'model：不超过 100 个字' })
  model: string;

  @ApiProperty({ enum: ENERGY_TYPES, description: '能源类型' })
  @IsIn(ENERGY_TYPES, { message: 'energyType：能源类型取值无效' })
  energyType: EnergyType;

  @ApiProperty({ description: '购置价格（分）', example: 15800000 })
  @IsInt32({ message: 'priceFen：价格须为整数（分）' })
  @Min(1, { message: 'priceFen：价格须大于 0' })
  priceFen: number;

  @ApiPropertyOptional({ description: '排气量（毫升）；纯电动车不填', nullable: true, example: 1498 })
  @IsOptional()
  @IsInt32({ message: 'displacementMl：排气量须为整数（毫升）' })
  @Min(1, { message: 'displacementMl：排气量须大于 0' })
  @Max(10000, { message: 'displacementMl：排气量不超过 10000 毫升' })
  displacementMl?: number | null;

  @ApiPropertyOptional({ description: '购置日期', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate({ message: 'purchaseDate：日期格式必须为 YYYY-MM-DD' })
  purchaseDate?: string | null;
}

export class VehicleTimelineEntry {
  @ApiProperty({ description: '步骤' }) step: string;
  @ApiProperty({ description: '步骤名称' }) label: string;
  @ApiProperty({ description: '办理人' }) actor: string;
  @ApiProperty({ description: '时间' }) at: string;
  @ApiPropertyOptional({ description: '说明或理由', nullable: true, type: String }) note: string | null;
}

export class VehicleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: '使用单位' }) unitId: string;
  @ApiProperty({ enum: VEHICLE_CATEGORIES }) category: VehicleCategory;
  @ApiProperty({ description: '类别名称' }) categoryLabel: string;
  @ApiProperty({ enum: PURCHASE_KINDS }) purchaseKind: PurchaseKind;
  @ApiPropertyOptional({ nullable: true, type: String }) replacesVehicleId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) plate: string | null;
  @ApiProperty() model: string;
  @ApiProperty({ enum: ENERGY_TYPES }) energyType: EnergyType;
  @ApiProperty({ description: '价格（分）' }) priceFen: number;
  @ApiPropertyOptional({ nullable: true, description: '排气量（毫升）', type: Number }) displacementMl: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) purchaseDate: string | null;
  @ApiProperty() mileageKm: number;
  @ApiPropertyOptional({ nullable: true, type: String }) insuranceExpiry: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) inspectionExpiry: string | null;
  @ApiProperty() markings: boolean;
  @ApiProperty({ enum: VEHICLE_STATUSES, description: 'requested 购置申请 / in_service 在用 / disposed 已处置 / rejected 不予批准 / withdrawn 已撤回' }) status: VehicleStatus;
  @ApiProperty({ description: '状态名称' }) statusLabel: string;
  @ApiPropertyOptional({ nullable: true, description: '购置审批文号', type: String }) approvalNumber: string | null;
  @ApiPropertyOptional({ nullable: true, description: '审核所依据的价格排量标准（版本）', type: String }) capRule: string | null;
  @ApiPropertyOptional({ nullable: true, description: '审核所依据的编制（版本）', type: String }) quotaRule: string | null;
  @ApiPropertyOptional({ enum: DISPOSAL_METHODS, nullable: true }) disposalMethod: DisposalMethod | null;
  @ApiPropertyOptional({ nullable: true, description: '处置审批文号', type: String }) disposalApprovalNumber: string | null;
  @ApiPropertyOptional({ nullable: true, description: '不予批准、撤回或处置的理由', type: String }) reason: string | null;
  @ApiProperty({ type: [VehicleTimelineEntry], description: '办理经过（详情中给出，列表为空）' }) timeline: VehicleTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const VehicleErrors = {
  notFound: { kind: 'not_found', code: 'VEHICLE.NOT_FOUND', title: '公务用车不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'VEHICLE.VERSION_CONFLICT', title: '公务用车已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'VEHICLE.INVALID_STATE', title: '当前状态不能进行此操作' },
  overQuota: { kind: 'rule_violation', code: 'VEHICLE.OVER_QUOTA', title: '超出公务用车编制' },
  overCap: { kind: 'rule_violation', code: 'VEHICLE.OVER_CAP', title: '超出公务用车配备标准' },
  noQuota: { kind: 'rule_violation', code: 'VEHICLE.NO_QUOTA', title: '该单位该类别未核定编制' },
  badRenewal: { kind: 'rule_violation', code: 'VEHICLE.BAD_RENEWAL', title: '被更新的车辆不符合条件' },
  retroactiveRule: { kind: 'rule_violation', code: 'VEHICLE.RETROACTIVE_RULE', title: '配置的生效日期不能早于今天' },
  unitRequired: { kind: 'rule_violation', code: 'VEHICLE.UNIT_REQUIRED', title: '须指明使用单位' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const VehicleSubjects = {
  create: 'vehicle.create',
  update: 'vehicle.update',
  approve: 'vehicle.approve',
  reject: 'vehicle.reject',
  dispose: 'vehicle.dispose',
  withdraw: 'vehicle.withdraw',
  get: 'vehicle.get',
  list: 'vehicle.list',
  exportRegister: 'vehicle.export-register',
  listQuotas: 'vehicle-quota.list',
  setQuota: 'vehicle-quota.set',
  listCaps: 'vehicle-cap.list',
  setCap: 'vehicle-cap.set',
} as const;

export namespace CreateVehicle {
  export class Request extends VehicleFields {}
  export class Reply extends VehicleView {}
}

export namespace UpdateVehicle {
  export class Body extends VehicleRegisterFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export namespace ApproveVehicle {
  export class Body {
    @ApiProperty({ description: '购置审批文号', example: '博机管〔2026〕3号' })
    @IsString({ message: 'approvalNumber：必须为文本' })
    @MinLength(2, { message: 'approvalNumber：须填写审批文号' })
    @MaxLength(100, { message: 'approvalNumber：不超过 100 个字' })
    approvalNumber: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export class ReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

export namespace RejectVehicle {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export namespace DisposeVehicle {
  export class Body extends ReasonBody {
    @ApiProperty({ enum: DISPOSAL_METHODS, description: '处置方式' })
    @IsIn(DISPOSAL_METHODS, { message: 'method：处置方式取值无效' })
    method: DisposalMethod;

    @ApiProperty({ description: '处置审批文号' })
    @IsString({ message: 'approvalNumber：必须为文本' })
    @MinLength(2, { message: 'approvalNumber：须填写处置审批文号' })
    @MaxLength(100, { message: 'approvalNumber：不超过 100 个字' })
    approvalNumber: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export namespace WithdrawVehicle {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleView {}
}

export namespace GetVehicle {
  export class Request extends RecordRef {}
  export class Reply extends VehicleView {}
}

export class VehicleFilter extends PageQuery {
  @ApiPropertyOptional({ enum: VEHICLE_STATUSES, description: '状态' })
  @IsOptional()
  @IsIn(VEHICLE_STATUSES, { message: 'status：取值无效' })
  status?: VehicleStatus;

  @ApiPropertyOptional({ enum: VEHICLE_CATEGORIES, description: '类别' })
  @IsOptional()
  @IsIn(VEHICLE_CATEGORIES, { message: 'category：取值无效' })
  category?: VehicleCategory;

  @ApiPropertyOptional({ format: 'uuid', description: '使用单位' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
  unitId?: string;

  @ApiPropertyOptional({ description: '号牌或品牌型号模糊搜索（支持中文）' })
  @IsOptional()
  @IsString({ message: 'q：必须为文本' })
  @MaxLength(40, { message: 'q：不超过 40 个字' })
  q?: string;
}

export namespace ListVehicles {
  export class Request extends VehicleFilter {}
  export class Reply extends PageMeta {
    @ApiProperty({ type: [VehicleView] }) items: VehicleView[];
  }
}

export namespace ExportVehicleRegister {
  export class Request {
    @ApiPropertyOptional({ enum: VEHICLE_STATUSES, description: '状态（默认全部）' })
    @IsOptional()
    @IsIn(VEHICLE_STATUSES, { message: 'status：取值无效' })
    status?: VehicleStatus;

    @ApiPropertyOptional({ format: 'uuid', description: '使用单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
    unitId?: string;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** 编制: one version of a unit's quota in one category, effective from a day, with its source (the 编制 decision). */
export class VehicleQuotaView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: VEHICLE_CATEGORIES }) category: VehicleCategory;
  @ApiProperty({ description: '编制数（辆）' }) quota: number;
  @ApiProperty({ description: '生效日期' }) effectiveFrom: string;
  @ApiProperty({ description: '依据' }) source: string;
  @ApiProperty({ description: '当前占用（在用及申请中）' }) used: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export namespace ListVehicleQuotas {
  export class Request {
    @ApiPropertyOptional({ format: 'uuid', description: '使用单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
    unitId?: string;
  }
  export class Reply {
    @ApiProperty({ type: [VehicleQuotaView], description: '现行有效的编制（每单位每类别一条）' }) effective: VehicleQuotaView[];
  }
}

export namespace SetVehicleQuota {
  export class Request {
    @ApiProperty({ format: 'uuid', description: '单位' }) @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' }) unitId: string;
    @ApiProperty({ enum: VEHICLE_CATEGORIES }) @IsIn(VEHICLE_CATEGORIES, { message: 'category：类别取值无效' }) category: VehicleCategory;
    @ApiProperty({ description: '编制数（辆）' }) @IsInt32({ message: 'quota：编制数须为整数' }) @Min(0, { message: 'quota：不能为负数' }) @Max(1000, { message: 'quota：不超过 1000' }) quota: number;
    @ApiProperty({ description: '生效日期（不早于今天）' }) @IsCalendarDate({ message: 'effectiveFrom：日期格式必须为 YYYY-MM-DD' }) effectiveFrom: string;
    @ApiProperty({ description: '依据（编制核定文件）' }) @IsString({ message: 'source：必须为文本' }) @MinLength(2, { message: 'source：须写明依据' }) @MaxLength(500, { message: 'source：不超过 500 个字' }) source: string;
  }
  export class Reply extends VehicleQuotaView {}
}

/** 配备标准: one version of a category's price and displacement caps, effective from a day, with its source. */
export class VehicleCapView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: VEHICLE_CATEGORIES }) category: VehicleCategory;
  @ApiProperty({ description: '价格上限（分）' }) priceCapFen: number;
  @ApiProperty({ description: '排气量上限（毫升）' }) displacementCapMl: number;
  @ApiProperty({ description: '生效日期' }) effectiveFrom: string;
  @ApiProperty({ description: '依据' }) source: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export namespace ListVehicleCaps {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [VehicleCapView], description: '现行有效的标准（每类别一条）' }) effective: VehicleCapView[];
    @ApiProperty({ type: [VehicleCapView], description: '全部版本' }) all: VehicleCapView[];
  }
}

export namespace SetVehicleCap {
  export class Request {
    @ApiProperty({ enum: VEHICLE_CATEGORIES }) @IsIn(VEHICLE_CATEGORIES, { message: 'category：类别取值无效' }) category: VehicleCategory;
    @ApiProperty({ description: '价格上限（分）' }) @IsInt32({ message: 'priceCapFen：须为整数（分）' }) @Min(1, { message: 'priceCapFen：须大于 0' }) priceCapFen: number;
    @ApiProperty({ description: '排气量上限（毫升）' }) @IsInt32({ message: 'displacementCapMl：须为整数（毫升）' }) @Min(1, { message: 'displacementCapMl：须大于 0' }) @Max(10000, { message: 'displacementCapMl：不超过 10000' }) displacementCapMl: number;
    @ApiProperty({ description: '生效日期（不早于今天）' }) @IsCalendarDate({ message: 'effectiveFrom：日期格式必须为 YYYY-MM-DD' }) effectiveFrom: string;
    @ApiProperty({ description: '依据' }) @IsString({ message: 'source：必须为文本' }) @MinLength(2, { message: 'source：须写明依据' }) @MaxLength(500, { message: 'source：不超过 500 个字' }) source: string;
  }
  export class Reply extends VehicleCapView {}
}

/** What the events of one 公务用车 carry: its snapshot with its version (consumers apply only newer ones). */
export class VehicleSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsIn(VEHICLE_CATEGORIES) category: VehicleCategory;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() plate: string | null;
  @ApiProperty() @IsString() model: string;
  @ApiProperty() @IsInt32() @Min(1) priceFen: number;
  @ApiProperty() @IsIn(VEHICLE_STATUSES) status: VehicleStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const VehicleEvents = {
  created: eventSubject('facilities-and-vehicles', 'vehicle.created'),
  updated: eventSubject('facilities-and-vehicles', 'vehicle.updated'),
  approved: eventSubject('facilities-and-vehicles', 'vehicle.approved'),
  rejected: eventSubject('facilities-and-vehicles', 'vehicle.rejected'),
  disposed: eventSubject('facilities-and-vehicles', 'vehicle.disposed'),
  withdrawn: eventSubject('facilities-and-vehicles', 'vehicle.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const VehicleEventDescriptions = {
  'vehicle.created': { zh: '公务用车购置申请登记', en: 'A vehicle purchase was requested.' },
  'vehicle.updated': { zh: '公务用车台账信息更新（号牌、里程、保险、年检、标识）', en: 'A vehicle register entry was updated.' },
  'vehicle.approved': { zh: '公务用车购置获批，列入台账在用', en: 'A vehicle purchase was approved; the vehicle is in service.' },
  'vehicle.rejected': { zh: '公务用车购置不予批准（注明理由）', en: 'A vehicle purchase was refused, with a reason.' },
  'vehicle.disposed': { zh: '公务用车处置（拍卖、报废、调剂或更新替换）', en: 'A vehicle was disposed of.' },
  'vehicle.withdrawn': { zh: '公务用车购置申请被撤回（注明理由，不删除）', en: 'A vehicle purchase request was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a 公务用车 is requested, changed, approved, refused, disposed or withdrawn; carries its snapshot. */
export namespace VehicleChanged {
  export class Event extends VehicleSnapshot {}
}
