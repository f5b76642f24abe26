import type { AdoptionLevel, InstructionLevel, SubmissionStatus } from '@gov/contracts-information';

/** The steps of one 报送信息, and the states each is allowed from. */
export type SubmissionStep = 'revise' | 'accept' | 'return' | 'merge' | 'withdraw' | 'adopt' | 'instruct';

const ALLOWED: Record<SubmissionStep, readonly SubmissionStatus[]> = {
  // The liaison revises a submitted or returned text; the editor edits a submitted or accepted one (kept as versions).
  revise: ['submitted', 'returned', 'accepted'],
  accept: ['submitted'],
  return: ['submitted'],
  merge: ['submitted', 'accepted'],
  withdraw: ['submitted', 'returned'],
  adopt: ['accepted'],
  instruct: ['accepted'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: SubmissionStep, status: SubmissionStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`: a returned text revised by its unit is submitted again. */
export function statusAfter(step: SubmissionStep, status: SubmissionStatus): SubmissionStatus {
  switch (step) {
    case 'revise':
      return status === 'returned' ? 'submitted' : status;
    case 'accept':
      return 'accepted';
    case 'return':
      return 'returned';
    case 'merge':
      return 'merged';
    case 'withdraw':
      return 'withdrawn';
    default:
      return status;
  }
}

/** Which states a liaison may revise in (the editor revises accepted texts too). */
export function liaisonMayRevise(status: SubmissionStatus): boolean {
  return status === 'submitted' || status === 'returned';
}

/** An urgent submission (the flag, or the category 紧急信息) reaches the duty office too. */
export function isUrgent(category: string, urgent: boolean | undefined): boolean {
  return urgent === true || category === 'urgent';
}

/** One version of the local scoring table (RULES.md §2.7: local figures; a record keeps the version it was scored under). */
export interface ScoreWeights {
  version: string;
  effectiveFrom: string;
  source: string;
  adoption: Record<AdoptionLevel, number>;
  instruction: Record<InstructionLevel, number>;
  /** Points deducted for a 约稿 answered late or not at all (RULES.md §2.7: 广元 deducts for late or missing 约稿). */
  deduction: { solicitation_late: number; solicitation_missing: number };
}

/** The version in force on `date` (the latest whose effective date is not after it); null when none is. */
export function weightsOn(tables: readonly ScoreWeights[], date: string): ScoreWeights | null {
  let found: ScoreWeights | null = null;
  for (const table of tables) if (table.effectiveFrom <= date && (!found || table.effectiveFrom > found.effectiveFrom)) found = table;
  return found;
}

/**
 * Whether a new version of the weight table may be added (RULES.md §2.7: a new version is a new row with its effective
 * date and source; scores already given keep their version): not effective in the past, and neither its version nor
 * its date already taken. Returns the reason it is refused, or null.
 */
export function newWeightsRefusal(existing: readonly Pick<ScoreWeights, 'version' | 'effectiveFrom'>[], candidate: { version: string; effectiveFrom: string }, today: string): 'in_past' | 'duplicate' | null {
  if (candidate.effectiveFrom < today) return 'in_past';
  if (existing.some((w) => w.version === candidate.version || w.effectiveFrom === candidate.effectiveFrom)) return 'duplicate';
  return null;
}

/** The next version code of a year when none is given: BS-XX-<year>-<n>, n one more than the year's highest. */
export function nextWeightsVersion(existing: readonly Pick<ScoreWeights, 'version'>[], effectiveFrom: string): string {
  const year = effectiveFrom.slice(0, 4);
  const prefix = `BS-XX-${year}-`;
  const numbers = existing.map((w) => (w.version.startsWith(prefix) ? Number(w.version.slice(prefix.length)) : 0)).filter((n) => Number.isInteger(n));
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

/** The points of an adoption at `level`, from the table in force (RULES.md §2.7: scores from a weight table). */
export function adoptionPoints(weights: ScoreWeights, level: AdoptionLevel): number {
  return weights.adoption[level] ?? 0;
}

/** The extra points of a leader's 批示 at `level` (RULES.md §2.7: e.g. 六安 +30 for a 市主要领导批示). */
export function instructionPoints(weights: ScoreWeights, level: InstructionLevel): number {
  return weights.instruction[level] ?? 0;
}

/** The units credited with an item: its own unit, or for a 综合 item each distinct unit it was merged from. */
export function creditUnits(unitId: string | null, sourceUnitIds: readonly (string | null)[]): string[] {
  if (unitId) return [unitId];
  return [...new Set(sourceUnitIds.filter((u): u is string => !!u))];
}

/** Ranks by score, higher first; equal scores share a rank and the next rank skips (1, 1, 3). */
export function rankByScore<T extends { score: number; unitName: string }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || row.score !== sorted[index - 1].score) rank = index + 1;
    return { ...row, rank };
  });
}

/** The first and the day after the last day of `month` (YYYY-MM), for a half-open range. */
export function monthRange(month: string): { from: string; until: string } {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, until: `${next}-01` };
}

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

/** A line diff of two texts (longest common subsequence), for the versions of a text. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: 'removed', text: a[i++] });
    else out.push({ kind: 'added', text: b[j++] });
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++] });
  while (j < m) out.push({ kind: 'added', text: b[j++] });
  return out;
}
