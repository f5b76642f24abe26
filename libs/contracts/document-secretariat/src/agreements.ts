import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView, SecrecyFields } from './common.js';

/**
 * 合作协议审核 (文秘科 as 政策法规科: 负责组织审核区政府办公室签署的合作协议): a unit submits an agreement; reviewers add
 * opinions (legal issues found, a recommendation); the office records the final conclusion. The review period is
 * configuration (`agreements.review_period`, working days) and the due date comes from the deadline engine. The liaison
 * of the submitting unit sees (and may submit and withdraw) their own unit's agreements.
 */
export const AGREEMENT_RECOMMENDATIONS = ['approve', 'approve_with_changes', 'reject'] as const;
export type AgreementRecommendation = (typeof AGREEMENT_RECOMMENDATIONS)[number];
export const AGREEMENT_RECOMMENDATION_LABELS: Record<AgreementRecommendation, string> = {
  approve: '同意',
  approve_with_changes: '修改后同意',
  reject: '不同意',
};

export const AGREEMENT_STATUSES = ['submitted', 'in_review', 'concluded', 'withdrawn'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = { submitted: '已提交', in_review: '审核中', concluded: '已出具结论', withdrawn: '已撤回' };

export const AgreementErrors = {
  notFound: { kind: 'not_found', code: 'AGREEMENT.NOT_FOUND', title: '合作协议审核记录不存在或无权查看' },
  otherUnit: { kind: 'forbidden', code: 'AGREEMENT.OTHER_UNIT', title: '联络员只能提交本单位的合作协议' },
  noOpinion: { kind: 'rule_violation', code: 'AGREEMENT.NO_OPINION', title: '尚无审核意见，不能出具结论' },
  copyNumberRequired: { kind: 'validation', code: 'AGREEMENT.COPY_NUMBER_REQUIRED', title: '涉密协议须填写份号' },
} as const;

export class AgreementOpinionView {
  @ApiProperty({ description: '序号' }) seq: number;
  @ApiProperty({ type: [String], description: '发现的法律问题' }) legalIssues: string[];
  @ApiProperty({ enum: AGREEMENT_RECOMMENDATIONS }) recommendation: AgreementRecommendation;
  @ApiProperty() recommendationLabel: string;
  @ApiPropertyOptional({ description: '意见说明' }) comment?: string;
  @ApiProperty({ description: '审核人姓名' }) reviewerName: string;
  @ApiProperty({ description: '审核人用户名' }) reviewerUsername: string;
  @ApiProperty() at: string;
}

export class AgreementReviewView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '协议名称' }) title: string;
  @ApiProperty({ description: '合作方' }) counterparty: string;
  @ApiProperty({ format: 'uuid', description: '报送单位' }) submittingUnitId: string;
  @ApiProperty({ description: '报送单位名称' }) submittingUnitName: string;
  @ApiPropertyOptional({ description: '协议金额（元）', example: '1200000.00' }) amount?: string;
  @ApiProperty({ type: FileRefView, description: '协议文本' }) body: FileRefView;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty({ description: '提交日期' }) submittedOn: string;
  @ApiPropertyOptional({ description: '审核期限' }) dueDate?: string;
  @ApiProperty() provisional: boolean;
  @ApiProperty({ type: [String], description: '期限的计算过程' }) dueExplanation: string[];
  @ApiProperty({ format: 'uuid', description: '所依据的期限配置版本' }) ruleId: string;
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '是否逾期未出具结论' }) overdue: boolean;
  @ApiProperty({ type: [AgreementOpinionView] }) opinions: AgreementOpinionView[];
  @ApiPropertyOptional({ enum: AGREEMENT_RECOMMENDATIONS, description: '审核结论' }) conclusion?: AgreementRecommendation;
  @ApiPropertyOptional() conclusionLabel?: string;
  @ApiPropertyOptional({ description: '结论说明' }) conclusionNote?: string;
  @ApiPropertyOptional() concludedBy?: string;
  @ApiPropertyOptional() concludedAt?: string;
  @ApiPropertyOptional({ description: '撤回原因' }) withdrawReason?: string;
  @ApiProperty() version: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty() updatedAt: string;
}

export const AgreementSubjects = {
  submit: 'agreement-review.submit',
  get: 'agreement-review.get',
  list: 'agreement-review.list',
  addOpinion: 'agreement-review.add-opinion',
  conclude: 'agreement-review.conclude',
  withdraw: 'agreement-review.withdraw',
} as const;

/** Outbox events of agreement reviews; each carries the review's view (`redated`: an `AgreementReviewRedated.Event`). */
export const AgreementEvents = {
  submitted: eventSubject('document-secretariat', 'agreement-review.submitted'),
  opinionAdded: eventSubject('document-secretariat', 'agreement-review.opinion-added'),
  concluded: eventSubject('document-secretariat', 'agreement-review.concluded'),
  withdrawn: eventSubject('document-secretariat', 'agreement-review.withdrawn'),
  redated: eventSubject('document-secretariat', 'agreement-review.redated'),
} as const;

/** An open review whose due date the deadline engine moved because a calendar year was loaded or corrected. */
export namespace AgreementReviewRedated {
  export class Event {
    @ApiProperty({ type: AgreementReviewView, description: '重新计算后的审核记录' }) review: AgreementReviewView;
    @ApiPropertyOptional({ description: '原审核期限（YYYY-MM-DD；无则为待定）' }) previousDueDate?: string;
    @ApiPropertyOptional({ description: '新审核期限（YYYY-MM-DD；无则为待定）' }) dueDate?: string;
    @ApiProperty({ description: '节假日安排变更的年度' }) year: number;
  }
}

export namespace SubmitAgreementReview {
  export class Request extends SecrecyFields {
    @ApiProperty({ description: '协议名称' }) @IsString() @MinLength(2, { message: '请填写协议名称' }) @MaxLength(200) title: string;
    @ApiProperty({ description: '合作方' }) @IsString() @MinLength(2, { message: '请填写合作方' }) @MaxLength(200) counterparty: string;
    @ApiProperty({ format: 'uuid', description: '报送单位（单位通讯录中的单位）' }) @IsUUID('all', { message: '报送单位 id 格式不正确' }) submittingUnitId: string;
    @ApiPropertyOptional({ description: '协议金额（元，最多两位小数）', example: '1200000.00' })
    @IsOptional()
    @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: '协议金额应为数字，最多两位小数' })
    amount?: string;
    @ApiProperty({ type: FileRef, description: '协议文本（先上传）' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => FileRef) body: FileRef;
    @ApiPropertyOptional({ description: '提交日期（YYYY-MM-DD，默认今天），期限自次日起算' }) @IsOptional() @IsCalendarDate({ message: '提交日期格式应为 YYYY-MM-DD' }) submittedOn?: string;
  }
}

export namespace GetAgreementReview {
  export class Request extends RecordRef {}
}

export namespace ListAgreementReviews {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: AGREEMENT_STATUSES }) @IsOptional() @IsIn(AGREEMENT_STATUSES, { message: '状态不正确' }) status?: AgreementStatus;
    @ApiPropertyOptional({ format: 'uuid', description: '报送单位' }) @IsOptional() @IsUUID('all', { message: '单位 id 格式不正确' }) unitId?: string;
    @ApiPropertyOptional({ description: '按协议名称或合作方模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AgreementReviewView] }) items: AgreementReviewView[];
  }
}

export namespace AddAgreementOpinion {
  export class Body {
    @ApiProperty({ type: [String], description: '发现的法律问题（可为空）' })
    @IsArray()
    @ArrayMaxSize(30)
    @IsString({ each: true })
    @MaxLength(500, { each: true })
    legalIssues: string[];
    @ApiProperty({ enum: AGREEMENT_RECOMMENDATIONS, description: 'approve 同意，approve_with_changes 修改后同意，reject 不同意' })
    @IsIn(AGREEMENT_RECOMMENDATIONS, { message: '审核建议只能是 同意、修改后同意 或 不同意' })
    recommendation: AgreementRecommendation;
    @ApiPropertyOptional({ description: '意见说明' }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ConcludeAgreementReview {
  export class Body {
    @ApiProperty({ enum: AGREEMENT_RECOMMENDATIONS, description: '审核结论' })
    @IsIn(AGREEMENT_RECOMMENDATIONS, { message: '审核结论只能是 同意、修改后同意 或 不同意' })
    conclusion: AgreementRecommendation;
    @ApiProperty({ description: '结论说明' }) @IsString() @MinLength(2, { message: '请填写结论说明' }) @MaxLength(2000) note: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace WithdrawAgreementReview {
  export class Body {
    @ApiProperty({ description: '撤回原因' }) @IsString() @MinLength(2, { message: '请填写撤回原因' }) @MaxLength(500) reason: string;
  }
  export class Request extends Versioned(Body) {}
}
