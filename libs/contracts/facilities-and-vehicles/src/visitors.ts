import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 来访登记 (the visitor log of the compound's 安全保卫): a visitor is registered at the gate with their 身份证号 (encrypted
 * at rest, masked in every list) and leaves with the time recorded; a registration made in error is voided with a
 * reason (nothing is deleted).
 *
 * in 在访 → left 已离开; in → voided 已作废 (with a reason).
 */
export const VISITOR_STATUSES = ['in', 'left', 'voided'] as const;
export type VisitorStatus = (typeof VISITOR_STATUSES)[number];
export const VISITOR_STATUS_LABELS: Record<VisitorStatus, string> = { in: '在访', left: '已离开', voided: '已作废' };

/** The fields the gate gives of one visit. */
export class VisitorFields {
  @ApiProperty({ description: '姓名', example: '张三' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：至少 2 个字' })
  @MaxLength(50, { message: 'name：不超过 50 个字' })
  name: string;

  @ApiProperty({ description: '身份证号（18 位，校验码按 GB 11643；加密保存，列表中掩码显示）', example: '11010519491231002X' })
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber：身份证号须为 18 位（末位可为 X）' })
  idNumber: string;

  @ApiPropertyOptional({ description: '工作单位' })
  @IsOptional()
  @IsString({ message: 'organisation：必须为文本' })
  @MaxLength(200, { message: 'organisation：不超过 200 个字' })
  organisation?: string;

  @ApiProperty({ description: '被访人或科室', example: '综合科 李科长' })
  @IsString({ message: 'host：必须为文本' })
  @MinLength(2, { message: 'host：须写明被访人或科室' })
  @MaxLength(100, { message: 'host：不超过 100 个字' })
  host: string;

  @ApiProperty({ description: '来访事由', example: '送交文件' })
  @IsString({ message: 'purpose：必须为文本' })
  @MinLength(2, { message: 'purpose：至少 2 个字' })
  @MaxLength(500, { message: 'purpose：不超过 500 个字' })
  purpose: string;

  @ApiProperty({ description: '随行人数（不含本人）', example: 0 })
  @IsInt32({ message: 'companions：必须为整数' })
  @Min(0, { message: 'companions：不能为负数' })
  @Max(50, { message: 'companions：不超过 50 人' })
  companions: number;

  @ApiPropertyOptional({ description: '车牌号（驾车来访时）' })
  @IsOptional()
  @Matches(/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/, { message: 'plate：号牌格式不正确（如 鲁C12345）' })
  plate?: string;
}

export class VisitorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '身份证号（掩码；详情中机关事务管理科可见全文）' }) idNumber: string;
  @ApiProperty({ description: '身份证号是否为掩码' }) idNumberMasked: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) organisation: string | null;
  @ApiProperty() host: string;
  @ApiProperty() purpose: string;
  @ApiProperty() companions: number;
  @ApiPropertyOptional({ nullable: true, type: String }) plate: string | null;
  @ApiProperty({ enum: VISITOR_STATUSES, description: 'in 在访 / left 已离开 / voided 已作废' }) status: VisitorStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '到访时间' }) arrivedAt: string;
  @ApiPropertyOptional({ nullable: true, description: '离开时间', type: String }) leftAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: '作废理由', type: String }) voidReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty({ description: '登记人' }) createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const VisitorErrors = {
  notFound: { kind: 'not_found', code: 'VISITOR.NOT_FOUND', title: '来访登记不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'VISITOR.VERSION_CONFLICT', title: '来访登记已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'VISITOR.INVALID_STATE', title: '当前状态不能进行此操作' },
  badIdNumber: { kind: 'rule_violation', code: 'VISITOR.BAD_ID_NUMBER', title: '身份证号校验不通过' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const VisitorSubjects = {
  create: 'visitor.create',
  leave: 'visitor.leave',
  void: 'visitor.void',
  get: 'visitor.get',
  list: 'visitor.list',
} as const;

export namespace CreateVisitor {
  export class Request extends VisitorFields {}
  export class Reply extends VisitorView {}
}

export namespace LeaveVisitor {
  export class Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends VisitorView {}
}

export namespace VoidVisitor {
  export class Body {
    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends VisitorView {}
}

export namespace GetVisitor {
  export class Request extends RecordRef {}
  export class Reply extends VisitorView {}
}

export namespace ListVisitors {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: VISITOR_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(VISITOR_STATUSES, { message: 'status：取值无效' })
    status?: VisitorStatus;

    @ApiPropertyOptional({ description: '到访日期（YYYY-MM-DD）' })
    @IsOptional()
    @IsCalendarDate({ message: 'date：日期格式必须为 YYYY-MM-DD' })
    date?: string;

    @ApiPropertyOptional({ description: '姓名、单位、被访人模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [VisitorView] }) items: VisitorView[];
  }
}

/** What the events of one visit carry (no personal data: no 身份证号, no name). */
export class VisitorSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(VISITOR_STATUSES) status: VisitorStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const VisitorEvents = {
  created: eventSubject('facilities-and-vehicles', 'visitor.created'),
  left: eventSubject('facilities-and-vehicles', 'visitor.left'),
  voided: eventSubject('facilities-and-vehicles', 'visitor.voided'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const VisitorEventDescriptions = {
  'visitor.created': { zh: '来访人员登记进入（事件不含个人信息）', en: 'A visitor was registered at the gate (no personal data in the event).' },
  'visitor.left': { zh: '来访人员离开', en: 'A visitor left.' },
  'visitor.voided': { zh: '来访登记作废（注明理由，不删除）', en: 'A visitor registration was voided, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles at each step of a visit; carries its snapshot without personal data. */
export namespace VisitorChanged {
  export class Event extends VisitorSnapshot {}
}
