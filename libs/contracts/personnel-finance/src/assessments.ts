import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/** open 评定中 → finalized 已定等次 (a final snapshot); withdrawn 已撤回 (from open, with a reason). */
export const ASSESSMENT_STATUSES = ['open', 'finalized', 'withdrawn'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = { open: '评定中', finalized: '已定等次', withdrawn: '已撤回' };

/** 优秀 / 称职 / 基本称职 / 不称职 (《公务员考核规定》). */
export const ASSESSMENT_GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type AssessmentGrade = (typeof ASSESSMENT_GRADES)[number];
export const ASSESSMENT_GRADE_LABELS: Record<AssessmentGrade, string> = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' };

export class AssessmentEntryView {
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ description: '科室代码' }) sectionCode: string;
  @ApiProperty({ description: '试用期内（只写评语，不定等次）' }) probationer: boolean;
  @ApiPropertyOptional({ enum: ASSESSMENT_GRADES, nullable: true, description: '等次' }) grade: AssessmentGrade | null;
  @ApiPropertyOptional({ description: '评语', nullable: true, type: String }) comment: string | null;
}

export class QuotaApprovalView {
  @ApiProperty({ description: '批准文件文号' }) documentNumber: string;
  @ApiProperty({ description: '批准机关' }) approver: string;
  @ApiProperty({ description: '批准日期' }) approvedOn: string;
  @ApiProperty({ description: '登记人' }) recordedBy: string;
}

export class AssessmentQuotaView {
  @ApiProperty({ description: '配置版本' }) version: string;
  @ApiProperty({ description: '参加考核（定等次）人数，不含试用期人员' }) assessed: number;
  @ApiProperty({ description: '已评优秀人数' }) excellent: number;
  @ApiProperty({ description: '优秀名额上限' }) allowed: number;
  @ApiProperty({ description: '适用比例（%）' }) percent: number;
  @ApiProperty({ description: '依据' }) source: string;
}

export class TimelineEntryView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty({ description: '步骤' }) step: string;
  @ApiPropertyOptional({ nullable: true, description: '说明或理由', type: String }) note: string | null;
}

export class AssessmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '考核年度' }) year: number;
  @ApiProperty({ description: '标题' }) title: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES, description: 'open 评定中 / finalized 已定等次 / withdrawn 已撤回' }) status: AssessmentStatus;
  @ApiProperty({ type: AssessmentQuotaView, description: '优秀名额' }) quota: AssessmentQuotaView;
  @ApiPropertyOptional({ type: QuotaApprovalView, nullable: true, description: '提高优秀比例的批准（登记后上限为 25%）' }) quotaApproval: QuotaApprovalView | null;
  @ApiProperty({ type: [AssessmentEntryView] }) entries: AssessmentEntryView[];
  @ApiPropertyOptional({ description: '定等次时间', nullable: true, type: String }) finalizedAt: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class AssessmentSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status: AssessmentStatus;
  @ApiProperty({ type: AssessmentQuotaView }) quota: AssessmentQuotaView;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export const AssessmentErrors = {
  notFound: { kind: 'not_found', code: 'ASSESSMENT.NOT_FOUND', title: '年度考核不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ASSESSMENT.VERSION_CONFLICT', title: '年度考核已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'ASSESSMENT.INVALID_STATE', title: '当前状态不能进行此操作' },
  duplicateYear: { kind: 'conflict', code: 'ASSESSMENT.DUPLICATE_YEAR', title: '该年度的考核已存在' },
  noParticipants: { kind: 'rule_violation', code: 'ASSESSMENT.NO_PARTICIPANTS', title: '没有可参加考核的在职人员' },
  notParticipant: { kind: 'rule_violation', code: 'ASSESSMENT.NOT_PARTICIPANT', title: '该人员不在本次考核名单中' },
  excellentQuotaExceeded: { kind: 'rule_violation', code: 'ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED', title: '优秀等次超过比例上限' },
  probationerNotGraded: { kind: 'rule_violation', code: 'ASSESSMENT.PROBATIONER_NOT_GRADED', title: '试用期人员不确定等次' },
  ungraded: { kind: 'rule_violation', code: 'ASSESSMENT.UNGRADED', title: '尚有人员未评定等次' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const AssessmentSubjects = {
  create: 'assessment.create',
  grade: 'assessment.grade',
  approveQuota: 'assessment.approve-quota',
  finalize: 'assessment.finalize',
  withdraw: 'assessment.withdraw',
  get: 'assessment.get',
  list: 'assessment.list',
} as const;

export namespace CreateAssessment {
  export class Request {
    @ApiProperty({ description: '考核年度', example: 2026 })
    @IsInt32({ message: 'year：须为四位年份' })
    @Min(2000, { message: 'year：须为四位年份' })
    @Max(2100, { message: 'year：须为四位年份' })
    year: number;

    @ApiProperty({ description: '标题', example: '2026 年度公务员考核' })
    @IsString({ message: 'title：必须为文本' })
    @MinLength(2, { message: 'title：至少 2 个字' })
    @MaxLength(200, { message: 'title：不超过 200 个字' })
    title: string;

    @ApiPropertyOptional({ description: '参加考核的人员（工作人员 id）；不填为全部在职人员', type: [String] })
    @IsOptional()
    @IsArray({ message: 'staffMemberIds：须为列表' })
    @ArrayMaxSize(2000, { message: 'staffMemberIds：不超过 2000 人' })
    @IsUUID('all', { each: true, message: 'staffMemberIds：须为工作人员 id' })
    staffMemberIds?: string[];
  }
  export class Reply extends AssessmentView {}
}

export namespace GradeAssessment {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '工作人员 id' })
    @IsUUID('all', { message: 'staffMemberId：须为工作人员 id' })
    staffMemberId: string;

    @ApiPropertyOptional({ enum: ASSESSMENT_GRADES, nullable: true, description: '等次；试用期人员不填（只写评语）' })
    @IsOptional()
    @IsIn(ASSESSMENT_GRADES, { message: 'grade：等次只能是优秀、称职、基本称职或不称职' })
    grade?: AssessmentGrade | null;

    @ApiPropertyOptional({ description: '评语' })
    @IsOptional()
    @IsString({ message: 'comment：必须为文本' })
    @MaxLength(2000, { message: 'comment：不超过 2000 个字' })
    comment?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssessmentView {}
}

export namespace ApproveAssessmentQuota {
  export class Body {
    @ApiProperty({ description: '批准文件文号', example: '博组字〔2026〕12号' })
    @IsString({ message: 'documentNumber：必须为文本' })
    @MinLength(2, { message: 'documentNumber：须填写批准文件文号' })
    @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
    documentNumber: string;

    @ApiProperty({ description: '批准机关', example: '中共博山区委组织部' })
    @IsString({ message: 'approver：必须为文本' })
    @MinLength(2, { message: 'approver：须填写批准机关' })
    @MaxLength(60, { message: 'approver：不超过 60 个字' })
    approver: string;

    @ApiProperty({ description: '批准日期' })
    @IsCalendarDate({ message: 'approvedOn：日期格式必须为 YYYY-MM-DD' })
    approvedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssessmentView {}
}

export namespace FinalizeAssessment {
  export class Request extends VersionedRef {}
  export class Reply extends AssessmentView {}
}

export namespace WithdrawAssessment {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssessmentView {}
}

export namespace GetAssessment {
  export class Request extends RecordRef {}
  export class Reply extends AssessmentView {}
}

export namespace ListAssessments {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(ASSESSMENT_STATUSES, { message: 'status：取值无效' })
    status?: AssessmentStatus;

    @ApiPropertyOptional({ description: '考核年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为四位年份' })
    @Min(2000, { message: 'year：须为四位年份' })
    @Max(2100, { message: 'year：须为四位年份' })
    year?: number;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @Matches(/^.{1,40}$/u, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AssessmentSummaryView] }) items: AssessmentSummaryView[];
  }
}

/** What the events of one 年度考核 carry: its snapshot with its version; a finalized one carries the results. */
export class AssessmentResultSnapshot {
  @ApiProperty() @IsUUID() staffMemberId: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsIn(ASSESSMENT_GRADES) grade: AssessmentGrade | null;
  @ApiProperty() probationer: boolean;
}

export class AssessmentSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(ASSESSMENT_STATUSES) status: AssessmentStatus;
  @ApiProperty({ type: [AssessmentResultSnapshot] }) @IsArray() results: AssessmentResultSnapshot[];
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const AssessmentEvents = {
  created: eventSubject('personnel-finance', 'assessment.created'),
  graded: eventSubject('personnel-finance', 'assessment.graded'),
  quotaApproved: eventSubject('personnel-finance', 'assessment.quota-approved'),
  finalized: eventSubject('personnel-finance', 'assessment.finalized'),
  withdrawn: eventSubject('personnel-finance', 'assessment.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const AssessmentEventDescriptions = {
  'assessment.created': { zh: '年度考核开始（名单确定）', en: 'An annual assessment was opened with its participants.' },
  'assessment.graded': { zh: '年度考核评定了一人的等次或评语', en: "One participant's grade or comment was recorded." },
  'assessment.quota-approved': { zh: '登记了提高优秀比例的批准', en: 'An approval raising the 优秀 share to 25% was recorded.' },
  'assessment.finalized': { zh: '年度考核定等次（结果为最终快照）', en: 'The assessment was finalised; its results are a final snapshot.' },
  'assessment.withdrawn': { zh: '年度考核被撤回（注明理由，不删除）', en: 'An assessment was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of a 年度考核; carries its snapshot. */
export namespace AssessmentChanged {
  export class Event extends AssessmentSnapshot {}
}
