import type { DuesReductionKind, DuesReductionStatus } from '@gov/contracts-party-affairs';

/**
 * 党费减免 and the month's dues. Source: 《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）, as RULES.md
 * §2.11 has it: "Reductions/exemptions: branch discussion + approval of the higher committee" — 少交或免交党费由本人
 * 申请，经党支部委员会研究，报上一级党组织（机关党总支）批准. Only an approved reduction changes what a month owes.
 */
export const REDUCTION_SOURCE = '《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）：少交或免交党费须经党支部研究，报上一级党组织批准';

/** The steps of one 党费减免, and the states each is allowed from. */
export type DuesReductionStep = 'decide' | 'approve' | 'refuse' | 'withdraw';

const ALLOWED: Record<DuesReductionStep, readonly DuesReductionStatus[]> = {
  decide: ['requested'],
  approve: ['branch_decided'],
  refuse: ['requested', 'branch_decided'],
  withdraw: ['requested', 'branch_decided', 'in_force'],
};

const AFTER: Record<DuesReductionStep, DuesReductionStatus> = { decide: 'branch_decided', approve: 'in_force', refuse: 'refused', withdraw: 'withdrawn' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: DuesReductionStep, status: DuesReductionStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: DuesReductionStep): DuesReductionStatus {
  return AFTER[step];
}

/** A reduction as the month computation needs it. */
export interface ReductionSpan {
  id: string;
  kind: DuesReductionKind;
  fromMonth: string;
  toMonth: string;
  reducedMonthlyFen: number | null;
  status: DuesReductionStatus;
}

/** Whether two month spans (YYYY-MM, both ends included) share a month. */
export function spansOverlap(a: { fromMonth: string; toMonth: string }, b: { fromMonth: string; toMonth: string }): boolean {
  return a.fromMonth <= b.toMonth && b.fromMonth <= a.toMonth;
}

/** The states in which a reduction still counts against another for the same months (not refused, not withdrawn). */
export const LIVE_REDUCTION_STATUSES: readonly DuesReductionStatus[] = ['requested', 'branch_decided', 'in_force'];

export type RequestCheck = { ok: true } | { ok: false; field: string; code: string; message: string };

/**
 * A request: months in order; 减交 with a reduced amount below the member's computed monthly dues (for the whole
 * amount use 免交); 免交 without an amount; not overlapping another live reduction of the member.
 */
export function checkRequest(
  request: { kind: DuesReductionKind; fromMonth: string; toMonth: string; reducedMonthlyFen?: number | null },
  monthlyFen: number,
  others: readonly ReductionSpan[],
): RequestCheck {
  if (request.fromMonth > request.toMonth) return { ok: false, field: 'toMonth', code: 'order', message: '截止月份不能早于起始月份' };
  if (request.kind === 'reduce') {
    if (request.reducedMonthlyFen === null || request.reducedMonthlyFen === undefined) return { ok: false, field: 'reducedMonthlyFen', code: 'required', message: '减交须填写减交后每月应交金额' };
    if (request.reducedMonthlyFen >= monthlyFen) return { ok: false, field: 'reducedMonthlyFen', code: 'notLess', message: `减交后的金额须少于核定的每月应交额（${monthlyFen} 分）` };
  } else if (request.reducedMonthlyFen !== null && request.reducedMonthlyFen !== undefined) {
    return { ok: false, field: 'reducedMonthlyFen', code: 'exempt', message: '免交不填写金额' };
  }
  const clash = others.find((o) => LIVE_REDUCTION_STATUSES.includes(o.status) && spansOverlap(o, request));
  if (clash) return { ok: false, field: 'fromMonth', code: 'overlap', message: `与该党员 ${clash.fromMonth} 至 ${clash.toMonth} 的党费减免重叠` };
  return { ok: true };
}

export interface MonthDues {
  /** What the month owes, in 分. */
  dueFen: number;
  /** By how much an approved reduction lowered it, in 分. */
  reducedFen: number;
  /** The reduction in force for the month, if any. */
  reduction: ReductionSpan | null;
}

/**
 * The month's dues in 分: the computed monthly amount, unless an approved (in force) reduction covers the month —
 * then the reduced amount (never more than the computed one) for 减交, 0 for 免交. Pure.
 */
export function monthDues(monthlyFen: number, month: string, reductions: readonly ReductionSpan[]): MonthDues {
  const reduction = reductions.find((r) => r.status === 'in_force' && r.fromMonth <= month && month <= r.toMonth) ?? null;
  if (!reduction) return { dueFen: monthlyFen, reducedFen: 0, reduction: null };
  const dueFen = reduction.kind === 'exempt' ? 0 : Math.min(reduction.reducedMonthlyFen ?? monthlyFen, monthlyFen);
  return { dueFen, reducedFen: monthlyFen - dueFen, reduction };
}

/** The months of a year a member owes: from the month of admission (or January) through `through` (YYYY-MM). */
export function owedMonths(year: number, admittedOn: string | null, through: string): string[] {
  if (!admittedOn) return [];
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > through) break;
    if (admittedOn.slice(0, 7) <= month) months.push(month);
  }
  return months;
}

/** A receipt's number: the year and the branch's sequence within it (e.g. 2026-0007). */
export function receiptNumber(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(4, '0')}`;
}
