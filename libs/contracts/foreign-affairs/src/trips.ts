import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, RuleVersionView, Versioned, VersionedRef } from '@gov/contracts-common';

const DATE = { message: '日期格式应为 YYYY-MM-DD' };

/**
 * 因公临时出国 (an official temporary trip abroad), a case:
 * draft 草稿 → submitted 已报送 → reviewed 外事科已审核 → approved 已批准 → publicized 公示中 → departed 已出访 →
 * returned 已回国 → reported 已报告; a review or approval may send it back to draft; withdrawn 已撤回 (with a reason) before departure.
 */
export const TRIP_STATUSES = ['draft', 'submitted', 'reviewed', 'approved', 'publicized', 'departed', 'returned', 'reported', 'withdrawn'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const TRIP_STATUS_LABELS: Record<TripStatus, string> = {
  draft: '草稿',
  submitted: '已报送',
  reviewed: '外事科已审核',
  approved: '已批准',
  publicized: '公示中',
  departed: '已出访',
  returned: '已回国',
  reported: '已报告',
  withdrawn: '已撤回',
};

/** Where a country lies: Latin America and Africa allow one more day (中办发〔2013〕16号). */
export const TRIP_REGIONS = ['latin_america', 'africa', 'other'] as const;
export type TripRegion = (typeof TRIP_REGIONS)[number];
export const TRIP_REGION_LABELS: Record<TripRegion, string> = { latin_america: '拉美', africa: '非洲', other: '其他地区' };

/** A member's place in the group: a delegate, the interpreter (counted in the group), or a spouse or child (not allowed). */
export const TRIP_MEMBER_ROLES = ['delegate', 'interpreter', 'spouse', 'child'] as const;
export type TripMemberRole = (typeof TRIP_MEMBER_ROLES)[number];
export const TRIP_MEMBER_ROLE_LABELS: Record<TripMemberRole, string> = { delegate: '团员', interpreter: '翻译', spouse: '配偶', child: '子女' };

/** One country of the route. A transit counts only when the group leaves the airport. */
export class TripCountry {
  @ApiProperty({ description: '国家（地区）', example: '德国' })
  @IsString({ message: 'countries.name：必须为文本' })
  @MinLength(1, { message: 'countries.name：不能为空' })
  @MaxLength(40, { message: 'countries.name：不超过 40 个字' })
  name: string;

  @ApiProperty({ enum: TRIP_REGIONS, description: 'latin_america 拉美 / africa 非洲 / other 其他' })
  @IsIn(TRIP_REGIONS, { message: 'countries.region：取值无效' })
  region: TripRegion;

  @ApiProperty({ description: '是否经停' })
  @IsBoolean({ message: 'countries.transit：必须为是或否' })
  transit: boolean;

  @ApiProperty({ description: '经停时是否离开机场（离开机场的经停计入出访国家数）' })
  @IsBoolean({ message: 'countries.leavesAirport：必须为是或否' })
  leavesAirport: boolean;
}

/** One day of the itinerary with its business; `official` marks a day of official business. */
export class TripItineraryDay {
  @ApiProperty({ description: '日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) date: string;

  @ApiProperty({ description: '地点（国家、城市）', example: '德国 杜塞尔多夫' })
  @IsString({ message: 'itinerary.place：必须为文本' })
  @MinLength(1, { message: 'itinerary.place：不能为空' })
  @MaxLength(80, { message: 'itinerary.place：不超过 80 个字' })
  place: string;

  @ApiProperty({ description: '当日安排（公务活动内容）', example: '与杜塞尔多夫市政府会谈' })
  @IsString({ message: 'itinerary.business：必须为文本' })
  @MinLength(1, { message: 'itinerary.business：不能为空' })
  @MaxLength(500, { message: 'itinerary.business：不超过 500 个字' })
  business: string;

  @ApiProperty({ description: '是否为公务活动日（路途、休整日为否）' })
  @IsBoolean({ message: 'itinerary.official：必须为是或否' })
  official: boolean;
}

/** One member of the delegation as the applicant gives it (身份证号 and 护照号 are encrypted at rest). */
export class TripMemberInput {
  @ApiProperty({ description: '姓名' })
  @IsString({ message: 'members.name：必须为文本' })
  @MinLength(2, { message: 'members.name：至少 2 个字' })
  @MaxLength(40, { message: 'members.name：不超过 40 个字' })
  name: string;

  @ApiProperty({ description: '职务', example: '区商务局局长' })
  @IsString({ message: 'members.post：必须为文本' })
  @MinLength(1, { message: 'members.post：不能为空' })
  @MaxLength(60, { message: 'members.post：不超过 60 个字' })
  post: string;

  @ApiProperty({ description: '级别', example: '正科级' })
  @IsString({ message: 'members.rank：必须为文本' })
  @MinLength(1, { message: 'members.rank：不能为空' })
  @MaxLength(20, { message: 'members.rank：不超过 20 个字' })
  rank: string;

  @ApiProperty({ description: '工作单位' })
  @IsString({ message: 'members.unitName：必须为文本' })
  @MinLength(2, { message: 'members.unitName：至少 2 个字' })
  @MaxLength(80, { message: 'members.unitName：不超过 80 个字' })
  unitName: string;

  @ApiProperty({ description: '是否为本单位领导班子成员' })
  @IsBoolean({ message: 'members.leadership：必须为是或否' })
  leadership: boolean;

  @ApiProperty({ enum: TRIP_MEMBER_ROLES, description: 'delegate 团员 / interpreter 翻译 / spouse 配偶 / child 子女' })
  @IsIn(TRIP_MEMBER_ROLES, { message: 'members.role：取值无效' })
  role: TripMemberRole;

  @ApiProperty({ description: '身份证号（18 位）' })
  @Matches(/^\d{17}[\dXx]$/, { message: 'members.idNumber：身份证号应为 18 位（末位可为 X）' })
  idNumber: string;

  @ApiPropertyOptional({ description: '护照号' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{5,20}$/, { message: 'members.passportNumber：护照号应为 5–20 位字母或数字' })
  passportNumber?: string;
}

/** The fields a caller gives of one trip (the application). */
export class TripFields {
  @ApiProperty({ description: '团组名称', example: '博山区经贸考察团' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiPropertyOptional({ format: 'uuid', description: '组团单位（单位名录 ID；联络员报送时为本单位，此项忽略）' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId：必须是有效的单位 ID' })
  unitId?: string;

  @ApiProperty({ description: '组团单位名称' })
  @IsString({ message: 'unitName：必须为文本' })
  @MinLength(2, { message: 'unitName：至少 2 个字' })
  @MaxLength(80, { message: 'unitName：不超过 80 个字' })
  unitName: string;

  @ApiProperty({ description: '出访任务（公务目的）' })
  @IsString({ message: 'purpose：必须为文本' })
  @MinLength(2, { message: 'purpose：至少 2 个字' })
  @MaxLength(2000, { message: 'purpose：不超过 2000 个字' })
  purpose: string;

  @ApiProperty({ description: '所属年度出访计划的年度', example: 2026 })
  @IsInt32({ message: 'planYear：须为年份' })
  @Min(2000, { message: 'planYear：年份有误' })
  @Max(2100, { message: 'planYear：年份有误' })
  planYear: number;

  @ApiProperty({ description: '年度出访计划中的项目（计划内出访）' })
  @IsString({ message: 'planEntry：必须为文本' })
  @MinLength(2, { message: 'planEntry：须注明所属年度出访计划项目' })
  @MaxLength(200, { message: 'planEntry：不超过 200 个字' })
  planEntry: string;

  @ApiProperty({ type: [TripCountry], description: '出访国家（地区）及经停地' })
  @IsArray({ message: 'countries：必须为列表' })
  @ArrayMinSize(1, { message: 'countries：至少一个出访国家' })
  @ArrayMaxSize(12, { message: 'countries：不超过 12 项' })
  @ValidateNested({ each: true })
  @Type(() => TripCountry)
  countries: TripCountry[];

  @ApiProperty({ description: '出境日期 YYYY-MM-DD（计入天数）' }) @IsCalendarDate(DATE) departureDate: string;
  @ApiProperty({ description: '入境日期 YYYY-MM-DD（计入天数）' }) @IsCalendarDate(DATE) returnDate: string;

  @ApiProperty({ type: [TripItineraryDay], description: '逐日日程' })
  @IsArray({ message: 'itinerary：必须为列表' })
  @ArrayMinSize(1, { message: 'itinerary：须列出逐日日程' })
  @ArrayMaxSize(60, { message: 'itinerary：不超过 60 天' })
  @ValidateNested({ each: true })
  @Type(() => TripItineraryDay)
  itinerary: TripItineraryDay[];

  @ApiProperty({ type: [TripMemberInput], description: '团组成员（含翻译）' })
  @IsArray({ message: 'members：必须为列表' })
  @ArrayMinSize(1, { message: 'members：至少一名团组成员' })
  @ArrayMaxSize(30, { message: 'members：不超过 30 人' })
  @ValidateNested({ each: true })
  @Type(() => TripMemberInput)
  members: TripMemberInput[];

  @ApiProperty({ description: '邀请方' })
  @IsString({ message: 'inviter：必须为文本' })
  @MinLength(2, { message: 'inviter：须注明邀请方' })
  @MaxLength(200, { message: 'inviter：不超过 200 个字' })
  inviter: string;

  @ApiProperty({ description: '邀请函内容摘要' })
  @IsString({ message: 'invitationSummary：必须为文本' })
  @MinLength(2, { message: 'invitationSummary：须摘录邀请函内容' })
  @MaxLength(2000, { message: 'invitationSummary：不超过 2000 个字' })
  invitationSummary: string;

  @ApiProperty({ description: '经费预算（分）', example: 12000000 })
  @IsInt32({ message: 'budgetFen：须为整数（分）' })
  @Min(0, { message: 'budgetFen：不能为负数' })
  budgetFen: number;
}

/** One breach of a rule, with the rule it breaks (shown before submission). */
export class TripBreach {
  @ApiProperty({ description: '规则代码', example: 'days' }) rule: string;
  @ApiProperty({ description: '违反情况' }) message: string;
  @ApiProperty({ description: '依据' }) basis: string;
}

/** The live check of a trip against the limits of the rule version in force. */
export class TripCheckView {
  @ApiProperty({ format: 'uuid', description: '所依据的规则版本' }) ruleVersionId: string;
  @ApiProperty({ description: '规则版本生效日期' }) ruleEffectiveFrom: string;
  @ApiProperty({ description: '规则依据' }) ruleSource: string;
  @ApiProperty({ description: '在外天数（含出、入境当日）' }) days: number;
  @ApiProperty({ description: '计入的出访国家数（经停离开机场的计入）' }) countedCountries: number;
  @ApiProperty({ description: '允许的最长天数' }) allowedDays: number;
  @ApiProperty({ description: '团组人数（含翻译）' }) groupSize: number;
  @ApiProperty({ description: '公务活动天数' }) officialDays: number;
  @ApiProperty({ type: [TripBreach], description: '违反的规则（为空则符合规定）' }) breaches: TripBreach[];
}

/** A member as shown: 身份证号 and 护照号 masked (full only in the record's own view for those who handle it). */
export class TripMemberView {
  @ApiProperty() name: string;
  @ApiProperty() post: string;
  @ApiProperty() rank: string;
  @ApiProperty() unitName: string;
  @ApiProperty() leadership: boolean;
  @ApiProperty({ enum: TRIP_MEMBER_ROLES }) role: TripMemberRole;
  @ApiProperty({ description: '身份证号（列表中遮盖）' }) idNumber: string;
  @ApiPropertyOptional({ description: '护照号（列表中遮盖）', nullable: true, type: String }) passportNumber: string | null;
  @ApiPropertyOptional({ description: '行前教育日期（出访前必须完成）', nullable: true, type: String }) briefedOn: string | null;
  @ApiPropertyOptional({ description: '行前教育记录', nullable: true, type: String }) briefingNote: string | null;
}

/** One line of the record's timeline. */
export class TripHistoryEntry {
  @ApiProperty() step: string;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ nullable: true }) fromStatus: TripStatus | null;
  @ApiProperty({ enum: TRIP_STATUSES }) toStatus: TripStatus;
  @ApiPropertyOptional({ description: '意见或理由', nullable: true, type: String }) note: string | null;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class TripView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '编号，如 2026-外-003' }) number: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ description: '组团单位（单位名录 ID）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty() purpose: string;
  @ApiProperty() planYear: number;
  @ApiProperty() planEntry: string;
  @ApiProperty({ type: [TripCountry] }) countries: TripCountry[];
  @ApiProperty() departureDate: string;
  @ApiProperty() returnDate: string;
  @ApiProperty({ type: [TripItineraryDay] }) itinerary: TripItineraryDay[];
  @ApiProperty({ type: [TripMemberView] }) members: TripMemberView[];
  @ApiProperty() inviter: string;
  @ApiProperty() invitationSummary: string;
  @ApiProperty({ description: '经费预算（分）' }) budgetFen: number;
  @ApiProperty({ enum: TRIP_STATUSES }) status: TripStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: TripCheckView, description: '规则检查（报送后按报送时的规则版本）' }) check: TripCheckView;
  @ApiPropertyOptional({ description: '审核/审批退回意见', nullable: true, type: String }) returnReason: string | null;
  @ApiPropertyOptional({ description: '公示发布日期', nullable: true, type: String }) publicityFrom: string | null;
  @ApiPropertyOptional({ description: '公示期满日（此后方可出境）', nullable: true, type: String }) publicityEndsOn: string | null;
  @ApiProperty({ type: [String], description: '公示期如何计算' }) publicityExplanation: string[];
  @ApiProperty({ description: '公示期是否在出境日前届满（否则不能出访）' }) publicityInTime: boolean;
  @ApiPropertyOptional({ description: '实际出境日期', nullable: true, type: String }) departedOn: string | null;
  @ApiPropertyOptional({ description: '实际回国日期', nullable: true, type: String }) returnedOn: string | null;
  @ApiPropertyOptional({ description: '护照交回期限', nullable: true, type: String }) passportDueOn: string | null;
  @ApiPropertyOptional({ description: '护照交回日期', nullable: true, type: String }) passportsReturnedOn: string | null;
  @ApiPropertyOptional({ description: '出访报告期限（回国后 1 个月内）', nullable: true, type: String }) reportDueOn: string | null;
  @ApiProperty({ type: [String], description: '报告期限如何计算' }) reportDueExplanation: string[];
  @ApiProperty({ description: '出访报告是否逾期' }) reportOverdue: boolean;
  @ApiPropertyOptional({ description: '出访报告', nullable: true, type: String }) report: string | null;
  @ApiPropertyOptional({ description: '出访情况公开内容', nullable: true, type: String }) publicSummary: string | null;
  @ApiPropertyOptional({ description: '报告时间', nullable: true, type: String }) reportedAt: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [TripHistoryEntry], description: '办理记录' }) timeline: TripHistoryEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const TripErrors = {
  notFound: { kind: 'not_found', code: 'TRIP.NOT_FOUND', title: '因公临时出国不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'TRIP.VERSION_CONFLICT', title: '因公临时出国已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'TRIP.INVALID_STATE', title: '当前状态不能进行此操作' },
  ruleBreach: { kind: 'rule_violation', code: 'TRIP.RULE_BREACH', title: '出访安排不符合因公临时出国规定' },
  publicityNotOver: { kind: 'rule_violation', code: 'TRIP.PUBLICITY_NOT_OVER', title: '出访前公示未满 5 个工作日' },
  briefingMissing: { kind: 'rule_violation', code: 'TRIP.BRIEFING_MISSING', title: '团组成员未全部完成行前教育' },
  badDate: { kind: 'validation', code: 'TRIP.BAD_DATE', title: '日期有误' },
  unknownMember: { kind: 'validation', code: 'TRIP.UNKNOWN_MEMBER', title: '团组中没有该成员' },
} as const;

export const TripRuleErrors = {
  badLimits: { kind: 'validation', code: 'TRIP_RULE.BAD_LIMITS', title: '规则参数有误' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const TripSubjects = {
  create: 'trip.create',
  update: 'trip.update',
  check: 'trip.check',
  submit: 'trip.submit',
  review: 'trip.review',
  approve: 'trip.approve',
  publicize: 'trip.publicize',
  brief: 'trip.brief',
  depart: 'trip.depart',
  return: 'trip.return',
  returnPassports: 'trip.return-passports',
  report: 'trip.report',
  withdraw: 'trip.withdraw',
  get: 'trip.get',
  list: 'trip.list',
  exportRegister: 'trip.export-register',
  statistics: 'trip.statistics',
  listRules: 'trip-rule.list',
  createRule: 'trip-rule.create',
} as const;

export namespace CreateTrip {
  export class Request extends TripFields {}
  export class Reply extends TripView {}
}

export namespace UpdateTrip {
  export class Body extends TripFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace CheckTrip {
  export class Request extends TripFields {}
  export class Reply extends TripCheckView {}
}

export namespace SubmitTrip {
  export class Request extends VersionedRef {}
  export class Reply extends TripView {}
}

export const TRIP_DECISIONS = ['pass', 'return'] as const;
export type TripDecision = (typeof TRIP_DECISIONS)[number];

/** 外事科审核 or 区领导审批: pass, or return to the applicant with an opinion. */
export class TripDecisionBody {
  @ApiProperty({ enum: TRIP_DECISIONS, description: 'pass 同意 / return 退回修改' })
  @IsIn(TRIP_DECISIONS, { message: 'decision：只能是 pass（同意）或 return（退回）' })
  decision: TripDecision;

  @ApiProperty({ description: '意见（退回时须说明理由）' })
  @IsString({ message: 'opinion：必须为文本' })
  @MinLength(2, { message: 'opinion：请填写意见（至少 2 个字）' })
  @MaxLength(1000, { message: 'opinion：不超过 1000 个字' })
  opinion: string;
}

export namespace ReviewTrip {
  export class Body extends TripDecisionBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace ApproveTrip {
  export class Body extends TripDecisionBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace PublicizeTrip {
  export class Body {
    @ApiProperty({ description: '公示发布日期 YYYY-MM-DD（公示期自次日起算 5 个工作日）' }) @IsCalendarDate(DATE) publishedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace BriefTrip {
  export class Body {
    @ApiProperty({ description: '成员序号（从 0 起，按团组名单顺序）' })
    @IsInt32({ message: 'member：须为成员序号' })
    @Min(0, { message: 'member：须为成员序号' })
    member: number;

    @ApiProperty({ description: '行前教育日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) briefedOn: string;

    @ApiProperty({ description: '教育内容（外事纪律、保密、安全等）' })
    @IsString({ message: 'note：必须为文本' })
    @MinLength(2, { message: 'note：请填写教育内容' })
    @MaxLength(500, { message: 'note：不超过 500 个字' })
    note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace DepartTrip {
  export class Body {
    @ApiProperty({ description: '实际出境日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) departedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace ReturnTrip {
  export class Body {
    @ApiProperty({ description: '实际入境（回国）日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) returnedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace ReturnTripPassports {
  export class Body {
    @ApiProperty({ description: '护照交回日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) returnedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace ReportTrip {
  export class Body {
    @ApiProperty({ description: '出访报告' })
    @IsString({ message: 'report：必须为文本' })
    @MinLength(10, { message: 'report：出访报告至少 10 个字' })
    @MaxLength(20000, { message: 'report：不超过 20000 个字' })
    report: string;

    @ApiProperty({ description: '出访情况公开内容（实际出访情况）' })
    @IsString({ message: 'publicSummary：必须为文本' })
    @MinLength(10, { message: 'publicSummary：公开内容至少 10 个字' })
    @MaxLength(4000, { message: 'publicSummary：不超过 4000 个字' })
    publicSummary: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace WithdrawTrip {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TripView {}
}

export namespace GetTrip {
  export class Request extends RecordRef {}
  export class Reply extends TripView {}
}

export namespace ListTrips {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: TRIP_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(TRIP_STATUSES, { message: 'status：取值无效' })
    status?: TripStatus;

    @ApiPropertyOptional({ description: '出境年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为年份' })
    @Min(2000, { message: 'year：年份有误' })
    @Max(2100, { message: 'year：年份有误' })
    year?: number;

    @ApiPropertyOptional({ description: '团组名称、组团单位模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TripView] }) items: TripView[];
  }
}

export namespace ExportTripRegister {
  export class Request {
    @ApiProperty({ description: '出境年度' }) @Type(() => Number) @IsInt32({ message: 'year：须为年份' }) @Min(2000, { message: 'year：年份有误' }) @Max(2100, { message: 'year：年份有误' }) year: number;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

export class TripCount {
  @ApiProperty({ description: '单位或人员' }) name: string;
  @ApiProperty({ description: '出访团组数（已批准及以后，不含撤回）' }) trips: number;
  @ApiProperty({ description: '其中已出访' }) done: number;
}

export class TripPlanLine {
  @ApiProperty({ description: '年度出访计划项目' }) planEntry: string;
  @ApiProperty({ description: '报送的团组数' }) planned: number;
  @ApiProperty({ description: '已出访的团组数' }) done: number;
}

export namespace TripStatistics {
  export class Request {
    @ApiProperty({ description: '年度' }) @Type(() => Number) @IsInt32({ message: 'year：须为年份' }) @Min(2000, { message: 'year：年份有误' }) @Max(2100, { message: 'year：年份有误' }) year: number;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ type: [TripCount], description: '按组团单位' }) byUnit: TripCount[];
    @ApiProperty({ type: [TripCount], description: '按人员' }) byPerson: TripCount[];
    @ApiProperty({ type: [TripPlanLine], description: '年度计划执行情况' }) plan: TripPlanLine[];
  }
}

/** The national limits as versioned configuration (中办发〔2013〕16号 as implemented; the frequency cap is local). */
export class TripLimits {
  @ApiProperty({ type: [Number], description: '按国家数的天数上限：[1国, 2国, 3国]', example: [5, 8, 10] })
  @IsArray({ message: 'daysByCountries：必须为列表' })
  @ArrayMinSize(1, { message: 'daysByCountries：至少一项' })
  @ArrayMaxSize(10, { message: 'daysByCountries：不超过 10 项' })
  @IsInt32({ each: true, message: 'daysByCountries：须为整数' })
  @Min(1, { each: true, message: 'daysByCountries：至少 1 天' })
  daysByCountries: number[];
  @ApiProperty({ description: '赴拉美、非洲可增加的天数' }) @IsInt32({ message: 'farRegionExtraDays：须为整数' }) @Min(0) @Max(10) farRegionExtraDays: number;
  @ApiProperty({ description: '最多出访国家数' }) @IsInt32({ message: 'maxCountries：须为整数' }) @Min(1) @Max(10) maxCountries: number;
  @ApiProperty({ description: '团组人数上限（含翻译）' }) @IsInt32({ message: 'maxGroupSize：须为整数' }) @Min(1) @Max(50) maxGroupSize: number;
  @ApiProperty({ description: '公务活动占行程的最低比例：分子（三分之二记为 2/3）' }) @IsInt32({ message: 'officialShareNumerator：须为整数' }) @Min(0) @Max(100) officialShareNumerator: number;
  @ApiProperty({ description: '公务活动占行程的最低比例：分母' }) @IsInt32({ message: 'officialShareDenominator：须为整数' }) @Min(1) @Max(100) officialShareDenominator: number;
  @ApiProperty({ description: '出访前公示的工作日数' }) @IsInt32({ message: 'publicityWorkingDays：须为整数' }) @Min(1) @Max(30) publicityWorkingDays: number;
  @ApiProperty({ description: '回国后提交出访报告的月数' }) @IsInt32({ message: 'reportMonths：须为整数' }) @Min(1) @Max(12) reportMonths: number;
  @ApiProperty({ description: '回国后交回护照的天数' }) @IsInt32({ message: 'passportReturnDays：须为整数' }) @Min(1) @Max(60) passportReturnDays: number;
  @ApiProperty({ description: '出访频次：期间内每人最多出访次数' }) @IsInt32({ message: 'frequencyMaxTrips：须为整数' }) @Min(1) @Max(20) frequencyMaxTrips: number;
  @ApiProperty({ description: '出访频次的期间（年）' }) @IsInt32({ message: 'frequencyYears：须为整数' }) @Min(1) @Max(10) frequencyYears: number;
}

export class TripRuleVersionView extends RuleVersionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: TripLimits }) limits: TripLimits;
}

export namespace ListTripRules {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [TripRuleVersionView] }) items: TripRuleVersionView[];
  }
}

export namespace CreateTripRule {
  export class Request {
    @ApiProperty({ type: TripLimits }) @ValidateNested() @Type(() => TripLimits) limits: TripLimits;
    @ApiProperty({ description: '生效日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) effectiveFrom: string;
    @ApiProperty({ description: '依据（文件名称、文号、条款）' })
    @IsString({ message: 'source：必须为文本' })
    @MinLength(2, { message: 'source：须注明依据' })
    @MaxLength(500, { message: 'source：不超过 500 个字' })
    source: string;
  }
  export class Reply extends TripRuleVersionView {}
}

/** What the events of one trip carry: its snapshot with its version (consumers apply only newer ones). No personal data. */
export class TripSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() number: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() unitName: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) countries: string[];
  @ApiProperty() @IsCalendarDate() departureDate: string;
  @ApiProperty() @IsCalendarDate() returnDate: string;
  @ApiProperty() @IsInt32() @Min(0) groupSize: number;
  @ApiProperty() @IsIn(TRIP_STATUSES) status: TripStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const TripEvents = {
  created: eventSubject('foreign-affairs', 'trip.created'),
  updated: eventSubject('foreign-affairs', 'trip.updated'),
  submitted: eventSubject('foreign-affairs', 'trip.submitted'),
  reviewed: eventSubject('foreign-affairs', 'trip.reviewed'),
  approved: eventSubject('foreign-affairs', 'trip.approved'),
  sentBack: eventSubject('foreign-affairs', 'trip.sent-back'),
  publicized: eventSubject('foreign-affairs', 'trip.publicized'),
  briefed: eventSubject('foreign-affairs', 'trip.briefed'),
  departed: eventSubject('foreign-affairs', 'trip.departed'),
  returned: eventSubject('foreign-affairs', 'trip.returned'),
  passportsReturned: eventSubject('foreign-affairs', 'trip.passports-returned'),
  reported: eventSubject('foreign-affairs', 'trip.reported'),
  withdrawn: eventSubject('foreign-affairs', 'trip.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const TripEventDescriptions = {
  'trip.created': { zh: '因公临时出国申请登记（草稿）', en: 'An official trip abroad was drafted.' },
  'trip.updated': { zh: '因公临时出国申请被修改', en: 'A trip application was changed.' },
  'trip.submitted': { zh: '因公临时出国申请报送外事科', en: 'A trip application was submitted to the foreign-affairs section.' },
  'trip.reviewed': { zh: '外事科审核通过', en: 'The foreign-affairs section passed the application.' },
  'trip.approved': { zh: '区领导批准出访', en: 'A district leader approved the trip.' },
  'trip.sent-back': { zh: '审核或审批退回修改', en: 'A review or approval sent the application back.' },
  'trip.publicized': { zh: '出访前公示发布', en: 'The pre-departure publicity was published.' },
  'trip.briefed': { zh: '团组成员完成行前教育', en: 'A member attended the pre-departure briefing.' },
  'trip.departed': { zh: '团组出境', en: 'The delegation departed.' },
  'trip.returned': { zh: '团组回国', en: 'The delegation returned.' },
  'trip.passports-returned': { zh: '护照交回', en: 'The passports were handed back.' },
  'trip.reported': { zh: '出访报告提交，出访情况公开', en: 'The trip report was filed and what was done made public.' },
  'trip.withdrawn': { zh: '因公临时出国被撤回（注明理由，不删除）', en: 'A trip was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by foreign-affairs at each step of a trip; carries its snapshot. */
export namespace TripChanged {
  export class Event extends TripSnapshot {}
}

/** Published when the trip report is filed: the public account of what was done (出访情况公开). */
export namespace TripReported {
  export class Event extends TripSnapshot {
    @ApiProperty({ description: '出访情况公开内容' }) @IsString() @MinLength(1) @MaxLength(4000) publicSummary: string;
    @ApiProperty({ description: '报告时间' }) @IsString() reportedAt: string;
    @ApiProperty({ description: '是否逾期报告' }) @IsBoolean() late: boolean;
  }
}
