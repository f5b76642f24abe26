import type { ClueDisposition, ClueStatus, ClueStep, ResponsibilityItem, ResponsibilityItemInput, ResponsibilityStatus } from '@gov/contracts-party-affairs';

/*
 * 纪检监察 / 党风廉政. RULES.md §2.11 says nothing on 责任清单, 谈话 or 问题线索: what follows is what a 机关党总支 keeps
 * under 《党委（党组）落实全面从严治党主体责任规定》(2020) — a yearly list of items with the person responsible and a
 * due date, and their completion — and the clue handling of 《中国共产党纪律检查机关监督执纪工作规则》(2019): 登记,
 * 初核 (by the 纪检委员), then one of the dispositions 谈话函询, 初步核实, 予以了结, or 立案 / 移送 the higher 纪委.
 * The deadline of 初核 is a LOCAL SETTING (below), not a figure from RULES.md.
 */

// ---------------------------------------------------------------- 责任清单

export type ResponsibilityStep = 'update' | 'complete' | 'withdraw';

/** Every step is allowed on an open list only; a withdrawn one is kept as it was. */
export function canTake(step: ResponsibilityStep, status: ResponsibilityStatus): boolean {
  return status === 'open' && ['update', 'complete', 'withdraw'].includes(step);
}

/**
 * The items after a change: an input with the id of an existing item keeps that item's completion; one without an id
 * is new. Returns the id of an input naming no existing item as `unknownId` (the change is refused).
 */
export function mergeItems(existing: readonly ResponsibilityItem[], inputs: readonly ResponsibilityItemInput[], newId: () => string): { items: ResponsibilityItem[]; unknownId?: string } {
  const byId = new Map(existing.map((item) => [item.id, item]));
  const items: ResponsibilityItem[] = [];
  for (const input of inputs) {
    const kept = input.id ? byId.get(input.id) : undefined;
    if (input.id && !kept) return { items: [], unknownId: input.id };
    items.push({
      id: kept?.id ?? newId(),
      content: input.content.trim(),
      responsible: input.responsible.trim(),
      dueOn: input.dueOn,
      doneOn: kept?.doneOn ?? null,
      evidence: kept?.evidence ?? null,
      completedBy: kept?.completedBy ?? null,
    });
  }
  return { items };
}

/** The first due date outside the list's year (a 年度 list's items fall due within that year), or null. */
export function dueOutsideYear(items: readonly { dueOn: string }[], year: number): string | null {
  return items.find((item) => Number(item.dueOn.slice(0, 4)) !== year)?.dueOn ?? null;
}

/** A percentage with one decimal, rounded half up in integer arithmetic; 0 of 0 is 0. */
export function percent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((done * 2000 + total) / (2 * total)) / 10;
}

/** Completion of a list as of `today`: done, overdue (not done, due before today) and the rate. */
export function completionOf(items: readonly Pick<ResponsibilityItem, 'dueOn' | 'doneOn'>[], today: string): { total: number; done: number; overdue: number; completionRate: number } {
  const done = items.filter((item) => item.doneOn !== null).length;
  const overdue = items.filter((item) => item.doneOn === null && item.dueOn < today).length;
  return { total: items.length, done, overdue, completionRate: percent(done, items.length) };
}

// ---------------------------------------------------------------- 问题线索

/** A version of the 初核 time limit: calendar days from receipt, when it took effect, its source. */
export interface ClueCheckConfig {
  version: string;
  effectiveFrom: string;
  days: number;
  source: string;
}

/**
 * LOCAL SETTING (本地设定, not in RULES.md): the 初核 of a clue ends with its disposition within `days` calendar days of
 * its receipt (counted by the deadline engine over the calendar copy). A change is a new version with its effective
 * date and the 总支's decision as source; a clue keeps the version it was registered under.
 */
export const CLUE_CHECK_CONFIGS: readonly ClueCheckConfig[] = [
  { version: 'local-2018-1', effectiveFrom: '2018-01-01', days: 30, source: '本地设定：问题线索自收到之日起 30 日内完成初核并提出处置意见（RULES.md 未规定期限，由机关党总支确定）' },
];

/** The version in force on `date` (the latest effective on or before it; the first for earlier dates). */
export function clueCheckConfigOn(date: string, configs: readonly ClueCheckConfig[] = CLUE_CHECK_CONFIGS): ClueCheckConfig {
  return [...configs].filter((c) => c.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? configs[0];
}

/** The version a clue was registered under (the one in force on its receipt if the version is unknown). */
export function clueCheckConfigOf(version: string, receivedOn: string, configs: readonly ClueCheckConfig[] = CLUE_CHECK_CONFIGS): ClueCheckConfig {
  return configs.find((c) => c.version === version) ?? clueCheckConfigOn(receivedOn, configs);
}

/** The step each state allows next, and the state it leads to. */
const NEXT: Record<ClueStatus, { step: ClueStep; to: ClueStatus } | null> = {
  registered: { step: 'check', to: 'checking' },
  checking: { step: 'dispose', to: 'disposed' },
  disposed: { step: 'close', to: 'closed' },
  closed: null,
};

/** The state after `step`, or null when the step is not the next one of `status` (a clue is never reopened). */
export function clueStatusAfter(status: ClueStatus, step: ClueStep): ClueStatus | null {
  const next = NEXT[status];
  return next && next.step === step ? next.to : null;
}

/** A disposition is required by 处置 and only by it. */
export function dispositionProblem(step: ClueStep, disposition: ClueDisposition | undefined): 'required' | 'unexpected' | null {
  if (step === 'dispose') return disposition ? null : 'required';
  return disposition ? 'unexpected' : null;
}

/** Overdue while not yet disposed and past its due date. */
export function clueCheckOverdue(status: ClueStatus, dueOn: string, today: string): boolean {
  return (status === 'registered' || status === 'checking') && today > dueOn;
}

/** A step's date: not before the previous step's, not after today. */
export function stepDateOk(previous: string, on: string, today: string): boolean {
  return on >= previous && on <= today;
}
