import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** open 办理中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const APPLICATION_STATUSES = ['open', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = { open: '办理中', withdrawn: '已撤回' };

/** The fields a caller gives of one 依申请公开申请. */
export class ApplicationFields {
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

export class ApplicationView extends ApplicationFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员报送时为本单位；科室登记的为空）', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'open 办理中 / withdrawn 已撤回' }) status: ApplicationStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ApplicationErrors = {
  notFound: { kind: 'not_found', code: 'APPLICATION.NOT_FOUND', title: '依申请公开申请不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'APPLICATION.VERSION_CONFLICT', title: '依申请公开申请已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'APPLICATION.INVALID_STATE', title: '当前状态不能进行此操作' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const ApplicationSubjects = {
  create: 'application.create',
  update: 'application.update',
  withdraw: 'application.withdraw',
  get: 'application.get',
  list: 'application.list',
} as const;

export namespace CreateApplication {
  export class Request extends ApplicationFields {}
  export class Reply extends ApplicationView {}
}

export namespace UpdateApplication {
  export class Body extends ApplicationFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ApplicationView {}
}

export namespace WithdrawApplication {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ApplicationView {}
}

export namespace GetApplication {
  export class Request extends RecordRef {}
  export class Reply extends ApplicationView {}
}

export namespace ListApplications {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: APPLICATION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(APPLICATION_STATUSES, { message: 'status：取值无效' })
    status?: ApplicationStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ApplicationView] }) items: ApplicationView[];
  }
}

/** What the events of one 依申请公开申请 carry: its snapshot with its version (consumers apply only newer ones). */
export class ApplicationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(APPLICATION_STATUSES) status: ApplicationStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ApplicationEvents = {
  created: eventSubject('disclosure', 'application.created'),
  updated: eventSubject('disclosure', 'application.updated'),
  withdrawn: eventSubject('disclosure', 'application.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const ApplicationEventDescriptions = {
  'application.created': { zh: '依申请公开申请登记', en: 'A application was created.' },
  'application.updated': { zh: '依申请公开申请被修改', en: 'A application was changed.' },
  'application.withdrawn': { zh: '依申请公开申请被撤回（注明理由，不删除）', en: 'A application was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure when a 依申请公开申请 is created, changed or withdrawn; carries its snapshot. */
export namespace ApplicationChanged {
  export class Event extends ApplicationSnapshot {}
}
