/** 建议提案 and 考核 as the gateway sends them (libs/contracts/supervision): written by hand, see types.ts. */
/** A deadline from the deadline engine, with its explanation (supervision's DeadlineView). */
export interface ComputedDue {
  dueDate: string | null;
  provisional: boolean;
  explanation: string[];
  overdue: boolean;
}

export interface SuggestionSummary {
  id: string;
  kind: 'npc_suggestion' | 'cppcc_proposal';
  session: string;
  meeting: string;
  number: string;
  proposer: string;
  coSigners: string[];
  title: string;
  content: string;
  handlingMode: 'lead' | 'separate' | null;
  status: string;
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface SuggestionAssignment {
  id: string;
  unitId: string;
  unitName: string | null;
  role: 'host' | 'assisting' | 'joint' | 'separate';
  status: 'handling' | 'replied' | 'returned';
  assignedOn: string;
  round: number;
  due: ComputedDue;
  returnDue: ComputedDue;
  extendedMonths: number | null;
  extensionReason: string | null;
  returnReason: string | null;
}

export interface SuggestionDetail extends SuggestionSummary {
  assignments: SuggestionAssignment[];
  opinions: { id: string; unitId: string; role: string; content: string; submittedAt: string; submittedBy: string }[];
  replies: { id: string; unitId: string; round: number; category: string; categoryVersion: number; repliedOn: string; documentNumber: string | null; content: string; createdAt: string; createdBy: string }[];
  contacts: { id: string; unitId: string; contactedOn: string; method: string; contactPerson: string; summary: string; createdBy: string }[];
  feedback: { id: string; unitId: string; round: number; satisfaction: string; receivedOn: string; comments: string | null; createdBy: string }[];
  timeline: { action: string; note: string; at: string; by: string }[];
  /** 联名件逐人答复: the answer delivered to each signer (领衔 and 联名), with their own satisfaction once it is back. */
  signerAnswers: SignerAnswer[];
  /** Signers an answering unit has not yet delivered its current round's answer to. */
  pendingSigners: { unitId: string; round: number; signer: string }[];
}

export interface SignerAnswer {
  id: string;
  unitId: string;
  round: number;
  signer: string;
  answeredOn: string;
  answeredBy: string;
  method: string;
  satisfaction: string | null;
  satisfactionOn: string | null;
  satisfactionRecordedBy: string | null;
  createdAt: string;
  createdBy: string;
}

export interface SuggestionUnitStatistics {
  unitId: string | null;
  unitName: string | null;
  assigned: number;
  replied: number;
  replyRate: number | null;
  feedbackReceived: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  satisfactionRate: number | null;
  categories: Record<string, number>;
}

export interface AssessmentPeriod {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  unitTypes: string[];
  indicators: { code: string; weight: number }[];
  weightsSource: string;
  version: number;
  createdAt: string;
  createdBy: string;
  finalizedAt: string | null;
  finalizedBy: string | null;
}

export interface AssessmentResultLine {
  rank: number;
  unitId: string;
  unitName: string;
  unitType: string;
  itemCount: number;
  onTimeCount: number;
  overdueCount: number;
  sentBackCount: number;
  indicatorScores: Record<string, number>;
  baseScore: number;
  adjustment: number;
  score: number;
}

export interface AssessmentResults {
  period: AssessmentPeriod;
  asOf: string;
  results: AssessmentResultLine[];
  adjustments: { id: string; unitId: string; points: number; reason: string; createdBy: string; createdAt: string }[];
  formula: string;
}

export interface WarningGroup {
  unitId?: string | null;
  unitName?: string;
  leaderName?: string;
  redCount: number;
  yellowCount: number;
  items: { id: string; kind: string; title: string; dueDate: string | null; light: string; lightReason: string | null; leaderName: string | null; leadUnitId: string | null }[];
}

export const SUGGESTION_KIND_LABELS: Record<string, string> = { npc_suggestion: '人大代表建议', cppcc_proposal: '政协提案' };
export const SUGGESTION_STATUS_LABELS: Record<string, string> = { registered: '已登记', assigned: '办理中', replied: '已答复', closed: '已办结', withdrawn: '已撤销' };
export const ASSIGNMENT_ROLE_LABELS: Record<string, string> = { host: '主办', assisting: '协办', joint: '会办', separate: '分办' };
export const ASSIGNMENT_STATUS_LABELS: Record<string, string> = { handling: '办理中', replied: '已答复', returned: '已退回' };
export const SATISFACTION_LABELS: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' };
export const CONTACT_METHOD_LABELS: Record<string, string> = { visit: '走访', phone: '电话', meeting: '座谈', letter: '书面', online: '网络', other: '其他' };
export const HANDLING_MODE_LABELS: Record<string, string> = { lead: '主办/协办', separate: '分办' };
export const ASSESSMENT_INDICATOR_LABELS: Record<string, string> = { on_time: '按期办结率', not_overdue: '未逾期率', sent_back: '退回扣分' };
export const UNIT_TYPE_LABELS: Record<string, string> = { town: '镇', street: '街道', development_zone: '开发区', department: '部门' };
export const SUGGESTION_CHANGE_LABELS: Record<string, string> = { status: '状态', assignments: '承办单位', replies: '答复', opinions: '协办意见', contacts: '沟通记录', feedback: '满意度反馈', signerAnswers: '逐人答复', pendingSigners: '待送达代表委员' };

/** 0.856 → 85.6%; null (nothing to count) → —. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}
