import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** open 办理中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const TRIP_STATUSES = ['open', 'withdrawn'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const TRIP_STATUS_LABELS: Record<TripStatus, string> = { open: '办理中', withdrawn: '已撤回' };

/** The fields a caller gives of one 因公临时出国. */
export class TripFields {
  @ApiProperty({ description: '标题', example: '示例标题' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '内容' })
  @IsString({ message: 'content：必须为文本' })
  @MaxLength(20000, { message: 'content：不超过 20000 个字' })
  content: string;
}

export class TripView extends TripFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员报送时为本单位；科室登记的为空）', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: TRIP_STATUSES, description: 'open 办理中 / withdrawn 已撤回' }) status: TripStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const TripErrors = {
  notFound: { kind: 'not_found', code: 'TRIP.NOT_FOUND', title: '因公临时出国不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'TRIP.VERSION_CONFLICT', title: '因公临时出国已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'TRIP.INVALID_STATE', title: '当前状态不能进行此操作' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const TripSubjects = {
  create: 'trip.create',
  update: 'trip.update',
  withdraw: 'trip.withdraw',
  get: 'trip.get',
  list: 'trip.list',
} as const;

export namespace CreateTrip {
  export class Request extends TripFields {}
  export class Reply extends TripView {}
}

export namespace UpdateTrip {
  export class Body extends TripFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace WithdrawTrip {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace GetTrip {
  export class Request extends RecordRef {}
  export class Reply extends TripView {}
}

export namespace ListTrips {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: TRIP_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(TRIP_STATUSES, { message: 'status：取值无效' })
    status?: TripStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TripView] }) items: TripView[];
  }
}

/** What the events of one 因公临时出国 carry: its snapshot with its version (consumers apply only newer ones). */
export class TripSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(TRIP_STATUSES) status: TripStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const TripEvents = {
  created: eventSubject('foreign-affairs', 'trip.created'),
  updated: eventSubject('foreign-affairs', 'trip.updated'),
  withdrawn: eventSubject('foreign-affairs', 'trip.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const TripEventDescriptions = {
  'trip.created': { zh: '因公临时出国登记', en: 'A trip was created.' },
  'trip.updated': { zh: '因公临时出国被修改', en: 'A trip was changed.' },
  'trip.withdrawn': { zh: '因公临时出国被撤回（注明理由，不删除）', en: 'A trip was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by foreign-affairs when a 因公临时出国 is created, changed or withdrawn; carries its snapshot. */
export namespace TripChanged {
  export class Event extends TripSnapshot {}
}
