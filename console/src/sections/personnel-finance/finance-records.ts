/** Types and labels of the 预算/决算 and 内部审计 pages (财务科), as personnel-finance's contracts give them. */

export const BUDGET_STATUS_LABELS: Record<string, string> = { draft: '编制中', approved: '执行中（已批复）', closed: '已决算', withdrawn: '已撤回' };
export const BUDGET_ENTRY_KIND_LABELS: Record<string, string> = { commitment: '承诺（合同、采购）', payment: '支付', transfer: '拨付下属单位' };
export const INTERNAL_AUDIT_STATUS_LABELS: Record<string, string> = { planned: '计划', fieldwork: '实施中', reported: '整改中', closed: '已办结', withdrawn: '已撤回' };
export const AUDIT_FINDING_STATUS_LABELS: Record<string, string> = { open: '待整改', rectified: '已报整改', verified: '已核查' };
export const AUDIT_FINDING_CATEGORY_LABELS: Record<string, string> = {
  budget_execution: '预算执行',
  revenue_expenditure: '收支管理',
  official_spending: '“三公”经费与会议培训费',
  procurement: '政府采购',
  assets: '国有资产管理',
  internal_control: '内部控制',
  accounting: '会计核算',
  other: '其他',
};

export interface BudgetItem {
  key: string;
  functionCode: string;
  economicCode: string;
  name: string;
  amountFen: number;
  originalFen: number;
  committedFen: number;
  paidFen: number;
  transferredFen: number;
  availableFen: number;
  executionRate: number;
  /** 其中：已审批未支付的报销单. */
  claimCommittedFen?: number;
}

export interface BudgetTotals {
  amountFen: number;
  originalFen: number;
  committedFen: number;
  paidFen: number;
  transferredFen: number;
  availableFen: number;
  executionRate: number;
}

export interface Budget {
  id: string;
  year: number;
  title: string;
  status: string;
  items: BudgetItem[];
  totals: BudgetTotals;
  approval: { documentNumber: string; approvedOn: string; approvedBy: string; recordedBy: string; recordedAt: string } | null;
  adjustments: { sequence: number; reason: string; documentNumber: string; approvedBy: string; approvedOn: string; changes: { key: string; name: string; beforeFen: number; afterFen: number }[]; recordedBy: string; recordedAt: string }[];
  unitBudgets: { unitId: string; unitName: string; basicFen: number; projectFen: number; totalFen: number; note: string | null; enteredBy: string; enteredAt: string }[];
  unitBudgetsTotalFen: number;
  finalAccounts: { closedOn: string; totals: BudgetTotals; unitBudgetsTotalFen: number; closedBy: string; closedAt: string } | null;
  withdrawalReason: string | null;
  timeline: { at: string; by: string; step: string; note: string | null }[];
  version: number;
}

export interface BudgetSummary {
  id: string;
  year: number;
  title: string;
  status: string;
  amountFen: number;
  version: number;
  updatedAt: string;
}

export interface BudgetEntry {
  id: string;
  itemKey: string;
  kind: string;
  amountFen: number;
  occurredOn: string;
  reference: string;
  purpose: string;
  unitName: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  status: 'recorded' | 'voided';
  voidReason: string | null;
  /** The 报销单 whose payment made this entry. */
  claimId?: string | null;
  createdBy: string;
}

export interface AuditFinding {
  id: string;
  sequence: number;
  category: string;
  description: string;
  amountFen: number | null;
  requirement: string;
  dueDate: string;
  status: string;
  rectification: { measures: string; reportedOn: string; recordedBy: string } | null;
  verification: { verifiedOn: string; note: string; verifiedBy: string } | null;
  rejections: number;
}

export interface InternalAudit {
  id: string;
  unitId: string;
  unitName: string;
  periodFrom: string;
  periodTo: string;
  scope: string;
  team: string[];
  plannedOn: string;
  startedOn: string | null;
  reportNumber: string | null;
  reportedOn: string | null;
  closedOn: string | null;
  findings: AuditFinding[];
  findingsAmountFen: number;
  status: string;
  withdrawalReason: string | null;
  timeline: { at: string; by: string; step: string; note: string | null }[];
  version: number;
}
