import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsNumber, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { ComputedDueDate } from './suggestions.js';
import { DATE_MESSAGE, RecordRef, Versioned } from './common.js';


/** 放管服改革 / “一次办好”改革 / 其他. */
export const REFORM_CATEGORIES = ['fangguanfu', 'yicibanhao', 'other'] as const;
export type ReformCategory = (typeof REFORM_CATEGORIES)[number];
export const REFORM_CATEGORY_LABELS: Record<ReformCategory, string> = { fangguanfu: '放管服改革', yicibanhao: '“一次办好”改革', other: '其他' };

export const REFORM_TASK_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type ReformTaskStatus = (typeof REFORM_TASK_STATUSES)[number];

/** open 待整改 → submitted 已报整改 → verified 已验收销号 | back to open when the verification returns it. */
export const PROBLEM_STATUSES = ['open', 'submitted', 'verified'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PERIOD_UNIT_CODES = ['months', 'calendar_days', 'working_days'] as const;
export type ReformPeriodUnit = (typeof PERIOD_UNIT_CODES)[number];

/** A period counted by the deadline engine from a start day (《民法典》第201–203条). */
export class ReformPeriod {
  @ApiProperty({ description: '期限数值', example: 3 }) @IsInt32() @Min(1) @Max(1000) amount: number;
  @ApiProperty({ enum: PERIOD_UNIT_CODES, description: 'months 月 / calendar_days 日 / working_days 工作日' }) @IsIn(PERIOD_UNIT_CODES) unit: ReformPeriodUnit;
}

export class ReformHistoryEntry {
  @ApiProperty() action: string;
  @ApiProperty() note: string;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

// ---------- tasks ----------

export class ReformTaskFields {
  @ApiProperty({ description: '改革任务', example: '企业开办“一窗通办”压缩至 0.5 个工作日' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
  @ApiProperty({ enum: REFORM_CATEGORIES }) @IsIn(REFORM_CATEGORIES) category: ReformCategory;
  @ApiProperty({ description: '任务内容与目标' }) @IsString() @MinLength(2) @MaxLength(10000) description: string;
  @ApiProperty({ description: '牵头单位' }) @IsUUID() leadUnitId: string;
  @ApiProperty({ description: '配合单位', type: [String] }) @IsArray() @ArrayMaxSize(30) @IsUUID('all', { each: true }) coUnitIds: string[];
  @ApiProperty({ description: '任务下达日期（期限自次日起算）' }) @IsCalendarDate(DATE_MESSAGE) assignedOn: string;
  @ApiProperty({ type: ReformPeriod, description: '完成期限' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ReformPeriod) period: ReformPeriod;
  @ApiPropertyOptional({ description: '所属专题组或功能组（如“一业一证”专题组、审批服务功能组）' })
  @IsOptional()
  @IsString({ message: 'workGroup：必须为文本' })
  @MinLength(2, { message: 'workGroup：至少 2 个字' })
  @MaxLength(60, { message: 'workGroup：不超过 60 个字' })
  workGroup?: string;
}

/** One progress report of a unit on a reform task (推进情况): kept as it was sent, never changed. */
export class ReformProgressView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '报送单位' }) unitId: string;
  @ApiProperty({ description: '截至日期（YYYY-MM-DD）' }) reportedOn: string;
  @ApiPropertyOptional({ nullable: true, description: '完成进度（百分比）', type: Number }) percent: number | null;
  @ApiProperty({ description: '推进情况' }) progress: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export class ReformTaskView extends ReformTaskFields {
  @ApiProperty() id: string;
  @ApiProperty({ type: ComputedDueDate }) due: ComputedDueDate;
  @ApiProperty({ enum: REFORM_TASK_STATUSES }) status: ReformTaskStatus;
  @ApiPropertyOptional({ nullable: true, description: '完成情况或撤销理由', type: String }) closingNote: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty({ type: [ReformHistoryEntry] }) history: ReformHistoryEntry[];
  @ApiProperty({ type: [ReformProgressView], description: '推进情况报送（最新在前）' }) progress: ReformProgressView[];
}

// ---------- inspections and problems ----------

export class ProblemFound {
  @ApiProperty({ description: '发现的问题' }) @IsString() @MinLength(2) @MaxLength(2000) description: string;
  @ApiProperty({ description: '责任单位' }) @IsUUID() unitId: string;
  @ApiProperty({ type: ReformPeriod, description: '整改期限（自检查之日次日起算）' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ReformPeriod) period: ReformPeriod;
}

export class ReformProblemView {
  @ApiProperty() id: string;
  @ApiProperty() inspectionId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) taskId: string | null;
  @ApiProperty() unitId: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: ReformPeriod }) period: ReformPeriod;
  @ApiProperty({ type: ComputedDueDate, description: '整改期限' }) due: ComputedDueDate;
  @ApiProperty({ enum: PROBLEM_STATUSES, description: 'open 待整改 / submitted 已报整改 / verified 已验收' }) status: ProblemStatus;
  @ApiPropertyOptional({ nullable: true, description: '整改措施与成效', type: String }) rectification: string | null;
  @ApiPropertyOptional({ nullable: true, description: '整改完成日期', type: String }) rectifiedOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '验收意见（退回理由）', type: String }) verificationNote: string | null;
  @ApiProperty({ description: '被退回重新整改次数' }) returnCount: number;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty({ type: [ReformHistoryEntry] }) history: ReformHistoryEntry[];
}

export class ReformInspectionView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, description: '关联改革任务', type: String }) taskId: string | null;
  @ApiProperty({ description: '检查名称' }) title: string;
  @ApiProperty({ description: '被检查单位' }) unitId: string;
  @ApiProperty({ description: '检查日期' }) inspectedOn: string;
  @ApiProperty({ type: [String], description: '检查人员' }) inspectors: string[];
  @ApiProperty({ description: '检查情况' }) summary: string;
  @ApiProperty({ type: [ReformProblemView] }) problems: ReformProblemView[];
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

// ---------- third-party evaluations ----------

export class ReformEvaluationView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) taskId: string | null;
  @ApiPropertyOptional({ nullable: true, description: '被评估单位', type: String }) unitId: string | null;
  @ApiProperty({ description: '评估机构' }) evaluator: string;
  @ApiProperty({ description: '评估日期' }) evaluatedOn: string;
  @ApiProperty({ description: '得分（0–100）' }) score: number;
  @ApiProperty({ description: '评估发现' }) findings: string;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export const ReformErrors = {
  taskNotFound: { kind: 'not_found', code: 'REFORM.TASK_NOT_FOUND', title: '改革任务不存在' },
  problemNotFound: { kind: 'not_found', code: 'REFORM.PROBLEM_NOT_FOUND', title: '问题不存在' },
  inspectionNotFound: { kind: 'not_found', code: 'REFORM.INSPECTION_NOT_FOUND', title: '督导检查记录不存在' },
  forbidden: { kind: 'forbidden', code: 'REFORM.FORBIDDEN', title: '无权办理' },
  versionConflict: { kind: 'precondition_failed', code: 'REFORM.VERSION_CONFLICT', title: '记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'REFORM.INVALID_STATE', title: '当前状态不能进行此操作' },
  unknownUnit: { kind: 'validation', code: 'REFORM.UNKNOWN_UNIT', title: '单位不存在或已停用' },
  approvalItemNotFound: { kind: 'not_found', code: 'REFORM.APPROVAL_ITEM_NOT_FOUND', title: '审批改革事项不存在' },
} as const;

export const ReformSubjects = {
  createTask: 'reform.task.create',
  closeTask: 'reform.task.close',
  getTask: 'reform.task.get',
  listTasks: 'reform.task.list',
  recordInspection: 'reform.inspection.record',
  getInspection: 'reform.inspection.get',
  listProblems: 'reform.problem.list',
  getProblem: 'reform.problem.get',
  submitRectification: 'reform.problem.submit-rectification',
  verifyRectification: 'reform.problem.verify',
  recordEvaluation: 'reform.evaluation.record',
  listEvaluations: 'reform.evaluation.list',
  reportProgress: 'reform.task.report-progress',
  registerApprovalItem: 'reform.approval-item.register',
  getApprovalItem: 'reform.approval-item.get',
  listApprovalItems: 'reform.approval-item.list',
  implementApprovalItem: 'reform.approval-item.implement',
  withdrawApprovalItem: 'reform.approval-item.withdraw',
  assessment: 'reform.assessment.compute',
} as const;

export namespace CreateReformTask {
  export class Request extends ReformTaskFields {}
  export class Reply extends ReformTaskView {}
}

export namespace CloseReformTask {
  export class Body {
    @ApiProperty({ enum: ['completed', 'cancelled'], description: 'completed 完成 / cancelled 撤销' }) @IsIn(['completed', 'cancelled']) outcome: 'completed' | 'cancelled';
    @ApiProperty({ description: '完成情况或撤销理由' }) @IsString() @MinLength(2) @MaxLength(2000) note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ReformTaskView {}
}

export namespace GetReformTask {
  export class Request extends RecordRef {}
  export class Reply extends ReformTaskView {}
}

export namespace ListReformTasks {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: REFORM_CATEGORIES }) @IsOptional() @IsIn(REFORM_CATEGORIES) category?: ReformCategory;
    @ApiPropertyOptional({ enum: REFORM_TASK_STATUSES }) @IsOptional() @IsIn(REFORM_TASK_STATUSES) status?: ReformTaskStatus;
    @ApiPropertyOptional({ description: '牵头或配合单位' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '任务名称模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
    @ApiPropertyOptional({ description: '专题组或功能组' }) @IsOptional() @IsString({ message: 'workGroup：必须为文本' }) @MaxLength(60, { message: 'workGroup：不超过 60 个字' }) workGroup?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ReformTaskView] }) items: ReformTaskView[];
  }
}

export namespace ReportReformProgress {
  export class Body {
    @ApiProperty({ description: '截至日期（YYYY-MM-DD，不晚于今天）' }) @IsCalendarDate(DATE_MESSAGE) reportedOn: string;
    @ApiPropertyOptional({ description: '完成进度（0–100）' }) @IsOptional() @IsInt32({ message: 'percent：必须为整数' }) @Min(0, { message: 'percent：不小于 0' }) @Max(100, { message: 'percent：不大于 100' }) percent?: number;
    @ApiProperty({ description: '推进情况' }) @IsString({ message: 'progress：必须为文本' }) @MinLength(2, { message: 'progress：至少 2 个字' }) @MaxLength(4000, { message: 'progress：不超过 4000 个字' }) progress: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply extends ReformTaskView {}
}

/** One unit's line of the yearly “一次办好”/放管服 assessment, computed from the ledger. */
export class ReformAssessmentLine {
  @ApiProperty() unitId: string;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ description: '牵头任务数（撤销的不计）' }) tasksLed: number;
  @ApiProperty({ description: '已完成' }) tasksCompleted: number;
  @ApiProperty({ description: '按期完成' }) tasksOnTime: number;
  @ApiProperty({ description: '逾期（逾期未完成或逾期完成）' }) tasksLate: number;
  @ApiProperty({ description: '督导检查发现问题数' }) problemsFound: number;
  @ApiProperty({ description: '已验收销号' }) problemsVerified: number;
  @ApiProperty({ description: '逾期整改（逾期未报或逾期完成）' }) problemsLate: number;
  @ApiPropertyOptional({ nullable: true, description: '第三方评估平均分', type: Number }) evaluationAverage: number | null;
  @ApiPropertyOptional({ nullable: true, description: '按期完成率（%）', type: Number }) onTimeRate: number | null;
  @ApiPropertyOptional({ nullable: true, description: '整改销号率（%）', type: Number }) rectificationRate: number | null;
  @ApiProperty({ description: '综合得分（0–100，两位小数）' }) score: number;
  @ApiProperty({ description: '名次' }) rank: number;
}

export namespace ComputeReformAssessment {
  export class Request {
    @ApiProperty({ description: '年度', example: 2026 }) @Type(() => Number) @IsInt32({ message: 'year：必须为整数' }) @Min(2000, { message: 'year：不早于 2000 年' }) @Max(2100, { message: 'year：不晚于 2100 年' }) year: number;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ description: '计算日期（逾期判断以此日为准）' }) asOf: string;
    @ApiProperty({ description: '计分办法' }) method: string;
    @ApiProperty({ type: [ReformAssessmentLine] }) lines: ReformAssessmentLine[];
  }
}

export namespace RecordReformInspection {
  export class Request {
    @ApiPropertyOptional({ description: '关联改革任务' }) @IsOptional() @IsUUID() taskId?: string;
    @ApiProperty({ description: '检查名称', example: '“一次办好”改革落实情况督导检查' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ description: '被检查单位' }) @IsUUID() unitId: string;
    @ApiProperty({ description: '检查日期' }) @IsCalendarDate(DATE_MESSAGE) inspectedOn: string;
    @ApiProperty({ type: [String], description: '检查人员' }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) inspectors: string[];
    @ApiProperty({ description: '检查情况' }) @IsString() @MinLength(2) @MaxLength(10000) summary: string;
    @ApiProperty({ type: [ProblemFound], description: '发现的问题' })
    @IsArray()
    @ArrayMaxSize(100)
    @ValidateNested({ each: true })
    @Type(() => ProblemFound)
    problems: ProblemFound[];
  }
  export class Reply extends ReformInspectionView {}
}

export namespace GetReformInspection {
  export class Request extends RecordRef {}
  export class Reply extends ReformInspectionView {}
}

export namespace ListReformProblems {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PROBLEM_STATUSES }) @IsOptional() @IsIn(PROBLEM_STATUSES) status?: ProblemStatus;
    @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional() @IsOptional() @IsUUID() taskId?: string;
    @ApiPropertyOptional() @IsOptional() @IsUUID() inspectionId?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ReformProblemView] }) items: ReformProblemView[];
  }
}

export namespace GetReformProblem {
  export class Request extends RecordRef {}
  export class Reply extends ReformProblemView {}
}

export namespace SubmitRectification {
  export class Body {
    @ApiProperty({ description: '整改措施与成效' }) @IsString() @MinLength(2) @MaxLength(10000) rectification: string;
    @ApiProperty({ description: '整改完成日期' }) @IsCalendarDate(DATE_MESSAGE) rectifiedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ReformProblemView {}
}

export namespace VerifyRectification {
  export class Body {
    @ApiProperty({ enum: ['verified', 'returned'], description: 'verified 验收通过（销号）/ returned 退回重新整改' }) @IsIn(['verified', 'returned']) decision: 'verified' | 'returned';
    @ApiPropertyOptional({ description: '验收意见（退回时必填）' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ReformProblemView {}
}

export namespace RecordReformEvaluation {
  export class Request {
    @ApiPropertyOptional() @IsOptional() @IsUUID() taskId?: string;
    @ApiPropertyOptional({ description: '被评估单位' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiProperty({ description: '第三方评估机构' }) @IsString() @MinLength(2) @MaxLength(100) evaluator: string;
    @ApiProperty({ description: '评估日期' }) @IsCalendarDate(DATE_MESSAGE) evaluatedOn: string;
    @ApiProperty({ description: '得分（0–100，可带两位小数）' }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100) score: number;
    @ApiProperty({ description: '评估发现' }) @IsString() @MinLength(2) @MaxLength(10000) findings: string;
  }
  export class Reply extends ReformEvaluationView {}
}

export namespace ListReformEvaluations {
  export class Request extends PageQuery {
    @ApiPropertyOptional() @IsOptional() @IsUUID() taskId?: string;
    @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ReformEvaluationView] }) items: ReformEvaluationView[];
  }
}

export class ReformRecordSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty({ description: 'task / inspection / problem / evaluation' }) @IsIn(['task', 'inspection', 'problem', 'evaluation']) record: 'task' | 'inspection' | 'problem' | 'evaluation';
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() status?: string;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ReformEvents = {
  taskCreated: eventSubject('supervision', 'reform.task-created'),
  taskClosed: eventSubject('supervision', 'reform.task-closed'),
  inspectionRecorded: eventSubject('supervision', 'reform.inspection-recorded'),
  rectificationSubmitted: eventSubject('supervision', 'reform.rectification-submitted'),
  rectificationVerified: eventSubject('supervision', 'reform.rectification-verified'),
  rectificationReturned: eventSubject('supervision', 'reform.rectification-returned'),
  evaluationRecorded: eventSubject('supervision', 'reform.evaluation-recorded'),
  /** A unit reported its progress on a task (the task's snapshot, at its new version). */
  progressReported: eventSubject('supervision', 'reform.progress-reported'),
  /** A task's or a problem's deadline re-dated by the service after the working-day calendar changed. */
  deadlineRedated: eventSubject('supervision', 'reform.deadline-redated'),
} as const;

/**
 * Published by supervision on each change of the reform ledger (放管服/“一次办好”台账), with the record's
 * snapshot and version. No consumer yet; a consumer stays idempotent through the inbox.
 */
export namespace ReformRecordChanged {
  export class Event extends ReformRecordSnapshot {}
}

// ---------- 行政审批制度改革事项（取消、下放、承接） ----------

/** Where a 行政审批 change comes from: 国务院 / 省政府 / 市政府 decisions. */
export const APPROVAL_SOURCE_LEVELS = ['state', 'province', 'city'] as const;
export type ApprovalSourceLevel = (typeof APPROVAL_SOURCE_LEVELS)[number];
export const APPROVAL_SOURCE_LEVEL_LABELS: Record<ApprovalSourceLevel, string> = { state: '国务院', province: '省政府', city: '市政府' };

/** 取消 / 下放 (to the district or its towns) / 承接 (taken over from above) / 调整 (merged, renamed, conditions changed). */
export const APPROVAL_CHANGE_KINDS = ['cancelled', 'delegated', 'undertaken', 'adjusted'] as const;
export type ApprovalChangeKind = (typeof APPROVAL_CHANGE_KINDS)[number];
export const APPROVAL_CHANGE_KIND_LABELS: Record<ApprovalChangeKind, string> = { cancelled: '取消', delegated: '下放', undertaken: '承接', adjusted: '调整' };

/** pending 待落实 → implemented 已落实; withdrawn 已撤回 (registered in error, with the reason). */
export const APPROVAL_ITEM_STATUSES = ['pending', 'implemented', 'withdrawn'] as const;
export type ApprovalItemStatus = (typeof APPROVAL_ITEM_STATUSES)[number];
export const APPROVAL_ITEM_STATUS_LABELS: Record<ApprovalItemStatus, string> = { pending: '待落实', implemented: '已落实', withdrawn: '已撤回' };

export class ApprovalItemFields {
  @ApiProperty({ enum: APPROVAL_SOURCE_LEVELS, description: '决定机关层级' }) @IsIn(APPROVAL_SOURCE_LEVELS, { message: 'sourceLevel：取值无效' }) sourceLevel: ApprovalSourceLevel;
  @ApiProperty({ description: '决定文件（名称与文号）', example: '鲁政字〔2026〕88号' })
  @IsString({ message: 'sourceDocument：必须为文本' })
  @MinLength(2, { message: 'sourceDocument：至少 2 个字' })
  @MaxLength(200, { message: 'sourceDocument：不超过 200 个字' })
  sourceDocument: string;
  @ApiProperty({ description: '审批事项名称' }) @IsString({ message: 'itemName：必须为文本' }) @MinLength(2, { message: 'itemName：至少 2 个字' }) @MaxLength(200, { message: 'itemName：不超过 200 个字' }) itemName: string;
  @ApiProperty({ enum: APPROVAL_CHANGE_KINDS, description: 'cancelled 取消 / delegated 下放 / undertaken 承接 / adjusted 调整' }) @IsIn(APPROVAL_CHANGE_KINDS, { message: 'changeKind：取值无效' }) changeKind: ApprovalChangeKind;
  @ApiProperty({ description: '落实单位（承接或衔接的部门、镇街）' }) @IsUUID('all', { message: 'unitId：须为单位编号' }) unitId: string;
  @ApiProperty({ description: '文件收到日期（落实期限自次日起算）' }) @IsCalendarDate(DATE_MESSAGE) receivedOn: string;
  @ApiProperty({ type: ReformPeriod, description: '落实期限' }) @IsDefined({ message: 'period：必须填写' }) @IsObject() @ValidateNested() @Type(() => ReformPeriod) period: ReformPeriod;
}

export class ApprovalItemView extends ApprovalItemFields {
  @ApiProperty() id: string;
  @ApiProperty({ type: ComputedDueDate, description: '落实期限' }) due: ComputedDueDate;
  @ApiProperty({ enum: APPROVAL_ITEM_STATUSES }) status: ApprovalItemStatus;
  @ApiPropertyOptional({ nullable: true, description: '落实措施（衔接、承接、监管办法）', type: String }) measures: string | null;
  @ApiPropertyOptional({ nullable: true, description: '落实日期', type: String }) implementedOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '撤回理由', type: String }) withdrawalReason: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty({ type: [ReformHistoryEntry] }) history: ReformHistoryEntry[];
}

export namespace RegisterApprovalItem {
  export class Request extends ApprovalItemFields {}
  export class Reply extends ApprovalItemView {}
}

export namespace GetApprovalItem {
  export class Request extends RecordRef {}
  export class Reply extends ApprovalItemView {}
}

export namespace ListApprovalItems {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: APPROVAL_ITEM_STATUSES }) @IsOptional() @IsIn(APPROVAL_ITEM_STATUSES, { message: 'status：取值无效' }) status?: ApprovalItemStatus;
    @ApiPropertyOptional({ enum: APPROVAL_CHANGE_KINDS }) @IsOptional() @IsIn(APPROVAL_CHANGE_KINDS, { message: 'changeKind：取值无效' }) changeKind?: ApprovalChangeKind;
    @ApiPropertyOptional({ description: '落实单位' }) @IsOptional() @IsUUID('all', { message: 'unitId：须为单位编号' }) unitId?: string;
    @ApiPropertyOptional({ description: '事项名称模糊搜索（支持中文）' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ApprovalItemView] }) items: ApprovalItemView[];
  }
}

export namespace ImplementApprovalItem {
  export class Body {
    @ApiProperty({ description: '落实措施（衔接、承接、事中事后监管办法）' }) @IsString({ message: 'measures：必须为文本' }) @MinLength(2, { message: 'measures：至少 2 个字' }) @MaxLength(4000, { message: 'measures：不超过 4000 个字' }) measures: string;
    @ApiProperty({ description: '落实日期（不晚于今天）' }) @IsCalendarDate(DATE_MESSAGE) implementedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ApprovalItemView {}
}

export namespace WithdrawApprovalItem {
  export class Body {
    @ApiProperty({ description: '撤回理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ApprovalItemView {}
}

export class ApprovalItemSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty({ enum: APPROVAL_ITEM_STATUSES }) @IsIn(APPROVAL_ITEM_STATUSES) status: ApprovalItemStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ApprovalItemEvents = {
  registered: eventSubject('supervision', 'reform.approval-item-registered'),
  implemented: eventSubject('supervision', 'reform.approval-item-implemented'),
  withdrawn: eventSubject('supervision', 'reform.approval-item-withdrawn'),
  /** A pending item's deadline re-dated by the service after the working-day calendar changed. */
  redated: eventSubject('supervision', 'reform.approval-item-redated'),
} as const;

/** Published by supervision at each step of a 行政审批 reform item (取消/下放/承接/调整), with its snapshot. */
export namespace ApprovalItemChanged {
  export class Event extends ApprovalItemSnapshot {}
}
