import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/**
 * draft 待提交 → submitted 审批中 → approved 已审批 → paid 已支付; submitted → returned 已退回 (with a reason; changed and
 * submitted again); draft/returned → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const CLAIM_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'paid', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = { draft: '待提交', submitted: '审批中', returned: '已退回', approved: '已审批', paid: '已支付', withdrawn: '已撤回' };

/** The 16 kinds of the 公务卡 compulsory-settlement list (财库〔2011〕160号), then two outside it. */
export const EXPENSE_KINDS = [
  'office',
  'printing',
  'consulting',
  'handling_fee',
  'water_power',
  'post_telecom',
  'property_management',
  'travel',
  'maintenance',
  'rental',
  'meeting',
  'training',
  'reception',
  'special_materials',
  'vehicle_operation',
  'other_transport',
  'other_labour',
  'other',
] as const;
export type ExpenseKind = (typeof EXPENSE_KINDS)[number];
export const EXPENSE_KIND_LABELS: Record<ExpenseKind, string> = {
  office: '办公费',
  printing: '印刷费',
  consulting: '咨询费',
  handling_fee: '手续费',
  water_power: '水电费',
  post_telecom: '邮电费',
  property_management: '物业管理费',
  travel: '差旅费',
  maintenance: '维修（护）费',
  rental: '租赁费',
  meeting: '会议费',
  training: '培训费',
  reception: '公务接待费',
  special_materials: '专用材料费',
  vehicle_operation: '公务用车运行维护费',
  other_transport: '其他交通费用',
  other_labour: '劳务费',
  other: '其他',
};

export const PAYMENT_METHODS = ['official_card', 'transfer', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { official_card: '公务卡', transfer: '银行转账', cash: '现金' };

export class ClaimItem {
  @ApiProperty({ description: '费用说明', example: '打印纸 10 箱' })
  @IsString({ message: 'items.description：必须为文本' })
  @MinLength(2, { message: 'items.description：至少 2 个字' })
  @MaxLength(200, { message: 'items.description：不超过 200 个字' })
  description: string;

  @ApiProperty({ description: '金额（分）', example: 230000 })
  @IsInt32({ message: 'items.amountFen：金额须为整数（分）' })
  @Min(1, { message: 'items.amountFen：金额须大于 0' })
  amountFen: number;

  @ApiPropertyOptional({ description: '发票号码' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{6,30}$/, { message: 'items.invoiceNumber：发票号码应为 6–30 位数字或字母' })
  invoiceNumber?: string;

  @ApiProperty({ description: '发生日期' })
  @IsCalendarDate({ message: 'items.occurredOn：日期格式必须为 YYYY-MM-DD' })
  occurredOn: string;
}

/** 出差人员职级档次 (差旅住宿费标准的分级): 省部级, 厅局级, 县处级及以下（其余人员）. */
export const TRAVEL_RANK_CLASSES = ['provincial', 'bureau', 'other'] as const;
export type TravelRankClass = (typeof TRAVEL_RANK_CLASSES)[number];
export const TRAVEL_RANK_CLASS_LABELS: Record<TravelRankClass, string> = { provincial: '省部级', bureau: '厅局级', other: '县处级及以下人员' };

/** 会议类别 (《中央和国家机关会议费管理办法》的分类): 一类 … 四类. */
export const MEETING_CATEGORIES = ['first', 'second', 'third', 'fourth'] as const;
export type MeetingCategory = (typeof MEETING_CATEGORIES)[number];
export const MEETING_CATEGORY_LABELS: Record<MeetingCategory, string> = { first: '一类会议', second: '二类会议', third: '三类会议', fourth: '四类会议' };

/** One trip of a travel claim (差旅费): who, rank class, where, when, nights and what is claimed for lodging and the allowances. */
export class ClaimTrip {
  @ApiProperty({ description: '出差人', example: '林娜' })
  @IsString({ message: 'trips.travellerName：必须为文本' })
  @MinLength(2, { message: 'trips.travellerName：至少 2 个字' })
  @MaxLength(20, { message: 'trips.travellerName：不超过 20 个字' })
  travellerName: string;

  @ApiProperty({ enum: TRAVEL_RANK_CLASSES, description: '职级档次：provincial 省部级 / bureau 厅局级 / other 县处级及以下' })
  @IsIn(TRAVEL_RANK_CLASSES, { message: 'trips.rankClass：职级档次取值无效' })
  rankClass: TravelRankClass;

  @ApiProperty({ description: '出差地代码（差旅住宿费标准表中的地区，如 jinan 济南市、beijing 北京市）', example: 'jinan' })
  @Matches(/^[a-z_]{2,30}$/, { message: 'trips.destination：出差地代码格式不正确' })
  destination: string;

  @ApiProperty({ description: '出发日期' })
  @IsCalendarDate({ message: 'trips.departOn：日期格式必须为 YYYY-MM-DD' })
  departOn: string;

  @ApiProperty({ description: '返回日期' })
  @IsCalendarDate({ message: 'trips.returnOn：日期格式必须为 YYYY-MM-DD' })
  returnOn: string;

  @ApiProperty({ description: '住宿夜数', example: 2 })
  @IsInt32({ message: 'trips.nights：夜数须为整数' })
  @Min(0, { message: 'trips.nights：夜数不能为负' })
  @Max(366, { message: 'trips.nights：夜数过大' })
  nights: number;

  @ApiProperty({ description: '住宿费（分）', example: 76000 })
  @IsInt32({ message: 'trips.lodgingFen：金额须为整数（分）' })
  @Min(0, { message: 'trips.lodgingFen：金额不能为负' })
  lodgingFen: number;

  @ApiProperty({ description: '伙食补助费（分）', example: 30000 })
  @IsInt32({ message: 'trips.mealFen：金额须为整数（分）' })
  @Min(0, { message: 'trips.mealFen：金额不能为负' })
  mealFen: number;

  @ApiProperty({ description: '市内交通费（分）', example: 24000 })
  @IsInt32({ message: 'trips.transportFen：金额须为整数（分）' })
  @Min(0, { message: 'trips.transportFen：金额不能为负' })
  transportFen: number;
}

/** The meeting of a meeting claim (会议费): its category, days (会期) and attendees. */
export class ClaimMeeting {
  @ApiProperty({ enum: MEETING_CATEGORIES, description: '会议类别：first 一类 / second 二类 / third 三类 / fourth 四类' })
  @IsIn(MEETING_CATEGORIES, { message: 'meeting.category：会议类别取值无效' })
  category: MeetingCategory;

  @ApiProperty({ description: '会期（天）', example: 1 })
  @IsInt32({ message: 'meeting.days：会期须为整数（天）' })
  @Min(1, { message: 'meeting.days：会期至少 1 天' })
  @Max(30, { message: 'meeting.days：会期过长' })
  days: number;

  @ApiProperty({ description: '参会人数', example: 80 })
  @IsInt32({ message: 'meeting.attendees：人数须为整数' })
  @Min(1, { message: 'meeting.attendees：人数至少 1 人' })
  @Max(10000, { message: 'meeting.attendees：人数过多' })
  attendees: number;
}

/** One check of a claim against its standard: the rule, the cap and what is claimed (分). */
export class ClaimStandardCheckView {
  @ApiProperty({ description: '规则（中文，含出处）' }) rule: string;
  @ApiProperty({ enum: ['fen', 'days'], description: '限额与申报值的单位：fen 分 / days 天（会期）' }) unit: 'fen' | 'days';
  @ApiProperty({ description: '限额（分；会期为天）' }) capFen: number;
  @ApiProperty({ description: '申报金额（分；会期为天）' }) claimedFen: number;
  @ApiProperty({ description: '是否在标准内' }) withinStandard: boolean;
}

/** The fields a caller gives of one 报销单. */
export class ClaimFields {
  @ApiProperty({ description: '事由', example: '购买办公用品' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '报销人', example: '林娜' })
  @IsString({ message: 'claimantName：必须为文本' })
  @MinLength(2, { message: 'claimantName：至少 2 个字' })
  @MaxLength(20, { message: 'claimantName：不超过 20 个字' })
  claimantName: string;

  @ApiProperty({ description: '报销科室代码', example: 'zonghe' })
  @Matches(/^[a-z_]{2,30}$/, { message: 'sectionCode：科室代码格式不正确' })
  sectionCode: string;

  @ApiProperty({ enum: EXPENSE_KINDS, description: '支出类别' })
  @IsIn(EXPENSE_KINDS, { message: 'expenseKind：支出类别取值无效' })
  expenseKind: ExpenseKind;

  @ApiProperty({ enum: PAYMENT_METHODS, description: '结算方式：official_card 公务卡 / transfer 银行转账 / cash 现金' })
  @IsIn(PAYMENT_METHODS, { message: 'paymentMethod：结算方式只能是公务卡、银行转账或现金' })
  paymentMethod: PaymentMethod;

  @ApiProperty({ type: [ClaimItem], description: '费用明细（1–50 项）' })
  @IsArray({ message: 'items：须为列表' })
  @ArrayMinSize(1, { message: 'items：至少一项费用明细' })
  @ArrayMaxSize(50, { message: 'items：不超过 50 项' })
  @ValidateNested({ each: true })
  @Type(() => ClaimItem)
  items: ClaimItem[];

  @ApiPropertyOptional({ type: [ClaimTrip], description: '差旅费的行程（差旅费报销提交时必填，1–20 条）' })
  @IsOptional()
  @IsArray({ message: 'trips：须为列表' })
  @ArrayMaxSize(20, { message: 'trips：不超过 20 条' })
  @ValidateNested({ each: true })
  @Type(() => ClaimTrip)
  trips?: ClaimTrip[];

  @ApiPropertyOptional({ type: ClaimMeeting, description: '会议费的会议信息（会议费报销提交时必填）' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClaimMeeting)
  meeting?: ClaimMeeting;

  @ApiPropertyOptional({ format: 'uuid', description: '列支的年度预算（与预算项目同时填写）' })
  @IsOptional()
  @IsUUID('all', { message: 'budgetId：预算标识无效' })
  budgetId?: string;

  @ApiPropertyOptional({ description: '列支的预算项目键（功能分类/经济分类）', example: '2010301/30211' })
  @IsOptional()
  @Matches(/^\d{3}(\d{2}){0,2}\/\d{3}(\d{2})?$/, { message: 'budgetItemKey：预算项目键格式应为 功能分类/经济分类' })
  budgetItemKey?: string;

  @ApiPropertyOptional({ description: '附件说明（如发票、会议通知、审批单）', type: [String] })
  @IsOptional()
  @IsArray({ message: 'attachments：须为列表' })
  @ArrayMaxSize(20, { message: 'attachments：不超过 20 项' })
  @IsString({ each: true, message: 'attachments：须为文本' })
  @MaxLength(100, { each: true, message: 'attachments：每项不超过 100 个字' })
  attachments?: string[];
}

export class ClaimApprovalView {
  @ApiProperty({ description: '审批层级：section_chief 财务科科长 / deputy_director 分管副主任 / director 主任' }) level: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class ClaimTimelineView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty() step: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class ClaimView extends ClaimFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '报销单号' }) number: string;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: ClaimStatus;
  @ApiProperty({ description: '审批金额分级配置版本' }) thresholdsVersion: string;
  @ApiProperty({ description: '差旅、会议开支标准配置版本' }) standardsVersion: string;
  @ApiProperty({ type: [ClaimStandardCheckView], description: '对照开支标准的核对（差旅费、会议费）' }) standardChecks: ClaimStandardCheckView[];
  @ApiProperty({ description: '需要的审批层级（依次）', type: [String] }) requiredApprovals: string[];
  @ApiPropertyOptional({ description: '下一审批层级', nullable: true, type: String }) nextApproval: string | null;
  @ApiProperty({ type: [ClaimApprovalView] }) approvals: ClaimApprovalView[];
  @ApiPropertyOptional({ description: '记账凭证号（支付后）', nullable: true, type: String }) voucherNumber: string | null;
  @ApiPropertyOptional({ description: '支付日期', nullable: true, type: String }) paidOn: string | null;
  @ApiPropertyOptional({ description: '退回或撤回理由', nullable: true, type: String }) reason: string | null;
  @ApiProperty({ type: [ClaimTimelineView] }) timeline: ClaimTimelineView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ClaimErrors = {
  notFound: { kind: 'not_found', code: 'CLAIM.NOT_FOUND', title: '报销单不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'CLAIM.VERSION_CONFLICT', title: '报销单已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'CLAIM.INVALID_STATE', title: '当前状态不能进行此操作' },
  officialCardRequired: { kind: 'rule_violation', code: 'CLAIM.OFFICIAL_CARD_REQUIRED', title: '公务卡强制结算目录内的支出不得以现金报销' },
  notYourLevel: { kind: 'forbidden', code: 'CLAIM.NOT_YOUR_LEVEL', title: '当前审批层级不由您审批' },
  noThresholds: { kind: 'rule_violation', code: 'CLAIM.NO_THRESHOLDS', title: '没有适用的审批金额分级配置' },
  overStandard: { kind: 'rule_violation', code: 'CLAIM.OVER_STANDARD', title: '超出开支标准' },
  standardDataRequired: { kind: 'rule_violation', code: 'CLAIM.STANDARD_DATA', title: '差旅行程或会议信息缺失或有误' },
  noStandards: { kind: 'rule_violation', code: 'CLAIM.NO_STANDARDS', title: '没有适用的开支标准配置' },
  budgetItem: { kind: 'rule_violation', code: 'CLAIM.BUDGET_ITEM', title: '列支的预算项目不存在或不在执行中' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const ClaimSubjects = {
  create: 'claim.create',
  update: 'claim.update',
  submit: 'claim.submit',
  approve: 'claim.approve',
  return: 'claim.return',
  pay: 'claim.pay',
  withdraw: 'claim.withdraw',
  get: 'claim.get',
  list: 'claim.list',
  exportVouchers: 'claim.export-vouchers',
} as const;

export namespace CreateClaim {
  export class Request extends ClaimFields {}
  export class Reply extends ClaimView {}
}

export namespace UpdateClaim {
  export class Body extends ClaimFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ClaimView {}
}

export namespace SubmitClaim {
  export class Request extends VersionedRef {}
  export class Reply extends ClaimView {}
}

export namespace ApproveClaim {
  export class Body {
    @ApiPropertyOptional({ description: '审批意见' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(500, { message: 'note：不超过 500 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ClaimView {}
}

export class ReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

export namespace ReturnClaim {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ClaimView {}
}

export namespace PayClaim {
  export class Body {
    @ApiProperty({ description: '支付日期' })
    @IsCalendarDate({ message: 'paidOn：日期格式必须为 YYYY-MM-DD' })
    paidOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ClaimView {}
}

export namespace WithdrawClaim {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ClaimView {}
}

export namespace GetClaim {
  export class Request extends RecordRef {}
  export class Reply extends ClaimView {}
}

export namespace ListClaims {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: CLAIM_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(CLAIM_STATUSES, { message: 'status：取值无效' })
    status?: ClaimStatus;

    @ApiPropertyOptional({ enum: EXPENSE_KINDS, description: '支出类别' })
    @IsOptional()
    @IsIn(EXPENSE_KINDS, { message: 'expenseKind：支出类别取值无效' })
    expenseKind?: ExpenseKind;

    @ApiPropertyOptional({ description: '事由、报销人模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ClaimView] }) items: ClaimView[];
  }
}

export namespace ExportClaimVouchers {
  export class Request {
    @ApiProperty({ description: '支付日期起' }) @IsCalendarDate({ message: 'from：日期格式必须为 YYYY-MM-DD' }) from: string;
    @ApiProperty({ description: '支付日期止' }) @IsCalendarDate({ message: 'to：日期格式必须为 YYYY-MM-DD' }) to: string;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** What the events of one 报销单 carry: its snapshot with its version (consumers apply only newer ones). */
export class ClaimSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() number: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(EXPENSE_KINDS) expenseKind: ExpenseKind;
  @ApiProperty() @IsInt32() totalFen: number;
  @ApiProperty() @IsIn(CLAIM_STATUSES) status: ClaimStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ClaimEvents = {
  created: eventSubject('personnel-finance', 'claim.created'),
  updated: eventSubject('personnel-finance', 'claim.updated'),
  submitted: eventSubject('personnel-finance', 'claim.submitted'),
  approved: eventSubject('personnel-finance', 'claim.approved'),
  returned: eventSubject('personnel-finance', 'claim.returned'),
  paid: eventSubject('personnel-finance', 'claim.paid'),
  withdrawn: eventSubject('personnel-finance', 'claim.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const ClaimEventDescriptions = {
  'claim.created': { zh: '报销单登记', en: 'A reimbursement claim was entered.' },
  'claim.updated': { zh: '报销单被修改', en: 'A claim was changed.' },
  'claim.submitted': { zh: '报销单提交审批', en: 'A claim was submitted for approval.' },
  'claim.approved': { zh: '报销单通过一级审批（或全部审批）', en: 'A claim passed one approval level (or all of them).' },
  'claim.returned': { zh: '报销单被退回（注明理由）', en: 'A claim was returned, with a reason.' },
  'claim.paid': { zh: '报销单已支付并生成记账凭证号', en: 'A claim was paid and given its voucher number.' },
  'claim.withdrawn': { zh: '报销单被撤回（注明理由，不删除）', en: 'A claim was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of a 报销单; carries its snapshot. */
export namespace ClaimChanged {
  export class Event extends ClaimSnapshot {}
}
