import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';
import { ROOM_USES, type RoomUse } from './office-rooms.js';

/**
 * 办公用房楼宇: the register of the district's office buildings and, on each, its 鲁办发〔2018〕49号 "六统一" record
 * (统一规划、统一权属、统一配置、统一维修、统一处置、统一物业服务; RULES.md §2.9). The rooms (office-rooms) name their building
 * by its name; the building shows them and their usable area by use. Each record of the six (but 统一配置, which is the
 * rooms' allocation) is an entry on the building, voided with a reason, never deleted. A 统一处置 entry ends the building
 * (已处置, read-only).
 *
 * in_use 在用 → disposed 已处置 (统一处置) | withdrawn 已撤回 (a wrong registration, with a reason; nothing is deleted).
 */
export const OFFICE_BUILDING_STATUSES = ['in_use', 'disposed', 'withdrawn'] as const;
export type OfficeBuildingStatus = (typeof OFFICE_BUILDING_STATUSES)[number];
export const OFFICE_BUILDING_STATUS_LABELS: Record<OfficeBuildingStatus, string> = { in_use: '在用', disposed: '已处置', withdrawn: '已撤回' };

/** The six of 鲁办发〔2018〕49号. */
export const UNIFICATIONS = ['planning', 'ownership', 'allocation', 'maintenance', 'disposal', 'property'] as const;
export type Unification = (typeof UNIFICATIONS)[number];
export const UNIFICATION_LABELS: Record<Unification, string> = {
  planning: '统一规划',
  ownership: '统一权属',
  allocation: '统一配置',
  maintenance: '统一维修',
  disposal: '统一处置',
  property: '统一物业服务',
};

/** The kinds of entry on a building (统一配置 has none: it is the rooms' allocation). */
export const BUILDING_ENTRY_KINDS = ['planning', 'ownership', 'maintenance', 'disposal', 'property'] as const;
export type BuildingEntryKind = (typeof BUILDING_ENTRY_KINDS)[number];

export const DISPOSAL_KINDS = ['transfer', 'exchange', 'auction', 'demolition', 'other'] as const;
export type DisposalKind = (typeof DISPOSAL_KINDS)[number];
export const DISPOSAL_KIND_LABELS: Record<DisposalKind, string> = { transfer: '调剂', exchange: '置换', auction: '拍卖', demolition: '拆除', other: '其他' };

export const BUILDING_ENTRY_STATUSES = ['current', 'voided'] as const;
export type BuildingEntryStatus = (typeof BUILDING_ENTRY_STATUSES)[number];

/** The fields a caller gives of one 办公用房楼宇. */
export class OfficeBuildingFields {
  @ApiProperty({ description: '楼宇名称（唯一；办公用房的“楼宇”按此名称归属）', example: '区政府办公楼' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：至少 2 个字' })
  @MaxLength(100, { message: 'name：不超过 100 个字' })
  name: string;

  @ApiProperty({ description: '地址', example: '人民路 1 号' })
  @IsString({ message: 'address：必须为文本' })
  @MinLength(2, { message: 'address：至少 2 个字' })
  @MaxLength(200, { message: 'address：不超过 200 个字' })
  address: string;

  @ApiProperty({ type: [String], description: '使用单位', example: ['区政府办公室'] })
  @IsArray({ message: 'usingUnits：必须为数组' })
  @ArrayMaxSize(50, { message: 'usingUnits：不超过 50 个单位' })
  @IsString({ each: true, message: 'usingUnits：每个单位须为文本' })
  @MinLength(2, { each: true, message: 'usingUnits：单位名称至少 2 个字' })
  @MaxLength(100, { each: true, message: 'usingUnits：单位名称不超过 100 个字' })
  usingUnits: string[];

  @ApiProperty({ description: '总建筑面积（平方米，最多两位小数）', example: 12000 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'totalFloorAreaM2：总建筑面积须为数字（最多两位小数）' })
  @Min(1, { message: 'totalFloorAreaM2：至少 1 平方米' })
  @Max(10_000_000, { message: 'totalFloorAreaM2：不超过 10000000 平方米' })
  totalFloorAreaM2: number;

  @ApiProperty({ description: '建成年份', example: 2005 })
  @IsInt32({ message: 'builtYear：建成年份须为整数' })
  @Min(1900, { message: 'builtYear：不早于 1900 年' })
  @Max(2100, { message: 'builtYear：不晚于 2100 年' })
  builtYear: number;
}

/** One entry of the 六统一 record. Which fields are required depends on `kind`. */
export class BuildingEntryFields {
  @ApiProperty({ enum: BUILDING_ENTRY_KINDS, description: 'planning 统一规划 / ownership 统一权属 / maintenance 统一维修 / disposal 统一处置 / property 统一物业服务' })
  @IsIn(BUILDING_ENTRY_KINDS, { message: 'kind：记录类别取值无效' })
  kind: BuildingEntryKind;

  @ApiPropertyOptional({ description: '规划年度（统一规划）', example: 2027 })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'planning' || o.year !== undefined)
  @IsInt32({ message: 'year：规划年度须为整数' })
  @Min(1949, { message: 'year：不早于 1949 年' })
  @Max(2100, { message: 'year：不晚于 2100 年' })
  year?: number;

  @ApiPropertyOptional({ description: '内容（统一规划、统一维修；统一处置的情况说明）' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'planning' || o.kind === 'maintenance' || o.content !== undefined)
  @IsString({ message: 'content：必须为文本' })
  @MinLength(2, { message: 'content：须写明内容（至少 2 个字）' })
  @MaxLength(2000, { message: 'content：不超过 2000 个字' })
  content?: string;

  @ApiPropertyOptional({ description: '批准文件（统一规划、统一处置必填；统一维修金额达到限额时必填）', example: '区机关事务〔2026〕12号' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'planning' || o.kind === 'disposal' || o.approvalDocument !== undefined)
  @IsString({ message: 'approvalDocument：必须为文本' })
  @MinLength(2, { message: 'approvalDocument：须写明批准文件（至少 2 个字）' })
  @MaxLength(200, { message: 'approvalDocument：不超过 200 个字' })
  approvalDocument?: string;

  @ApiPropertyOptional({ description: '产权单位（统一权属：须为机关事务管理部门）', example: '区机关事务服务中心' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'ownership' || o.ownerUnit !== undefined)
  @IsString({ message: 'ownerUnit：必须为文本' })
  @MinLength(2, { message: 'ownerUnit：须写明产权单位' })
  @MaxLength(100, { message: 'ownerUnit：不超过 100 个字' })
  ownerUnit?: string;

  @ApiPropertyOptional({ description: '不动产权证号（统一权属）', example: '鲁（2026）某区不动产权第0001234号' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'ownership' || o.certificateNumber !== undefined)
  @IsString({ message: 'certificateNumber：必须为文本' })
  @MinLength(2, { message: 'certificateNumber：须写明不动产权证号' })
  @MaxLength(100, { message: 'certificateNumber：不超过 100 个字' })
  certificateNumber?: string;

  @ApiPropertyOptional({ description: '日期：登记日期（统一权属）、维修日期（统一维修）、处置日期（统一处置）' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'ownership' || o.kind === 'maintenance' || o.kind === 'disposal' || o.date !== undefined)
  @IsCalendarDate({ message: 'date：日期格式必须为 YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional({ description: '金额（分，整数）：维修金额（统一维修）、合同金额（统一物业服务）', example: 1_200_000 })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'maintenance' || o.kind === 'property' || o.amountFen !== undefined)
  @IsInt32({ message: 'amountFen：金额须为整数（分）' })
  @Min(0, { message: 'amountFen：金额不能为负数' })
  amountFen?: number;

  @ApiPropertyOptional({ enum: DISPOSAL_KINDS, description: '处置方式（统一处置）：调剂/置换/拍卖/拆除/其他' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'disposal' || o.disposalKind !== undefined)
  @IsIn(DISPOSAL_KINDS, { message: 'disposalKind：处置方式取值无效' })
  disposalKind?: DisposalKind;

  @ApiPropertyOptional({ description: '物业服务企业（统一物业服务）' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'property' || o.company !== undefined)
  @IsString({ message: 'company：必须为文本' })
  @MinLength(2, { message: 'company：须写明物业服务企业' })
  @MaxLength(100, { message: 'company：不超过 100 个字' })
  company?: string;

  @ApiPropertyOptional({ description: '服务期起（统一物业服务）' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'property' || o.periodStart !== undefined)
  @IsCalendarDate({ message: 'periodStart：日期格式必须为 YYYY-MM-DD' })
  periodStart?: string;

  @ApiPropertyOptional({ description: '服务期止（统一物业服务）' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'property' || o.periodEnd !== undefined)
  @IsCalendarDate({ message: 'periodEnd：日期格式必须为 YYYY-MM-DD' })
  periodEnd?: string;

  @ApiPropertyOptional({ description: '服务范围（统一物业服务）' })
  @ValidateIf((o: BuildingEntryFields) => o.kind === 'property' || o.scope !== undefined)
  @IsString({ message: 'scope：必须为文本' })
  @MinLength(2, { message: 'scope：须写明服务范围' })
  @MaxLength(1000, { message: 'scope：不超过 1000 个字' })
  scope?: string;
}

export class BuildingEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BUILDING_ENTRY_KINDS }) kind: BuildingEntryKind;
  @ApiProperty() kindLabel: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) year: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) content: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvalDocument: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) ownerUnit: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) date: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '金额（分）' }) amountFen: number | null;
  @ApiPropertyOptional({ nullable: true, enum: DISPOSAL_KINDS }) disposalKind: DisposalKind | null;
  @ApiPropertyOptional({ nullable: true, type: String }) company: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) periodStart: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) periodEnd: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) scope: string | null;
  @ApiProperty({ description: '一句话说明' }) summary: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '登记时适用的规则（维修审批限额、产权单位）及其依据' }) ruleNote: string | null;
  @ApiProperty({ enum: BUILDING_ENTRY_STATUSES, description: 'current 有效 / voided 已作废' }) status: BuildingEntryStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) voidReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) voidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) voidedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

/** One of the six, for one building: whether it has a current record. */
export class UnificationState {
  @ApiProperty({ enum: UNIFICATIONS }) kind: Unification;
  @ApiProperty() label: string;
  @ApiProperty({ description: '是否有现行记录' }) recorded: boolean;
  @ApiProperty({ description: '说明' }) note: string;
}

export class BuildingRoomView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() roomNumber: string;
  @ApiProperty({ enum: ROOM_USES }) use: RoomUse;
  @ApiProperty() useLabel: string;
  @ApiProperty() usableAreaM2: number;
  @ApiProperty({ description: '现使用人数' }) occupants: number;
  @ApiProperty({ description: '是否超标准' }) overStandard: boolean;
}

export class AreaByUse {
  @ApiProperty({ enum: ROOM_USES }) use: RoomUse;
  @ApiProperty() useLabel: string;
  @ApiProperty() rooms: number;
  @ApiProperty({ description: '使用面积合计（平方米）' }) usableAreaM2: number;
}

export class BuildingTimelineEntry {
  @ApiProperty() step: string;
  @ApiProperty() label: string;
  @ApiProperty() actor: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class OfficeBuildingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: [String] }) usingUnits: string[];
  @ApiProperty() totalFloorAreaM2: number;
  @ApiProperty() builtYear: number;
  @ApiProperty({ enum: OFFICE_BUILDING_STATUSES, description: 'in_use 在用 / disposed 已处置 / withdrawn 已撤回' }) status: OfficeBuildingStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '是否有现行的统一权属登记' }) ownershipRegistered: boolean;
  @ApiProperty({ description: '权属登记情况：权属已统一登记 / 权属未统一登记' }) ownershipLabel: string;
  @ApiProperty({ type: [UnificationState], description: '六统一情况' }) unification: UnificationState[];
  @ApiProperty({ type: [AreaByUse], description: '按用途的房间数和使用面积（办公用房中楼宇名称与本楼一致、在用的房间）' }) areaByUse: AreaByUse[];
  @ApiProperty({ type: [BuildingEntryView], description: '六统一记录（详情中给出）' }) entries: BuildingEntryView[];
  @ApiProperty({ type: [BuildingRoomView], description: '房间（详情中给出）' }) rooms: BuildingRoomView[];
  @ApiProperty({ type: [BuildingTimelineEntry], description: '登记、修改、记录和作废的时间线（详情中给出）' }) timeline: BuildingTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const OfficeBuildingErrors = {
  notFound: { kind: 'not_found', code: 'OFFICE_BUILDING.NOT_FOUND', title: '办公用房楼宇不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'OFFICE_BUILDING.VERSION_CONFLICT', title: '办公用房楼宇已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'OFFICE_BUILDING.INVALID_STATE', title: '当前状态不能进行此操作' },
  duplicate: { kind: 'conflict', code: 'OFFICE_BUILDING.DUPLICATE', title: '已有同名楼宇' },
  ownerNotAuthority: { kind: 'rule_violation', code: 'OFFICE_BUILDING.OWNER_NOT_AUTHORITY', title: '统一权属：产权须登记在机关事务管理部门' },
  approvalRequired: { kind: 'rule_violation', code: 'OFFICE_BUILDING.APPROVAL_REQUIRED', title: '须有批准文件' },
  entryNotFound: { kind: 'rule_violation', code: 'OFFICE_BUILDING.ENTRY_NOT_FOUND', title: '该记录不在此楼宇或已作废' },
  invalidPeriod: { kind: 'rule_violation', code: 'OFFICE_BUILDING.INVALID_PERIOD', title: '服务期止不能早于服务期起' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const OfficeBuildingSubjects = {
  create: 'office-building.create',
  update: 'office-building.update',
  withdraw: 'office-building.withdraw',
  addEntry: 'office-building.add-entry',
  voidEntry: 'office-building.void-entry',
  get: 'office-building.get',
  list: 'office-building.list',
  summary: 'office-building.summary',
} as const;

export namespace CreateOfficeBuilding {
  export class Request extends OfficeBuildingFields {}
  export class Reply extends OfficeBuildingView {}
}

export namespace UpdateOfficeBuilding {
  export class Body extends OfficeBuildingFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeBuildingView {}
}

export namespace WithdrawOfficeBuilding {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeBuildingView {}
}

/** Adds one entry of the 六统一 record to the building (a 统一处置 entry ends it: 已处置, read-only). */
export namespace AddBuildingEntry {
  export class Body extends BuildingEntryFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeBuildingView {}
}

/** Voids one entry with a reason (it stays in the record, marked 已作废). */
export namespace VoidBuildingEntry {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '作废的记录' })
    @IsUUID('all', { message: 'entryId：格式不正确' })
    entryId: string;

    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeBuildingView {}
}

export namespace GetOfficeBuilding {
  export class Request extends RecordRef {}
  export class Reply extends OfficeBuildingView {}
}

export namespace ListOfficeBuildings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OFFICE_BUILDING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(OFFICE_BUILDING_STATUSES, { message: 'status：取值无效' })
    status?: OfficeBuildingStatus;

    @ApiPropertyOptional({ enum: ['registered', 'missing'], description: '权属登记：registered 已统一登记 / missing 未统一登记' })
    @IsOptional()
    @IsIn(['registered', 'missing'], { message: 'ownership：取值无效' })
    ownership?: 'registered' | 'missing';

    @ApiPropertyOptional({ description: '名称、地址模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OfficeBuildingView] }) items: OfficeBuildingView[];
  }
}

export class UnificationCount {
  @ApiProperty({ enum: UNIFICATIONS }) kind: Unification;
  @ApiProperty() label: string;
  @ApiProperty({ description: '有现行记录的楼宇数' }) recorded: number;
}

export class BuildingUnificationRow {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: OFFICE_BUILDING_STATUSES }) status: OfficeBuildingStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() ownershipLabel: string;
  @ApiProperty({ type: [UnificationState] }) unification: UnificationState[];
}

/** 六统一情况汇总: each building (not withdrawn) with which of the six have a current record. */
export namespace OfficeBuildingUnificationSummary {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [BuildingUnificationRow] }) items: BuildingUnificationRow[];
    @ApiProperty({ type: [UnificationCount] }) counts: UnificationCount[];
    @ApiProperty({ description: '依据' }) basis: string;
  }
}

/** What the events of one 办公用房楼宇 carry: its snapshot with its version (consumers apply only newer ones). */
export class OfficeBuildingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsIn(OFFICE_BUILDING_STATUSES) status: OfficeBuildingStatus;
  @ApiProperty({ type: [String], description: '有现行记录的“六统一”项' }) @IsArray() @IsIn(UNIFICATIONS, { each: true }) recorded: Unification[];
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const OfficeBuildingEvents = {
  created: eventSubject('facilities-and-vehicles', 'office-building.created'),
  updated: eventSubject('facilities-and-vehicles', 'office-building.updated'),
  withdrawn: eventSubject('facilities-and-vehicles', 'office-building.withdrawn'),
  entryAdded: eventSubject('facilities-and-vehicles', 'office-building.entry-added'),
  entryVoided: eventSubject('facilities-and-vehicles', 'office-building.entry-voided'),
  disposed: eventSubject('facilities-and-vehicles', 'office-building.disposed'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const OfficeBuildingEventDescriptions = {
  'office-building.created': { zh: '办公用房楼宇登记', en: 'An office building was registered.' },
  'office-building.updated': { zh: '办公用房楼宇信息被修改', en: 'An office building was changed.' },
  'office-building.withdrawn': { zh: '办公用房楼宇登记被撤回（注明理由，不删除）', en: 'An office building registration was withdrawn, with a reason (never deleted).' },
  'office-building.entry-added': { zh: '楼宇“六统一”记录新增一条', en: 'An entry was added to a building\'s "six unifications" record.' },
  'office-building.entry-voided': { zh: '楼宇“六统一”记录作废一条（注明理由，不删除）', en: 'An entry of a building\'s "six unifications" record was voided, with a reason.' },
  'office-building.disposed': { zh: '办公用房楼宇统一处置（此后只读）', en: 'An office building was disposed of (read-only since).' },
} as const;

/** Published by facilities-and-vehicles when a 办公用房楼宇 or its 六统一 record changes; carries its snapshot. */
export namespace OfficeBuildingChanged {
  export class Event extends OfficeBuildingSnapshot {}
}
