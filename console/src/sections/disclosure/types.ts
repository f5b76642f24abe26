import type { SupervisedItem } from '@/kit/types';

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

export interface Publication {
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
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
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

export interface Project {
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
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  steps?: ProjectStep[];
}

export interface Inspection {
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
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface GuideVersion {
  number: number;
  content: string;
  effectiveOn: string;
  changeNote: string | null;
  createdAt: string;
  createdBy: string;
}

export interface Guide {
  id: string;
  unitId: string | null;
  title: string;
  status: string;
  statusLabel: string;
  currentNumber: number;
  currentEffectiveOn: string;
  content: string;
  withdrawalReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
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
