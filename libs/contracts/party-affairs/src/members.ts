import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 党员 and those in development: 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员 (《中国共产党发展党员工作细则》).
 * A member record is active, transferred out (转出, with the letter) or withdrawn (with a reason); nothing is deleted.
 */
export const MEMBER_STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type MemberStage = (typeof MEMBER_STAGES)[number];
export const MEMBER_STAGE_LABELS: Record<MemberStage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
};

export const MEMBER_STATUSES = ['active', 'transferred_out', 'withdrawn'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { active: '在册', transferred_out: '已转出', withdrawn: '已撤销' };

export const DUES_CATEGORIES = ['in_service', 'retired', 'student', 'low_income'] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];
export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = { in_service: '在职', retired: '离退休', student: '学生', low_income: '生活困难' };

export const DEVELOPMENT_STEPS = ['talk', 'activist', 'candidate', 'admit', 'approve', 'extend', 'full'] as const;
export type DevelopmentStep = (typeof DEVELOPMENT_STEPS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

const ID_NUMBER = /^\d{17}[\dX]$/;
const MOBILE = /^1\d{10}$/;

/** A transfer in (转入): where from and the letter (介绍信) number. */
export class TransferInFields {
  @ApiProperty({ description: '转出单位（原党组织）' })
  @IsString({ message: 'transferIn.from：必须为文本' })
  @MinLength(2, { message: 'transferIn.from：至少 2 个字' })
  @MaxLength(100, { message: 'transferIn.from：不超过 100 个字' })
  from: string;

  @ApiProperty({ description: '组织关系介绍信编号' })
  @IsString({ message: 'transferIn.letterNo：必须为文本' })
  @MinLength(2, { message: 'transferIn.letterNo：须填写介绍信编号' })
  @MaxLength(50, { message: 'transferIn.letterNo：不超过 50 个字' })
  letterNo: string;

  @ApiProperty({ description: '转入日期' })
  @IsCalendarDate({ message: 'transferIn.on：必须是有效的日期（YYYY-MM-DD）' })
  on: string;
}

/** The fields a caller gives when registering a member (a new applicant, or a member already in the party). */
export class MemberFields {
  @ApiProperty({ description: '姓名' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：姓名至少 2 个字' })
  @MaxLength(20, { message: 'name：姓名不超过 20 个字' })
  name: string;

  @ApiProperty({ enum: GENDERS, description: 'male 男 / female 女' })
  @IsIn(GENDERS, { message: 'gender：性别取值无效' })
  gender: Gender;

  @ApiProperty({ format: 'uuid', description: '所在党支部' })
  @IsUUID('all', { message: 'branchId：党支部 ID 格式不正确' })
  branchId: string;

  @ApiProperty({ description: '身份证号（18 位，加密保存，列表中脱敏）' })
  @Matches(ID_NUMBER, { message: 'idNumber：须为 18 位身份证号（末位可为 X）' })
  idNumber: string;

  @ApiPropertyOptional({ description: '手机号（加密保存，列表中脱敏）', nullable: true, type: String })
  @IsOptional()
  @Matches(MOBILE, { message: 'mobile：须为 11 位手机号' })
  mobile?: string | null;

  @ApiPropertyOptional({ description: '党内职务（如支部书记、组织委员）', nullable: true, type: String })
  @IsOptional()
  @IsString({ message: 'post：必须为文本' })
  @MaxLength(30, { message: 'post：不超过 30 个字' })
  post?: string | null;
}

export class CreateMemberFields extends MemberFields {
  @ApiProperty({ enum: ['applicant', 'probationary', 'full'], description: '登记时的身份：applicant 入党申请人（新递交申请） / probationary 预备党员 / full 正式党员（已在党内的转入或建档）' })
  @IsIn(['applicant', 'probationary', 'full'], { message: 'stage：登记时只能为入党申请人、预备党员或正式党员（其余阶段须按程序逐步办理）' })
  stage: 'applicant' | 'probationary' | 'full';

  @ApiPropertyOptional({ description: '递交入党申请书日期（入党申请人必填）', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate({ message: 'appliedOn：必须是有效的日期（YYYY-MM-DD）' })
  appliedOn?: string | null;

  @ApiPropertyOptional({ description: '入党日期（支部大会接收为预备党员之日；预备、正式党员必填）', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate({ message: 'admittedOn：必须是有效的日期（YYYY-MM-DD）' })
  admittedOn?: string | null;

  @ApiPropertyOptional({ description: '转正日期（正式党员）', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate({ message: 'fullOn：必须是有效的日期（YYYY-MM-DD）' })
  fullOn?: string | null;

  @ApiPropertyOptional({ type: TransferInFields, description: '组织关系转入（从外单位转入时填写）', nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TransferInFields)
  transferIn?: TransferInFields | null;
}

export class DevelopmentEntry {
  @ApiProperty({ enum: DEVELOPMENT_STEPS }) step: DevelopmentStep;
  @ApiProperty({ description: '步骤名称' }) label: string;
  @ApiProperty({ description: '日期' }) on: string;
  @ApiPropertyOptional({ description: '表决（赞成/反对/弃权）', nullable: true }) votes: { for: number; against: number; abstain: number } | null;
  @ApiPropertyOptional({ description: '文件材料（编号或说明）', nullable: true, type: String }) documents: string | null;
  @ApiPropertyOptional({ description: '备注', nullable: true, type: String }) note: string | null;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class TransferEntry {
  @ApiProperty({ description: 'in 转入 / within 内部转移 / out 转出 / receipt 回执' }) kind: 'in' | 'within' | 'out' | 'receipt';
  @ApiProperty() on: string;
  @ApiProperty({ description: '介绍信编号' }) letterNo: string;
  @ApiProperty({ description: '转出（入）单位或党支部' }) counterpart: string;
  @ApiProperty() by: string;
}

export class MemberNextStep {
  @ApiProperty({ enum: DEVELOPMENT_STEPS }) step: DevelopmentStep;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ description: '最早可办理日期', nullable: true, type: String }) earliestOn: string | null;
  @ApiPropertyOptional({ description: '最迟办理日期（期限引擎计算）', nullable: true, type: String }) dueOn: string | null;
  @ApiProperty({ type: [String], description: '期限计算说明' }) dueExplanation: string[];
  @ApiProperty({ description: '依据' }) rule: string;
}

export class MemberDues {
  @ApiProperty({ enum: DUES_CATEGORIES }) category: DuesCategory;
  @ApiProperty({ description: '基数年度' }) year: number;
  @ApiProperty({ description: '每月应交党费（分）' }) monthlyFen: number;
  @ApiProperty({ description: '计算说明（附依据）' }) explanation: string;
}

export class MemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty({ description: '党支部名称' }) branchName: string;
  @ApiPropertyOptional({ description: '所在单位（随党支部）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '身份证号（列表中脱敏）' }) idNumber: string;
  @ApiPropertyOptional({ description: '手机号（列表中脱敏）', nullable: true, type: String }) mobile: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) post: string | null;
  @ApiProperty({ enum: MEMBER_STAGES }) stage: MemberStage;
  @ApiProperty({ enum: MEMBER_STATUSES }) status: MemberStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) appliedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) talkedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) activistOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) candidateOn: string | null;
  @ApiPropertyOptional({ description: '入党日期（支部大会接收之日）', nullable: true, type: String }) admittedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedOn: string | null;
  @ApiPropertyOptional({ description: '转正日期', nullable: true, type: String }) fullOn: string | null;
  @ApiProperty({ description: '延长预备期（月）' }) probationExtensionMonths: number;
  @ApiPropertyOptional({ type: MemberNextStep, nullable: true, description: '下一步及最早可办理日期' }) next: MemberNextStep | null;
  @ApiPropertyOptional({ type: MemberDues, nullable: true, description: '党费（基数不公开，仅显示应交额）' }) dues: MemberDues | null;
  @ApiProperty({ type: [String], description: '已交党费的月份（YYYY-MM）' }) paidMonths: string[];
  @ApiProperty({ description: '“口袋党员”提示：转出超过 3 个月仍未收到回执（组织关系悬空）' }) dormant: boolean;
  @ApiProperty({ type: [DevelopmentEntry] }) development: DevelopmentEntry[];
  @ApiProperty({ type: [TransferEntry] }) transfers: TransferEntry[];
  @ApiPropertyOptional({ description: '撤销理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const MemberErrors = {
  notFound: { kind: 'not_found', code: 'MEMBER.NOT_FOUND', title: '党员不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'MEMBER.VERSION_CONFLICT', title: '党员信息已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'MEMBER.INVALID_STATE', title: '当前状态不能进行此操作' },
  developmentRule: { kind: 'rule_violation', code: 'MEMBER.DEVELOPMENT_RULE', title: '不符合发展党员工作程序' },
  duesNotOwed: { kind: 'rule_violation', code: 'MEMBER.DUES_NOT_OWED', title: '该月不需交纳党费' },
  duesAlreadyPaid: { kind: 'rule_violation', code: 'MEMBER.DUES_ALREADY_PAID', title: '该月党费已登记' },
  duesPaymentUnknown: { kind: 'rule_violation', code: 'MEMBER.DUES_PAYMENT_UNKNOWN', title: '该月没有有效的党费交纳记录' },
  branchUnknown: { kind: 'rule_violation', code: 'MEMBER.BRANCH_UNKNOWN', title: '党支部不存在或已撤销' },
  transferRule: { kind: 'rule_violation', code: 'MEMBER.TRANSFER_RULE', title: '组织关系转接信息不完整' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const MemberSubjects = {
  create: 'member.create',
  update: 'member.update',
  develop: 'member.develop',
  transfer: 'member.transfer',
  setDues: 'member.set-dues',
  payDues: 'member.pay-dues',
  voidDues: 'member.void-dues-payment',
  arrears: 'member.dues-arrears',
  withdraw: 'member.withdraw',
  get: 'member.get',
  list: 'member.list',
} as const;

export namespace CreateMember {
  export class Request extends CreateMemberFields {}
  export class Reply extends MemberView {}
}

export namespace UpdateMember {
  export class Body extends MemberFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

export class Votes {
  @ApiProperty() @IsInt32({ message: 'votes.for：必须是整数' }) @Min(0, { message: 'votes.for：不能为负' }) for: number;
  @ApiProperty() @IsInt32({ message: 'votes.against：必须是整数' }) @Min(0, { message: 'votes.against：不能为负' }) against: number;
  @ApiProperty() @IsInt32({ message: 'votes.abstain：必须是整数' }) @Min(0, { message: 'votes.abstain：不能为负' }) abstain: number;
}

/** One step of 发展党员, with its date, documents and (for the 支部大会) the vote. */
export namespace DevelopMember {
  export class Body {
    @ApiProperty({ enum: DEVELOPMENT_STEPS, description: 'talk 谈话 / activist 确定积极分子 / candidate 列为发展对象 / admit 支部大会接收预备党员 / approve 上级审批 / extend 延长预备期 / full 转正' })
    @IsIn(DEVELOPMENT_STEPS, { message: 'step：步骤取值无效' })
    step: DevelopmentStep;

    @ApiProperty({ description: '办理日期' })
    @IsCalendarDate({ message: 'on：必须是有效的日期（YYYY-MM-DD）' })
    on: string;

    @ApiPropertyOptional({ description: '短期集中培训学时（接收预备党员时必填，≥ 24）', nullable: true })
    @IsOptional()
    @IsInt32({ message: 'trainingHours：必须是整数' })
    @Min(0, { message: 'trainingHours：不能为负' })
    @Max(1000, { message: 'trainingHours：不超过 1000' })
    trainingHours?: number | null;

    @ApiPropertyOptional({ description: '政治审查结论日期（接收预备党员时必填）', nullable: true, type: String })
    @IsOptional()
    @IsCalendarDate({ message: 'politicalReviewOn：必须是有效的日期（YYYY-MM-DD）' })
    politicalReviewOn?: string | null;

    @ApiPropertyOptional({ description: '上级党委预审日期（接收预备党员时必填）', nullable: true, type: String })
    @IsOptional()
    @IsCalendarDate({ message: 'preReviewedOn：必须是有效的日期（YYYY-MM-DD）' })
    preReviewedOn?: string | null;

    @ApiPropertyOptional({ description: '延长预备期月数（延长时必填，合计 ≤ 12）', nullable: true })
    @IsOptional()
    @IsInt32({ message: 'months：必须是整数' })
    @Min(1, { message: 'months：至少 1 个月' })
    @Max(12, { message: 'months：不超过 12 个月' })
    months?: number | null;

    @ApiPropertyOptional({ type: Votes, description: '表决结果（支部大会、转正）', nullable: true })
    @IsOptional()
    @ValidateNested()
    @Type(() => Votes)
    votes?: Votes | null;

    @ApiPropertyOptional({ description: '文件材料（入党志愿书编号、批复文号等）', nullable: true, type: String })
    @IsOptional()
    @IsString({ message: 'documents：必须为文本' })
    @MaxLength(500, { message: 'documents：不超过 500 个字' })
    documents?: string | null;

    @ApiPropertyOptional({ description: '备注', nullable: true, type: String })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string | null;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

/** 组织关系转接: within the organisation (to another branch), out (with the letter), and the receipt (回执) of a transfer out. */
export namespace TransferMember {
  export class Body {
    @ApiProperty({ enum: ['within', 'out', 'receipt'], description: 'within 转到本总支其他支部 / out 转出本总支 / receipt 登记转出回执' })
    @IsIn(['within', 'out', 'receipt'], { message: 'kind：转接类别取值无效' })
    kind: 'within' | 'out' | 'receipt';

    @ApiPropertyOptional({ format: 'uuid', description: '转入的党支部（内部转移时必填）', nullable: true, type: String })
    @IsOptional()
    @IsUUID('all', { message: 'toBranchId：党支部 ID 格式不正确' })
    toBranchId?: string | null;

    @ApiPropertyOptional({ description: '转往单位（转出时必填）', nullable: true, type: String })
    @IsOptional()
    @IsString({ message: 'destination：必须为文本' })
    @MaxLength(100, { message: 'destination：不超过 100 个字' })
    destination?: string | null;

    @ApiProperty({ description: '介绍信编号' })
    @IsString({ message: 'letterNo：必须为文本' })
    @MinLength(2, { message: 'letterNo：须填写介绍信编号' })
    @MaxLength(50, { message: 'letterNo：不超过 50 个字' })
    letterNo: string;

    @ApiProperty({ description: '转接日期' })
    @IsCalendarDate({ message: 'on：必须是有效的日期（YYYY-MM-DD）' })
    on: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

/** The yearly dues base (fixed, regular after-tax monthly salary, in 分) and the category. */
export namespace SetMemberDues {
  export class Body {
    @ApiProperty({ enum: DUES_CATEGORIES, description: 'in_service 在职 / retired 离退休 / student 学生 / low_income 生活困难' })
    @IsIn(DUES_CATEGORIES, { message: 'category：类别取值无效' })
    category: DuesCategory;

    @ApiProperty({ description: '计算基数：每月固定性工资收入（税后，分），加密保存' })
    @IsInt32({ message: 'baseFen：必须是整数（分）' })
    @Min(0, { message: 'baseFen：不能为负' })
    baseFen: number;

    @ApiProperty({ description: '基数适用年度' })
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2008, { message: 'year：不早于 2008 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year: number;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

export namespace WithdrawMember {
  export class Body {
    @ApiProperty({ description: '撤销理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤销须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

export namespace GetMember {
  export class Request extends RecordRef {}
  export class Reply extends MemberView {}
}

export namespace ListMembers {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: MEMBER_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(MEMBER_STATUSES, { message: 'status：取值无效' })
    status?: MemberStatus;

    @ApiPropertyOptional({ enum: MEMBER_STAGES, description: '阶段' })
    @IsOptional()
    @IsIn(MEMBER_STAGES, { message: 'stage：取值无效' })
    stage?: MemberStage;

    @ApiPropertyOptional({ format: 'uuid', description: '党支部' })
    @IsOptional()
    @IsUUID('all', { message: 'branchId：党支部 ID 格式不正确' })
    branchId?: string;

    @ApiPropertyOptional({ description: '姓名模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [MemberView] }) items: MemberView[];
  }
}

/** What the events of one 党员 carry (no personal data): its snapshot with its version. */
export class MemberSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() branchId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsIn(MEMBER_STAGES) stage: MemberStage;
  @ApiProperty() @IsIn(MEMBER_STATUSES) status: MemberStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const MemberEvents = {
  created: eventSubject('party-affairs', 'member.created'),
  updated: eventSubject('party-affairs', 'member.updated'),
  developed: eventSubject('party-affairs', 'member.developed'),
  transferred: eventSubject('party-affairs', 'member.transferred'),
  duesSet: eventSubject('party-affairs', 'member.dues-set'),
  duesPaid: eventSubject('party-affairs', 'member.dues-paid'),
  duesVoided: eventSubject('party-affairs', 'member.dues-voided'),
  withdrawn: eventSubject('party-affairs', 'member.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const MemberEventDescriptions = {
  'member.created': { zh: '党员（入党申请人）登记', en: 'A party member or applicant was registered.' },
  'member.updated': { zh: '党员信息被修改', en: "A member's record was changed." },
  'member.developed': { zh: '发展党员办理了一个步骤', en: 'A step of member development was taken.' },
  'member.transferred': { zh: '组织关系转接', en: "A member's organisational relation was transferred." },
  'member.dues-set': { zh: '党费基数核定', en: "A member's dues base was set for the year." },
  'member.dues-paid': { zh: '党费交纳登记', en: "A member's dues for a month were recorded as paid." },
  'member.dues-voided': { zh: '党费交纳记录作废（注明理由，收据编号保留）', en: "A member's dues payment was voided, with a reason (its receipt number is kept)." },
  'member.withdrawn': { zh: '党员记录被撤销（注明理由，不删除）', en: "A member's record was withdrawn, with a reason (never deleted)." },
} as const;

/** Published by party-affairs when a 党员 record changes; carries its snapshot (no personal data). */
export namespace MemberChanged {
  export class Event extends MemberSnapshot {}
}

/** 党费收缴: one month's dues of a member, recorded (the amount is the month's computed dues unless given). */
export namespace PayMemberDues {
  export class Body {
    @ApiProperty({ description: '所属月份（YYYY-MM）', example: '2026-11' })
    @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month：须为 YYYY-MM 格式的月份' })
    month: string;

    @ApiProperty({ description: '交纳日期' })
    @IsCalendarDate({ message: 'paidOn：必须是有效的日期（YYYY-MM-DD）' })
    paidOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

/** 作废一笔党费交纳记录: the payment stays, marked 作废 with its receipt number; the month is owed again. */
export namespace VoidMemberDuesPayment {
  export class Body {
    @ApiProperty({ description: '所属月份（YYYY-MM）', example: '2026-11' })
    @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month：须为 YYYY-MM 格式的月份' })
    month: string;

    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends MemberView {}
}

export class DuesArrear {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() name: string;
  @ApiProperty() branchName: string;
  @ApiProperty({ description: '应交（分）' }) amountFen: number;
}

/** 欠缴党费名单: the members who owe the month's dues (预备党员 from the month of their admission). */
export namespace ListDuesArrears {
  export class Request {
    @ApiProperty({ description: '月份（YYYY-MM）', example: '2026-11' })
    @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month：须为 YYYY-MM 格式的月份' })
    month: string;
  }
  export class Reply {
    @ApiProperty() month: string;
    @ApiProperty({ type: [DuesArrear] }) items: DuesArrear[];
    @ApiProperty({ description: '应交合计（分）' }) totalFen: number;
  }
}
