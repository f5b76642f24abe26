import { LETTER_STATE_LABELS, type LetterMode, type LetterState } from '@gov/contracts-document-secretariat';
import { computeDeadline, isDeadlineOverdue, type PeriodUnit, type WorkingCalendar } from '@gov/calendar';

export type LetterAction = 'hand' | 'reply' | 'approve' | 'return' | 'close' | 'extend' | 'withdraw';

export const LETTER_ACTION_LABELS: Record<LetterAction, string> = {
  hand: '转办/交办',
  reply: '回复',
  approve: '审核通过（办结）',
  return: '退回',
  close: '办结',
  extend: '延长办理期限',
  withdraw: '撤回',
};

/**
 * 登记 → 转办/交办 → (交办: the unit's reply → 文秘科 审核: 办结 or 退回) ; a 转办 letter may be closed without a reply;
 * withdrawn (with a reason) while not finished; an extension only while the unit is handling it.
 */
const TRANSITIONS: Record<LetterState, Partial<Record<LetterAction, LetterState>>> = {
  registered: { hand: 'assigned', withdraw: 'withdrawn' },
  assigned: { reply: 'replied', close: 'closed', extend: 'assigned', withdraw: 'withdrawn' },
  replied: { approve: 'closed', return: 'assigned', withdraw: 'withdrawn' },
  closed: {},
  withdrawn: {},
};

/** The next state, or null when the action is not open in this state (a 交办 letter cannot be closed without a reply). */
export function nextLetterState(state: LetterState, action: LetterAction, mode: LetterMode | null = null): LetterState | null {
  if (action === 'close' && mode !== 'transfer') return null;
  return TRANSITIONS[state][action] ?? null;
}

export function letterStepRefusal(state: LetterState, action: LetterAction, mode: LetterMode | null = null): string {
  if (action === 'close' && state === 'assigned' && mode === 'assign') return '交办件须经承办单位回复并审核后方可办结';
  return `当前状态“${LETTER_STATE_LABELS[state]}”不能${LETTER_ACTION_LABELS[action]}`;
}

export interface LetterPeriod {
  amount: number;
  unit: PeriodUnit;
}

export interface LetterDue {
  dueDate: string | null;
  provisional: boolean;
  explanation: string[];
}

/** 告知是否受理: the period from the day the letter was received (the day itself not counted). */
export function acceptanceDue(calendar: WorkingCalendar, receivedOn: string, period: LetterPeriod, source: string): LetterDue {
  const d = computeDeadline(calendar, { start: receivedOn, ...period });
  return { dueDate: d.dueDate, provisional: d.provisional, explanation: [...d.explanation, `依据：${source}`] };
}

/** 办理期限: the period from the 转办/交办 (受理) day, plus an approved extension (at most `maxExtension`). */
export function handlingDue(
  calendar: WorkingCalendar,
  input: { handedOn: string; period: LetterPeriod; source: string; extension?: { days: number; reason: string; unit: PeriodUnit; source: string } | null },
): LetterDue {
  const extensions = input.extension ? [{ amount: input.extension.days, unit: input.extension.unit, reason: input.extension.reason }] : [];
  const d = computeDeadline(calendar, { start: input.handedOn, ...input.period, extensions });
  const sources = [`依据：${input.source}`];
  if (input.extension) sources.push(`延期依据：${input.extension.source}`);
  return { dueDate: d.dueDate, provisional: d.provisional, explanation: [...d.explanation, ...sources] };
}

/** An extension: only once, of 1..max days, while no extension has been approved yet. Returns the refusal or null. */
export function extensionRefusal(input: { alreadyExtended: boolean; days: number; max: number }): string | null {
  if (input.alreadyExtended) return '办理期限已延长过一次，不能再次延长';
  if (!Number.isInteger(input.days) || input.days < 1) return '延长日数应为正整数';
  if (input.days > input.max) return `延长期限不得超过 ${input.max} 日`;
  return null;
}

/** Whether the letter is past a deadline it still owes on `today`: 告知 while not yet handed on, 办理 while the unit handles it. */
export function letterOverdue(input: { state: LetterState; acceptanceDue: string | null; handlingDue: string | null; today: string }): { acceptance: boolean; handling: boolean } {
  const acceptance = input.state === 'registered' && isDeadlineOverdue(input.acceptanceDue, input.today);
  const handling = (input.state === 'assigned' || input.state === 'replied') && isDeadlineOverdue(input.handlingDue, input.today);
  return { acceptance, handling };
}
