import type { RecordStamps, SupervisedItem } from '@/kit/types';

/** The views of the disclosure service, as the console reads them (written by hand; see libs/contracts/disclosure). */
export interface Consultation {
  id: string;
  kind: string;
  party: string;
  sentOn: string;
  dueOn: string | null;
  dueExplanation: string[];
  repliedOn: string | null;
  opinion: string | null;
  note: string | null;
}

export interface Challenge {
  id: string;
  kind: string;
  body: string;
  caseNumber: string | null;
  filedOn: string;
  decisionDueOn: string | null;
  outcome: string;
  decidedOn: string | null;
  note: string | null;
}

export interface Application {
  id: string;
  unitId: string | null;
  title: string;
  content: string;
  status: string;
  statusLabel: string;
  channel: string;
  submittedOn: string;
  signedOn: string | null;
  confirmedOn: string | null;
  receivedOn: string;
  receiptBasis: string;
  applicantType: string;
  applicantName: string;
  idNumber: string;
  phone: string | null;
  clockStart: string;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  correctionNoticeDueOn: string | null;
  correctionNoticeOn: string | null;
  correctionItems: string | null;
  correctionDueOn: string | null;
  supplementedOn: string | null;
  consultations: Consultation[];
  extensionStatus: string | null;
  extensionReason: string | null;
  extensionDecidedBy: string | null;
  extensionNoticeOn: string | null;
  secrecyConclusion: string | null;
  secrecyReviewedBy: string | null;
  secrecyReviewedOn: string | null;
  secrecyNote: string | null;
  answerCode: string | null;
  answerLabel: string | null;
  answeredOn: string | null;
  answerText: string | null;
  referral: string | null;
  feeMethod: string;
  feeFen: number;
  feeScale: string | null;
  feeExplanation: string | null;
  deliveryMethod: string | null;
  deliveredOn: string | null;
  deliveryProof: string | null;
  closingReason: string | null;
  concludedOn: string | null;
  challenges: Challenge[];
  supervisionRequestedAt: string | null;
  supervisionRequestedBy: string | null;
  supervision?: SupervisedItem;
  timeline: { at: string; by: string; step: string; label: string; note: string | null }[];
  version: number;
}

export interface Publication extends RecordStamps {
  id: string;
  title: string;
  content: string;
  category: string;
  source: string;
  documentId: string | null;
  docNumber: string | null;
  issuingBody: string | null;
  madeOn: string;
  status: string;
  statusLabel: string;
  dueDate: string | null;
  dueExplanation: string[];
  late: boolean;
  secrecyReviewedBy: string | null;
  secrecyReviewedOn: string | null;
  secrecyNote: string | null;
  indexNumber: string | null;
  publishedOn: string | null;
  url: string | null;
  withdrawalReason: string | null;
}

export interface AnnualReport {
  year: number;
  computedAt: string;
  columns: string[];
  rows: { code: string; label: string; counts: number[] }[];
  crossCheckHolds: boolean;
  offenders: { id: string; title: string; reason: string }[];
  challenges: { label: string; upheld: number; corrected: number; other: number; pending: number; total: number }[];
  feesFen: number;
  departmentDeadline: string;
  governmentDeadline: string;
}

export interface ProjectStep {
  at: string;
  by: string;
  step: string;
  label: string;
  on: string | null;
  note: string | null;
  issues: string | null;
  progressPercent: number | null;
}

export interface Project extends RecordStamps {
  id: string;
  unitId: string | null;
  title: string;
  kind: string;
  content: string;
  budgetYuan: number;
  plannedStartOn: string;
  plannedEndOn: string;
  status: string;
  statusLabel: string;
  submittedOn: string;
  reviewedOn: string | null;
  reviewedBy: string | null;
  reviewOpinion: string | null;
  supervisionCount: number;
  acceptedOn: string | null;
  acceptanceResult: string | null;
  acceptanceExperts: string[];
  acceptanceOpinion: string | null;
  evaluatedOn: string | null;
  score: number | null;
  grade: string | null;
  gradeLabel: string | null;
  gradeScaleVersion: number | null;
  evaluationOpinion: string | null;
  overdue: boolean;
  withdrawalReason: string | null;
  steps?: ProjectStep[];
}

export interface Inspection extends RecordStamps {
  id: string;
  unitId: string;
  title: string;
  url: string | null;
  inspectedOn: string;
  content: string;
  status: string;
  statusLabel: string;
  workingDays: number | null;
  dueDate: string | null;
  dueExplanation: string[];
  rectifiedOn: string | null;
  rectificationNote: string | null;
  rectifiedBy: string | null;
  overdue: boolean;
  withdrawalReason: string | null;
}

export interface GuideVersion {
  number: number;
  content: string;
  effectiveOn: string;
  changeNote: string | null;
  createdAt: string;
  createdBy: string;
}

export interface Guide extends RecordStamps {
  id: string;
  unitId: string | null;
  title: string;
  status: string;
  statusLabel: string;
  currentNumber: number;
  currentEffectiveOn: string;
  content: string;
  withdrawalReason: string | null;
  versions?: GuideVersion[];
}

export interface DocumentCounts {
  made: number;
  repealed: number;
  inForce: number;
  source: string;
}

/** 第二部分 主动公开政府信息情况, entered by the section with the source of each figure. */
export interface ActiveDisclosureTables {
  regulations: DocumentCounts;
  normativeDocuments: DocumentCounts;
  licensing: { decisions: number; source: string };
  penalties: { decisions: number; source: string };
  enforcement: { decisions: number; source: string };
  fees: { amountWanYuan: number; source: string };
}

export interface ReportNarrative {
  overview: string;
  problems: string;
  otherMatters: string;
}

export interface AnnualReportSnapshot {
  id: string;
  edition: number;
  kind: 'final' | 'correction';
  kindLabel: string;
  reason: string | null;
  title: string;
  takenAt: string;
  takenBy: string;
}

export interface AnnualReportRecord {
  id: string;
  year: number;
  title: string;
  status: 'draft' | 'final';
  statusLabel: string;
  tables: ActiveDisclosureTables | null;
  narrative: ReportNarrative;
  snapshots: AnnualReportSnapshot[];
  revisions: { version: number; action: string; note: string | null; at: string; by: string }[];
  version: number;
}

export interface DataItem {
  name: string;
  type: string;
}

export interface DataResource extends RecordStamps {
  id: string;
  name: string;
  code: string;
  unitId: string;
  unitName: string | null;
  category: string;
  summary: string | null;
  dataItems: DataItem[];
  format: string;
  updateCycle: string;
  sharingType: string;
  sharingCondition: string | null;
  openType: string;
  openBasis: string | null;
  status: string;
  statusLabel: string;
  edition: number;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewOpinion: string | null;
  publishedAt: string | null;
  withdrawalReason: string | null;
  steps?: { at: string; by: string; step: string; label: string; version: number; note: string | null }[];
}

export interface DataResourceCatalogue {
  items: DataResource[];
  total: number;
  countsBySharingType: { sharingType: string; label: string; count: number }[];
}

export interface EvaluationEvidence {
  id: string;
  description: string;
  links: { kind: string; recordId: string }[];
  attachments: string[];
  responsibleUnitId: string | null;
  addedAt: string;
  addedBy: string;
  voidedReason: string | null;
}

export interface EvaluationIndicator {
  id: string;
  name: string;
  maxPoints: number;
  selfScore: number | null;
  selfNote: string | null;
  evidence: EvaluationEvidence[];
}

export interface OpennessEvaluation extends RecordStamps {
  id: string;
  year: number;
  evaluator: string;
  title: string;
  dueOn: string;
  status: string;
  statusLabel: string;
  totalPoints: number;
  selfTotal: number;
  assessedCount: number;
  indicatorCount: number;
  submittedOn: string | null;
  resultScore: number | null;
  resultRank: number | null;
  overdue: boolean;
  withdrawalReason: string | null;
  indicators?: EvaluationIndicator[];
  result?: {
    resultOn: string;
    score: number;
    rank: number;
    rankOf: number | null;
    deductions: { indicatorId: string; indicatorName: string; points: number; reason: string; rectification: string }[];
    note: string | null;
    recordedAt: string;
    recordedBy: string;
  } | null;
  steps?: { at: string; by: string; step: string; label: string; note: string | null }[];
}

/** 协助调查件: another body's request to assist an investigation concerning 政府信息公开, and the office's reply. */
export interface AssistanceRequest extends RecordStamps {
  id: string;
  requesterKind: string;
  requesterKindLabel: string;
  requester: string;
  documentNumber: string;
  receivedOn: string;
  title: string;
  matter: string;
  applicationId: string | null;
  handler: string;
  statedDueOn: string | null;
  workingDays: number | null;
  dueDate: string | null;
  dueExplanation: string[];
  status: string;
  statusLabel: string;
  repliedOn: string | null;
  replyText: string | null;
  replyAttachments: string[];
  repliedBy: string | null;
  overdue: boolean;
  withdrawalReason: string | null;
}

/** The key figures of a department's annual report (the totals of the template's tables). */
export interface DepartmentReportFigures {
  newApplications: number;
  carriedOver: number;
  concluded: number;
  carriedForward: number;
  reviews: number;
  lawsuits: number;
}

/** 部门政府信息公开工作年度报告 (第四十九条): one unit's report on a year, its check and publication. */
export interface DepartmentReport extends RecordStamps {
  id: string;
  roundId: string;
  year: number;
  unitId: string;
  text: string;
  attachments: string[];
  figures: DepartmentReportFigures | null;
  status: string;
  statusLabel: string;
  firstSubmittedOn: string;
  submittedOn: string;
  dueDate: string;
  late: boolean;
  returnReason: string | null;
  reviewedBy: string | null;
  publishedOn: string | null;
  steps: { seq: number; action: string; actionLabel: string; note: string | null; at: string; by: string }[];
}

/** The year's collection of the departments' reports: who submitted, late, missing; the 统一发布. */
export interface DepartmentReportRound extends RecordStamps {
  id: string;
  year: number;
  unitIds: string[];
  dueDate: string;
  dueExplanation: string[];
  status: string;
  statusLabel: string;
  publishedOn: string | null;
  publishedBy: string | null;
  units: { unitId: string; expected: boolean; state: string; stateLabel: string; reportId: string | null; firstSubmittedOn: string | null; late: boolean }[];
  submittedCount: number;
  lateCount: number;
  missingCount: number;
}

/** 政务公开稿件 (GET /api/disclosure/manuscripts/:id). */
export interface Manuscript extends RecordStamps {
  id: string;
  unitId: string | null;
  title: string;
  authors: string[];
  authorUnit: string;
  target: string;
  targetLabel: string;
  content: string;
  attachments: string[];
  status: string;
  statusLabel: string;
  submittedOn: string | null;
  submittedBy: string | null;
  adoptedOn: string | null;
  publishedIn: string | null;
  issueNumber: string | null;
  rejectionNote: string | null;
  withdrawalReason: string | null;
  steps?: { step: string; label: string; note: string | null; by: string; at: string }[];
}

/** The yearly count of 政务公开稿件 (GET /api/disclosure/manuscripts/years/:year). */
export interface ManuscriptStats {
  year: number;
  rows: { unitId: string | null; target: string; targetLabel: string; submitted: number; adopted: number }[];
  submitted: number;
  adopted: number;
}

/** 领导小组工作事项 (GET /api/disclosure/work-items/:id). */
export interface WorkItem extends RecordStamps {
  id: string;
  year: number;
  number: string;
  content: string;
  basisDocument: string;
  leadUnitId: string;
  coUnitIds: string[];
  dueDate: string;
  workingDaysLeft: number | null;
  status: string;
  statusLabel: string;
  light: string;
  lightReason: string;
  reminded: boolean;
  lastReportedOn: string | null;
  completionReportedOn: string | null;
  completedOn: string | null;
  confirmedBy: string | null;
  returnReason: string | null;
  withdrawalReason: string | null;
  reports?: { id: string; unitId: string; text: string; attachments: string[]; reportedOn: string; completion: boolean; by: string; at: string }[];
  steps?: { step: string; label: string; note: string | null; by: string; at: string }[];
}
