/** The views of party-affairs as the console reads them (written by hand from the service's contracts). */
export interface CommitteeSeat {
  post: string;
  name: string;
}

/** The current (or last) 换届 of a branch: 请示 → 批复 → 选举 → 报告. */
export interface ElectionProcedure {
  stage: 'requested' | 'approved' | 'elected' | 'reported';
  early: boolean;
  plannedOn: string;
  reason: string;
  requestedOn: string;
  requestedBy: string;
  approvalNumber: string | null;
  approvedOn: string | null;
  approver: string | null;
  approvedBy: string | null;
  electedOn: string | null;
  reportedOn: string | null;
  reportNumber: string | null;
  reportedTo: string | null;
  reportedBy: string | null;
  inline: boolean;
}

export interface Branch {
  id: string;
  name: string;
  kind: 'general' | 'branch';
  unitId: string | null;
  committee: CommitteeSeat[];
  termStartedOn: string;
  themeDay: number | null;
  status: 'active' | 'withdrawn';
  withdrawalReason: string | null;
  fullMembers: number;
  probationaryMembers: number;
  term: { years: number; extensionMonths: number; endsOn: string; reminderFrom: string; state: 'normal' | 'reminder' | 'expired'; explanation: string };
  flags: { code: string; message: string }[];
  elections: { kind: 'request' | 'approval' | 'election' | 'report' | 'extension'; on: string; approval: string; months: number | null; by: string }[];
  procedure: ElectionProcedure | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Member {
  id: string;
  name: string;
  gender: 'male' | 'female';
  branchId: string;
  branchName: string;
  unitId: string | null;
  idNumber: string;
  mobile: string | null;
  post: string | null;
  stage: string;
  status: string;
  appliedOn: string | null;
  talkedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  approvedOn: string | null;
  fullOn: string | null;
  probationExtensionMonths: number;
  next: { step: string; label: string; earliestOn: string | null; dueOn: string | null; dueExplanation: string[]; rule: string } | null;
  dues: { category: string; year: number; monthlyFen: number; explanation: string } | null;
  paidMonths: string[];
  dormant: boolean;
  development: { step: string; label: string; on: string; votes: { for: number; against: number; abstain: number } | null; documents: string | null; note: string | null; by: string; at: string }[];
  transfers: { kind: string; on: string; letterNo: string; counterpart: string; by: string }[];
  withdrawalReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface LifeMeeting {
  id: string;
  branchId: string;
  branchName: string;
  unitId: string | null;
  kind: string;
  heldOn: string;
  topic: string;
  expected: number;
  present: number;
  absences: { name: string; reason: string }[];
  minutes: string;
  status: 'recorded' | 'withdrawn';
  withdrawalReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
}

export type ComplianceLight = 'green' | 'yellow' | 'red' | 'grey';

export interface Compliance {
  year: number;
  asOf: string;
  configVersion: string;
  configEffectiveFrom: string;
  configSource: string;
  branches: {
    branchId: string;
    branchName: string;
    unitId: string | null;
    light: ComplianceLight;
    lines: { kind: string; label: string; requirement: string; source: string; light: ComplianceLight; periods: { period: string; from: string; dueOn: string; held: number; light: ComplianceLight }[] }[];
  }[];
}

export interface DuesReduction {
  id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  branchName: string;
  kind: 'reduce' | 'exempt';
  fromMonth: string;
  toMonth: string;
  reducedMonthlyFen: number | null;
  reason: string;
  status: 'requested' | 'branch_decided' | 'in_force' | 'refused' | 'withdrawn';
  branchDecidedOn: string | null;
  branchMeetingRef: string | null;
  approver: string | null;
  approvedOn: string | null;
  refusalReason: string | null;
  withdrawalReason: string | null;
  version: number;
}

export interface DuesReceipt {
  number: string;
  memberId: string;
  memberName: string;
  month: string;
  amountFen: number;
  paidOn: string;
  recordedBy: string;
  voided: boolean;
  voidReason: string | null;
}

export interface DuesStatement {
  branchName: string;
  year: number;
  throughMonth: string;
  lines: { memberId: string; memberName: string; months: { month: string; dueFen: number; paidFen: number; reducedFen: number }[]; dueFen: number; paidFen: number; reducedFen: number; arrearsFen: number }[];
  dueFen: number;
  paidFen: number;
  reducedFen: number;
  arrearsFen: number;
}

export interface YearlySummary {
  branchName: string;
  year: number;
  asOf: string;
  configVersion: string;
  meetings: { kind: string; label: string; requirement: string; required: number; met: number; held: number }[];
  stages: { stage: string; label: string; count: number }[];
  developments: { key: string; label: string; count: number }[];
  transfers: { key: string; label: string; count: number }[];
  dues: { dueFen: number; paidFen: number; reducedFen: number; arrearsFen: number };
}
