import { DEVELOPMENT_STEPS, MEMBER_STAGE_LABELS, MEMBER_STAGES, type DevelopmentEntry, type LifeMeetingKind, type MemberStage, type SummaryCount, type SummaryMeetingLine, type SummaryStageCount, type TransferEntry } from '@gov/contracts-party-affairs';
import { branchCompliance, type FrequencyConfig } from '../life-meetings/compliance.rules.js';
import { STEP_LABELS } from '../members/development.rules.js';

/** A member's dates as the yearly summary needs them. */
export interface SummaryMember {
  status: string;
  appliedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  fullOn: string | null;
  development: readonly DevelopmentEntry[];
  transfers: readonly TransferEntry[];
}

/**
 * Meetings per kind in `year` against the 条例's frequencies (compliance.rules.ts, RULES.md §2.11): the periods begun
 * (as of `today`, or all of a past year) since the branch's term began, those with at least one meeting, and the count.
 */
export function meetingLines(meetings: readonly { kind: LifeMeetingKind; heldOn: string }[], year: number, today: string, since: string, config: FrequencyConfig): SummaryMeetingLine[] {
  return branchCompliance(meetings, year, today, since, config).map((line) => ({
    kind: line.kind,
    label: line.label,
    requirement: line.requirement,
    required: line.periods.filter((p) => p.light !== 'grey').length,
    met: line.periods.filter((p) => p.light === 'green').length,
    held: line.periods.reduce((total, p) => total + p.held, 0),
  }));
}

/** The stage a member had reached on `day` (by the dates of the steps), null before applying. */
export function stageOn(member: SummaryMember, day: string): MemberStage | null {
  const reached = (date: string | null) => date !== null && date <= day;
  if (reached(member.fullOn)) return 'full';
  if (reached(member.admittedOn)) return 'probationary';
  if (reached(member.candidateOn)) return 'candidate';
  if (reached(member.activistOn)) return 'activist';
  if (reached(member.appliedOn)) return 'applicant';
  return null;
}

/** Whether the member was still in the branch's register at the end of `day` (not transferred out by then). */
function inRegisterOn(member: SummaryMember, day: string): boolean {
  if (member.status === 'withdrawn') return false;
  if (member.status !== 'transferred_out') return true;
  const out = member.transfers.filter((t) => t.kind === 'out').at(-1);
  return !out || out.on > day;
}

/** Members by stage at the year's end (31 December), in the register then. */
export function stagesAtYearEnd(members: readonly SummaryMember[], year: number): SummaryStageCount[] {
  const end = `${year}-12-31`;
  const counts = new Map<MemberStage, number>();
  for (const m of members) {
    if (!inRegisterOn(m, end)) continue;
    const stage = stageOn(m, end);
    if (stage) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return MEMBER_STAGES.map((stage) => ({ stage, label: MEMBER_STAGE_LABELS[stage], count: counts.get(stage) ?? 0 }));
}

/** The steps of 发展党员 taken in `year`, per step (withdrawn records left out). */
export function developmentsIn(members: readonly SummaryMember[], year: number): SummaryCount[] {
  const prefix = `${year}-`;
  return DEVELOPMENT_STEPS.map((step) => ({
    key: step,
    label: STEP_LABELS[step],
    count: members.filter((m) => m.status !== 'withdrawn').reduce((n, m) => n + m.development.filter((d) => d.step === step && d.on.startsWith(prefix)).length, 0),
  }));
}

const TRANSFER_LABELS: Record<TransferEntry['kind'], string> = { in: '转入', within: '内部转移', out: '转出', receipt: '转出回执' };

/** The transfers of `year`, per kind. */
export function transfersIn(members: readonly SummaryMember[], year: number): SummaryCount[] {
  const prefix = `${year}-`;
  return (Object.keys(TRANSFER_LABELS) as TransferEntry['kind'][]).map((kind) => ({
    key: kind,
    label: TRANSFER_LABELS[kind],
    count: members.reduce((n, m) => n + m.transfers.filter((t) => t.kind === kind && t.on.startsWith(prefix)).length, 0),
  }));
}
