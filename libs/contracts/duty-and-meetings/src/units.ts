import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsInt32, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@gov/contracts-common';

/** 单位类型: the kinds of units the office coordinates. */
export const UNIT_TYPES = ['department', 'town', 'street', 'development_zone', 'party_committee_office', 'npc_office', 'cppcc_office'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  department: '区直部门',
  town: '镇',
  street: '街道',
  development_zone: '开发区',
  party_committee_office: '区委办公室',
  npc_office: '区人大常委会办公室',
  cppcc_office: '区政协办公室',
};
export const UNIT_STATUSES = ['active', 'inactive'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

const PHONE = /^[0-9+\-() ]{5,30}$/;
const MOBILE = /^1[3-9]\d{9}$/;

/** 联络员: a liaison person of a unit. */
export class LiaisonContact {
  @ApiProperty({ description: '姓名', example: '张明' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  name: string;

  @ApiPropertyOptional({ description: '职务', example: '办公室主任' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  title?: string;

  @ApiProperty({ description: '手机号（加密存储）', example: '13800000000' })
  @Matches(MOBILE, { message: '手机号必须是 11 位中国大陆手机号' })
  mobile: string;

  @ApiPropertyOptional({ description: '办公电话', example: '0533-4180000' })
  @IsOptional()
  @Matches(PHONE, { message: '办公电话格式不正确' })
  officePhone?: string;
}

/** 联络员 as a unit shows them: lists mask the mobile, the unit's own view (and the answer to a change) shows it in full. */
export class LiaisonView extends LiaisonContact {
  @ApiProperty({ description: '手机号：列表中为掩码（前三位与后四位，如 138****5678），单位详情中为完整号码', example: '138****5678' })
  declare mobile: string;
}

export class UnitFields {
  @ApiProperty({ description: '单位编码（唯一）', example: 'BS-ZF-GA' })
  @Matches(/^[A-Za-z0-9-]{2,32}$/, { message: '单位编码只能包含字母、数字和连字符，2–32 位' })
  code: string;

  @ApiProperty({ description: '单位全称', example: '博山区公安分局' })
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name: string;

  @ApiPropertyOptional({ description: '简称', example: '公安分局' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  shortName?: string;

  @ApiProperty({ description: '单位类型', enum: UNIT_TYPES })
  @IsIn(UNIT_TYPES)
  type: UnitType;

  @ApiProperty({ description: '联络员', type: [LiaisonContact] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LiaisonContact)
  liaisons: LiaisonContact[];

  @ApiProperty({ description: '值班电话', type: [String], example: ['0533-4180110'] })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(PHONE, { each: true, message: '值班电话格式不正确' })
  dutyPhones: string[];

  @ApiPropertyOptional({ description: '地址' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({ description: '排序号（越小越靠前）', default: 1000 })
  @IsOptional()
  @IsInt32()
  @Min(0)
  sortOrder?: number;
}

/** A unit as clients see it. */
export class UnitView extends UnitFields {
  @ApiProperty({ description: '联络员（列表中手机号为掩码）', type: [LiaisonView] }) declare liaisons: LiaisonView[];
  @ApiProperty() id: string;
  @ApiProperty({ enum: UNIT_STATUSES, description: '状态：active 在用 / inactive 已停用' }) status: UnitStatus;
  @ApiPropertyOptional({ description: '停用原因', type: String, nullable: true }) deactivationReason: string | null;
  @ApiProperty({ description: '版本号（乐观锁，修改时在 If-Match 中带回）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const UnitErrors = {
  notFound: { kind: 'not_found', code: 'UNIT.NOT_FOUND', title: '单位不存在' },
  codeTaken: { kind: 'conflict', code: 'UNIT.CODE_TAKEN', title: '单位编码已被使用' },
  nameTaken: { kind: 'conflict', code: 'UNIT.NAME_TAKEN', title: '单位名称已被使用' },
  versionConflict: { kind: 'precondition_failed', code: 'UNIT.VERSION_CONFLICT', title: '单位信息已被他人修改' },
  inactive: { kind: 'rule_violation', code: 'UNIT.INACTIVE', title: '单位已停用' },
  forbidden: { kind: 'forbidden', code: 'UNIT.FORBIDDEN', title: '无权修改该单位' },
} as const;

export const UnitSubjects = {
  create: 'unit.create',
  update: 'unit.update',
  deactivate: 'unit.deactivate',
  get: 'unit.get',
  list: 'unit.list',
  directory: 'unit.directory',
} as const;

export namespace CreateUnit {
  export class Request extends UnitFields {}
  export class Reply extends UnitView {}
}

export namespace UpdateUnit {
  /** Only the fields present are changed. A liaison may change only the contacts and duty phones of their own unit. */
  export class Changes extends PartialType(UnitFields) {}
  export class Request extends Changes {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty({ description: '客户端所持版本号' }) @IsInt32() @Min(1) expectedVersion: number;
  }
  export class Reply extends UnitView {}
}

export namespace DeactivateUnit {
  export class Body {
    @ApiProperty({ description: '停用原因', example: '机构改革撤并' })
    @IsString()
    @MinLength(2)
    @MaxLength(200)
    reason: string;
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
  }
  export class Reply extends UnitView {}
}

export namespace GetUnit {
  export class Request {
    @ApiProperty() @IsUUID() id: string;
  }
  export class Reply extends UnitView {}
}

export namespace ListUnits {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: UNIT_TYPES }) @IsOptional() @IsIn(UNIT_TYPES) type?: UnitType;
    @ApiPropertyOptional({ enum: UNIT_STATUSES }) @IsOptional() @IsIn(UNIT_STATUSES) status?: UnitStatus;
    @ApiPropertyOptional({ description: '按名称、简称或编码模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [UnitView] }) items: UnitView[];
  }
}

/** What the read models of other services keep: no personal data. */
export class UnitSnapshot extends PickType(UnitView, ['id', 'code', 'name', 'shortName', 'type', 'status', 'version'] as const) {
  @ApiProperty() @IsUUID() declare id: string;
  @ApiProperty() @IsString() declare code: string;
  @ApiProperty() @IsString() declare name: string;
  @ApiPropertyOptional() @IsOptional() @IsString() declare shortName?: string;
  @ApiProperty() @IsIn(UNIT_TYPES) declare type: UnitType;
  @ApiProperty() @IsIn(UNIT_STATUSES) declare status: UnitStatus;
  @ApiProperty() @IsInt32() @Min(1) declare version: number;
}

/**
 * 单位名录（仅名称）: the names and codes of the units, without contacts, for the security administrator (安全保密管理员),
 * who assigns a liaison's unit but reads no business record (三员分立); staff read the full directory with `unit.list`.
 */
export namespace UnitDirectory {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: UNIT_STATUSES }) @IsOptional() @IsIn(UNIT_STATUSES) status?: UnitStatus;
    @ApiPropertyOptional({ description: '按名称、简称或编码模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [UnitSnapshot] }) items: UnitSnapshot[];
  }
}

export const UnitEvents = {
  created: eventSubject('duty-and-meetings', 'unit.created'),
  updated: eventSubject('duty-and-meetings', 'unit.updated'),
  deactivated: eventSubject('duty-and-meetings', 'unit.deactivated'),
} as const;

/**
 * Published by duty-and-meetings when a unit is created, changed or deactivated; each carries the unit's
 * whole snapshot. Consumed by document-secretariat and supervision into their unit read models:
 * idempotent through the inbox, and a copy only applies a snapshot whose version is newer than its own,
 * so redelivery and reordering change nothing.
 */
export namespace UnitCreated {
  export class Event extends UnitSnapshot {}
}
export namespace UnitUpdated {
  export class Event extends UnitSnapshot {}
}
export namespace UnitDeactivated {
  export class Event extends UnitSnapshot {}
}
