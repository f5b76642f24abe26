import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 预算/决算 of the office for one year: draft 编制中 → approved 已批复（执行中; 批复文号 and date; the items then change only
 * by 调整 with a reason and its approval) → closed 已决算 (the final accounts: a snapshot of budget vs execution, never
 * changed); draft → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const BUDGET_STATUSES = ['draft', 'approved', 'closed', 'withdrawn'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];
export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = { draft: '编制中', approved: '执行中（已批复）', closed: '已决算', withdrawn: '已撤回' };

/** What an execution entry records against an item: a commitment (合同、采购等已承诺), a payment (支付), a 拨付 to a unit. */
export const BUDGET_ENTRY_KINDS = ['commitment', 'payment', 'transfer'] as const;
export type BudgetEntryKind = (typeof BUDGET_ENTRY_KINDS)[number];
export const BUDGET_ENTRY_KIND_LABELS: Record<BudgetEntryKind, string> = { commitment: '承诺（合同、采购）', payment: '支付', transfer: '拨付下属单位' };

/** The largest amount in 分 a number carries exactly (JSON numbers; bigint in the database). */
export const MAX_FEN = Number.MAX_SAFE_INTEGER;

/** One line of the budget: 功能分类 and 经济分类 codes (《政府收支分类科目》), its name and amount in 分. */
export class BudgetItemFields {
  @ApiProperty({ description: '支出功能分类科目编码（类款项，3、5 或 7 位）', example: '2010301' })
  @Matches(/^\d{3}(\d{2}){0,2}$/, { message: 'functionCode：功能分类科目编码应为 3、5 或 7 位数字' })
  functionCode: string;

  @ApiProperty({ description: '支出经济分类科目编码（类款，3 或 5 位）', example: '30201' })
  @Matches(/^\d{3}(\d{2})?$/, { message: 'economicCode：经济分类科目编码应为 3 或 5 位数字' })
  economicCode: string;

  @ApiProperty({ description: '项目名称', example: '行政运行—办公费' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：至少 2 个字' })
  @MaxLength(100, { message: 'name：不超过 100 个字' })
  name: string;

  @ApiProperty({ description: '金额（分）', example: 12000000 })
  @IsInt({ message: 'amountFen：金额须为整数（分）' })
  @Min(0, { message: 'amountFen：金额不能为负' })
  @Max(MAX_FEN, { message: 'amountFen：金额过大' })
  amountFen: number;
}

/** One item with its execution: the amount in force (after 调整), committed, paid, transferred, available, the rate. */
export class BudgetItemView extends BudgetItemFields {
  @ApiProperty({ description: '项目键（功能分类/经济分类）', example: '2010301/30201' }) key: string;
  @ApiProperty({ description: '年初批复金额（分）' }) originalFen: number;
  @ApiProperty({ description: '已承诺金额（分，未作废）' }) committedFen: number;
  @ApiProperty({ description: '已支付金额（分）' }) paidFen: number;
  @ApiProperty({ description: '已拨付金额（分）' }) transferredFen: number;
  @ApiProperty({ description: '可用余额（分）= 金额 − 支付 − 拨付' }) availableFen: number;
  @ApiProperty({ description: '执行率（%，两位小数）= (支付 + 拨付) ÷ 金额' }) executionRate: number;
  @ApiPropertyOptional({ description: '其中：已审批未支付的报销单（分，计入已承诺）' }) claimCommittedFen?: number;
}

export class BudgetTotals {
  @ApiProperty() amountFen: number;
  @ApiProperty() originalFen: number;
  @ApiProperty() committedFen: number;
  @ApiProperty() paidFen: number;
  @ApiProperty() transferredFen: number;
  @ApiProperty() availableFen: number;
  @ApiProperty({ description: '总体执行率（%）' }) executionRate: number;
}

export class BudgetApprovalView {
  @ApiProperty({ description: '批复文号' }) documentNumber: string;
  @ApiProperty({ description: '批复日期' }) approvedOn: string;
  @ApiProperty({ description: '批复机关' }) approvedBy: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class BudgetAdjustmentChangeView {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '调整前（分）' }) beforeFen: number;
  @ApiProperty({ description: '调整后（分）' }) afterFen: number;
}

export class BudgetAdjustmentView {
  @ApiProperty({ description: '第几次调整' }) sequence: number;
  @ApiProperty({ description: '调整理由' }) reason: string;
  @ApiProperty({ description: '批准文号' }) documentNumber: string;
  @ApiProperty({ description: '批准人/机关' }) approvedBy: string;
  @ApiProperty({ description: '批准日期' }) approvedOn: string;
  @ApiProperty({ type: [BudgetAdjustmentChangeView] }) changes: BudgetAdjustmentChangeView[];
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

/** A subordinate unit's budget as 财务科 entered it, for the summary. */
export class UnitBudgetView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ description: '基本支出（分）' }) basicFen: number;
  @ApiProperty({ description: '项目支出（分）' }) projectFen: number;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
  @ApiPropertyOptional({ nullable: true }) note: string | null;
  @ApiProperty() enteredBy: string;
  @ApiProperty() enteredAt: string;
}

/** 决算: the final snapshot of budget vs execution, taken once at year end. */
export class BudgetFinalAccountsView {
  @ApiProperty({ description: '决算日期' }) closedOn: string;
  @ApiProperty({ type: [BudgetItemView] }) items: BudgetItemView[];
  @ApiProperty({ type: BudgetTotals }) totals: BudgetTotals;
  @ApiProperty({ description: '下属单位预算合计（分）' }) unitBudgetsTotalFen: number;
  @ApiProperty() closedBy: string;
  @ApiProperty() closedAt: string;
}

/** The fields a caller gives of one year's budget. */
export class BudgetFields {
  @ApiProperty({ description: '预算年度', example: 2026 })
  @IsInt32({ message: 'year：年度须为整数' })
  @Min(2000, { message: 'year：年度不早于 2000' })
  @Max(2100, { message: 'year：年度不晚于 2100' })
  year: number;

  @ApiProperty({ description: '标题', example: '2026 年度部门预算' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ type: [BudgetItemFields], description: '预算项目' })
  @IsArray({ message: 'items：须为列表' })
  @ArrayMinSize(1, { message: 'items：至少一个预算项目' })
  @ArrayMaxSize(500, { message: 'items：不超过 500 个项目' })
  @ValidateNested({ each: true })
  @Type(() => BudgetItemFields)
  items: BudgetItemFields[];
}

export class BudgetView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BUDGET_STATUSES, description: 'draft 编制中 / approved 执行中 / closed 已决算 / withdrawn 已撤回' }) status: BudgetStatus;
  @ApiProperty({ type: [BudgetItemView] }) items: BudgetItemView[];
  @ApiProperty({ type: BudgetTotals }) totals: BudgetTotals;
  @ApiPropertyOptional({ type: BudgetApprovalView, nullable: true }) approval: BudgetApprovalView | null;
  @ApiProperty({ type: [BudgetAdjustmentView] }) adjustments: BudgetAdjustmentView[];
  @ApiProperty({ type: [UnitBudgetView] }) unitBudgets: UnitBudgetView[];
  @ApiProperty({ description: '下属单位预算合计（分）' }) unitBudgetsTotalFen: number;
  @ApiPropertyOptional({ type: BudgetFinalAccountsView, nullable: true }) finalAccounts: BudgetFinalAccountsView | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: { at: string; by: string; step: string; note: string | null }[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** A list line: no items, just the totals. */
export class BudgetSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BUDGET_STATUSES }) status: BudgetStatus;
  @ApiProperty({ description: '预算金额合计（分）' }) amountFen: number;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export class BudgetEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) budgetId: string;
  @ApiProperty() itemKey: string;
  @ApiProperty({ enum: BUDGET_ENTRY_KINDS }) kind: BudgetEntryKind;
  @ApiProperty({ description: '金额（分）' }) amountFen: number;
  @ApiProperty({ description: '发生日期' }) occurredOn: string;
  @ApiProperty({ description: '凭证号、合同号或报销单号' }) reference: string;
  @ApiProperty({ description: '用途' }) purpose: string;
  @ApiPropertyOptional({ nullable: true, description: '拨付单位' }) unitId: string | null;
  @ApiPropertyOptional({ nullable: true }) unitName: string | null;
  @ApiPropertyOptional({ nullable: true, description: '拨付批准人' }) approvedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: '拨付批准日期' }) approvedOn: string | null;
  @ApiProperty({ enum: ['recorded', 'voided'] }) status: 'recorded' | 'voided';
  @ApiPropertyOptional({ nullable: true, description: '作废理由' }) voidReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: '来自报销单支付时，报销单标识' }) claimId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export const BudgetErrors = {
  notFound: { kind: 'not_found', code: 'BUDGET.NOT_FOUND', title: '预算不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'BUDGET.VERSION_CONFLICT', title: '预算已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'BUDGET.INVALID_STATE', title: '当前状态不能进行此操作' },
  duplicateYear: { kind: 'rule_violation', code: 'BUDGET.DUPLICATE_YEAR', title: '该年度已有预算' },
  duplicateItem: { kind: 'rule_violation', code: 'BUDGET.DUPLICATE_ITEM', title: '预算项目重复' },
  unknownItem: { kind: 'rule_violation', code: 'BUDGET.UNKNOWN_ITEM', title: '预算项目不存在' },
  overAvailable: { kind: 'rule_violation', code: 'BUDGET.OVER_AVAILABLE', title: '超出预算项目可用余额' },
  belowExecuted: { kind: 'rule_violation', code: 'BUDGET.ADJUSTMENT_BELOW_EXECUTED', title: '调整后金额低于已执行金额' },
  unknownEntry: { kind: 'rule_violation', code: 'BUDGET.UNKNOWN_ENTRY', title: '执行记录不存在或已作废' },
  notClosed: { kind: 'rule_violation', code: 'BUDGET.NOT_CLOSED', title: '预算尚未决算' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const BudgetSubjects = {
  create: 'budget.create',
  update: 'budget.update',
  approve: 'budget.approve',
  adjust: 'budget.adjust',
  recordEntry: 'budget.record-entry',
  transfer: 'budget.transfer',
  voidEntry: 'budget.void-entry',
  setUnitBudget: 'budget.set-unit-budget',
  close: 'budget.close',
  withdraw: 'budget.withdraw',
  get: 'budget.get',
  list: 'budget.list',
  entries: 'budget.entries',
  exportFinalAccounts: 'budget.export-final-accounts',
} as const;

export namespace CreateBudget {
  export class Request extends BudgetFields {}
  export class Reply extends BudgetView {}
}

export namespace UpdateBudget {
  export class Body extends BudgetFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace ApproveBudget {
  export class Body {
    @ApiProperty({ description: '批复文号', example: '博财预〔2026〕3号' })
    @IsString({ message: 'documentNumber：必须为文本' })
    @MinLength(2, { message: 'documentNumber：请填写批复文号' })
    @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
    documentNumber: string;

    @ApiProperty({ description: '批复日期' })
    @IsCalendarDate({ message: 'approvedOn：日期格式必须为 YYYY-MM-DD' })
    approvedOn: string;

    @ApiProperty({ description: '批复机关', example: '博山区财政局' })
    @IsString({ message: 'approvedBy：必须为文本' })
    @MinLength(2, { message: 'approvedBy：请填写批复机关' })
    @MaxLength(60, { message: 'approvedBy：不超过 60 个字' })
    approvedBy: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace AdjustBudget {
  export class Body {
    @ApiProperty({ description: '调整理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：调整须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;

    @ApiProperty({ description: '批准文号' })
    @IsString({ message: 'documentNumber：必须为文本' })
    @MinLength(2, { message: 'documentNumber：请填写批准文号' })
    @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
    documentNumber: string;

    @ApiProperty({ description: '批准人或批准机关' })
    @IsString({ message: 'approvedBy：必须为文本' })
    @MinLength(2, { message: 'approvedBy：请填写批准人或批准机关' })
    @MaxLength(60, { message: 'approvedBy：不超过 60 个字' })
    approvedBy: string;

    @ApiProperty({ description: '批准日期' })
    @IsCalendarDate({ message: 'approvedOn：日期格式必须为 YYYY-MM-DD' })
    approvedOn: string;

    @ApiProperty({ type: [BudgetItemFields], description: '调整的项目（调整后金额；新科目即新增项目）' })
    @IsArray({ message: 'changes：须为列表' })
    @ArrayMinSize(1, { message: 'changes：至少调整一个项目' })
    @ArrayMaxSize(100, { message: 'changes：不超过 100 个项目' })
    @ValidateNested({ each: true })
    @Type(() => BudgetItemFields)
    changes: BudgetItemFields[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export class BudgetEntryFields {
  @ApiProperty({ description: '预算项目键（功能分类/经济分类）', example: '2010301/30201' })
  @Matches(/^\d{3}(\d{2}){0,2}\/\d{3}(\d{2})?$/, { message: 'itemKey：预算项目键格式应为 功能分类/经济分类' })
  itemKey: string;

  @ApiProperty({ description: '金额（分）' })
  @IsInt({ message: 'amountFen：金额须为整数（分）' })
  @Min(1, { message: 'amountFen：金额须大于 0' })
  @Max(MAX_FEN, { message: 'amountFen：金额过大' })
  amountFen: number;

  @ApiProperty({ description: '发生日期' })
  @IsCalendarDate({ message: 'occurredOn：日期格式必须为 YYYY-MM-DD' })
  occurredOn: string;

  @ApiProperty({ description: '用途' })
  @IsString({ message: 'purpose：必须为文本' })
  @MinLength(2, { message: 'purpose：请说明用途（至少 2 个字）' })
  @MaxLength(500, { message: 'purpose：不超过 500 个字' })
  purpose: string;
}

export namespace RecordBudgetEntry {
  export class Body extends BudgetEntryFields {
    @ApiProperty({ enum: ['commitment', 'payment'], description: 'commitment 承诺 / payment 支付' })
    @IsIn(['commitment', 'payment'], { message: 'kind：应为 commitment（承诺）或 payment（支付）' })
    kind: 'commitment' | 'payment';

    @ApiProperty({ description: '凭证号、合同号或报销单号', example: '记-202603-0012' })
    @IsString({ message: 'reference：必须为文本' })
    @MinLength(2, { message: 'reference：请填写凭证号、合同号或报销单号' })
    @MaxLength(60, { message: 'reference：不超过 60 个字' })
    reference: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace TransferToUnit {
  export class Body extends BudgetEntryFields {
    @ApiProperty({ format: 'uuid', description: '拨付单位' })
    @IsUUID('all', { message: 'unitId：单位标识无效' })
    unitId: string;

    @ApiProperty({ description: '拨付单位名称' })
    @IsString({ message: 'unitName：必须为文本' })
    @MinLength(2, { message: 'unitName：请填写单位名称' })
    @MaxLength(100, { message: 'unitName：不超过 100 个字' })
    unitName: string;

    @ApiProperty({ description: '批准人' })
    @IsString({ message: 'approvedBy：必须为文本' })
    @MinLength(2, { message: 'approvedBy：请填写批准人' })
    @MaxLength(60, { message: 'approvedBy：不超过 60 个字' })
    approvedBy: string;

    @ApiProperty({ description: '批准日期' })
    @IsCalendarDate({ message: 'approvedOn：日期格式必须为 YYYY-MM-DD' })
    approvedOn: string;

    @ApiPropertyOptional({ description: '拨付凭证号' })
    @IsOptional()
    @IsString({ message: 'reference：必须为文本' })
    @MaxLength(60, { message: 'reference：不超过 60 个字' })
    reference?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace VoidBudgetEntry {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '执行记录' })
    @IsUUID('all', { message: 'entryId：记录标识无效' })
    entryId: string;

    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace SetUnitBudget {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '下属单位' })
    @IsUUID('all', { message: 'unitId：单位标识无效' })
    unitId: string;

    @ApiProperty({ description: '单位名称' })
    @IsString({ message: 'unitName：必须为文本' })
    @MinLength(2, { message: 'unitName：请填写单位名称' })
    @MaxLength(100, { message: 'unitName：不超过 100 个字' })
    unitName: string;

    @ApiProperty({ description: '基本支出（分）' })
    @IsInt({ message: 'basicFen：金额须为整数（分）' })
    @Min(0, { message: 'basicFen：金额不能为负' })
    @Max(MAX_FEN, { message: 'basicFen：金额过大' })
    basicFen: number;

    @ApiProperty({ description: '项目支出（分）' })
    @IsInt({ message: 'projectFen：金额须为整数（分）' })
    @Min(0, { message: 'projectFen：金额不能为负' })
    @Max(MAX_FEN, { message: 'projectFen：金额过大' })
    projectFen: number;

    @ApiPropertyOptional({ description: '说明' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(500, { message: 'note：不超过 500 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace CloseBudget {
  export class Body {
    @ApiProperty({ description: '决算日期' })
    @IsCalendarDate({ message: 'closedOn：日期格式必须为 YYYY-MM-DD' })
    closedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace WithdrawBudget {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BudgetView {}
}

export namespace GetBudget {
  export class Request extends RecordRef {}
  export class Reply extends BudgetView {}
}

/** 决算 as .xlsx: the closed budget's final snapshot (items, execution, totals) and the units' budgets. */
export namespace ExportBudgetFinalAccounts {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

export namespace ListBudgetEntries {
  export class Query extends PageQuery {
    @ApiPropertyOptional({ description: '预算项目键' })
    @IsOptional()
    @IsString({ message: 'itemKey：必须为文本' })
    @MaxLength(20, { message: 'itemKey：不超过 20 个字' })
    itemKey?: string;

    @ApiPropertyOptional({ enum: BUDGET_ENTRY_KINDS })
    @IsOptional()
    @IsIn(BUDGET_ENTRY_KINDS, { message: 'kind：取值无效' })
    kind?: BudgetEntryKind;
  }
  export class Request extends Query {
    @ApiProperty({ format: 'uuid' })
    @IsUUID('all', { message: 'id：标识无效' })
    id: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [BudgetEntryView] }) items: BudgetEntryView[];
  }
}

export namespace ListBudgets {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: BUDGET_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(BUDGET_STATUSES, { message: 'status：取值无效' })
    status?: BudgetStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [BudgetSummaryView] }) items: BudgetSummaryView[];
  }
}

/** What the events of one budget carry: its snapshot with its version (consumers apply only newer ones). */
export class BudgetSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(BUDGET_STATUSES) status: BudgetStatus;
  @ApiProperty({ description: '预算金额合计（分）' }) @IsInt() amountFen: number;
  @ApiProperty({ description: '已支付与拨付合计（分）' }) @IsInt() executedFen: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const BudgetEvents = {
  created: eventSubject('personnel-finance', 'budget.created'),
  updated: eventSubject('personnel-finance', 'budget.updated'),
  approved: eventSubject('personnel-finance', 'budget.approved'),
  adjusted: eventSubject('personnel-finance', 'budget.adjusted'),
  entryRecorded: eventSubject('personnel-finance', 'budget.entry-recorded'),
  transferred: eventSubject('personnel-finance', 'budget.transferred'),
  entryVoided: eventSubject('personnel-finance', 'budget.entry-voided'),
  unitBudgetSet: eventSubject('personnel-finance', 'budget.unit-budget-set'),
  closed: eventSubject('personnel-finance', 'budget.closed'),
  withdrawn: eventSubject('personnel-finance', 'budget.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const BudgetEventDescriptions = {
  'budget.created': { zh: '年度预算开始编制', en: 'A year\'s budget was drafted.' },
  'budget.updated': { zh: '编制中的预算被修改', en: 'A draft budget was changed.' },
  'budget.approved': { zh: '预算获批复（文号、日期），此后只能调整', en: 'A budget was approved (document number and date); it changes only by adjustment afterwards.' },
  'budget.adjusted': { zh: '预算调整（理由与批准）', en: 'A budget was adjusted, with a reason and its approval.' },
  'budget.entry-recorded': { zh: '预算项目记录一笔承诺或支付', en: 'A commitment or payment was recorded against a budget item.' },
  'budget.transferred': { zh: '向下属单位拨付资金（记入预算项目，含批准）', en: 'Funds were transferred to a subordinate unit against a budget item, with its approval.' },
  'budget.entry-voided': { zh: '一笔预算执行记录被作废（注明理由，不删除）', en: 'A budget execution entry was voided, with a reason (never deleted).' },
  'budget.unit-budget-set': { zh: '登记下属单位的年度预算（汇总用）', en: 'A subordinate unit\'s budget was entered for the summary.' },
  'budget.closed': { zh: '年度决算：预算与执行的最终快照', en: 'The year\'s final accounts were taken: a snapshot of budget vs execution.' },
  'budget.withdrawn': { zh: '编制中的预算被撤回（注明理由，不删除）', en: 'A draft budget was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of a budget; carries its snapshot. */
export namespace BudgetChanged {
  export class Event extends BudgetSnapshot {}
}
