import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';
import { MonthlyReport } from './submissions.js';

/**
 * 月度通报: the monthly notice of the units' 政务信息 as a document for 签发. 信息科 drafts it for a closed month (an
 * immutable snapshot of the month's computation, regenerated only in 草稿), the chief reviews it (科长审核), the office's
 * leader signs it (签发); then document-secretariat registers it as a 发文 to be numbered and issued
 * (`monthly-notice.signed`). draft 草稿 → reviewing 待审核 → approved 已审核 → signed 已签发; 退回 with a reason goes
 * back to 草稿; withdrawn 已撤回 with a reason, only before 签发. One live notice per month.
 */
export const MONTHLY_NOTICE_STATUSES = ['draft', 'reviewing', 'approved', 'signed', 'withdrawn'] as const;
export type MonthlyNoticeStatus = (typeof MONTHLY_NOTICE_STATUSES)[number];
export const MONTHLY_NOTICE_STATUS_LABELS: Record<MonthlyNoticeStatus, string> = { draft: '草稿', reviewing: '待审核', approved: '已审核', signed: '已签发', withdrawn: '已撤回' };

/** The steps of a notice, with the labels of its timeline. */
export const MONTHLY_NOTICE_STEPS = ['create', 'update', 'regenerate', 'submit', 'review', 'send-back', 'sign', 'withdraw'] as const;
export type MonthlyNoticeStepName = (typeof MONTHLY_NOTICE_STEPS)[number];
export const MONTHLY_NOTICE_STEP_LABELS: Record<MonthlyNoticeStepName, string> = {
  create: '起草',
  update: '修改',
  regenerate: '重新生成统计',
  submit: '送审',
  review: '科长审核',
  'send-back': '退回修改',
  sign: '签发',
  withdraw: '撤回',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The fields the editor writes: the title (given or the usual one), the 按语 and the 主送. */
export class MonthlyNoticeFields {
  @ApiPropertyOptional({ description: '标题（不填则为《关于YYYY年M月份政务信息报送采用情况的通报》）', example: '关于2026年11月份政务信息报送采用情况的通报' })
  @IsOptional()
  @IsString({ message: 'title：必须为文本' })
  @MinLength(4, { message: 'title：至少 4 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title?: string;

  @ApiProperty({ description: '正文（按语）：通报的开头与要求，排名表附于其后', example: '现将11月份各镇街、区直各部门政务信息报送采用情况通报如下。' })
  @IsString({ message: 'preface：必须为文本' })
  @MinLength(4, { message: 'preface：须写明通报正文（至少 4 个字）' })
  @MaxLength(5000, { message: 'preface：不超过 5000 个字' })
  preface: string;

  @ApiProperty({ type: [String], description: '主送（如 各镇人民政府、街道办事处，区政府各部门）', example: ['各镇人民政府、街道办事处', '区政府各部门、各有关单位'] })
  @IsArray({ message: 'mainRecipients：必须为列表' })
  @ArrayMinSize(1, { message: 'mainRecipients：至少 1 个主送单位' })
  @ArrayMaxSize(30, { message: 'mainRecipients：至多 30 个' })
  @IsString({ each: true, message: 'mainRecipients：必须为文本' })
  @MinLength(2, { each: true, message: 'mainRecipients：每项至少 2 个字' })
  @MaxLength(100, { each: true, message: 'mainRecipients：每项不超过 100 个字' })
  mainRecipients: string[];
}

/** One line of the notice's timeline. */
export class MonthlyNoticeStepView {
  @ApiProperty() seq: number;
  @ApiProperty({ enum: MONTHLY_NOTICE_STEPS }) step: MonthlyNoticeStepName;
  @ApiProperty() stepLabel: string;
  @ApiProperty({ enum: MONTHLY_NOTICE_STATUSES, description: '此步之后的状态' }) status: MonthlyNoticeStatus;
  @ApiPropertyOptional({ nullable: true, type: String, description: '意见或理由' }) note: string | null;
  @ApiProperty({ description: '办理人' }) actor: string;
  @ApiProperty() at: string;
}

export class MonthlyNoticeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '通报月份 YYYY-MM' }) month: string;
  @ApiProperty({ description: '标题' }) title: string;
  @ApiProperty({ description: '正文（按语）' }) preface: string;
  @ApiProperty({ type: [String], description: '主送' }) mainRecipients: string[];
  @ApiProperty({ enum: MONTHLY_NOTICE_STATUSES }) status: MonthlyNoticeStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: MonthlyReport.Reply, description: '本月统计的快照（起草或重新生成时计算，此后不变）' }) report: MonthlyReport.Reply;
  @ApiProperty({ description: '统计快照的生成时间' }) computedAt: string;
  @ApiProperty({ description: '统计快照的生成人' }) computedBy: string;
  @ApiProperty({ description: '通报全文（纯文本：按语、排名表、未报送单位），签发后转文秘科发文' }) text: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '审核人' }) reviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '签发人（用户名）' }) signedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '签发人姓名' }) signerName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '签发日期' }) signedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '退回或撤回理由' }) reason: string | null;
  @ApiProperty({ type: [MonthlyNoticeStepView], description: '办理过程' }) steps: MonthlyNoticeStepView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const MonthlyNoticeErrors = {
  notFound: { kind: 'not_found', code: 'MONTHLY_NOTICE.NOT_FOUND', title: '月度通报不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'MONTHLY_NOTICE.VERSION_CONFLICT', title: '月度通报已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'MONTHLY_NOTICE.INVALID_STATE', title: '当前状态不能进行此操作' },
  monthNotClosed: { kind: 'rule_violation', code: 'MONTHLY_NOTICE.MONTH_NOT_CLOSED', title: '只能通报已结束的月份' },
  duplicateMonth: { kind: 'conflict', code: 'MONTHLY_NOTICE.DUPLICATE_MONTH', title: '该月份已有月度通报' },
  reviewerRequired: { kind: 'forbidden', code: 'MONTHLY_NOTICE.REVIEWER_REQUIRED', title: '审核须由信息科科长办理' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const MonthlyNoticeSubjects = {
  create: 'monthly-notice.create',
  update: 'monthly-notice.update',
  regenerate: 'monthly-notice.regenerate',
  submit: 'monthly-notice.submit',
  review: 'monthly-notice.review',
  sendBack: 'monthly-notice.send-back',
  sign: 'monthly-notice.sign',
  withdraw: 'monthly-notice.withdraw',
  get: 'monthly-notice.get',
  list: 'monthly-notice.list',
} as const;

export namespace CreateMonthlyNotice {
  export class Request extends MonthlyNoticeFields {
    @ApiProperty({ description: '通报月份 YYYY-MM（已结束的月份）', example: '2026-11' })
    @IsString({ message: 'month：须为 YYYY-MM' })
    @Matches(MONTH, { message: 'month：须为 YYYY-MM 格式的月份' })
    month: string;
  }
  export class Reply extends MonthlyNoticeView {}
}

export namespace UpdateMonthlyNotice {
  export class Body extends MonthlyNoticeFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

/** 重新生成: the snapshot computed again from the records (only in 草稿, e.g. after a late adoption was recorded). */
export namespace RegenerateMonthlyNotice {
  export class Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace SubmitMonthlyNotice {
  export class Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace ReviewMonthlyNotice {
  export class Body {
    @ApiPropertyOptional({ description: '审核意见' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace SendBackMonthlyNotice {
  export class Body {
    @ApiProperty({ description: '退回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：退回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace SignMonthlyNotice {
  export class Body {
    @ApiPropertyOptional({ description: '签发日期 YYYY-MM-DD（不填为今天；不晚于今天）' })
    @IsOptional()
    @IsCalendarDate({ message: 'signedOn：须为 YYYY-MM-DD 格式的日期' })
    signedOn?: string;

    @ApiPropertyOptional({ description: '签发意见' })
    @IsOptional()
    @IsString({ message: 'opinion：必须为文本' })
    @MaxLength(1000, { message: 'opinion：不超过 1000 个字' })
    opinion?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace WithdrawMonthlyNotice {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace GetMonthlyNotice {
  export class Request extends RecordRef {}
  export class Reply extends MonthlyNoticeView {}
}

export namespace ListMonthlyNotices {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: MONTHLY_NOTICE_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(MONTHLY_NOTICE_STATUSES, { message: 'status：取值无效' })
    status?: MonthlyNoticeStatus;

    @ApiPropertyOptional({ description: '年度（通报月份所在年）' })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [MonthlyNoticeView] }) items: MonthlyNoticeView[];
  }
}

/** What the step events of one 月度通报 carry: its snapshot with its version (consumers apply only newer ones). */
export class MonthlyNoticeSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() month: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(MONTHLY_NOTICE_STATUSES) status: MonthlyNoticeStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const MonthlyNoticeEvents = {
  created: eventSubject('information', 'monthly-notice.created'),
  updated: eventSubject('information', 'monthly-notice.updated'),
  regenerated: eventSubject('information', 'monthly-notice.regenerated'),
  submitted: eventSubject('information', 'monthly-notice.submitted'),
  reviewed: eventSubject('information', 'monthly-notice.reviewed'),
  sentBack: eventSubject('information', 'monthly-notice.sent-back'),
  signed: eventSubject('information', 'monthly-notice.signed'),
  withdrawn: eventSubject('information', 'monthly-notice.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const MonthlyNoticeEventDescriptions = {
  'monthly-notice.created': { zh: '月度通报起草（生成本月统计快照）', en: 'A monthly notice was drafted (the month’s figures snapshotted).' },
  'monthly-notice.updated': { zh: '月度通报的标题、正文或主送被修改', en: 'A monthly notice’s title, text or recipients were changed.' },
  'monthly-notice.regenerated': { zh: '月度通报的统计快照重新生成（仅草稿）', en: 'A draft monthly notice’s figures were computed again.' },
  'monthly-notice.submitted': { zh: '月度通报送审核', en: 'A monthly notice was sent for review.' },
  'monthly-notice.reviewed': { zh: '月度通报经科长审核', en: 'A monthly notice was reviewed by the section chief.' },
  'monthly-notice.sent-back': { zh: '月度通报被退回修改（注明理由）', en: 'A monthly notice was sent back for changes, with a reason.' },
  'monthly-notice.signed': { zh: '月度通报签发，交文秘科编号印发', en: 'A monthly notice was signed and handed to document-secretariat to be numbered and issued.' },
  'monthly-notice.withdrawn': { zh: '月度通报被撤回（注明理由，不删除）', en: 'A monthly notice was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by information at each step of a 月度通报 but 签发; carries its snapshot. */
export namespace MonthlyNoticeChanged {
  export class Event extends MonthlyNoticeSnapshot {}
}

/**
 * Published by information when the office's leader signs a 月度通报 (`monthly-notice.signed`); consumed by
 * document-secretariat, which registers it as a 发文 already 签发, awaiting 编号 and 印发, with its origin. Carries
 * what the 发文 needs: title, 正文 as plain text (按语, the ranking as table lines, the units that reported nothing),
 * 主送, 签发人 and date. A consumer stays idempotent by the notice id (one 发文 per notice) besides the platform inbox.
 */
export namespace MonthlyNoticeSigned {
  export class Event {
    @ApiProperty({ format: 'uuid', description: '月度通报 ID' }) @IsUUID() noticeId: string;
    @ApiProperty({ description: '通报月份 YYYY-MM' }) @IsString() @Matches(MONTH) month: string;
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(1) title: string;
    @ApiProperty({ description: '正文（纯文本）' }) @IsString() @MinLength(1) bodyText: string;
    @ApiProperty({ type: [String], description: '主送' }) @IsArray() @ArrayMinSize(1) @IsString({ each: true }) mainRecipients: string[];
    @ApiProperty({ description: '签发人（用户名）' }) @IsString() signedBy: string;
    @ApiProperty({ format: 'uuid', description: '签发人的用户 ID' }) @IsUUID() signedByUserId: string;
    @ApiProperty({ description: '签发人姓名' }) @IsString() signerName: string;
    @ApiProperty({ description: '签发日期 YYYY-MM-DD' }) @IsCalendarDate() signedOn: string;
    @ApiPropertyOptional({ nullable: true, type: String, description: '签发意见' }) @IsOptional() @IsString() opinion: string | null;
    @ApiProperty({ description: '起草科室代码（xinxi）' }) @IsString() section: string;
    @ApiProperty({ description: '月度通报的版本号' }) @IsInt32() @Min(1) version: number;
  }
}
