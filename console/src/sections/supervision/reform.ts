/** The 放管服/“一次办好” ledger as the console shows it (supervision's `reform.*`). */

export const REFORM_CATEGORY_LABELS: Record<string, string> = { fangguanfu: '放管服改革', yicibanhao: '“一次办好”改革', other: '其他' };
export const REFORM_TASK_STATUS_LABELS: Record<string, string> = { open: '推进中', completed: '已完成', cancelled: '已撤销' };
export const REFORM_PERIOD_UNIT_LABELS: Record<string, string> = { months: '个月', calendar_days: '日', working_days: '个工作日' };
export const REFORM_HISTORY_LABELS: Record<string, string> = {
  created: '登记任务',
  progress_reported: '报送推进情况',
  completed: '完成',
  cancelled: '撤销',
  redated: '期限重算',
};

export interface ReformDue {
  dueDate: string | null;
  provisional: boolean;
  explanation: string[];
  overdue: boolean;
}

export interface ReformProgress {
  id: string;
  unitId: string;
  reportedOn: string;
  percent: number | null;
  progress: string;
  createdAt: string;
  createdBy: string;
}

export interface ReformTask {
  id: string;
  title: string;
  category: string;
  description: string;
  leadUnitId: string;
  coUnitIds: string[];
  assignedOn: string;
  period: { amount: number; unit: string };
  workGroup?: string;
  due: ReformDue;
  status: string;
  closingNote: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  history: { action: string; note: string; at: string; by: string }[];
  progress: ReformProgress[];
}

export interface ReformAssessmentLine {
  unitId: string;
  unitName: string;
  tasksLed: number;
  tasksCompleted: number;
  tasksOnTime: number;
  tasksLate: number;
  problemsFound: number;
  problemsVerified: number;
  problemsLate: number;
  evaluationAverage: number | null;
  onTimeRate: number | null;
  rectificationRate: number | null;
  score: number;
  rank: number;
}

export interface ReformAssessment {
  year: number;
  asOf: string;
  method: string;
  lines: ReformAssessmentLine[];
}

/** `3 个月`, `10 个工作日`. */
export function periodText(period: { amount: number; unit: string }): string {
  return `${period.amount} ${REFORM_PERIOD_UNIT_LABELS[period.unit] ?? period.unit}`;
}

export const APPROVAL_SOURCE_LEVEL_LABELS: Record<string, string> = { state: '国务院', province: '省政府', city: '市政府' };
export const APPROVAL_CHANGE_KIND_LABELS: Record<string, string> = { cancelled: '取消', delegated: '下放', undertaken: '承接', adjusted: '调整' };
export const APPROVAL_ITEM_STATUS_LABELS: Record<string, string> = { pending: '待落实', implemented: '已落实', withdrawn: '已撤回' };
export const APPROVAL_HISTORY_LABELS: Record<string, string> = { registered: '登记', implemented: '落实', withdrawn: '撤回', redated: '期限重算' };

/** A 行政审批 reform item (取消/下放/承接/调整 from above) and its implementation by a district unit. */
export interface ApprovalItem {
  id: string;
  sourceLevel: string;
  sourceDocument: string;
  itemName: string;
  changeKind: string;
  unitId: string;
  receivedOn: string;
  period: { amount: number; unit: string };
  due: ReformDue;
  status: string;
  measures: string | null;
  implementedOn: string | null;
  withdrawalReason: string | null;
  version: number;
  history: { action: string; note: string; at: string; by: string }[];
}
