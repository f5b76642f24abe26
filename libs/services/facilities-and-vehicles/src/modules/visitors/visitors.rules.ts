import type { VisitorStatus } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one visit, and the states each is allowed from. */
export type VisitorStep = 'leave' | 'void';

const ALLOWED: Record<VisitorStep, readonly VisitorStatus[]> = { leave: ['in'], void: ['in'] };

export function canTake(step: VisitorStep, status: VisitorStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: VisitorStep): VisitorStatus {
  return step === 'leave' ? 'left' : 'voided';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * 公民身份号码 (GB 11643-1999): 17 digits, then the check character of ISO 7064 MOD 11-2 over them; the birth date
 * (characters 7–14) must be a real day. Returns the problem in Chinese, or null when the number is well formed.
 */
export function idNumberProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号须为 18 位（末位可为 X）';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || Number(id.slice(6, 10)) < 1900) return `身份证号中的出生日期 ${birth} 不存在`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return '身份证号校验码不符（GB 11643—1999），请核对';
  return null;
}
