import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** open 办理中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const BRANCH_STATUSES = ['open', 'withdrawn'] as const;
export type BranchStatus = (typeof BRANCH_STATUSES)[number];
export const BRANCH_STATUS_LABELS: Record<BranchStatus, string> = { open: '办理中', withdrawn: '已撤回' };

/** The fields a caller gives of one 党支部. */
export class BranchFields {
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

export class BranchView extends BranchFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员报送时为本单位；科室登记的为空）', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: BRANCH_STATUSES, description: 'open 办理中 / withdrawn 已撤回' }) status: BranchStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const BranchErrors = {
  notFound: { kind: 'not_found', code: 'BRANCH.NOT_FOUND', title: '党支部不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'BRANCH.VERSION_CONFLICT', title: '党支部已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'BRANCH.INVALID_STATE', title: '当前状态不能进行此操作' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const BranchSubjects = {
  create: 'branch.create',
  update: 'branch.update',
  withdraw: 'branch.withdraw',
  get: 'branch.get',
  list: 'branch.list',
} as const;

export namespace CreateBranch {
  export class Request extends BranchFields {}
  export class Reply extends BranchView {}
}

export namespace UpdateBranch {
  export class Body extends BranchFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

export namespace WithdrawBranch {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

export namespace GetBranch {
  export class Request extends RecordRef {}
  export class Reply extends BranchView {}
}

export namespace ListBranches {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: BRANCH_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(BRANCH_STATUSES, { message: 'status：取值无效' })
    status?: BranchStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [BranchView] }) items: BranchView[];
  }
}

/** What the events of one 党支部 carry: its snapshot with its version (consumers apply only newer ones). */
export class BranchSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(BRANCH_STATUSES) status: BranchStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const BranchEvents = {
  created: eventSubject('party-affairs', 'branch.created'),
  updated: eventSubject('party-affairs', 'branch.updated'),
  withdrawn: eventSubject('party-affairs', 'branch.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const BranchEventDescriptions = {
  'branch.created': { zh: '党支部登记', en: 'A branch was created.' },
  'branch.updated': { zh: '党支部被修改', en: 'A branch was changed.' },
  'branch.withdrawn': { zh: '党支部被撤回（注明理由，不删除）', en: 'A branch was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 党支部 is created, changed or withdrawn; carries its snapshot. */
export namespace BranchChanged {
  export class Event extends BranchSnapshot {}
}
