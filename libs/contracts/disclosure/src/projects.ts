import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 政务信息化 / 智慧城市 / 政务数据项目 that 大数据科 oversees: 审核 → 实施监督 → 验收 → 绩效评估.
 * submitted 待审核 → implementing 实施中 (审核通过) → accepted 已验收 → evaluated 已评估;
 * submitted → returned 已退回修改 (with the reason) → submitted (resubmitted); a failed 验收 keeps it implementing;
 * submitted / returned / implementing → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const PROJECT_STATUSES = ['submitted', 'returned', 'implementing', 'accepted', 'evaluated', 'withdrawn'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  submitted: '待审核',
  returned: '已退回修改',
  implementing: '实施中',
  accepted: '已验收',
  evaluated: '已评估',
  withdrawn: '已撤回',
};

export const PROJECT_KINDS = ['e_government', 'smart_city', 'data'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = { e_government: '电子政务', smart_city: '智慧城市', data: '政务数据' };

export const ACCEPTANCE_RESULTS = ['passed', 'failed'] as const;
export type AcceptanceResult = (typeof ACCEPTANCE_RESULTS)[number];
export const ACCEPTANCE_RESULT_LABELS: Record<AcceptanceResult, string> = { passed: '验收通过', failed: '验收不通过' };

/** 绩效评价等级 (优/良/中/差). */
export const PERFORMANCE_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type PerformanceGrade = (typeof PERFORMANCE_GRADES)[number];
export const PERFORMANCE_GRADE_LABELS: Record<PerformanceGrade, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

/** The fields a unit (or the section) gives of one project; changed while it waits for review or was returned. */
export class ProjectFields {
  @ApiProperty({ description: '项目名称', example: '区政务服务一网通办平台升级' })
  @IsString({ message: '必须为文本' })
  @MinLength(2, { message: '项目名称至少 2 个字' })
  @MaxLength(200, { message: '项目名称不超过 200 个字' })
  title: string;

  @ApiProperty({ enum: PROJECT_KINDS, description: '项目类别：e_government 电子政务，smart_city 智慧城市，data 政务数据' })
  @IsIn(PROJECT_KINDS, { message: '项目类别无效' })
  kind: ProjectKind;

  @ApiProperty({ description: '建设内容' })
  @IsString({ message: '必须为文本' })
  @MinLength(2, { message: '请填写建设内容（至少 2 个字）' })
  @MaxLength(20000, { message: '不超过 20000 个字' })
  content: string;

  @ApiProperty({ description: '预算金额（元）', example: 1200000 })
  @IsInt32({ message: '预算金额须为整数（元）' })
  @Min(1, { message: '预算金额须大于 0' })
  budgetYuan: number;

  @ApiProperty({ description: '计划开工日期' })
  @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' })
  plannedStartOn: string;

  @ApiProperty({ description: '计划完成日期（逾期未验收的标红）' })
  @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' })
  plannedEndOn: string;
}

export class ProjectView extends ProjectFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '建设单位（联络员申报时为本单位；科室登记时可空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '最近一次报送审核之日' }) submittedOn: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审核之日' }) reviewedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审核人' }) reviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审核意见（退回时为退回理由）' }) reviewOpinion: string | null;
  @ApiProperty({ description: '实施监督记录数' }) supervisionCount: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: '验收之日（验收通过）' }) acceptedOn: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ACCEPTANCE_RESULTS, description: '最近一次验收结论' }) acceptanceResult: AcceptanceResult | null;
  @ApiProperty({ type: [String], description: '验收专家' }) acceptanceExperts: string[];
  @ApiPropertyOptional({ nullable: true, type: String, description: '验收意见' }) acceptanceOpinion: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '绩效评价之日' }) evaluatedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '绩效评价得分（0–100）' }) score: number | null;
  @ApiPropertyOptional({ nullable: true, enum: PERFORMANCE_GRADES, description: '绩效评价等级' }) grade: PerformanceGrade | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '等级（中文）' }) gradeLabel: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '评定等级所依据的分档版本' }) gradeScaleVersion: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '绩效评价意见' }) evaluationOpinion: string | null;
  @ApiProperty({ description: '实施中且已过计划完成日期' }) overdue: boolean;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** One line of the project's timeline: a step with who, when, the date it records and its note. */
export class ProjectStepView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty({ description: 'submit, resubmit, update, review, supervise, accept, evaluate, withdraw' }) step: string;
  @ApiProperty({ description: '步骤（中文）' }) label: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '所记录的日期' }) on: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '实施监督：发现的问题' }) issues: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '实施监督：形象进度（%）' }) progressPercent: number | null;
}

/** The project file: the record and its timeline (supervision records are the `supervise` lines). */
export class ProjectDetail extends ProjectView {
  @ApiProperty({ type: [ProjectStepView] }) steps: ProjectStepView[];
}

export const ProjectErrors = {
  notFound: { kind: 'not_found', code: 'PROJECT.NOT_FOUND', title: '信息化项目不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'PROJECT.VERSION_CONFLICT', title: '信息化项目已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'PROJECT.INVALID_STATE', title: '当前状态不能进行此操作' },
  dateOrder: { kind: 'rule_violation', code: 'PROJECT.DATE_ORDER', title: '日期先后不符合办理顺序' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const ProjectSubjects = {
  create: 'project.create',
  update: 'project.update',
  resubmit: 'project.resubmit',
  review: 'project.review',
  supervise: 'project.supervise',
  accept: 'project.accept',
  evaluate: 'project.evaluate',
  withdraw: 'project.withdraw',
  get: 'project.get',
  list: 'project.list',
} as const;

export namespace CreateProject {
  export class Request extends ProjectFields {
    @ApiPropertyOptional({ format: 'uuid', description: '建设单位（科室代为登记时填写；联络员恒为本单位）' })
    @IsOptional()
    @IsUUID('all', { message: '单位 id 无效' })
    unitId?: string;
  }
  export class Reply extends ProjectDetail {}
}

export namespace UpdateProject {
  export class Body extends ProjectFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace ResubmitProject {
  export class Body {
    @ApiPropertyOptional({ description: '修改说明' }) @IsOptional() @IsString({ message: '必须为文本' }) @MaxLength(2000, { message: '不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace ReviewProject {
  export class Body {
    @ApiProperty({ enum: ['approved', 'returned'], description: '审核结论：approved 审核通过，returned 退回修改' })
    @IsIn(['approved', 'returned'], { message: '审核结论无效' })
    decision: 'approved' | 'returned';

    @ApiProperty({ description: '审核之日' }) @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' }) reviewedOn: string;

    @ApiPropertyOptional({ description: '审核意见；退回须说明理由' })
    @IsOptional()
    @IsString({ message: '必须为文本' })
    @MaxLength(2000, { message: '不超过 2000 个字' })
    opinion?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace SuperviseProject {
  export class Body {
    @ApiProperty({ description: '检查之日' }) @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' }) recordedOn: string;

    @ApiProperty({ description: '实施进展' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '请填写实施进展（至少 2 个字）' })
    @MaxLength(4000, { message: '不超过 4000 个字' })
    progress: string;

    @ApiPropertyOptional({ description: '发现的问题' }) @IsOptional() @IsString({ message: '必须为文本' }) @MaxLength(4000, { message: '不超过 4000 个字' }) issues?: string;

    @ApiPropertyOptional({ description: '形象进度（%）' })
    @IsOptional()
    @IsInt32({ message: '形象进度须为整数' })
    @Min(0, { message: '形象进度在 0–100 之间' })
    @Max(100, { message: '形象进度在 0–100 之间' })
    progressPercent?: number;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace AcceptProject {
  export class Body {
    @ApiProperty({ description: '验收之日' }) @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' }) acceptedOn: string;

    @ApiProperty({ enum: ACCEPTANCE_RESULTS, description: '验收结论：passed 通过，failed 不通过（继续实施、整改）' })
    @IsIn(ACCEPTANCE_RESULTS, { message: '验收结论无效' })
    result: AcceptanceResult;

    @ApiProperty({ type: [String], description: '验收专家（至少 1 人）' })
    @IsArray({ message: '须为专家姓名列表' })
    @ArrayMinSize(1, { message: '至少填写 1 名验收专家' })
    @ArrayMaxSize(30, { message: '不超过 30 人' })
    @IsString({ each: true, message: '专家姓名须为文本' })
    @MinLength(2, { each: true, message: '专家姓名至少 2 个字' })
    @MaxLength(40, { each: true, message: '专家姓名不超过 40 个字' })
    experts: string[];

    @ApiPropertyOptional({ description: '验收意见；不通过须说明理由' })
    @IsOptional()
    @IsString({ message: '必须为文本' })
    @MaxLength(4000, { message: '不超过 4000 个字' })
    opinion?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace EvaluateProject {
  export class Body {
    @ApiProperty({ description: '绩效评价之日' }) @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' }) evaluatedOn: string;

    @ApiProperty({ description: '绩效评价得分（0–100，整数）' })
    @IsInt32({ message: '得分须为整数' })
    @Min(0, { message: '得分在 0–100 之间' })
    @Max(100, { message: '得分在 0–100 之间' })
    score: number;

    @ApiPropertyOptional({ description: '评价意见' }) @IsOptional() @IsString({ message: '必须为文本' }) @MaxLength(4000, { message: '不超过 4000 个字' }) opinion?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace WithdrawProject {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: '不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ProjectDetail {}
}

export namespace GetProject {
  export class Request extends RecordRef {}
  export class Reply extends ProjectDetail {}
}

export namespace ListProjects {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PROJECT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(PROJECT_STATUSES, { message: '取值无效' })
    status?: ProjectStatus;

    @ApiPropertyOptional({ enum: PROJECT_KINDS, description: '项目类别' })
    @IsOptional()
    @IsIn(PROJECT_KINDS, { message: '项目类别无效' })
    kind?: ProjectKind;

    @ApiPropertyOptional({ description: '只看实施中且已过计划完成日期的（true）' })
    @IsOptional()
    @IsIn(['true', 'false', true, false], { message: '须为 true 或 false' })
    overdue?: string | boolean;

    @ApiPropertyOptional({ description: '项目名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: '必须为文本' })
    @MaxLength(40, { message: '不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ProjectView] }) items: ProjectView[];
  }
}

/** What the events of one project carry: its snapshot with its version (consumers apply only newer ones). */
export class ProjectSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(PROJECT_KINDS) kind: ProjectKind;
  @ApiProperty() @IsIn(PROJECT_STATUSES) status: ProjectStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ProjectEvents = {
  created: eventSubject('disclosure', 'project.created'),
  updated: eventSubject('disclosure', 'project.updated'),
  reviewed: eventSubject('disclosure', 'project.reviewed'),
  supervised: eventSubject('disclosure', 'project.supervised'),
  accepted: eventSubject('disclosure', 'project.accepted'),
  evaluated: eventSubject('disclosure', 'project.evaluated'),
  withdrawn: eventSubject('disclosure', 'project.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const ProjectEventDescriptions = {
  'project.created': { zh: '信息化项目申报（待审核）', en: 'A project was submitted for review.' },
  'project.updated': { zh: '信息化项目被修改或重新报送', en: 'A project was changed or resubmitted.' },
  'project.reviewed': { zh: '信息化项目审核（通过进入实施，或退回修改）', en: 'A project was reviewed: approved for implementation or returned.' },
  'project.supervised': { zh: '信息化项目登记一次实施监督', en: 'A supervision record was added to a project.' },
  'project.accepted': { zh: '信息化项目验收（通过或不通过）', en: 'A project acceptance was recorded (passed or failed).' },
  'project.evaluated': { zh: '信息化项目绩效评价', en: 'A project performance evaluation was recorded.' },
  'project.withdrawn': { zh: '信息化项目被撤回（注明理由，不删除）', en: 'A project was withdrawn, with a reason (never deleted).' },
} as const;

/**
 * Published by disclosure at every step of a project; carries its snapshot. No consumer yet; a consumer keeps the
 * newest version per id and ignores older or repeated snapshots.
 */
export namespace ProjectChanged {
  export class Event extends ProjectSnapshot {}
}
