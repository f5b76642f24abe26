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
