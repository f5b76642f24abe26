import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * active 在职 → retired 已退休 (with its date and approval; the 离退休干部 then served by 人事科) or → withdrawn 已撤回 (a
 * record entered in error or no longer kept, with a reason; nothing is deleted).
 */
export const STAFF_MEMBER_STATUSES = ['active', 'retired', 'withdrawn'] as const;
export type StaffMemberStatus = (typeof STAFF_MEMBER_STATUSES)[number];
export const STAFF_MEMBER_STATUS_LABELS: Record<StaffMemberStatus, string> = { active: '在职', retired: '已退休', withdrawn: '已撤回' };

/** 人员类别: 公务员, 参照公务员法管理, 事业编制, 工勤编制. */
export const STAFF_CATEGORIES = ['civil_servant', 'managed', 'institution', 'worker'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];
export const STAFF_CATEGORY_LABELS: Record<StaffCategory, string> = { civil_servant: '公务员', managed: '参照公务员法管理', institution: '事业编制', worker: '工勤编制' };

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** The fields a caller gives of one 工作人员. 身份证号, 手机号 and salary are encrypted at rest. */
export class StaffMemberFields {
  @ApiProperty({ description: '姓名', example: '张三' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：至少 2 个字' })
  @MaxLength(20, { message: 'name：不超过 20 个字' })
  name: string;

  @ApiProperty({ enum: GENDERS, description: '性别：male 男 / female 女' })
  @IsIn(GENDERS, { message: 'gender：只能是 male（男）或 female（女）' })
  gender: Gender;

  @ApiProperty({ description: '公民身份号码（18 位；加密存储，列表中脱敏）', example: '370304199001011234' })
  @IsString({ message: 'idNumber：必须为文本' })
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber：公民身份号码应为 18 位（末位可为 X）' })
  idNumber: string;

  @ApiProperty({ description: '手机号（加密存储，列表中脱敏）', example: '13800001234' })
  @IsString({ message: 'mobile：必须为文本' })
  @Matches(/^1\d{10}$/, { message: 'mobile：手机号应为 11 位数字' })
  mobile: string;

  @ApiProperty({ description: '所在科室代码', example: 'renshi' })
  @IsString({ message: 'sectionCode：必须为文本' })
  @Matches(/^[a-z_]{2,30}$/, { message: 'sectionCode：科室代码格式不正确' })
  sectionCode: string;

  @ApiProperty({ enum: STAFF_CATEGORIES, description: '人员类别' })
  @IsIn(STAFF_CATEGORIES, { message: 'category：人员类别取值无效' })
  category: StaffCategory;

  @ApiProperty({ description: '职务', example: '科员' })
  @IsString({ message: 'postTitle：必须为文本' })
  @MinLength(2, { message: 'postTitle：至少 2 个字' })
  @MaxLength(40, { message: 'postTitle：不超过 40 个字' })
  postTitle: string;

  @ApiProperty({ description: '职级', example: '一级科员' })
  @IsString({ message: 'rank：必须为文本' })
  @MinLength(2, { message: 'rank：至少 2 个字' })
  @MaxLength(40, { message: 'rank：不超过 40 个字' })
  rank: string;

  @ApiProperty({ description: '入职（录用、调入）日期', example: '2020-07-01' })
  @IsCalendarDate({ message: 'hiredOn：日期格式必须为 YYYY-MM-DD' })
  hiredOn: string;

  @ApiPropertyOptional({ description: '试用期满日期（新录用人员；无试用期为空）', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDate({ message: 'probationEndsOn：日期格式必须为 YYYY-MM-DD' })
  probationEndsOn?: string | null;

  @ApiProperty({ description: '月应发工资（分；加密存储）', example: 1200000 })
  @IsInt32({ message: 'monthlySalaryFen：须为整数（分）' })
  @Min(0, { message: 'monthlySalaryFen：不能为负数' })
  monthlySalaryFen: number;
}

/**
 * 干部档案 entries of a staff record: 学历学位, 任职经历, 奖励, 处分, 调配 and 公务员登记. Each is added with its date and, for
 * 奖励/处分/调配/登记, the decision's 文号; an entry entered in error is voided with a reason, never deleted.
 */
export const STAFF_RECORD_ENTRY_KINDS = ['education', 'post', 'reward', 'penalty', 'transfer', 'registration', 'retiree_service'] as const;
export type StaffRecordEntryKind = (typeof STAFF_RECORD_ENTRY_KINDS)[number];
export const STAFF_RECORD_ENTRY_KIND_LABELS: Record<StaffRecordEntryKind, string> = {
  education: '学历学位',
  post: '任职经历',
  reward: '奖励',
  penalty: '处分',
  transfer: '调配',
  registration: '公务员登记',
  retiree_service: '离退休干部服务',
};
/** 《公务员法》第五十三条: 嘉奖、记三等功、记二等功、记一等功、授予称号. */
export const REWARD_KINDS = ['commendation', 'merit_third', 'merit_second', 'merit_first', 'honorary_title'] as const;
export const REWARD_KIND_LABELS: Record<(typeof REWARD_KINDS)[number], string> = {
  commendation: '嘉奖',
  merit_third: '记三等功',
  merit_second: '记二等功',
  merit_first: '记一等功',
  honorary_title: '授予称号',
};
/** 《公务员法》第六十二条: 警告、记过、记大过、降级、撤职、开除. */
export const PENALTY_KINDS = ['warning', 'demerit', 'major_demerit', 'demotion', 'removal', 'expulsion'] as const;
export const PENALTY_KIND_LABELS: Record<(typeof PENALTY_KINDS)[number], string> = {
  warning: '警告',
  demerit: '记过',
  major_demerit: '记大过',
  demotion: '降级',
  removal: '撤职',
  expulsion: '开除',
};
/** 调配: 调入、调出、转任、交流、挂职锻炼 (《公务员法》第十章). */
export const TRANSFER_KINDS = ['transfer_in', 'transfer_out', 'rotation', 'exchange', 'secondment'] as const;
export const TRANSFER_KIND_LABELS: Record<(typeof TRANSFER_KINDS)[number], string> = {
  transfer_in: '调入',
  transfer_out: '调出',
  rotation: '转任',
  exchange: '交流',
  secondment: '挂职锻炼',
};
/** 离退休干部服务 (人事科 also serves as 离退休干部科): 走访慰问、健康体检、组织活动、帮办事项、政治待遇（阅文、情况通报）. */
export const RETIREE_SERVICE_KINDS = ['visit', 'health_check', 'activity', 'assistance', 'briefing'] as const;
export const RETIREE_SERVICE_KIND_LABELS: Record<(typeof RETIREE_SERVICE_KINDS)[number], string> = {
  visit: '走访慰问',
  health_check: '健康体检',
  activity: '组织活动',
  assistance: '帮办事项',
  briefing: '阅文、情况通报',
};
export const STAFF_RECORD_SUB_KINDS = [...REWARD_KINDS, ...PENALTY_KINDS, ...TRANSFER_KINDS, ...RETIREE_SERVICE_KINDS] as const;
export type StaffRecordSubKind = (typeof STAFF_RECORD_SUB_KINDS)[number];

export class StaffRecordEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAFF_RECORD_ENTRY_KINDS }) kind: StaffRecordEntryKind;
  @ApiProperty({ description: '类别（中文）' }) kindLabel: string;
  @ApiPropertyOptional({ enum: STAFF_RECORD_SUB_KINDS, nullable: true }) subKind: StaffRecordSubKind | null;
  @ApiPropertyOptional({ description: '奖励、处分或调配的种类（中文）', nullable: true, type: String }) subKindLabel: string | null;
  @ApiProperty({ description: '起始（决定、取得）日期' }) startedOn: string;
  @ApiPropertyOptional({ description: '终止日期', nullable: true, type: String }) endedOn: string | null;
  @ApiProperty({ description: '内容，如 山东大学法学专业大学本科、法学学士；任综合科科员' }) title: string;
  @ApiPropertyOptional({ description: '批准机关', nullable: true, type: String }) authority: string | null;
  @ApiPropertyOptional({ description: '文号（登记编号）', nullable: true, type: String }) documentNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiPropertyOptional({ description: '处分期间截止日（《公务员法》第六十四条；开除无期间）', nullable: true, type: String }) effectiveUntil: string | null;
  @ApiProperty({ description: 'active 有效 / voided 已作废' }) status: 'active' | 'voided';
  @ApiPropertyOptional({ description: '作废理由', nullable: true, type: String }) voidReason: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty() recordedBy: string;
  @ApiPropertyOptional({ nullable: true, type: String }) voidedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) voidedBy: string | null;
}

/** The penalty a member is still within (its period not over): no promotion meanwhile (《公务员法》第六十四条). */
export class UnderPenaltyView {
  @ApiProperty({ description: '处分种类（中文）' }) label: string;
  @ApiProperty({ description: '处分期间截止日' }) until: string;
  @ApiProperty({ description: '期间的影响' }) effect: string;
}

export class StaffMemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ description: '公民身份号码（列表及无权限者脱敏：370304********1234）' }) idNumber: string;
  @ApiProperty({ description: '手机号（列表及无权限者脱敏：138****1234）' }) mobile: string;
  @ApiProperty({ description: '所在科室代码' }) sectionCode: string;
  @ApiProperty({ enum: STAFF_CATEGORIES }) category: StaffCategory;
  @ApiProperty({ description: '职务' }) postTitle: string;
  @ApiProperty({ description: '职级' }) rank: string;
  @ApiProperty({ description: '入职日期' }) hiredOn: string;
  @ApiPropertyOptional({ description: '试用期满日期', nullable: true, type: String }) probationEndsOn: string | null;
  @ApiPropertyOptional({ description: '月应发工资（分）；列表及无权限者为空', nullable: true, type: Number }) monthlySalaryFen: number | null;
  @ApiProperty({ description: '个人信息是否已脱敏' }) personalDataMasked: boolean;
  @ApiProperty({ enum: STAFF_MEMBER_STATUSES, description: 'active 在职 / withdrawn 已撤回' }) status: StaffMemberStatus;
  @ApiProperty({ type: [StaffRecordEntryView], description: '干部档案记录（详情中返回；处分记录仅人事科可见）' }) recordEntries: StaffRecordEntryView[];
  @ApiPropertyOptional({ type: UnderPenaltyView, nullable: true, description: '处分期内（详情中，仅人事科可见）' }) underPenalty: UnderPenaltyView | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiPropertyOptional({ description: '退休日期', nullable: true, type: String }) retiredOn: string | null;
  @ApiPropertyOptional({ description: '退休审批文号', nullable: true, type: String }) retirementDocument: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const StaffMemberErrors = {
  notFound: { kind: 'not_found', code: 'STAFF_MEMBER.NOT_FOUND', title: '工作人员不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'STAFF_MEMBER.VERSION_CONFLICT', title: '工作人员已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'STAFF_MEMBER.INVALID_STATE', title: '当前状态不能进行此操作' },
  entryRule: { kind: 'rule_violation', code: 'STAFF_MEMBER.ENTRY_RULE', title: '干部档案记录不符合规定' },
  entryNotFound: { kind: 'not_found', code: 'STAFF_MEMBER.ENTRY_NOT_FOUND', title: '干部档案记录不存在' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const StaffMemberSubjects = {
  create: 'staff-member.create',
  update: 'staff-member.update',
  withdraw: 'staff-member.withdraw',
  get: 'staff-member.get',
  list: 'staff-member.list',
  addRecordEntry: 'staff-member.add-record-entry',
  retire: 'staff-member.retire',
  voidRecordEntry: 'staff-member.void-record-entry',
} as const;

/** Adds a 干部档案 entry (人事科); a change of the staff record (If-Match). */
export namespace AddStaffRecordEntry {
  export class Body {
    @ApiProperty({ enum: STAFF_RECORD_ENTRY_KINDS, description: 'education 学历学位、post 任职经历、reward 奖励、penalty 处分、transfer 调配、registration 公务员登记' })
    @IsIn(STAFF_RECORD_ENTRY_KINDS, { message: 'kind：类别无效' })
    kind: StaffRecordEntryKind;
    @ApiPropertyOptional({ enum: STAFF_RECORD_SUB_KINDS, description: '奖励、处分、调配的种类（这三类必填）' })
    @IsOptional()
    @IsIn(STAFF_RECORD_SUB_KINDS, { message: 'subKind：种类无效' })
    subKind?: StaffRecordSubKind;
    @ApiProperty({ description: '起始（决定、取得）日期' }) @IsCalendarDate({ message: 'startedOn：日期格式必须为 YYYY-MM-DD' }) startedOn: string;
    @ApiPropertyOptional({ description: '终止日期（不早于起始日期）' }) @IsOptional() @IsCalendarDate({ message: 'endedOn：日期格式必须为 YYYY-MM-DD' }) endedOn?: string;
    @ApiProperty({ description: '内容' })
    @IsString({ message: 'title：必须为文本' })
    @MinLength(2, { message: 'title：至少 2 个字' })
    @MaxLength(200, { message: 'title：不超过 200 个字' })
    title: string;
    @ApiPropertyOptional({ description: '批准机关' }) @IsOptional() @IsString({ message: 'authority：必须为文本' }) @MaxLength(100, { message: 'authority：不超过 100 个字' }) authority?: string;
    @ApiPropertyOptional({ description: '文号（奖励、处分、调配必填）；公务员登记为登记编号' })
    @IsOptional()
    @IsString({ message: 'documentNumber：必须为文本' })
    @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
    documentNumber?: string;
    @ApiPropertyOptional() @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(1000, { message: 'note：不超过 1000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

/** 退休: an active member retires on a date with its approval (文号); the record then lists with the 离退休干部. */
export namespace RetireStaffMember {
  export class Body {
    @ApiProperty({ description: '退休日期' }) @IsCalendarDate({ message: 'retiredOn：日期格式必须为 YYYY-MM-DD' }) retiredOn: string;
    @ApiProperty({ description: '退休审批文号' })
    @IsString({ message: 'documentNumber：必须为文本' })
    @MinLength(2, { message: 'documentNumber：须登记退休审批文号' })
    @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
    documentNumber: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

/** Voids an entry entered in error, with a reason (kept, marked 已作废). */
export namespace VoidStaffRecordEntry {
  export class Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'entryId：须为记录 id' }) entryId: string;
    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

export namespace CreateStaffMember {
  export class Request extends StaffMemberFields {}
  export class Reply extends StaffMemberView {}
}

export namespace UpdateStaffMember {
  export class Body extends StaffMemberFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

export namespace WithdrawStaffMember {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

export namespace GetStaffMember {
  export class Request extends RecordRef {}
  export class Reply extends StaffMemberView {}
}

export namespace ListStaffMembers {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: STAFF_MEMBER_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(STAFF_MEMBER_STATUSES, { message: 'status：取值无效' })
    status?: StaffMemberStatus;

    @ApiPropertyOptional({ description: '科室代码' })
    @IsOptional()
    @Matches(/^[a-z_]{2,30}$/, { message: 'sectionCode：科室代码格式不正确' })
    sectionCode?: string;

    @ApiPropertyOptional({ description: '姓名、职务模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [StaffMemberView] }) items: StaffMemberView[];
  }
}

/** What the events of one 工作人员 carry (no personal data): its snapshot with its version (consumers apply only newer ones). */
export class StaffMemberSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsString() sectionCode: string;
  @ApiProperty() @IsIn(STAFF_CATEGORIES) category: StaffCategory;
  @ApiProperty() @IsString() postTitle: string;
  @ApiProperty() @IsString() rank: string;
  @ApiProperty() @IsIn(STAFF_MEMBER_STATUSES) status: StaffMemberStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const StaffMemberEvents = {
  created: eventSubject('personnel-finance', 'staff-member.created'),
  updated: eventSubject('personnel-finance', 'staff-member.updated'),
  withdrawn: eventSubject('personnel-finance', 'staff-member.withdrawn'),
  retired: eventSubject('personnel-finance', 'staff-member.retired'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const StaffMemberEventDescriptions = {
  'staff-member.created': { zh: '工作人员登记（不含个人敏感信息）', en: 'A staff member was registered (no personal data in the event).' },
  'staff-member.updated': { zh: '工作人员信息变更（职务、职级、科室等）', en: "A staff member's record was changed (post, rank, section…)." },
  'staff-member.withdrawn': { zh: '工作人员记录被撤回（注明理由，不删除）', en: 'A staff record was withdrawn, with a reason (never deleted).' },
  'staff-member.retired': { zh: '工作人员退休（转为离退休干部）', en: 'A staff member retired.' },
} as const;

/** Published by personnel-finance when a 工作人员 is registered, changed or withdrawn; the office's one "who is who". */
export namespace StaffMemberChanged {
  export class Event extends StaffMemberSnapshot {}
}
