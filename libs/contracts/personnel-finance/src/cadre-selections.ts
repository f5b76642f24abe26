import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';
import { GENDERS, type Gender } from './staff-members.js';

/**
 * 干部选拔任用 (《党政领导干部选拔任用工作条例》): proposed 动议 → recommended 民主推荐 → inspected 考察 → decided 讨论决定
 * (党组会) → publicizing 任前公示 (不少于 5 个工作日) → appointed 任职; any step before 任职 → withdrawn 已撤回 (with a reason).
 * No step can be skipped.
 */
export const CADRE_SELECTION_STATUSES = ['proposed', 'recommended', 'inspected', 'decided', 'publicizing', 'appointed', 'withdrawn'] as const;
export type CadreSelectionStatus = (typeof CADRE_SELECTION_STATUSES)[number];
export const CADRE_SELECTION_STATUS_LABELS: Record<CadreSelectionStatus, string> = {
  proposed: '已动议',
  recommended: '已民主推荐',
  inspected: '已考察',
  decided: '已讨论决定',
  publicizing: '任前公示中',
  appointed: '已任职',
  withdrawn: '已撤回',
};

/** How an objection raised during the 公示 was resolved: 不属实, 属实但不影响任职, 属实且影响任职 (then no 任职). */
export const OBJECTION_OUTCOMES = ['unfounded', 'not_affecting', 'blocking'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];
export const OBJECTION_OUTCOME_LABELS: Record<ObjectionOutcome, string> = { unfounded: '经核查不属实', not_affecting: '属实但不影响任职', blocking: '属实且影响任职' };

const reasonText = (field: string, what: string) => [
  IsString({ message: `${field}：必须为文本` }),
  MinLength(2, { message: `${field}：须填写${what}（至少 2 个字）` }),
  MaxLength(4000, { message: `${field}：不超过 4000 个字` }),
];

function Text(field: string, what: string): PropertyDecorator {
  return (target, key) => reasonText(field, what).forEach((d) => d(target, key));
}

/** 动议: the post, why it is to be filled now, and who proposed it. */
export class CadreSelectionMotion {
  @ApiProperty({ format: 'uuid', description: '拟任岗位（机构编制中的一行）' })
  @IsUUID('all', { message: 'establishmentPostId：须为机构编制 id' })
  establishmentPostId: string;

  @ApiProperty({ description: '选拔事项名称', example: '选拔综合科副科长' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '动议日期' })
  @IsCalendarDate({ message: 'motionDate：日期格式必须为 YYYY-MM-DD' })
  motionDate: string;

  @ApiProperty({ description: '动议理由（职位空缺、工作需要等）' })
  @Text('motionReason', '动议理由')
  motionReason: string;

  @ApiProperty({ description: '提议人或提议机构', example: '办公室党组' })
  @IsString({ message: 'proposedBy：必须为文本' })
  @MinLength(2, { message: 'proposedBy：须填写提议人或提议机构' })
  @MaxLength(60, { message: 'proposedBy：不超过 60 个字' })
  proposedBy: string;
}

export class CandidateVotes {
  @ApiProperty({ description: '被推荐人姓名' })
  @IsString({ message: 'candidates.name：必须为文本' })
  @MinLength(2, { message: 'candidates.name：至少 2 个字' })
  @MaxLength(20, { message: 'candidates.name：不超过 20 个字' })
  name: string;

  @ApiProperty({ description: '得票数' })
  @IsInt32({ message: 'candidates.votes：得票数须为整数' })
  @Min(0, { message: 'candidates.votes：得票数不能为负数' })
  votes: number;
}

/** 民主推荐: the day, how many took part, the votes of each person recommended. */
export class CadreSelectionRecommendation {
  @ApiProperty({ description: '民主推荐日期' })
  @IsCalendarDate({ message: 'recommendedOn：日期格式必须为 YYYY-MM-DD' })
  recommendedOn: string;

  @ApiProperty({ description: '参加推荐人数' })
  @IsInt32({ message: 'participants：参加推荐人数须为整数' })
  @Min(1, { message: 'participants：参加推荐人数至少 1 人' })
  participants: number;

  @ApiProperty({ type: [CandidateVotes], description: '推荐结果（姓名、得票）' })
  @IsArray({ message: 'candidates：须为列表' })
  @ArrayMinSize(1, { message: 'candidates：至少一名被推荐人' })
  @ArrayMaxSize(50, { message: 'candidates：不超过 50 人' })
  @ValidateNested({ each: true })
  @Type(() => CandidateVotes)
  candidates: CandidateVotes[];

  @ApiPropertyOptional({ description: '说明' })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(2000, { message: 'note：不超过 2000 个字' })
  note?: string;
}

/** 考察: the 考察对象 (one of those recommended), the team and its conclusion. The 身份证号 is encrypted and masked. */
export class CadreSelectionInspection {
  @ApiProperty({ description: '考察日期' })
  @IsCalendarDate({ message: 'inspectedOn：日期格式必须为 YYYY-MM-DD' })
  inspectedOn: string;

  @ApiProperty({ type: [String], description: '考察组成员' })
  @IsArray({ message: 'team：须为列表' })
  @ArrayMinSize(2, { message: 'team：考察组至少 2 人' })
  @ArrayMaxSize(20, { message: 'team：不超过 20 人' })
  @IsString({ each: true, message: 'team：每项须为文本' })
  @MaxLength(20, { each: true, message: 'team：每项不超过 20 个字' })
  team: string[];

  @ApiProperty({ description: '考察对象姓名（须为民主推荐中的被推荐人）' })
  @IsString({ message: 'candidateName：必须为文本' })
  @MinLength(2, { message: 'candidateName：至少 2 个字' })
  @MaxLength(20, { message: 'candidateName：不超过 20 个字' })
  candidateName: string;

  @ApiProperty({ enum: GENDERS, description: '性别' })
  @IsIn(GENDERS, { message: 'candidateGender：只能是 male（男）或 female（女）' })
  candidateGender: Gender;

  @ApiProperty({ description: '考察对象公民身份号码（加密存储，列表中脱敏）' })
  @IsString({ message: 'candidateIdNumber：必须为文本' })
  @Matches(/^\d{17}[\dX]$/, { message: 'candidateIdNumber：公民身份号码应为 18 位（末位可为 X）' })
  candidateIdNumber: string;

  @ApiProperty({ description: '现任职务', example: '综合科一级主任科员' })
  @IsString({ message: 'candidateCurrentPost：必须为文本' })
  @MinLength(2, { message: 'candidateCurrentPost：至少 2 个字' })
  @MaxLength(60, { message: 'candidateCurrentPost：不超过 60 个字' })
  candidateCurrentPost: string;

  @ApiPropertyOptional({ format: 'uuid', description: '本办工作人员 id（任职后同步其职务）' })
  @IsOptional()
  @IsUUID('all', { message: 'staffMemberId：须为工作人员 id' })
  staffMemberId?: string;

  @ApiProperty({ description: '考察结论' })
  @Text('conclusion', '考察结论')
  conclusion: string;
}

/** 讨论决定 in a 党组会: who was due and who came, and the vote. */
export class CadreSelectionDecision {
  @ApiProperty({ description: '会议日期' })
  @IsCalendarDate({ message: 'meetingDate：日期格式必须为 YYYY-MM-DD' })
  meetingDate: string;

  @ApiProperty({ description: '会议名称', example: '2026年第9次党组会' })
  @IsString({ message: 'meetingTitle：必须为文本' })
  @MinLength(2, { message: 'meetingTitle：至少 2 个字' })
  @MaxLength(200, { message: 'meetingTitle：不超过 200 个字' })
  meetingTitle: string;

  @ApiPropertyOptional({ format: 'uuid', description: '党组会记录 id（如已在本系统登记）' })
  @IsOptional()
  @IsUUID('all', { message: 'leadingGroupMeetingId：须为会议 id' })
  leadingGroupMeetingId?: string;

  @ApiProperty({ description: '应到会成员数' })
  @IsInt32({ message: 'membersTotal：须为整数' })
  @Min(1, { message: 'membersTotal：至少 1 人' })
  membersTotal: number;

  @ApiProperty({ description: '实到会成员数' })
  @IsInt32({ message: 'membersPresent：须为整数' })
  @Min(0, { message: 'membersPresent：不能为负数' })
  membersPresent: number;

  @ApiProperty({ description: '同意票' })
  @IsInt32({ message: 'votesFor：须为整数' })
  @Min(0, { message: 'votesFor：不能为负数' })
  votesFor: number;

  @ApiProperty({ description: '不同意票' })
  @IsInt32({ message: 'votesAgainst：须为整数' })
  @Min(0, { message: 'votesAgainst：不能为负数' })
  votesAgainst: number;

  @ApiProperty({ description: '弃权票' })
  @IsInt32({ message: 'votesAbstain：须为整数' })
  @Min(0, { message: 'votesAbstain：不能为负数' })
  votesAbstain: number;
}

/** 任前公示: published on a day, in a channel; its end comes from the deadline engine. */
export class CadreSelectionPublicity {
  @ApiProperty({ description: '公示发布日期' })
  @IsCalendarDate({ message: 'publishedOn：日期格式必须为 YYYY-MM-DD' })
  publishedOn: string;

  @ApiProperty({ description: '公示范围或方式', example: '办公室内网、公告栏' })
  @IsString({ message: 'channel：必须为文本' })
  @MinLength(2, { message: 'channel：须填写公示范围或方式' })
  @MaxLength(200, { message: 'channel：不超过 200 个字' })
  channel: string;
}

export class ObjectionFields {
  @ApiProperty({ description: '收到日期' })
  @IsCalendarDate({ message: 'receivedOn：日期格式必须为 YYYY-MM-DD' })
  receivedOn: string;

  @ApiProperty({ description: '反映方式或来源', example: '来信（匿名）' })
  @IsString({ message: 'source：必须为文本' })
  @MinLength(2, { message: 'source：须填写反映方式或来源' })
  @MaxLength(60, { message: 'source：不超过 60 个字' })
  source: string;

  @ApiProperty({ description: '反映的问题' })
  @Text('summary', '反映的问题')
  summary: string;
}

export class ObjectionResolution {
  @ApiProperty({ format: 'uuid', description: '反映问题的 id' })
  @IsUUID('all', { message: 'objectionId：须为反映问题的 id' })
  objectionId: string;

  @ApiProperty({ description: '核查完成日期' })
  @IsCalendarDate({ message: 'resolvedOn：日期格式必须为 YYYY-MM-DD' })
  resolvedOn: string;

  @ApiProperty({ description: '核查情况' })
  @Text('finding', '核查情况')
  finding: string;

  @ApiProperty({ enum: OBJECTION_OUTCOMES, description: 'unfounded 不属实 / not_affecting 属实但不影响任职 / blocking 属实且影响任职' })
  @IsIn(OBJECTION_OUTCOMES, { message: 'outcome：核查结论取值无效' })
  outcome: ObjectionOutcome;
}

/** 任职: the day (after the 公示 has run), the 任职文件, and whether a 试用期 (one year) applies. */
export class CadreSelectionAppointment {
  @ApiProperty({ description: '任职日期' })
  @IsCalendarDate({ message: 'appointedOn：日期格式必须为 YYYY-MM-DD' })
  appointedOn: string;

  @ApiProperty({ description: '任职文号', example: '博政办任〔2026〕5号' })
  @IsString({ message: 'documentNumber：必须为文本' })
  @MinLength(2, { message: 'documentNumber：须填写任职文号' })
  @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
  documentNumber: string;

  @ApiProperty({ description: '是否实行任职试用期（提拔担任领导职务的，试用期一年）' })
  @IsBoolean({ message: 'probation：只能是 true 或 false' })
  probation: boolean;
}

export class ObjectionView extends ObjectionFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() recordedBy: string;
  @ApiPropertyOptional({ nullable: true, type: String }) resolvedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) finding: string | null;
  @ApiPropertyOptional({ nullable: true, enum: OBJECTION_OUTCOMES }) outcome: ObjectionOutcome | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resolvedBy: string | null;
}

export class CandidateView {
  @ApiProperty() name: string;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ description: '公民身份号码（列表及无权限者脱敏）' }) idNumber: string;
  @ApiProperty() currentPost: string;
  @ApiPropertyOptional({ nullable: true, type: String }) staffMemberId: string | null;
}

/** One step of the procedure as the console shows it: done or not, when, by whom. */
export class CadreSelectionStepView {
  @ApiProperty({ description: 'motion / recommendation / inspection / decision / publicity / appointment' }) step: string;
  @ApiProperty({ description: '步骤名称' }) label: string;
  @ApiProperty() done: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: '日期' }) on: string | null;
}

export class CadreSelectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) establishmentPostId: string;
  @ApiProperty({ description: '单位' }) unitName: string;
  @ApiProperty({ description: '拟任岗位' }) postTitle: string;
  @ApiProperty({ description: '职数层级' }) postLevel: string;
  @ApiProperty({ type: 'object', description: '动议' }) motion: { motionDate: string; motionReason: string; proposedBy: string; by: string };
  @ApiPropertyOptional({ nullable: true, type: 'object', description: '民主推荐' }) recommendation: (CadreSelectionRecommendation & { by: string }) | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', description: '考察（不含考察对象的个人信息）' }) inspection: { inspectedOn: string; team: string[]; conclusion: string; by: string } | null;
  @ApiPropertyOptional({ nullable: true, type: CandidateView, description: '考察对象' }) candidate: CandidateView | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', description: '讨论决定' }) decision: (CadreSelectionDecision & { by: string; explanation: string }) | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', description: '任前公示（期满日由工作日历计算，附说明）' })
  publicity: { publishedOn: string; channel: string; endsOn: string; workingDays: number; explanation: string[]; by: string } | null;
  @ApiProperty({ type: [ObjectionView], description: '公示期间反映的问题' }) objections: ObjectionView[];
  @ApiPropertyOptional({ nullable: true, type: 'object', description: '任职' })
  appointment: { appointedOn: string; documentNumber: string; probation: boolean; probationEndsOn: string | null; probationExplanation: string[]; by: string } | null;
  @ApiProperty({ type: [CadreSelectionStepView], description: '各步骤（依次办理，不得跳过）' }) steps: CadreSelectionStepView[];
  @ApiProperty({ description: '个人信息是否已脱敏' }) personalDataMasked: boolean;
  @ApiProperty({ enum: CADRE_SELECTION_STATUSES }) status: CadreSelectionStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: { at: string; by: string; step: string; note: string | null }[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const CadreSelectionErrors = {
  notFound: { kind: 'not_found', code: 'CADRE_SELECTION.NOT_FOUND', title: '干部选拔任用事项不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'CADRE_SELECTION.VERSION_CONFLICT', title: '干部选拔任用事项已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'CADRE_SELECTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  stepOutOfOrder: { kind: 'rule_violation', code: 'CADRE_SELECTION.STEP_OUT_OF_ORDER', title: '选拔任用程序不得跳过或颠倒' },
  postUnavailable: { kind: 'rule_violation', code: 'CADRE_SELECTION.POST_UNAVAILABLE', title: '拟任岗位不存在、已撤回或没有空缺' },
  notRecommended: { kind: 'rule_violation', code: 'CADRE_SELECTION.CANDIDATE_NOT_RECOMMENDED', title: '考察对象须从民主推荐的人选中确定' },
  decisionRule: { kind: 'rule_violation', code: 'CADRE_SELECTION.DECISION_RULE', title: '讨论决定不符合到会或表决要求' },
  publicityNotOver: { kind: 'rule_violation', code: 'CADRE_SELECTION.PUBLICITY_NOT_OVER', title: '任前公示期未满' },
  objectionsOpen: { kind: 'rule_violation', code: 'CADRE_SELECTION.OBJECTIONS_UNRESOLVED', title: '公示期间反映的问题尚未核查完毕' },
  objectionBlocks: { kind: 'rule_violation', code: 'CADRE_SELECTION.OBJECTION_BLOCKS', title: '反映的问题经核查影响任职' },
  objectionNotFound: { kind: 'rule_violation', code: 'CADRE_SELECTION.OBJECTION_NOT_FOUND', title: '没有该反映问题，或已核查' },
  dateOrder: { kind: 'rule_violation', code: 'CADRE_SELECTION.DATE_ORDER', title: '各步骤日期须依次不早于前一步' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const CadreSelectionSubjects = {
  create: 'cadre-selection.create',
  recommend: 'cadre-selection.recommend',
  inspect: 'cadre-selection.inspect',
  decide: 'cadre-selection.decide',
  publicize: 'cadre-selection.publicize',
  recordObjection: 'cadre-selection.record-objection',
  resolveObjection: 'cadre-selection.resolve-objection',
  appoint: 'cadre-selection.appoint',
  withdraw: 'cadre-selection.withdraw',
  get: 'cadre-selection.get',
  list: 'cadre-selection.list',
} as const;

/** 动议: opens the procedure on a post in force with a vacancy. */
export namespace CreateCadreSelection {
  export class Request extends CadreSelectionMotion {}
  export class Reply extends CadreSelectionView {}
}

export namespace RecommendCadreSelection {
  export class Body extends CadreSelectionRecommendation {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace InspectCadreSelection {
  export class Body extends CadreSelectionInspection {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace DecideCadreSelection {
  export class Body extends CadreSelectionDecision {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace PublicizeCadreSelection {
  export class Body extends CadreSelectionPublicity {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace RecordCadreSelectionObjection {
  export class Body extends ObjectionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace ResolveCadreSelectionObjection {
  export class Body extends ObjectionResolution {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace AppointCadreSelection {
  export class Body extends CadreSelectionAppointment {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace WithdrawCadreSelection {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CadreSelectionView {}
}

export namespace GetCadreSelection {
  export class Request extends RecordRef {}
  export class Reply extends CadreSelectionView {}
}

export namespace ListCadreSelections {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: CADRE_SELECTION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(CADRE_SELECTION_STATUSES, { message: 'status：取值无效' })
    status?: CadreSelectionStatus;

    @ApiPropertyOptional({ description: '事项名称、岗位、考察对象姓名模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [CadreSelectionView] }) items: CadreSelectionView[];
  }
}

/** What the events of one procedure carry (no personal data beyond the candidate's name): its snapshot with its version. */
export class CadreSelectionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() establishmentPostId: string;
  @ApiProperty() @IsString() title: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() candidateName: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() publicityEndsOn: string | null;
  @ApiProperty() @IsIn(CADRE_SELECTION_STATUSES) status: CadreSelectionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const CadreSelectionEvents = {
  created: eventSubject('personnel-finance', 'cadre-selection.created'),
  recommended: eventSubject('personnel-finance', 'cadre-selection.recommended'),
  inspected: eventSubject('personnel-finance', 'cadre-selection.inspected'),
  decided: eventSubject('personnel-finance', 'cadre-selection.decided'),
  publicized: eventSubject('personnel-finance', 'cadre-selection.publicized'),
  objectionRecorded: eventSubject('personnel-finance', 'cadre-selection.objection-recorded'),
  objectionResolved: eventSubject('personnel-finance', 'cadre-selection.objection-resolved'),
  appointed: eventSubject('personnel-finance', 'cadre-selection.appointed'),
  withdrawn: eventSubject('personnel-finance', 'cadre-selection.withdrawn'),
  redated: eventSubject('personnel-finance', 'cadre-selection.redated'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const CadreSelectionEventDescriptions = {
  'cadre-selection.created': { zh: '干部选拔任用动议', en: 'A cadre selection was proposed (动议) for a post with a vacancy.' },
  'cadre-selection.recommended': { zh: '民主推荐完成，记录了推荐人数和得票', en: 'The democratic recommendation was held; participants and votes recorded.' },
  'cadre-selection.inspected': { zh: '考察完成，确定考察对象和考察结论', en: 'The inspection was done; the candidate and the conclusion recorded.' },
  'cadre-selection.decided': { zh: '党组会讨论决定，记录了到会和表决情况', en: 'The party group decided, with its attendance and vote.' },
  'cadre-selection.publicized': { zh: '任前公示发布，期满日由工作日历计算', en: 'The pre-appointment notice was published; its end computed over the working calendar.' },
  'cadre-selection.objection-recorded': { zh: '公示期间收到反映的问题', en: 'An objection was received during the notice period.' },
  'cadre-selection.objection-resolved': { zh: '反映的问题核查完毕', en: 'An objection was looked into and resolved.' },
  'cadre-selection.appointed': { zh: '任职（含试用期）', en: 'The candidate was appointed (with a probation where it applies).' },
  'cadre-selection.withdrawn': { zh: '干部选拔任用撤回（注明理由，不删除）', en: 'A cadre selection was withdrawn, with a reason (never deleted).' },
  'cadre-selection.redated': { zh: '工作日历调整，任前公示期满日重新计算', en: "The calendar changed; the notice's end was computed again." },
} as const;

/**
 * Published by personnel-finance at each step of a 干部选拔任用; no consumer yet (the staff record's change at 任职 is
 * published as `staff-member.updated`). A consumer applies a snapshot only when its version is newer.
 */
export namespace CadreSelectionChanged {
  export class Event extends CadreSelectionSnapshot {}
}
