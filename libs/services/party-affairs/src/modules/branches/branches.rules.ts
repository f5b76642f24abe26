import type { BranchFlag, BranchStatus, BranchTerm, CommitteeSeat, ElectionStage, TermState } from '@gov/contracts-party-affairs';
import { addMonths } from '../../common/dates.js';

/** 《中国共产党支部工作条例（试行）》(2018) — the articles the organisation rules cite. */
export const BRANCH_SOURCES = {
  structure: '《中国共产党支部工作条例（试行）》第二章“组织设置”：正式党员 7 人以上设支部委员会，委员 3 至 5 人、最多不超过 7 人',
  size: '《中国共产党支部工作条例（试行）》第二章“组织设置”：党支部党员人数一般不超过 50 人',
  term: '《中国共产党支部工作条例（试行）》第二章“组织设置”：支部委员会每届任期 3 年，延期或提前换届不超过 1 年须经上级党组织批准',
  procedure: '《中国共产党基层组织选举工作条例》：换届选举前向上级党组织请示，经批复后召开党员大会选举，选举结果报上级党组织（RULES.md §2.11）',
} as const;

/** The figures of the rules (the 条例's, not local): a record shows them with the source above. */
export const BRANCH_LIMITS = {
  /** A branch with this many full members or more has a 支委会. */
  committeeFromFullMembers: 7,
  committeeMin: 3,
  committeeUsualMax: 5,
  committeeMax: 7,
  maxMembers: 50,
  termYears: 3,
  reminderMonths: 6,
  maxExtensionMonths: 12,
} as const;

/** The steps of one 党组织, and the states each is allowed from. */
export type BranchStep = 'update' | 'request' | 'approve' | 'elect' | 'report' | 'extend' | 'withdraw';

const ALLOWED: Record<BranchStep, readonly BranchStatus[]> = {
  update: ['active'],
  request: ['active'],
  approve: ['active'],
  elect: ['active'],
  report: ['active'],
  extend: ['active'],
  withdraw: ['active'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: BranchStep, status: BranchStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: BranchStep, status: BranchStatus): BranchStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/**
 * What breaks the 条例's structure rules, as flags shown on the branch (they do not block: the 总支 must fix them):
 * ≥ 7 full members ⇒ a 支委会 of 3–5 members (at most 7); at most 50 members in a branch.
 */
export function structureFlags(input: { kind: 'general' | 'branch'; fullMembers: number; probationaryMembers: number; committee: readonly CommitteeSeat[] }): BranchFlag[] {
  const flags: BranchFlag[] = [];
  const size = input.committee.length;
  const total = input.fullMembers + input.probationaryMembers;
  const L = BRANCH_LIMITS;
  if (input.kind === 'branch' && input.fullMembers >= L.committeeFromFullMembers) {
    if (size < L.committeeMin) {
      flags.push({ code: 'BRANCH.COMMITTEE_REQUIRED', message: `正式党员 ${input.fullMembers} 人（7 人以上）的党支部应当设立支部委员会，委员 3 至 5 人，现有 ${size} 人（${BRANCH_SOURCES.structure}）` });
    } else if (size > L.committeeMax) {
      flags.push({ code: 'BRANCH.COMMITTEE_TOO_LARGE', message: `支部委员会委员一般 3 至 5 人、最多不超过 7 人，现有 ${size} 人（${BRANCH_SOURCES.structure}）` });
    }
  }
  if (input.kind === 'branch' && total > L.maxMembers) {
    flags.push({ code: 'BRANCH.TOO_MANY_MEMBERS', message: `党支部党员人数一般不超过 50 人，现有 ${total} 人，应当调整设置（${BRANCH_SOURCES.size}）` });
  }
  if (!input.committee.some((seat) => seat.post === 'secretary')) {
    flags.push({ code: 'BRANCH.NO_SECRETARY', message: `尚未登记书记（${BRANCH_SOURCES.structure}）` });
  }
  return flags;
}

/**
 * The term of a 支部 or 总支: 3 years from the election, pushed by an approved extension (≤ 12 months in all); the
 * reminder starts 6 months before the end (《支部工作条例》第十九条; RULES.md §2.11).
 */
export function termOf(termStartedOn: string, extensionMonths: number, today: string): BranchTerm {
  const L = BRANCH_LIMITS;
  const endsOn = addMonths(termStartedOn, L.termYears * 12 + extensionMonths);
  const reminderFrom = addMonths(endsOn, -L.reminderMonths);
  const state: TermState = today >= endsOn ? 'expired' : today >= reminderFrom ? 'reminder' : 'normal';
  const extension = extensionMonths ? `，经批准延期 ${extensionMonths} 个月` : '';
  const text: Record<TermState, string> = {
    normal: `任期 3 年${extension}，${endsOn} 届满；届满前 6 个月（${reminderFrom} 起）提醒换届`,
    reminder: `任期将于 ${endsOn} 届满，请按期换届（届满前 6 个月提醒）`,
    expired: `任期已于 ${endsOn} 届满，应当及时换届；确需延期须经上级党组织批准，延期不超过 1 年`,
  };
  return { years: L.termYears, extensionMonths, endsOn, reminderFrom, state, explanation: `${text[state]}（${BRANCH_SOURCES.term}）` };
}

/** An extension's total stays within 12 months; null when it would exceed it (then the step is refused). */
export function extensionAfter(current: number, months: number): number | null {
  const total = current + months;
  return total <= BRANCH_LIMITS.maxExtensionMonths ? total : null;
}

/** The steps of one 换届 (请示 → 批复 → 选举 → 报告), in this order only. */
export type ElectionStep = 'request' | 'approve' | 'elect' | 'report';

/**
 * Whether `step` may follow a procedure at `stage` (null: none yet). A new 请示 starts once the last 换届 has its election
 * (a report may still follow); 批复 follows a 请示; 选举 follows a 批复 — or, with its approval given inline, stands for a
 * 请示 and 批复 recorded at once where no request is pending; 报告 follows the election (《基层组织选举工作条例》).
 */
export function electionStepAllowed(step: ElectionStep, stage: ElectionStage | null, inlineApproval = false): boolean {
  const closed = stage === null || stage === 'elected' || stage === 'reported';
  switch (step) {
    case 'request':
      return closed;
    case 'approve':
      return stage === 'requested';
    case 'elect':
      return stage === 'approved' || (inlineApproval && closed);
    case 'report':
      return stage === 'elected';
  }
}

/** What each step needs first, in Chinese, for the refusal's message. */
export const ELECTION_STEP_NEEDS: Record<ElectionStep, string> = {
  request: '上一次换届尚未完成选举（已有待批复或待选举的换届请示）',
  approve: '须先提交换届请示，且尚未批复',
  elect: '须先经上级党组织批复换届请示（或在选举时一并填写批复文号）',
  report: '须先完成换届选举',
};

/**
 * When a 换届 may be held against a term ending on `endsOn`: before the reminder window (more than 6 months before the
 * end) it is 提前换届; more than 1 year before the end it is refused (RULES.md §2.11: 延期或提前换届不超过 1 年，须经批准).
 */
export function electionTiming(date: string, endsOn: string): { early: boolean; tooEarly: boolean; earliest: string } {
  const L = BRANCH_LIMITS;
  const earliest = addMonths(endsOn, -L.maxExtensionMonths);
  return { early: date < addMonths(endsOn, -L.reminderMonths), tooEarly: date < earliest, earliest };
}
