/** The views of personnel-finance as the console reads them (written by hand, see libs/contracts/personnel-finance). */
import type { SupervisedItem } from '@/kit/types';
import type { ClaimMeeting, ClaimStandardCheck, ClaimTrip } from './claim-standards';

export interface TimelineLine {
  at: string;
  by: string;
  step: string;
  note: string | null;
}

export interface StaffMember {
  id: string;
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  mobile: string;
  sectionCode: string;
  category: string;
  postTitle: string;
  rank: string;
  hiredOn: string;
  probationEndsOn: string | null;
  monthlySalaryFen: number | null;
  personalDataMasked: boolean;
  status: 'active' | 'retired' | 'withdrawn';
  withdrawalReason: string | null;
  retiredOn: string | null;
  retirementDocument: string | null;
  recordEntries: StaffRecordEntry[];
  underPenalty: { label: string; until: string; effect: string } | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** A 干部档案 entry of a staff record (学历学位, 任职经历, 奖励, 处分, 调配, 公务员登记). */
export interface StaffRecordEntry {
  id: string;
  kind: 'education' | 'post' | 'reward' | 'penalty' | 'transfer' | 'registration' | 'retiree_service';
  kindLabel: string;
  subKind: string | null;
  subKindLabel: string | null;
  startedOn: string;
  endedOn: string | null;
  title: string;
  authority: string | null;
  documentNumber: string | null;
  note: string | null;
  effectiveUntil: string | null;
  status: 'active' | 'voided';
  voidReason: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface AssessmentQuota {
  version: string;
  assessed: number;
  excellent: number;
  allowed: number;
  percent: number;
  source: string;
}

export interface AssessmentEntry {
  staffMemberId: string;
  name: string;
  sectionCode: string;
  probationer: boolean;
  grade: string | null;
  comment: string | null;
}

export interface Assessment {
  id: string;
  year: number;
  title: string;
  status: 'open' | 'finalized' | 'withdrawn';
  quota: AssessmentQuota;
  quotaApproval: { documentNumber: string; approver: string; approvedOn: string; recordedBy: string } | null;
  entries: AssessmentEntry[];
  finalizedAt: string | null;
  withdrawalReason: string | null;
  timeline: TimelineLine[];
  version: number;
}

export interface ClaimItem {
  description: string;
  amountFen: number;
  invoiceNumber?: string;
  occurredOn: string;
}

export interface Claim {
  id: string;
  number: string;
  title: string;
  claimantName: string;
  sectionCode: string;
  expenseKind: string;
  paymentMethod: string;
  items: ClaimItem[];
  attachments: string[];
  trips?: ClaimTrip[];
  meeting?: ClaimMeeting;
  budgetId?: string;
  budgetItemKey?: string;
  standardsVersion?: string;
  standardChecks?: ClaimStandardCheck[];
  totalFen: number;
  status: string;
  thresholdsVersion: string;
  requiredApprovals: string[];
  nextApproval: string | null;
  approvals: { level: string; by: string; at: string; note: string | null }[];
  voucherNumber: string | null;
  paidOn: string | null;
  reason: string | null;
  timeline: TimelineLine[];
  version: number;
  createdAt: string;
}

export interface PayslipFigures {
  grossFen: number;
  contributionBaseFen: number;
  pensionFen: number;
  medicalFen: number;
  annuityFen: number;
  housingFundFen: number;
  specialAdditionalFen: number;
  monthsEmployed: number;
  cumulativeIncomeFen: number;
  cumulativeSpecialFen: number;
  cumulativeSpecialAdditionalFen: number;
  cumulativeTaxableFen: number;
  cumulativeTaxFen: number;
  withheldBeforeFen: number;
  iitFen: number;
  netFen: number;
  explanation: string;
}

export interface Payslip {
  id: string;
  staffMemberId: string;
  name: string;
  sectionCode: string;
  year: number;
  month: number;
  status: 'computed' | 'confirmed' | 'withdrawn';
  ratesVersion: string;
  figures: PayslipFigures | null;
  withdrawalReason: string | null;
  version: number;
  updatedAt: string;
}

/** The 督办事项 opened from a decided item, as the meeting's service keeps it from supervision's changes. */
export type DecidedItemSupervision = SupervisedItem;

export interface DecidedItem {
  id: string;
  sequence: number;
  content: string;
  leadUnitId: string;
  coUnitIds: string[];
  dueDate?: string;
  supervision?: DecidedItemSupervision;
}

export interface LeadingGroupMeeting {
  id: string;
  kind: 'party_group' | 'director_office';
  title: string;
  meetingDate: string;
  chairName: string;
  agenda: { title: string; sectionCode: string }[];
  status: 'planned' | 'notified' | 'held' | 'published' | 'withdrawn';
  agendaApprovedBy: string | null;
  attendees: string[];
  absentees: string[];
  minutesNumber: string | null;
  minutes: string | null;
  decisions: DecidedItem[];
  withdrawalReason: string | null;
  timeline: TimelineLine[];
  version: number;
}

export interface EstablishmentRevision {
  version: number;
  kind: string;
  level: string;
  approvedCount: number;
  basisNumber: string;
  basisDate: string;
  note: string | null;
  by: string;
  at: string;
}

export interface EstablishmentPost {
  id: string;
  unitId: string | null;
  unitName: string;
  kind: string;
  level: string;
  title: string;
  postTitles: string[];
  approvedCount: number;
  basisNumber: string;
  basisDate: string;
  filled: number;
  vacant: number;
  overstaffed: number;
  fillSource: 'staff_records' | 'reported';
  fillExplanation: string;
  revisions: EstablishmentRevision[];
  status: 'in_force' | 'withdrawn';
  withdrawalReason: string | null;
  timeline: TimelineLine[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface CadreObjection {
  id: string;
  receivedOn: string;
  source: string;
  summary: string;
  recordedBy: string;
  resolvedOn: string | null;
  finding: string | null;
  outcome: string | null;
  resolvedBy: string | null;
}

export interface CadreSelection {
  id: string;
  title: string;
  establishmentPostId: string;
  unitName: string;
  postTitle: string;
  postLevel: string;
  motion: { motionDate: string; motionReason: string; proposedBy: string; by: string };
  recommendation: { recommendedOn: string; participants: number; candidates: { name: string; votes: number }[]; note?: string; by: string } | null;
  inspection: { inspectedOn: string; team: string[]; conclusion: string; by: string } | null;
  candidate: { name: string; gender: string; idNumber: string; currentPost: string; staffMemberId: string | null } | null;
  decision: { meetingDate: string; meetingTitle: string; membersTotal: number; membersPresent: number; votesFor: number; votesAgainst: number; votesAbstain: number; explanation: string; by: string } | null;
  publicity: { publishedOn: string; channel: string; endsOn: string; workingDays: number; explanation: string[]; by: string } | null;
  objections: CadreObjection[];
  appointment: { appointedOn: string; documentNumber: string; probation: boolean; probationEndsOn: string | null; probationExplanation: string[]; by: string } | null;
  steps: { step: string; label: string; done: boolean; on: string | null }[];
  personalDataMasked: boolean;
  status: string;
  withdrawalReason: string | null;
  timeline: TimelineLine[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface GroupSession {
  id: string;
  kind: string;
  topic: string;
  plannedOn: string;
  chairName: string;
  members: string[];
  preparation: { step: string; label: string; doneOn: string | null; note: string | null; by: string | null }[];
  heldOn: string | null;
  attendees: string[];
  absentees: string[];
  attendanceRate: number;
  speeches: { speaker: string; summary: string }[];
  rectifications: { id: string; sequence: number; content: string; responsible: string; dueDate: string; completedOn: string | null; result: string | null; completedBy: string | null }[];
  status: string;
  withdrawalReason: string | null;
  timeline: TimelineLine[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}
