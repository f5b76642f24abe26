/** The views of personnel-finance as the console reads them (written by hand, see libs/contracts/personnel-finance). */

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
  status: 'active' | 'withdrawn';
  withdrawalReason: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
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

export interface DecidedItem {
  id: string;
  sequence: number;
  content: string;
  leadUnitId: string;
  coUnitIds: string[];
  dueDate?: string;
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
