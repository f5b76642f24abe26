import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** open 办理中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const SUBMISSION_STATUSES = ['open', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { open: '办理中', withdrawn: '已撤回' };

/** The fields a caller gives of one 报送信息. */
export class SubmissionFields {
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

export class SubmissionView extends SubmissionFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员报送时为本单位；科室登记的为空）', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: SUBMISSION_STATUSES, description: 'open 办理中 / withdrawn 已撤回' }) status: SubmissionStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const SubmissionErrors = {
  notFound: { kind: 'not_found', code: 'SUBMISSION.NOT_FOUND', title: '报送信息不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SUBMISSION.VERSION_CONFLICT', title: '报送信息已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SUBMISSION.INVALID_STATE', title: '当前状态不能进行此操作' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const SubmissionSubjects = {
  create: 'submission.create',
  update: 'submission.update',
  withdraw: 'submission.withdraw',
  get: 'submission.get',
  list: 'submission.list',
} as const;

export namespace CreateSubmission {
  export class Request extends SubmissionFields {}
  export class Reply extends SubmissionView {}
}

export namespace UpdateSubmission {
  export class Body extends SubmissionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionView {}
}

export namespace WithdrawSubmission {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionView {}
}

export namespace GetSubmission {
  export class Request extends RecordRef {}
  export class Reply extends SubmissionView {}
}

export namespace ListSubmissions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SUBMISSION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SUBMISSION_STATUSES, { message: 'status：取值无效' })
    status?: SubmissionStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SubmissionView] }) items: SubmissionView[];
  }
}

/** What the events of one 报送信息 carry: its snapshot with its version (consumers apply only newer ones). */
export class SubmissionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(SUBMISSION_STATUSES) status: SubmissionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SubmissionEvents = {
  created: eventSubject('information', 'submission.created'),
  updated: eventSubject('information', 'submission.updated'),
  withdrawn: eventSubject('information', 'submission.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const SubmissionEventDescriptions = {
  'submission.created': { zh: '报送信息登记', en: 'A submission was created.' },
  'submission.updated': { zh: '报送信息被修改', en: 'A submission was changed.' },
  'submission.withdrawn': { zh: '报送信息被撤回（注明理由，不删除）', en: 'A submission was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by information when a 报送信息 is created, changed or withdrawn; carries its snapshot. */
export namespace SubmissionChanged {
  export class Event extends SubmissionSnapshot {}
}
