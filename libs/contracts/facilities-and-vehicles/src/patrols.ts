import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 巡逻记录 (the patrols of the compound's 安全保卫): the route walked, from when to when, by whom, and what was found; a
 * finding that needs handling is marked abnormal (and recorded as a 安全事件 by the section). A record made in error is
 * voided with a reason (nothing is deleted).
 *
 * recorded 已记录 → voided 已作废 (with a reason).
 */
export const PATROL_STATUSES = ['recorded', 'voided'] as const;
export type PatrolStatus = (typeof PATROL_STATUSES)[number];
export const PATROL_STATUS_LABELS: Record<PatrolStatus, string> = { recorded: '已记录', voided: '已作废' };

/** The facts of one patrol. */
export class PatrolFields {
  @ApiProperty({ description: '巡逻路线', example: '东门—办公楼—车库—西门' })
  @IsString({ message: 'route：必须为文本' })
  @MinLength(2, { message: 'route：须写明巡逻路线' })
  @MaxLength(200, { message: 'route：不超过 200 个字' })
  route: string;

  @ApiProperty({ description: '巡逻人员', example: '刘建国、王强' })
  @IsString({ message: 'patrolledBy：必须为文本' })
  @MinLength(2, { message: 'patrolledBy：须写明巡逻人员' })
  @MaxLength(100, { message: 'patrolledBy：不超过 100 个字' })
  patrolledBy: string;

  @ApiProperty({ description: '开始时间（ISO 8601，带时区）', example: '2026-12-05T22:00:00+08:00' })
  @IsOffsetDateTime({ message: 'startedAt：应为带时区的 ISO 8601 时间' })
  startedAt: string;

  @ApiProperty({ description: '结束时间（ISO 8601，带时区）', example: '2026-12-05T22:40:00+08:00' })
  @IsOffsetDateTime({ message: 'endedAt：应为带时区的 ISO 8601 时间' })
  endedAt: string;

  @ApiProperty({ description: '巡查情况', example: '各门窗关闭，消防通道畅通' })
  @IsString({ message: 'findings：必须为文本' })
  @MinLength(2, { message: 'findings：须写明巡查情况' })
  @MaxLength(4000, { message: 'findings：不超过 4000 个字' })
  findings: string;

  @ApiProperty({ description: '是否发现异常' })
  @IsBoolean({ message: 'abnormal：应为 true 或 false' })
  abnormal: boolean;
}

export class PatrolView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() route: string;
  @ApiProperty() patrolledBy: string;
  @ApiProperty() startedAt: string;
  @ApiProperty() endedAt: string;
  @ApiProperty({ description: '时长（分钟）' }) minutes: number;
  @ApiProperty() findings: string;
  @ApiProperty() abnormal: boolean;
  @ApiProperty({ enum: PATROL_STATUSES, description: 'recorded 已记录 / voided 已作废' }) status: PatrolStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '作废理由' }) voidReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: '登记人' }) createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const PatrolErrors = {
  notFound: { kind: 'not_found', code: 'PATROL.NOT_FOUND', title: '巡逻记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'PATROL.VERSION_CONFLICT', title: '巡逻记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'PATROL.INVALID_STATE', title: '当前状态不能进行此操作' },
  badTimes: { kind: 'rule_violation', code: 'PATROL.BAD_TIMES', title: '巡逻时间不合理' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const PatrolSubjects = {
  create: 'patrol.create',
  update: 'patrol.update',
  void: 'patrol.void',
  get: 'patrol.get',
  list: 'patrol.list',
} as const;

export namespace CreatePatrol {
  export class Request extends PatrolFields {}
  export class Reply extends PatrolView {}
}

export namespace UpdatePatrol {
  export class Body extends PatrolFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends PatrolView {}
}

export namespace VoidPatrol {
  export class Body {
    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PatrolView {}
}

export namespace GetPatrol {
  export class Request extends RecordRef {}
  export class Reply extends PatrolView {}
}

export namespace ListPatrols {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PATROL_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(PATROL_STATUSES, { message: 'status：取值无效' })
    status?: PatrolStatus;

    @ApiPropertyOptional({ description: '只看发现异常（true）或正常（false）的' })
    @IsOptional()
    @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
    @IsBoolean({ message: 'abnormal：应为 true 或 false' })
    abnormal?: boolean;

    @ApiPropertyOptional({ description: '巡逻日期起（YYYY-MM-DD，北京时间）' })
    @IsOptional()
    @IsCalendarDate({ message: 'from：日期格式必须为 YYYY-MM-DD' })
    from?: string;

    @ApiPropertyOptional({ description: '巡逻日期止（YYYY-MM-DD，北京时间）' })
    @IsOptional()
    @IsCalendarDate({ message: 'to：日期格式必须为 YYYY-MM-DD' })
    to?: string;

    @ApiPropertyOptional({ description: '路线、人员、巡查情况模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [PatrolView] }) items: PatrolView[];
  }
}

/** What the events of one patrol carry: its snapshot with its version (consumers apply only newer ones). */
export class PatrolSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsOffsetDateTime() startedAt: string;
  @ApiProperty() @IsBoolean() abnormal: boolean;
  @ApiProperty() @IsIn(PATROL_STATUSES) status: PatrolStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const PatrolEvents = {
  created: eventSubject('facilities-and-vehicles', 'patrol.created'),
  updated: eventSubject('facilities-and-vehicles', 'patrol.updated'),
  voided: eventSubject('facilities-and-vehicles', 'patrol.voided'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const PatrolEventDescriptions = {
  'patrol.created': { zh: '巡逻记录登记', en: 'A patrol of the compound was recorded.' },
  'patrol.updated': { zh: '巡逻记录更正', en: 'A patrol record was corrected.' },
  'patrol.voided': { zh: '巡逻记录作废（注明理由，不删除）', en: 'A patrol record was voided, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a patrol is recorded, corrected or voided; carries its snapshot. */
export namespace PatrolChanged {
  export class Event extends PatrolSnapshot {}
}
