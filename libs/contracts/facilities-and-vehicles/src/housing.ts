import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';
import { ReasonBody } from './vehicles.js';

/**
 * 周转住房 (turnover housing for cadres posted away from home, 机关事务管理科): the housing units (address, area, rooms)
 * and their tenancies. A tenancy is for a cadre on 交流任职 or 异地任职 (the eligibility facts: the basis, the unit and
 * post they serve in, where their home is), for a period; a unit has at most one tenancy at any day. Check-in and
 * check-out are recorded with the condition found; the tenancy ends with its date; 30 days before its end (a versioned
 * figure of the reminder configuration) it waits in 机关事务管理科's 待办.
 *
 * Unit: active 在用 → retired 停用 (with a reason, only with no tenancy open).
 * Tenancy: registered 已登记 → checked_in 在住 → ended 已退房; registered → withdrawn 已撤回 (with a reason).
 */
export const HOUSING_UNIT_STATUSES = ['active', 'retired'] as const;
export type HousingUnitStatus = (typeof HOUSING_UNIT_STATUSES)[number];
export const HOUSING_UNIT_STATUS_LABELS: Record<HousingUnitStatus, string> = { active: '在用', retired: '停用' };

export const TENANCY_STATUSES = ['registered', 'checked_in', 'ended', 'withdrawn'] as const;
export type TenancyStatus = (typeof TENANCY_STATUSES)[number];
export const TENANCY_STATUS_LABELS: Record<TenancyStatus, string> = { registered: '已登记', checked_in: '在住', ended: '已退房', withdrawn: '已撤回' };

/** Who is eligible: a cadre on 交流任职 (exchanged between places or posts) or 异地任职 (serving away from their home). */
export const TENANCY_BASES = ['exchange', 'remote'] as const;
export type TenancyBasis = (typeof TENANCY_BASES)[number];
export const TENANCY_BASIS_LABELS: Record<TenancyBasis, string> = { exchange: '交流任职', remote: '异地任职' };

export class HousingUnitFields {
  @ApiProperty({ description: '地址（小区、楼号、单元、房号）', example: '博山区人民路 12 号院 3 号楼 2 单元 301' })
  @IsString({ message: 'address：必须为文本' })
  @MinLength(4, { message: 'address：须写明地址' })
  @MaxLength(200, { message: 'address：不超过 200 个字' })
  address: string;

  @ApiProperty({ description: '建筑面积（平方米，最多两位小数）', example: 68.5 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'areaM2：面积须为数字（最多两位小数）' })
  @Min(10, { message: 'areaM2：至少 10 平方米' })
  @Max(500, { message: 'areaM2：不超过 500 平方米' })
  areaM2: number;

  @ApiProperty({ description: '居室数', example: 2 })
  @IsInt32({ message: 'rooms：居室数须为整数' })
  @Min(1, { message: 'rooms：至少 1 间' })
  @Max(10, { message: 'rooms：不超过 10 间' })
  rooms: number;

  @ApiPropertyOptional({ description: '备注（配套家具、家电等）' })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(500, { message: 'note：不超过 500 个字' })
  note?: string;
}

export class HousingUnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() address: string;
  @ApiProperty() areaM2: number;
  @ApiProperty() rooms: number;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: HOUSING_UNIT_STATUSES }) status: HousingUnitStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '停用理由' }) retireReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: '当前（已登记或在住）的租住' }) currentTenancyId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '当前住户' }) currentTenant: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class TenancyFields {
  @ApiProperty({ format: 'uuid', description: '周转住房' })
  @IsUUID('all', { message: 'housingUnitId：应为周转住房的 ID' })
  housingUnitId: string;

  @ApiProperty({ description: '住户姓名', example: '王明' })
  @IsString({ message: 'tenantName：必须为文本' })
  @MinLength(2, { message: 'tenantName：须填写住户姓名' })
  @MaxLength(50, { message: 'tenantName：不超过 50 个字' })
  tenantName: string;

  @ApiProperty({ enum: TENANCY_BASES, description: '入住依据：exchange 交流任职 / remote 异地任职' })
  @IsIn(TENANCY_BASES, { message: 'basis：入住依据须为交流任职或异地任职' })
  basis: TenancyBasis;

  @ApiProperty({ description: '任职单位', example: '博山区商务局' })
  @IsString({ message: 'workUnit：必须为文本' })
  @MinLength(2, { message: 'workUnit：须填写任职单位' })
  @MaxLength(100, { message: 'workUnit：不超过 100 个字' })
  workUnit: string;

  @ApiProperty({ description: '职务', example: '副局长' })
  @IsString({ message: 'post：必须为文本' })
  @MinLength(2, { message: 'post：须填写职务' })
  @MaxLength(100, { message: 'post：不超过 100 个字' })
  post: string;

  @ApiProperty({ description: '家庭所在地（外地）', example: '淄博市张店区' })
  @IsString({ message: 'homePlace：必须为文本' })
  @MinLength(2, { message: 'homePlace：须填写家庭所在地' })
  @MaxLength(100, { message: 'homePlace：不超过 100 个字' })
  homePlace: string;

  @ApiProperty({ description: '任职文件或批准文号', example: '博组干〔2026〕12号' })
  @IsString({ message: 'approvalNumber：必须为文本' })
  @MinLength(2, { message: 'approvalNumber：须填写任职文件或批准文号' })
  @MaxLength(100, { message: 'approvalNumber：不超过 100 个字' })
  approvalNumber: string;

  @ApiProperty({ description: '租住开始日期', example: '2026-12-01' })
  @IsCalendarDate({ message: 'startDate：日期格式必须为 YYYY-MM-DD' })
  startDate: string;

  @ApiProperty({ description: '租住结束日期（含）', example: '2027-11-30' })
  @IsCalendarDate({ message: 'endDate：日期格式必须为 YYYY-MM-DD' })
  endDate: string;
}

export class TenancyInspection {
  @ApiProperty({ description: '日期' }) date: string;
  @ApiProperty({ description: '房屋及设施状况' }) condition: string;
  @ApiProperty({ description: '查验人' }) by: string;
}

export class TenancyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) housingUnitId: string;
  @ApiProperty({ description: '周转住房地址' }) address: string;
  @ApiProperty() tenantName: string;
  @ApiProperty({ enum: TENANCY_BASES }) basis: TenancyBasis;
  @ApiProperty() basisLabel: string;
  @ApiProperty() workUnit: string;
  @ApiProperty() post: string;
  @ApiProperty() homePlace: string;
  @ApiProperty() approvalNumber: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ enum: TENANCY_STATUSES }) status: TenancyStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: TenancyInspection, description: '入住查验' }) checkIn: TenancyInspection | null;
  @ApiPropertyOptional({ nullable: true, type: TenancyInspection, description: '退房查验' }) checkOut: TenancyInspection | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '实际退房日期' }) endedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '撤回理由' }) reason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const HousingErrors = {
  unitNotFound: { kind: 'not_found', code: 'HOUSING_UNIT.NOT_FOUND', title: '周转住房不存在' },
  unitVersionConflict: { kind: 'precondition_failed', code: 'HOUSING_UNIT.VERSION_CONFLICT', title: '周转住房已被他人修改' },
  unitInvalidState: { kind: 'rule_violation', code: 'HOUSING_UNIT.INVALID_STATE', title: '当前状态不能进行此操作' },
  unitOccupied: { kind: 'rule_violation', code: 'HOUSING_UNIT.OCCUPIED', title: '周转住房尚有未结束的租住' },
  notFound: { kind: 'not_found', code: 'HOUSING_TENANCY.NOT_FOUND', title: '租住记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'HOUSING_TENANCY.VERSION_CONFLICT', title: '租住记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'HOUSING_TENANCY.INVALID_STATE', title: '当前状态不能进行此操作' },
  unitNotAvailable: { kind: 'rule_violation', code: 'HOUSING_TENANCY.UNIT_NOT_AVAILABLE', title: '周转住房不在用' },
  badDates: { kind: 'rule_violation', code: 'HOUSING_TENANCY.BAD_DATES', title: '租住日期不正确' },
  overlap: { kind: 'conflict', code: 'HOUSING_TENANCY.OVERLAP', title: '同一周转住房的租住期间重叠' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const HousingSubjects = {
  createUnit: 'housing-unit.create',
  retireUnit: 'housing-unit.retire',
  getUnit: 'housing-unit.get',
  listUnits: 'housing-unit.list',
  create: 'housing-tenancy.create',
  checkIn: 'housing-tenancy.check-in',
  extend: 'housing-tenancy.extend',
  checkOut: 'housing-tenancy.check-out',
  withdraw: 'housing-tenancy.withdraw',
  get: 'housing-tenancy.get',
  list: 'housing-tenancy.list',
} as const;

export namespace CreateHousingUnit {
  export class Request extends HousingUnitFields {}
  export class Reply extends HousingUnitView {}
}

export namespace RetireHousingUnit {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends HousingUnitView {}
}

export namespace GetHousingUnit {
  export class Request extends RecordRef {}
  export class Reply extends HousingUnitView {}
}

export namespace ListHousingUnits {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: HOUSING_UNIT_STATUSES }) @IsOptional() @IsIn(HOUSING_UNIT_STATUSES, { message: 'status：取值无效' }) status?: HousingUnitStatus;
    @ApiPropertyOptional({ description: '地址模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [HousingUnitView] }) items: HousingUnitView[];
  }
}

export namespace CreateTenancy {
  export class Request extends TenancyFields {}
  export class Reply extends TenancyView {}
}

/** 入住查验 / 退房查验: the day and the condition found. */
export class InspectionBody {
  @ApiProperty({ description: '日期（YYYY-MM-DD）' })
  @IsCalendarDate({ message: 'date：日期格式必须为 YYYY-MM-DD' })
  date: string;

  @ApiProperty({ description: '房屋及设施状况（查验记录）' })
  @IsString({ message: 'condition：必须为文本' })
  @MinLength(2, { message: 'condition：须记录房屋及设施状况' })
  @MaxLength(1000, { message: 'condition：不超过 1000 个字' })
  condition: string;
}

export namespace CheckInTenancy {
  export class Body extends InspectionBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TenancyView {}
}

export namespace CheckOutTenancy {
  export class Body extends InspectionBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TenancyView {}
}

export namespace ExtendTenancy {
  export class Body {
    @ApiProperty({ description: '新的结束日期（晚于原结束日期）' })
    @IsCalendarDate({ message: 'endDate：日期格式必须为 YYYY-MM-DD' })
    endDate: string;

    @ApiProperty({ description: '续住依据' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：须说明续住依据' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TenancyView {}
}

export namespace WithdrawTenancy {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TenancyView {}
}

export namespace GetTenancy {
  export class Request extends RecordRef {}
  export class Reply extends TenancyView {}
}

export namespace ListTenancies {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: TENANCY_STATUSES }) @IsOptional() @IsIn(TENANCY_STATUSES, { message: 'status：取值无效' }) status?: TenancyStatus;
    @ApiPropertyOptional({ format: 'uuid', description: '周转住房' }) @IsOptional() @IsUUID('all', { message: 'housingUnitId：应为周转住房的 ID' }) housingUnitId?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TenancyView] }) items: TenancyView[];
  }
}

/** What the events of a housing unit carry. */
export class HousingUnitSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsNumber() areaM2: number;
  @ApiProperty() @IsInt32() rooms: number;
  @ApiProperty() @IsIn(HOUSING_UNIT_STATUSES) status: HousingUnitStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

/** What the events of a tenancy carry (no personal data: the tenant's name stays in the service). */
export class TenancySnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() housingUnitId: string;
  @ApiProperty() @IsIn(TENANCY_BASES) basis: TenancyBasis;
  @ApiProperty() @IsCalendarDate() startDate: string;
  @ApiProperty() @IsCalendarDate() endDate: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsCalendarDate() endedOn: string | null;
  @ApiProperty() @IsIn(TENANCY_STATUSES) status: TenancyStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const HousingEvents = {
  unitCreated: eventSubject('facilities-and-vehicles', 'housing-unit.created'),
  unitRetired: eventSubject('facilities-and-vehicles', 'housing-unit.retired'),
  created: eventSubject('facilities-and-vehicles', 'housing-tenancy.created'),
  checkedIn: eventSubject('facilities-and-vehicles', 'housing-tenancy.checked-in'),
  extended: eventSubject('facilities-and-vehicles', 'housing-tenancy.extended'),
  ended: eventSubject('facilities-and-vehicles', 'housing-tenancy.ended'),
  withdrawn: eventSubject('facilities-and-vehicles', 'housing-tenancy.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const HousingEventDescriptions = {
  'housing-unit.created': { zh: '周转住房登记', en: 'A turnover housing unit was registered.' },
  'housing-unit.retired': { zh: '周转住房停用（注明理由）', en: 'A turnover housing unit was retired, with a reason.' },
  'housing-tenancy.created': { zh: '周转住房租住登记（交流任职或异地任职干部）', en: 'A tenancy of turnover housing was registered for a cadre posted away from home.' },
  'housing-tenancy.checked-in': { zh: '周转住房入住查验', en: 'A tenant checked in; the condition was recorded.' },
  'housing-tenancy.extended': { zh: '周转住房租住期限延长', en: 'A tenancy was extended to a later end date.' },
  'housing-tenancy.ended': { zh: '周转住房退房查验，租住结束', en: 'A tenant checked out; the condition was recorded and the tenancy ended.' },
  'housing-tenancy.withdrawn': { zh: '周转住房租住登记撤回（注明理由）', en: 'A registered tenancy was withdrawn, with a reason.' },
} as const;

/** Published when a housing unit is registered or retired; carries its snapshot. */
export namespace HousingUnitChanged {
  export class Event extends HousingUnitSnapshot {}
}

/** Published at each step of a tenancy; carries its snapshot. */
export namespace HousingTenancyChanged {
  export class Event extends TenancySnapshot {}
}
