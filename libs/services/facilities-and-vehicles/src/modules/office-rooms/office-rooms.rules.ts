import { RANK_LABELS, type OfficeRoomStatus, type Rank } from '@gov/contracts-facilities-and-vehicles';

export type OfficeRoomStep = 'allocate' | 'release' | 'retire';

const ALLOWED: Record<OfficeRoomStep, readonly OfficeRoomStatus[]> = { allocate: ['in_use'], release: ['in_use'], retire: ['in_use'] };

export const ROOM_STEP_LABELS: Record<OfficeRoomStep | 'create', string> = { create: '登记', allocate: '分配', release: '调整、移交腾退', retire: '停用' };

export function canTake(step: OfficeRoomStep, status: OfficeRoomStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** One version of a rank's per-person standard. */
export interface OfficeStandard {
  rank: Rank;
  areaM2: number;
  effectiveFrom: string;
  source: string;
  createdAt: Date;
}

export function standardInForce<S extends OfficeStandard>(standards: readonly S[], rank: Rank, onDay: string): S | null {
  return (
    standards
      .filter((s) => s.rank === rank && s.effectiveFrom <= onDay)
      .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.createdAt.getTime() - a.createdAt.getTime() : b.effectiveFrom.localeCompare(a.effectiveFrom)))[0] ?? null
  );
}

const m2 = (n: number): string => `${Number(n.toFixed(2))} 平方米`;

/**
 * 办公用房标准 (《党政机关办公用房建设标准》, 县级机关; RULES.md §2.9): an office room's usable area may not exceed the sum of
 * its occupants' per-person standards (县级正职 30, 副职 24, 正科 18, 副科 12, 科级以下 9 平方米). Returns the violation in
 * Chinese citing the standard, or null.
 */
export function overStandardProblem(usableAreaM2: number, occupants: readonly { personName: string; rank: Rank; standardM2: number }[], source: string): string | null {
  const allowed = occupants.reduce((sum, o) => sum + o.standardM2, 0);
  if (usableAreaM2 <= allowed + 1e-9) return null;
  const who = occupants.map((o) => `${o.personName}（${RANK_LABELS[o.rank]} ${m2(o.standardM2)}）`).join('、');
  return `该室使用面积 ${m2(usableAreaM2)}，超过使用人${who ? `${who}` : ''}的标准合计 ${m2(allowed)}，超标 ${m2(usableAreaM2 - allowed)}（依据${source}）`;
}
