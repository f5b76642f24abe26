import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 部门政府信息公开工作年度报告 (第四十九条): the district's departments submit their report on the previous year to the office
 * (the 政府信息公开工作主管部门) by 31 January; 政务公开科 checks each and publishes the passed ones together (统一发布).
 *
 * The year's collection (`DepartmentReportRound`): collecting 收集中 → published 已统一发布 (further passed reports may be
 * published later in a 补充发布). One unit's report: submitted 待审核 → returned 已退回 (with the reason) → submitted (re-submitted)
 * → passed 已通过 → published 已发布. Nothing is deleted: every submission is kept in the report's timeline.
 */
export const DEPARTMENT_REPORT_STATUSES = ['submitted', 'returned', 'passed', 'published'] as const;
export type DepartmentReportStatus = (typeof DEPARTMENT_REPORT_STATUSES)[number];
export const DEPARTMENT_REPORT_STATUS_LABELS: Record<DepartmentReportStatus, string> = { submitted: '待审核', returned: '已退回', passed: '已通过', published: '已发布' };

export const DEPARTMENT_REPORT_ROUND_STATUSES = ['collecting', 'published'] as const;
export type DepartmentReportRoundStatus = (typeof DEPARTMENT_REPORT_ROUND_STATUSES)[number];
export const DEPARTMENT_REPORT_ROUND_STATUS_LABELS: Record<DepartmentReportRoundStatus, string> = { collecting: '收集中', published: '已统一发布' };

/** Where one expected unit stands in the year's collection. */
export const UNIT_SUBMISSION_STATES = ['missing', 'submitted', 'returned', 'passed', 'published'] as const;
export type UnitSubmissionState = (typeof UNIT_SUBMISSION_STATES)[number];

const year = () => (target: object, key: string) => {
  Type(() => Number)(target, key);
  IsInt32({ message: `${key}：须为四位年份` })(target, key);
  Min(2008, { message: `${key}：不早于 2008 年` })(target, key);
  Max(2200, { message: `${key}：不晚于 2200 年` })(target, key);
};

const count = (label: string) => (target: object, key: string) => {
  IsInt32({ message: `${key}：${label}须为整数` })(target, key);
  Min(0, { message: `${key}：${label}不能为负数` })(target, key);
  Max(1000000, { message: `${key}：${label}不超过 1000000` })(target, key);
};

/**
 * The key figures of the report, as the totals of the template's tables (国办公开办函〔2021〕30号 表三、表四): 一 本年新收,
 * 二 上年结转, 三 办理结果总计, 四 结转下年度 (一 + 二 = 三 + 四), the 行政复议 and 行政诉讼 totals.
 */
export class DepartmentReportFigures {
  @ApiProperty({ description: '一、本年新收政府信息公开申请数量（总计）' }) @count('本年新收数') newApplications: number;
  @ApiProperty({ description: '二、上年结转政府信息公开申请数量（总计）' }) @count('上年结转数') carriedOver: number;
  @ApiProperty({ description: '三、本年度办理结果（总计）' }) @count('办理结果总计') concluded: number;
  @ApiProperty({ description: '四、结转下年度继续办理（总计）' }) @count('结转下年度数') carriedForward: number;
  @ApiProperty({ description: '行政复议（总计）' }) @count('行政复议总计') reviews: number;
  @ApiProperty({ description: '行政诉讼（总计）' }) @count('行政诉讼总计') lawsuits: number;
}

/** What a unit's liaison submits. */
export class DepartmentReportContent {
  @ApiPropertyOptional({ description: '报告正文（与附件至少有其一）' })
  @IsOptional()
  @IsString({ message: 'text：必须为文本' })
  @MaxLength(50000, { message: 'text：不超过 50000 个字' })
  text?: string;

  @ApiPropertyOptional({ type: [String], description: '附件名称（报告文件）' })
  @IsOptional()
  @IsArray({ message: 'attachments：必须为列表' })
  @ArrayMaxSize(10, { message: 'attachments：至多 10 个附件' })
  @IsString({ each: true, message: 'attachments：附件名称必须为文本' })
  @MaxLength(200, { each: true, message: 'attachments：附件名称不超过 200 个字' })
  attachments?: string[];

  @ApiPropertyOptional({ type: DepartmentReportFigures, description: '主要数据（模板表格的总计；填写时须满足 一+二=三+四）' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DepartmentReportFigures)
  figures?: DepartmentReportFigures;
}

export class DepartmentReportStepView {
  @ApiProperty() seq: number;
  @ApiProperty({ description: 'submit 报送 / resubmit 重新报送 / return 退回 / pass 通过 / publish 发布' }) action: string;
  @ApiProperty({ description: '操作（中文）' }) actionLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '退回理由等' }) note: string | null;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class DepartmentReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ description: '报告所属年度（上一年度）' }) year: number;
  @ApiProperty({ format: 'uuid', description: '报送单位' }) unitId: string;
  @ApiProperty({ description: '报告正文' }) text: string;
  @ApiProperty({ type: [String] }) attachments: string[];
  @ApiPropertyOptional({ type: DepartmentReportFigures, nullable: true }) figures: DepartmentReportFigures | null;
  @ApiProperty({ enum: DEPARTMENT_REPORT_STATUSES }) status: DepartmentReportStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '首次报送之日' }) firstSubmittedOn: string;
  @ApiProperty({ description: '最近报送之日' }) submittedOn: string;
  @ApiProperty({ description: '报送截止日（次年 1 月 31 日）' }) dueDate: string;
  @ApiProperty({ description: '逾期报送：首次报送晚于截止日' }) late: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: '退回理由' }) returnReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '统一发布之日' }) publishedOn: string | null;
  @ApiProperty({ type: [DepartmentReportStepView], description: '办理记录（列表中为空）' }) steps: DepartmentReportStepView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class UnitSubmissionView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '是否在应报送单位名单内' }) expected: boolean;
  @ApiProperty({ enum: UNIT_SUBMISSION_STATES, description: 'missing 未报送 / submitted 待审核 / returned 已退回 / passed 已通过 / published 已发布' }) state: UnitSubmissionState;
  @ApiProperty({ description: '状态（中文）' }) stateLabel: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) reportId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) firstSubmittedOn: string | null;
  @ApiProperty({ description: '逾期：晚于截止日报送，或截止日已过仍未报送' }) late: boolean;
}

export class DepartmentReportRoundView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '报告所属年度' }) year: number;
  @ApiProperty({ type: [String], description: '应报送单位' }) unitIds: string[];
  @ApiProperty({ description: '报送截止日（次年 1 月 31 日）' }) dueDate: string;
  @ApiProperty({ type: [String], description: '截止日的依据' }) dueExplanation: string[];
  @ApiProperty({ enum: DEPARTMENT_REPORT_ROUND_STATUSES }) status: DepartmentReportRoundStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '统一发布之日（首次）' }) publishedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedBy: string | null;
  @ApiProperty({ type: [UnitSubmissionView], description: '各单位报送情况（详情中给出；列表中为空）' }) units: UnitSubmissionView[];
  @ApiProperty({ description: '已报送单位数' }) submittedCount: number;
  @ApiProperty({ description: '逾期报送单位数' }) lateCount: number;
  @ApiProperty({ description: '未报送单位数' }) missingCount: number;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const DepartmentReportErrors = {
  notFound: { kind: 'not_found', code: 'DEPARTMENT_REPORT.NOT_FOUND', title: '部门年度报告不存在' },
  roundNotFound: { kind: 'not_found', code: 'DEPARTMENT_REPORT.ROUND_NOT_FOUND', title: '该年度的部门年度报告收集不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'DEPARTMENT_REPORT.VERSION_CONFLICT', title: '部门年度报告已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.INVALID_STATE', title: '当前状态不能进行此操作' },
  roundExists: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.ROUND_EXISTS', title: '该年度的收集已启动' },
  noRound: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.NO_ROUND', title: '该年度的部门年度报告收集尚未启动' },
  exists: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.EXISTS', title: '本单位该年度的报告已报送' },
  content: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.CONTENT', title: '报告须有正文或附件' },
  crossCheck: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.CROSS_CHECK', title: '主要数据的勾稽关系 一+二=三+四 不成立' },
  nothingToPublish: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.NOTHING_TO_PUBLISH', title: '没有可发布的报告' },
  unchecked: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.UNCHECKED', title: '尚有待审核的报告' },
  dateOrder: { kind: 'rule_violation', code: 'DEPARTMENT_REPORT.DATE_ORDER', title: '日期先后不符合办理顺序' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const DepartmentReportSubjects = {
  submit: 'department-report.submit',
  resubmit: 'department-report.resubmit',
  review: 'department-report.review',
  get: 'department-report.get',
  list: 'department-report.list',
  openRound: 'department-report-round.open',
  changeRoundUnits: 'department-report-round.units',
  publishRound: 'department-report-round.publish',
  getRound: 'department-report-round.get',
  listRounds: 'department-report-round.list',
} as const;

export namespace SubmitDepartmentReport {
  export class Request extends DepartmentReportContent {
    @ApiProperty({ description: '报告所属年度（上一年度）' }) @year() year: number;
  }
  export class Reply extends DepartmentReportView {}
}

export namespace ResubmitDepartmentReport {
  export class Body extends DepartmentReportContent {}
  export class Request extends Versioned(Body) {}
  export class Reply extends DepartmentReportView {}
}

export const REVIEW_DECISIONS = ['pass', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export namespace ReviewDepartmentReport {
  export class Body {
    @ApiProperty({ enum: REVIEW_DECISIONS, description: 'pass 通过 / return 退回' })
    @IsIn(REVIEW_DECISIONS, { message: 'decision：须为 pass（通过）或 return（退回）' })
    decision: ReviewDecision;

    @ApiPropertyOptional({ description: '退回理由（退回时必填）' })
    @IsOptional()
    @IsString({ message: 'reason：必须为文本' })
    @MaxLength(2000, { message: 'reason：不超过 2000 个字' })
    reason?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DepartmentReportView {}
}

export namespace GetDepartmentReport {
  export class Request extends RecordRef {}
  export class Reply extends DepartmentReportView {}
}

export namespace ListDepartmentReports {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @year() year?: number;

    @ApiPropertyOptional({ enum: DEPARTMENT_REPORT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(DEPARTMENT_REPORT_STATUSES, { message: 'status：取值无效' })
    status?: DepartmentReportStatus;

    @ApiPropertyOptional({ format: 'uuid', description: '报送单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 id 无效' })
    unitId?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DepartmentReportView] }) items: DepartmentReportView[];
  }
}

export class RoundUnits {
  @ApiProperty({ type: [String], description: '应报送单位（区政府各部门）' })
  @IsDefined({ message: 'unitIds：请选择应报送的单位' })
  @IsArray({ message: 'unitIds：必须为列表' })
  @ArrayMinSize(1, { message: 'unitIds：至少选择 1 个单位' })
  @ArrayMaxSize(300, { message: 'unitIds：至多 300 个单位' })
  @ArrayUnique({ message: 'unitIds：单位不能重复' })
  @IsUUID('all', { each: true, message: 'unitIds：单位 id 无效' })
  unitIds: string[];
}

export namespace OpenDepartmentReportRound {
  export class Request extends RoundUnits {
    @ApiProperty({ description: '报告所属年度（上一年度）' }) @year() year: number;
  }
  export class Reply extends DepartmentReportRoundView {}
}

export namespace ChangeDepartmentReportRoundUnits {
  export class Body extends RoundUnits {}
  export class Request extends Versioned(Body) {}
  export class Reply extends DepartmentReportRoundView {}
}

export namespace PublishDepartmentReportRound {
  export class Body {
    @ApiProperty({ description: '统一发布之日' })
    @IsCalendarDate({ message: 'publishedOn：必须是有效的日期（YYYY-MM-DD）' })
    publishedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DepartmentReportRoundView {}
}

export namespace GetDepartmentReportRound {
  export class Request extends RecordRef {}
  export class Reply extends DepartmentReportRoundView {}
}

export namespace ListDepartmentReportRounds {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @year() year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DepartmentReportRoundView] }) items: DepartmentReportRoundView[];
  }
}

/** What the events of one unit's report carry: its snapshot with its version (consumers apply only newer ones). */
export class DepartmentReportSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsIn(DEPARTMENT_REPORT_STATUSES) status: DepartmentReportStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

/** What the events of one year's collection carry. */
export class DepartmentReportRoundSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsIn(DEPARTMENT_REPORT_ROUND_STATUSES) status: DepartmentReportRoundStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() publishedOn: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const DepartmentReportEvents = {
  submitted: eventSubject('disclosure', 'department-report.submitted'),
  returned: eventSubject('disclosure', 'department-report.returned'),
  passed: eventSubject('disclosure', 'department-report.passed'),
  published: eventSubject('disclosure', 'department-report.published'),
  roundOpened: eventSubject('disclosure', 'department-report-round.opened'),
  roundUpdated: eventSubject('disclosure', 'department-report-round.updated'),
  roundPublished: eventSubject('disclosure', 'department-report-round.published'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const DepartmentReportEventDescriptions = {
  'department-report.submitted': { zh: '部门报送（或重新报送）上一年度政府信息公开工作年度报告', en: 'A department submitted (or re-submitted) its annual disclosure report.' },
  'department-report.returned': { zh: '政务公开科退回部门年度报告（注明理由）', en: 'The section returned a department’s report, with the reason.' },
  'department-report.passed': { zh: '部门年度报告审核通过', en: 'A department’s report passed the section’s check.' },
  'department-report.published': { zh: '部门年度报告随统一发布公开', en: 'A department’s report was published with the others.' },
  'department-report-round.opened': { zh: '启动某年度部门年度报告的收集', en: 'The collection of the departments’ reports of a year was opened.' },
  'department-report-round.updated': { zh: '部门年度报告收集的应报送单位或报送情况变化', en: 'The expected units or the submissions of a year’s collection changed.' },
  'department-report-round.published': { zh: '政务公开科统一发布已通过的部门年度报告', en: 'The section published the passed departments’ reports together.' },
} as const;

/** Published by disclosure at every step of a department's report; carries its snapshot. No consumer yet. */
export namespace DepartmentReportChanged {
  export class Event extends DepartmentReportSnapshot {}
}

/** Published by disclosure at every step of a year's collection; carries its snapshot. No consumer yet. */
export namespace DepartmentReportRoundChanged {
  export class Event extends DepartmentReportRoundSnapshot {}
}
