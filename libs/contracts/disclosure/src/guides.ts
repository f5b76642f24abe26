import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 政府信息公开指南 (《政府信息公开条例》第十二条): the office's (or a unit's) guide, kept as numbered versions — each revision
 * is a new immutable version with its effective date and what changed; the current text is the latest version.
 * in_force 现行有效 → retired 已废止 (with a reason; nothing is deleted).
 */
export const GUIDE_STATUSES = ['in_force', 'retired'] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];
export const GUIDE_STATUS_LABELS: Record<GuideStatus, string> = { in_force: '现行有效', retired: '已废止' };

/** One version's text. */
export class GuideText {
  @ApiProperty({ description: '指南正文（机构名称、办公地址、办公时间、联系电话、公开方式、依申请公开的渠道和程序等）' })
  @IsString({ message: '必须为文本' })
  @MinLength(20, { message: '指南正文至少 20 个字' })
  @MaxLength(50000, { message: '不超过 50000 个字' })
  content: string;

  @ApiProperty({ description: '本版施行之日' })
  @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' })
  effectiveOn: string;
}

export class GuideVersionView {
  @ApiProperty({ description: '版本序号（第 n 版）' }) number: number;
  @ApiProperty() content: string;
  @ApiProperty() effectiveOn: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '修订说明' }) changeNote: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export class GuideView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '单位（科室登记的本办指南为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '指南名称' }) title: string;
  @ApiProperty({ enum: GUIDE_STATUSES }) status: GuideStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '现行版本序号' }) currentNumber: number;
  @ApiProperty({ description: '现行版本施行之日' }) currentEffectiveOn: string;
  @ApiProperty({ description: '现行版本正文' }) content: string;
  @ApiPropertyOptional({ description: '废止理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** The guide with every version, newest last. */
export class GuideDetail extends GuideView {
  @ApiProperty({ type: [GuideVersionView] }) versions: GuideVersionView[];
}

export const GuideErrors = {
  notFound: { kind: 'not_found', code: 'GUIDE.NOT_FOUND', title: '政府信息公开指南不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'GUIDE.VERSION_CONFLICT', title: '政府信息公开指南已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'GUIDE.INVALID_STATE', title: '当前状态不能进行此操作' },
  dateOrder: { kind: 'rule_violation', code: 'GUIDE.DATE_ORDER', title: '新版本的施行日期须晚于现行版本' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const GuideSubjects = {
  create: 'guide.create',
  revise: 'guide.revise',
  withdraw: 'guide.withdraw',
  get: 'guide.get',
  list: 'guide.list',
} as const;

export namespace CreateGuide {
  export class Request extends GuideText {
    @ApiProperty({ description: '指南名称', example: '博山区人民政府办公室政府信息公开指南' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '至少 2 个字' })
    @MaxLength(200, { message: '不超过 200 个字' })
    title: string;

    @ApiPropertyOptional({ format: 'uuid', description: '单位（科室代为登记单位的指南时填写；联络员恒为本单位）' })
    @IsOptional()
    @IsUUID('all', { message: '单位 id 无效' })
    unitId?: string;
  }
  export class Reply extends GuideDetail {}
}

export namespace ReviseGuide {
  export class Body extends GuideText {
    @ApiProperty({ description: '修订说明（改了什么、为什么）' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '请填写修订说明（至少 2 个字）' })
    @MaxLength(2000, { message: '不超过 2000 个字' })
    changeNote: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuideDetail {}
}

export namespace WithdrawGuide {
  export class Body {
    @ApiProperty({ description: '废止理由' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '废止须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: '不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuideDetail {}
}

export namespace GetGuide {
  export class Request extends RecordRef {}
  export class Reply extends GuideDetail {}
}

export namespace ListGuides {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: GUIDE_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(GUIDE_STATUSES, { message: '取值无效' })
    status?: GuideStatus;

    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: '必须为文本' })
    @MaxLength(40, { message: '不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [GuideView] }) items: GuideView[];
  }
}

/** What the events of one guide carry: its snapshot with its version (consumers apply only newer ones). */
export class GuideSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(GUIDE_STATUSES) status: GuideStatus;
  @ApiProperty() @IsInt32() @Min(1) currentNumber: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const GuideEvents = {
  created: eventSubject('disclosure', 'guide.created'),
  revised: eventSubject('disclosure', 'guide.revised'),
  withdrawn: eventSubject('disclosure', 'guide.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const GuideEventDescriptions = {
  'guide.created': { zh: '政府信息公开指南登记（第 1 版）', en: 'A disclosure guide was registered with its first version.' },
  'guide.revised': { zh: '政府信息公开指南修订（新增一个版本）', en: 'A disclosure guide was revised: a new version.' },
  'guide.withdrawn': { zh: '政府信息公开指南废止（注明理由，不删除）', en: 'A disclosure guide was retired, with a reason (never deleted).' },
} as const;

/**
 * Published by disclosure when a guide is registered, revised or retired; carries its snapshot. No consumer yet; a
 * consumer keeps the newest version per id and ignores older or repeated snapshots.
 */
export namespace GuideChanged {
  export class Event extends GuideSnapshot {}
}
