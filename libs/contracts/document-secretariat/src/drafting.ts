import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { BodyVersionSummary, SecrecyFields } from './common.js';
import { LEADER_TITLES, type LeaderTitle } from './instructions.js';

/**
 * 文稿起草 (秘书一科: 区长的讲话、政府工作报告、新闻发布稿; 秘书二科: 副区长的讲话、调研报告) and the yearly 调研计划.
 */
export const DRAFTING_KINDS = ['speech', 'work_report', 'press_release', 'research_report', 'other'] as const;
export type DraftingKind = (typeof DRAFTING_KINDS)[number];
export const DRAFTING_KIND_LABELS: Record<DraftingKind, string> = {
  speech: '讲话稿',
  work_report: '政府工作报告',
  press_release: '新闻发布稿',
  research_report: '调研报告',
  other: '其他文稿',
};

export const DRAFTING_SECTIONS = ['mishu_yi', 'mishu_er'] as const;
export type DraftingSection = (typeof DRAFTING_SECTIONS)[number];
export const DRAFTING_SECTION_LABELS: Record<DraftingSection, string> = { mishu_yi: '秘书一科', mishu_er: '秘书二科' };

export const DRAFTING_STATUSES = ['drafting', 'in_review', 'revising', 'submitted', 'finalized', 'cancelled'] as const;
export type DraftingStatus = (typeof DRAFTING_STATUSES)[number];
export const DRAFTING_STATUS_LABELS: Record<DraftingStatus, string> = {
  drafting: '起草中',
  in_review: '审核中',
  revising: '修改中',
  submitted: '已呈领导',
  finalized: '已定稿',
  cancelled: '已撤销',
};

export const DRAFTING_ACTIONS = ['submit_for_review', 'request_revision', 'submit_to_leader', 'return_for_revision', 'finalize', 'cancel'] as const;
export type DraftingAction = (typeof DRAFTING_ACTIONS)[number];
export const DRAFTING_ACTION_LABELS: Record<DraftingAction, string> = {
  submit_for_review: '送审',
  request_revision: '退回修改',
  submit_to_leader: '呈送领导',
  return_for_revision: '领导退回修改',
  finalize: '定稿',
  cancel: '撤销',
};

export const REVIEW_VERDICTS = ['approve', 'revise'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export const REVIEW_VERDICT_LABELS: Record<ReviewVerdict, string> = { approve: '同意', revise: '需修改' };


export const RESEARCH_TOPIC_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type ResearchTopicStatus = (typeof RESEARCH_TOPIC_STATUSES)[number];
export const RESEARCH_TOPIC_STATUS_LABELS: Record<ResearchTopicStatus, string> = {
  planned: '计划中',
  in_progress: '调研中',
  completed: '已完成',
  cancelled: '已取消',
};

export const DraftingErrors = {
  notAuthor: { kind: 'forbidden', code: 'DRAFTING.NOT_PERMITTED', title: '无权办理该文稿' },
  notReviewer: { kind: 'forbidden', code: 'DRAFTING.NOT_REVIEWER', title: '不是该文稿的审核人' },
  staleVersion: { kind: 'rule_violation', code: 'DRAFTING.STALE_BODY_VERSION', title: '审核意见须针对最新版本' },
  noBody: { kind: 'rule_violation', code: 'DRAFTING.NO_BODY', title: '文稿尚无正文' },
  noReviewers: { kind: 'rule_violation', code: 'DRAFTING.NO_REVIEWERS', title: '未指定审核人' },
  reviewPending: { kind: 'rule_violation', code: 'DRAFTING.REVIEW_PENDING', title: '审核人尚未同意最新版本' },
  reportRequired: { kind: 'rule_violation', code: 'DRAFTING.REPORT_REQUIRED', title: '调研课题完成时须关联调研报告' },
  reportKind: { kind: 'rule_violation', code: 'DRAFTING.NOT_A_RESEARCH_REPORT', title: '所关联的文稿不是调研报告' },
  reasonRequired: { kind: 'validation', code: 'DRAFTING.REASON_REQUIRED', title: '须说明理由' },
} as const;

const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';

export class PersonRef {
  @ApiProperty({ format: 'uuid', description: '用户 id' }) @IsUUID('all', { message: '用户 id 格式不正确' }) userId: string;
  @ApiProperty({ description: '姓名' }) @IsString() @MinLength(1) @MaxLength(40) name: string;
}

/** The leader a text is written for: 秘书一科 serves the 区长, 秘书二科 the 副区长 (an explicit title, not guessed). */
export class LeaderRef extends PersonRef {
  @ApiProperty({ enum: LEADER_TITLES, description: '领导职务，如 区长、常务副区长、副区长' })
  @IsIn(LEADER_TITLES, { message: `领导职务只能是：${LEADER_TITLES.join('、')}` })
  title: LeaderTitle;
}

/** A deadline: a date given, or a number of working days counted by the deadline engine from a start day. */
export class DeadlineSpec {
  @ApiPropertyOptional({ description: '指定的完成日期' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) dueDate?: string;
  @ApiPropertyOptional({ description: '或：自起算日起若干个工作日', example: 5 }) @IsOptional() @IsInt32() @Min(1) @Max(250) workingDays?: number;
  @ApiPropertyOptional({ description: '工作日期限的起算日（默认今天；当日不计入）' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) from?: string;
}

export class DraftingReviewView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '审核的正文版本号' }) versionNo: number;
  @ApiProperty() reviewerUserId: string;
  @ApiProperty() reviewerName: string;
  @ApiProperty({ enum: REVIEW_VERDICTS }) verdict: ReviewVerdict;
  @ApiProperty({ description: '审核意见' }) opinion: string;
  @ApiProperty() at: string;
}

export class DraftingTaskView extends SecrecyFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: DRAFTING_KINDS }) kind: DraftingKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional() brief?: string;
  @ApiProperty({ enum: DRAFTING_SECTIONS }) section: DraftingSection;
  @ApiProperty({ type: PersonRef, description: '起草人' }) author: PersonRef;
  @ApiProperty({ type: LeaderRef, description: '文稿所服务的领导' }) leader: LeaderRef;
  @ApiProperty({ type: [PersonRef], description: '审核人' }) reviewers: PersonRef[];
  @ApiProperty({ enum: DRAFTING_STATUSES }) status: DraftingStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '完成期限' }) dueDate?: string;
  @ApiProperty({ type: [String], description: '期限的确定或计算过程' }) deadlineExplanation: string[];
  @ApiProperty({ description: '期限是否为暂定（日历年度未发布等）' }) deadlineProvisional: boolean;
  @ApiProperty({ description: '是否逾期' }) overdue: boolean;
  @ApiPropertyOptional({ type: BodyVersionSummary, description: '最新正文版本' }) latestVersion?: BodyVersionSummary;
  @ApiPropertyOptional({ description: '定稿的正文版本号' }) finalVersionNo?: number;
  @ApiPropertyOptional({ format: 'uuid', description: '所属调研课题' }) researchTopicId?: string;
  @ApiProperty({ type: [DraftingReviewView] }) reviews: DraftingReviewView[];
  @ApiPropertyOptional({ description: '撤销理由' }) cancellationReason?: string;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class DraftingTaskSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: DRAFTING_KINDS }) kind: DraftingKind;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DRAFTING_SECTIONS }) section: DraftingSection;
  @ApiProperty() authorName: string;
  @ApiProperty() leaderName: string;
  @ApiProperty({ enum: DRAFTING_STATUSES }) status: DraftingStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional() dueDate?: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export const DraftingSubjects = {
  create: 'drafting.create',
  update: 'drafting.update',
  get: 'drafting.get',
  list: 'drafting.list',
  saveBody: 'drafting.body.save',
  transition: 'drafting.transition',
  review: 'drafting.review',
  createTopic: 'research-topic.create',
  updateTopic: 'research-topic.update',
  getTopic: 'research-topic.get',
  plan: 'research-plan.get',
} as const;

export namespace CreateDraftingTask {
  export class Request extends SecrecyFields {
    @ApiProperty({ enum: DRAFTING_KINDS, description: '文稿类型' }) @IsIn(DRAFTING_KINDS) kind: DraftingKind;
    @ApiProperty({ description: '文稿标题', example: '在全区安全生产工作会议上的讲话' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiPropertyOptional({ description: '起草要求' }) @IsOptional() @IsString() @MaxLength(2000) brief?: string;
    @ApiPropertyOptional({ enum: DRAFTING_SECTIONS, description: '承办科室（默认本人科室）' }) @IsOptional() @IsIn(DRAFTING_SECTIONS) section?: DraftingSection;
    @ApiPropertyOptional({ type: PersonRef, description: '起草人（默认本人）' }) @IsOptional() @ValidateNested() @Type(() => PersonRef) author?: PersonRef;
    @ApiProperty({ type: LeaderRef, description: '文稿所服务的领导' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => LeaderRef) leader: LeaderRef;
    @ApiProperty({ type: [PersonRef], description: '审核人' }) @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => PersonRef) reviewers: PersonRef[];
    @ApiPropertyOptional({ type: DeadlineSpec, description: '完成期限：指定日期，或若干个工作日' }) @IsOptional() @ValidateNested() @Type(() => DeadlineSpec) deadline?: DeadlineSpec;
    @ApiPropertyOptional({ format: 'uuid', description: '所属调研课题（调研报告）' }) @IsOptional() @IsUUID() researchTopicId?: string;
  }
  export class Reply extends DraftingTaskView {}
}

export namespace UpdateDraftingTask {
  export class Body {
    @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2) @MaxLength(200) title?: string;
    @ApiPropertyOptional({ type: [PersonRef] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => PersonRef) reviewers?: PersonRef[];
    @ApiPropertyOptional({ type: DeadlineSpec }) @IsOptional() @ValidateNested() @Type(() => DeadlineSpec) deadline?: DeadlineSpec;
    @ApiPropertyOptional({ description: '调整说明（调整期限时必填）' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace GetDraftingTask {
  export class Request extends RecordRef {}
}

export namespace ListDraftingTasks {
  export class Request extends PageQuery {
    @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt32() @Min(2000) @Max(2200) year?: number;
    @ApiPropertyOptional({ enum: DRAFTING_KINDS }) @IsOptional() @IsIn(DRAFTING_KINDS) kind?: DraftingKind;
    @ApiPropertyOptional({ enum: DRAFTING_SECTIONS }) @IsOptional() @IsIn(DRAFTING_SECTIONS) section?: DraftingSection;
    @ApiPropertyOptional({ enum: DRAFTING_STATUSES }) @IsOptional() @IsIn(DRAFTING_STATUSES) status?: DraftingStatus;
    @ApiPropertyOptional({ description: '只看逾期（true）' })
    @IsOptional()
    @Type(() => String)
    @IsIn(['true', 'false'], { message: '只能是 true 或 false' })
    overdue?: 'true' | 'false';
    @ApiPropertyOptional({ description: '按标题模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DraftingTaskSummary] }) items: DraftingTaskSummary[];
  }
}

export namespace SaveDraftingBody {
  export class Body {
    @ApiProperty({ description: '正文全文（每次保存为新版本，保留全部历史）' }) @IsString() @MinLength(1) @MaxLength(200_000) text: string;
    @ApiPropertyOptional({ description: '保存说明' }) @IsOptional() @IsString() @MaxLength(200) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace TransitionDraftingTask {
  export class Body {
    @ApiProperty({ enum: DRAFTING_ACTIONS, description: '送审、退回修改、呈送领导、领导退回修改、定稿、撤销' }) @IsIn(DRAFTING_ACTIONS) action: DraftingAction;
    @ApiPropertyOptional({ description: '说明（撤销、退回时必填）' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ReviewDraftingTask {
  export class Body {
    @ApiProperty({ description: '所审核的正文版本号（须为最新版本）' }) @IsInt32() @Min(1) versionNo: number;
    @ApiProperty({ enum: REVIEW_VERDICTS, description: '同意 / 需修改' }) @IsIn(REVIEW_VERDICTS) verdict: ReviewVerdict;
    @ApiProperty({ description: '审核意见' }) @IsString() @MinLength(1) @MaxLength(4000) opinion: string;
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() id: string;
  }
}

// ---- 调研计划 ----

export class ResearchTopicView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: '调研课题' }) title: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: LeaderRef, description: '牵头领导' }) leadLeader: LeaderRef;
  @ApiProperty({ enum: DRAFTING_SECTIONS }) section: DraftingSection;
  @ApiProperty({ type: PersonRef, description: '责任人' }) responsible: PersonRef;
  @ApiProperty({ description: '计划季度（1–4）' }) plannedQuarter: number;
  @ApiProperty({ enum: RESEARCH_TOPIC_STATUSES }) status: ResearchTopicStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ format: 'uuid', description: '调研报告（文稿起草任务 id）' }) reportTaskId?: string;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export namespace CreateResearchTopic {
  export class Request extends SecrecyFields {
    @ApiProperty({ description: '年度' }) @IsInt32() @Min(2000) @Max(2200) year: number;
    @ApiProperty({ description: '调研课题', example: '关于全区老工业区转型发展的调研' }) @IsString() @MinLength(4) @MaxLength(200) title: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) description?: string;
    @ApiProperty({ type: LeaderRef, description: '牵头领导' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => LeaderRef) leadLeader: LeaderRef;
    @ApiProperty({ enum: DRAFTING_SECTIONS }) @IsIn(DRAFTING_SECTIONS) section: DraftingSection;
    @ApiProperty({ type: PersonRef, description: '责任人' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => PersonRef) responsible: PersonRef;
    @ApiProperty({ description: '计划季度 1–4' }) @IsInt32() @Min(1, { message: '季度为 1–4' }) @Max(4, { message: '季度为 1–4' }) plannedQuarter: number;
  }
}

export namespace UpdateResearchTopic {
  export class Body {
    @ApiPropertyOptional({ enum: RESEARCH_TOPIC_STATUSES }) @IsOptional() @IsIn(RESEARCH_TOPIC_STATUSES) status?: ResearchTopicStatus;
    @ApiPropertyOptional({ description: '计划季度 1–4' }) @IsOptional() @IsInt32() @Min(1) @Max(4) plannedQuarter?: number;
    @ApiPropertyOptional({ type: PersonRef }) @IsOptional() @ValidateNested() @Type(() => PersonRef) responsible?: PersonRef;
    @ApiPropertyOptional({ format: 'uuid', description: '关联的调研报告（文稿起草任务 id）' }) @IsOptional() @IsUUID() reportTaskId?: string;
    @ApiPropertyOptional({ description: '说明（取消时必填）' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace GetResearchTopic {
  export class Request extends RecordRef {}
}

export namespace GetResearchPlan {
  export class Request {
    @ApiProperty() @IsInt32() @Min(2000) @Max(2200) year: number;
    @ApiPropertyOptional({ enum: DRAFTING_SECTIONS }) @IsOptional() @IsIn(DRAFTING_SECTIONS) section?: DraftingSection;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ type: [ResearchTopicView], description: '按季度、科室排列的调研课题' }) topics: ResearchTopicView[];
  }
}

export const DraftingEvents = {
  created: eventSubject('document-secretariat', 'drafting.created'),
  changed: eventSubject('document-secretariat', 'drafting.changed'),
  bodySaved: eventSubject('document-secretariat', 'drafting.body-saved'),
  reviewed: eventSubject('document-secretariat', 'drafting.reviewed'),
  statusChanged: eventSubject('document-secretariat', 'drafting.status-changed'),
  overdue: eventSubject('document-secretariat', 'drafting.overdue'),
  topicPlanned: eventSubject('document-secretariat', 'research-topic.planned'),
  topicChanged: eventSubject('document-secretariat', 'research-topic.changed'),
} as const;

/**
 * A change of a 文稿起草 task (each `drafting.*` subject): published by document-secretariat in the transaction of the
 * change; no consumer yet. A consumer keys on (taskId, version, action): reviews do not change the task's version.
 */
export namespace DraftingTaskChanged {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() taskId: string;
    @ApiProperty() @IsString() action: string;
    @ApiProperty({ enum: DRAFTING_KINDS }) @IsIn(DRAFTING_KINDS) kind: DraftingKind;
    @ApiProperty() @IsString() title: string;
    @ApiProperty({ enum: DRAFTING_SECTIONS }) @IsIn(DRAFTING_SECTIONS) section: DraftingSection;
    @ApiProperty({ enum: DRAFTING_STATUSES }) @IsIn(DRAFTING_STATUSES) status: DraftingStatus;
    @ApiPropertyOptional() @IsOptional() @IsCalendarDate() dueDate?: string;
    @ApiProperty() @IsBoolean() overdue: boolean;
    @ApiPropertyOptional() @IsOptional() @IsInt32() bodyVersionNo?: number;
    @ApiProperty() @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
    @ApiProperty() @IsInt32() @Min(1) version: number;
    @ApiProperty() @IsString() changedBy: string;
  }
}

/** A research topic was planned or changed. A consumer keys on (topicId, version). */
export namespace ResearchTopicChanged {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() topicId: string;
    @ApiProperty() @IsInt32() year: number;
    @ApiProperty() @IsString() title: string;
    @ApiProperty({ enum: RESEARCH_TOPIC_STATUSES }) @IsIn(RESEARCH_TOPIC_STATUSES) status: ResearchTopicStatus;
    @ApiPropertyOptional() @IsOptional() @IsUUID() reportTaskId?: string;
    @ApiProperty() @IsInt32() version: number;
    @ApiProperty() @IsString() changedBy: string;
  }
}
