/** The information service's views, as the console reads them (kept here, not regenerated from the OpenAPI document). */

export interface SubmissionStep {
  seq: number;
  step: string;
  status: string;
  note: string | null;
  actor: string;
  at: string;
}

export interface Adoption {
  id: string;
  level: string;
  levelLabel: string;
  adoptedOn: string;
  outlet: string | null;
  points: number;
  weightVersion: string;
}

export interface Instruction {
  id: string;
  level: string;
  levelLabel: string;
  leaderName: string;
  content: string;
  instructedOn: string;
  points: number;
  weightVersion: string;
}

export interface Submission {
  id: string;
  title: string;
  body: string;
  category: string;
  categoryLabel: string;
  urgent: boolean;
  attachments: string[];
  unitId: string | null;
  creditUnitIds: string[];
  status: string;
  statusLabel: string;
  textVersion: number;
  reason: string | null;
  mergedIntoId: string | null;
  mergedFromIds: string[];
  submittedAt: string;
  score: number;
  adoptedLevels: string[];
  version: number;
}

export interface SubmissionDetail extends Submission {
  adoptions: Adoption[];
  instructions: Instruction[];
  timeline: SubmissionStep[];
}

export interface TextVersion {
  textVersion: number;
  title: string;
  body: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
  diff: { kind: 'same' | 'added' | 'removed'; text: string }[];
}

export interface SolicitationAssignment {
  unitId: string;
  dueDate: string;
  dueExplanation: string[];
  status: string;
  statusLabel: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  late: boolean;
  overdue: boolean;
  deduction: number;
}

export interface Solicitation {
  id: string;
  title: string;
  source: string;
  requirements: string;
  receivedOn: string;
  upperDeadline: string;
  internalWorkingDays: number;
  status: string;
  statusLabel: string;
  replySummary: string | null;
  repliedOn: string | null;
  repliedLate: boolean;
  withdrawalReason: string | null;
  assignments: SolicitationAssignment[];
  version: number;
}

export interface BulletinItem {
  submissionId: string;
  position: number;
  title: string;
  body: string;
  unitId: string | null;
}

export interface Bulletin {
  id: string;
  kind: string;
  kindLabel: string;
  theme: string | null;
  editorNote: string | null;
  label: string | null;
  status: string;
  statusLabel: string;
  items: BulletinItem[];
  reviewedBy: string | null;
  signedBy: string | null;
  releasedOn: string | null;
  distribution: string[];
  reason: string | null;
  version: number;
  createdAt: string;
}

export interface MonthlyRow {
  rank: number;
  unitId: string;
  unitName: string;
  submitted: number;
  adopted: Record<string, number>;
  instructions: number;
  deduction: number;
  score: number;
}

export interface MonthlyReport {
  month: string;
  rows: MonthlyRow[];
  silentUnits: string[];
  weightVersions: string[];
}

/** 年度业绩考评: one unit's line. */
export interface EvaluationLine {
  rank: number;
  unitId: string;
  unitName: string;
  months: number[];
  monthsTotal: number;
  adjustment: number;
  score: number;
}

export interface EvaluationAdjustment {
  id: string;
  unitId: string;
  unitName: string;
  points: number;
  reason: string;
  createdBy: string;
  createdAt: string;
  withdrawalReason: string | null;
  withdrawnBy: string | null;
  withdrawnAt: string | null;
}

export interface Evaluation {
  id: string;
  year: number;
  status: 'draft' | 'final';
  finalizedBy: string | null;
  finalizedAt: string | null;
  version: number;
  lines: EvaluationLine[];
  adjustments: EvaluationAdjustment[];
}

export interface TrainingAttendee {
  unitId: string | null;
  unitName: string | null;
  name: string;
  attended: boolean;
  absenceReason: string | null;
}

export interface Training {
  id: string;
  heldOn: string;
  topic: string;
  trainer: string;
  location: string | null;
  attendees: TrainingAttendee[];
  attendedCount: number;
  absentCount: number;
  unitNames: string[];
  status: string;
  withdrawalReason: string | null;
  version: number;
}

export interface UpwardFeedback {
  id: string;
  submissionId: string;
  kind: 'adopted' | 'instructed';
  level: string;
  receivedOn: string;
  outlet: string | null;
  leaderName: string | null;
  content: string | null;
  points: number;
  weightVersion: string | null;
  alreadyRecorded: boolean;
}

export interface UpwardReport {
  id: string;
  items: { submissionId: string; title: string }[];
  office: string;
  sentOn: string;
  channel: string;
  note: string | null;
  feedback: UpwardFeedback[];
  status: string;
  withdrawalReason: string | null;
  version: number;
}

/** One version of the local weight table (计分标准): points per adoption level, per 批示 level, 约稿 deductions. */
export interface ScoreWeights {
  version: string;
  effectiveFrom: string;
  source: string;
  adoption: { district_bulletin: number; reported_city: number; city: number; province: number; state_council: number };
  instruction: { district: number; city: number; province: number };
  deduction: { solicitation_late: number; solicitation_missing: number };
  createdBy: string;
  createdAt: string;
}

/** 月度通报 (the notice as a document for 签发): one line of its timeline. */
export interface MonthlyNoticeStep {
  seq: number;
  step: string;
  stepLabel: string;
  status: string;
  note: string | null;
  actor: string;
  at: string;
}

/** 月度通报: the month's snapshot, the 按语 and 主送, its state and steps. */
export interface MonthlyNotice {
  id: string;
  month: string;
  title: string;
  preface: string;
  mainRecipients: string[];
  status: string;
  statusLabel: string;
  report: MonthlyReport;
  computedAt: string;
  computedBy: string;
  text: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  signedBy: string | null;
  signerName: string | null;
  signedOn: string | null;
  reason: string | null;
  steps: MonthlyNoticeStep[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}
