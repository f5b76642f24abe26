import type { ManuscriptStatus } from '@gov/contracts-disclosure';

/** The steps of one 政务公开稿件, and the states each is allowed from. */
export type ManuscriptStep = 'update' | 'submit' | 'adopt' | 'reject' | 'withdraw';

const ALLOWED: Record<ManuscriptStep, readonly ManuscriptStatus[]> = {
  update: ['pending'],
  submit: ['pending'],
  adopt: ['submitted'],
  reject: ['submitted'],
  withdraw: ['pending', 'submitted'],
};

const AFTER: Record<ManuscriptStep, ManuscriptStatus | null> = { update: null, submit: 'submitted', adopt: 'adopted', reject: 'not_adopted', withdraw: 'withdrawn' };

export const MANUSCRIPT_STEP_LABELS: Record<ManuscriptStep | 'register', string> = {
  register: '登记稿件',
  update: '修改稿件',
  submit: '报送',
  adopt: '登记采用',
  reject: '登记未采用',
  withdraw: '撤回',
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: ManuscriptStep, status: ManuscriptStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step` (a change keeps the state). */
export function statusAfter(step: ManuscriptStep, status: ManuscriptStatus): ManuscriptStatus {
  return AFTER[step] ?? status;
}

/**
 * Whose step it is: 政务公开科 sends manuscripts on and records adoption, and withdraws one already sent; the unit's
 * liaison changes and withdraws its own while it still waits with the section.
 */
export function isSectionStep(step: ManuscriptStep, status: ManuscriptStatus): boolean {
  return step === 'submit' || step === 'adopt' || step === 'reject' || (step === 'withdraw' && status !== 'pending');
}

/**
 * The order of the dates: sent on not before the manuscript was registered nor in the future; adopted not before it
 * was sent nor in the future. Returns the field's problem in Chinese, or null.
 */
export function dateProblem(field: 'submittedOn' | 'adoptedOn', on: string, today: string, after: { on: string | null; what: string }): string | null {
  if (on > today) return `${field}：日期不能晚于今天`;
  if (after.on && on < after.on) return `${field}：不能早于${after.what}（${after.on}）`;
  return null;
}

/** One line of the yearly count. */
export interface ManuscriptCount {
  unitId: string | null;
  target: string;
  submitted: number;
  adopted: number;
}

/**
 * The yearly count per unit and target from the records (never re-keyed): a manuscript counts in the year it was sent
 * on, as submitted once sent (已报送, 已采用, 未采用; a withdrawn one not at all) and as adopted once adopted.
 */
export function countManuscripts(rows: readonly { unitId: string | null; target: string; status: ManuscriptStatus; submittedOn: string | null }[], year: number): ManuscriptCount[] {
  const counts = new Map<string, ManuscriptCount>();
  for (const row of rows) {
    if (!row.submittedOn || !row.submittedOn.startsWith(`${year}-`)) continue;
    if (row.status !== 'submitted' && row.status !== 'adopted' && row.status !== 'not_adopted') continue;
    const key = `${row.unitId ?? ''}|${row.target}`;
    const count = counts.get(key) ?? { unitId: row.unitId, target: row.target, submitted: 0, adopted: 0 };
    count.submitted += 1;
    if (row.status === 'adopted') count.adopted += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => (a.unitId ?? '').localeCompare(b.unitId ?? '') || a.target.localeCompare(b.target));
}
