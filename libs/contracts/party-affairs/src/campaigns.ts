import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** 主题教育: a campaign (name, period, basis document), its plan's tasks per branch, each branch's completion. */
export const CAMPAIGN_STATUSES = ['open', 'withdrawn'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = { open: '开展中', withdrawn: '已撤回' };

/** One task of the plan (an `id` keeps an existing task and its completions on a change). */
export class CampaignTaskInput {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'tasks.id：任务 ID 格式不正确' })
  id?: string;

  @ApiProperty({ description: '任务内容' })
  @IsString({ message: 'tasks.content：必须为文本' })
  @MinLength(2, { message: 'tasks.content：任务内容至少 2 个字' })
  @MaxLength(1000, { message: 'tasks.content：不超过 1000 个字' })
  content: string;

  @ApiProperty({ type: [String], description: '责任党支部' })
  @IsArray({ message: 'tasks.branchIds：必须为列表' })
  @ArrayMinSize(1, { message: 'tasks.branchIds：至少 1 个党支部' })
  @ArrayMaxSize(100, { message: 'tasks.branchIds：不超过 100 个' })
  @IsUUID('all', { each: true, message: 'tasks.branchIds：党组织 ID 格式不正确' })
  branchIds: string[];

  @ApiProperty({ description: '完成时限' })
  @IsCalendarDate({ message: 'tasks.dueOn：必须是有效的日期（YYYY-MM-DD）' })
  dueOn: string;
}

export class CampaignTask {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() content: string;
  @ApiProperty({ type: [String] }) branchIds: string[];
  @ApiProperty() dueOn: string;
}

export class CampaignBranch {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
}

export class CampaignCompletion {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty() completedOn: string;
  @ApiProperty({ description: '完成情况（佐证材料说明）' }) evidence: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class CampaignBranchProgress {
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty() branchName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '承担任务数' }) assigned: number;
  @ApiProperty({ description: '已完成' }) done: number;
  @ApiProperty({ description: '逾期未完成' }) overdue: number;
  @ApiProperty({ type: [String], description: '逾期未完成的任务' }) overdueTaskIds: string[];
  @ApiProperty({ description: '完成率（百分比）' }) completionRate: number;
}

export class CampaignFields {
  @ApiProperty({ description: '主题教育名称' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：至少 2 个字' })
  @MaxLength(200, { message: 'name：不超过 200 个字' })
  name: string;

  @ApiProperty({ description: '开始日期' })
  @IsCalendarDate({ message: 'startsOn：必须是有效的日期（YYYY-MM-DD）' })
  startsOn: string;

  @ApiProperty({ description: '结束日期' })
  @IsCalendarDate({ message: 'endsOn：必须是有效的日期（YYYY-MM-DD）' })
  endsOn: string;

  @ApiProperty({ description: '依据文件（名称、文号）' })
  @IsString({ message: 'basisDocument：必须为文本' })
  @MinLength(2, { message: 'basisDocument：至少 2 个字' })
  @MaxLength(300, { message: 'basisDocument：不超过 300 个字' })
  basisDocument: string;

  @ApiProperty({ type: [CampaignTaskInput], description: '实施方案的任务' })
  @IsArray({ message: 'tasks：必须为列表' })
  @ArrayMinSize(1, { message: 'tasks：至少 1 项任务' })
  @ArrayMaxSize(100, { message: 'tasks：不超过 100 项' })
  @ValidateNested({ each: true })
  @Type(() => CampaignTaskInput)
  tasks: CampaignTaskInput[];
}

export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() basisDocument: string;
  @ApiProperty({ type: [CampaignTask] }) tasks: CampaignTask[];
  @ApiProperty({ type: [CampaignBranch] }) branches: CampaignBranch[];
  @ApiProperty({ type: [CampaignCompletion] }) completions: CampaignCompletion[];
  @ApiProperty({ type: [CampaignBranchProgress], description: '各党支部进度（联络员只见本单位的）' }) progress: CampaignBranchProgress[];
  @ApiProperty({ description: '逾期未完成的（任务×支部）数' }) overdue: number;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const CampaignErrors = {
  notFound: { kind: 'not_found', code: 'CAMPAIGN.NOT_FOUND', title: '主题教育不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'CAMPAIGN.VERSION_CONFLICT', title: '主题教育已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'CAMPAIGN.INVALID_STATE', title: '当前状态不能进行此操作' },
  branchUnknown: { kind: 'rule_violation', code: 'CAMPAIGN.BRANCH_UNKNOWN', title: '党组织不存在或已撤销' },
  taskUnknown: { kind: 'rule_violation', code: 'CAMPAIGN.TASK_UNKNOWN', title: '该任务不存在或不由该党支部承担' },
  period: { kind: 'rule_violation', code: 'CAMPAIGN.PERIOD', title: '日期不符合主题教育的期间' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const CampaignSubjects = {
  create: 'campaign.create',
  update: 'campaign.update',
  complete: 'campaign.complete',
  withdraw: 'campaign.withdraw',
  get: 'campaign.get',
  list: 'campaign.list',
} as const;

export namespace CreateCampaign {
  export class Request extends CampaignFields {}
  export class Reply extends CampaignView {}
}

export namespace UpdateCampaign {
  export class Body extends CampaignFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CampaignView {}
}

/** A branch's completion of one task (recorded again to correct it). */
export namespace CompleteCampaignTask {
  export class Body {
    @ApiProperty({ format: 'uuid' })
    @IsUUID('all', { message: 'taskId：任务 ID 格式不正确' })
    taskId: string;

    @ApiProperty({ format: 'uuid' })
    @IsUUID('all', { message: 'branchId：党组织 ID 格式不正确' })
    branchId: string;

    @ApiProperty({ description: '完成日期' })
    @IsCalendarDate({ message: 'completedOn：必须是有效的日期（YYYY-MM-DD）' })
    completedOn: string;

    @ApiProperty({ description: '完成情况（佐证材料说明）' })
    @IsString({ message: 'evidence：必须为文本' })
    @MinLength(2, { message: 'evidence：至少 2 个字' })
    @MaxLength(5000, { message: 'evidence：不超过 5000 个字' })
    evidence: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CampaignView {}
}

export namespace WithdrawCampaign {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CampaignView {}
}

export namespace GetCampaign {
  export class Request extends RecordRef {}
  export class Reply extends CampaignView {}
}

export namespace ListCampaigns {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(CAMPAIGN_STATUSES, { message: 'status：取值无效' })
    status?: CampaignStatus;

    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;

    @ApiPropertyOptional({ description: '只看与该年度有交集的' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2018, { message: 'year：不早于 2018 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [CampaignView] }) items: CampaignView[];
  }
}

/** What the events of one 主题教育 carry: its snapshot with its version (consumers apply only newer ones). */
export class CampaignSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsCalendarDate() startsOn: string;
  @ApiProperty() @IsCalendarDate() endsOn: string;
  @ApiProperty() @IsIn(CAMPAIGN_STATUSES) status: CampaignStatus;
  @ApiProperty() @IsInt32() @Min(0) tasks: number;
  @ApiProperty() @IsInt32() @Min(0) completions: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const CampaignEvents = {
  created: eventSubject('party-affairs', 'campaign.created'),
  updated: eventSubject('party-affairs', 'campaign.updated'),
  completed: eventSubject('party-affairs', 'campaign.task-completed'),
  withdrawn: eventSubject('party-affairs', 'campaign.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const CampaignEventDescriptions = {
  'campaign.created': { zh: '主题教育及其实施方案登记', en: 'A 主题教育 campaign and its plan were created.' },
  'campaign.updated': { zh: '主题教育被修改', en: 'A campaign was changed.' },
  'campaign.task-completed': { zh: '党支部登记主题教育任务完成情况', en: "A branch's completion of a campaign task was recorded." },
  'campaign.withdrawn': { zh: '主题教育被撤回（注明理由，不删除）', en: 'A campaign was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 主题教育 changes; carries its snapshot. */
export namespace CampaignChanged {
  export class Event extends CampaignSnapshot {}
}
