import type { BulletinKind, BulletinStatus } from '@gov/contracts-information';

/** The steps of one issue, and the states each is allowed from. */
export type BulletinStep = 'update' | 'submit' | 'review' | 'send-back' | 'sign' | 'withdraw';

const ALLOWED: Record<BulletinStep, readonly BulletinStatus[]> = {
  update: ['draft'],
  submit: ['draft'],
  review: ['reviewing'],
  'send-back': ['reviewing', 'approved'],
  sign: ['approved'],
  withdraw: ['draft'],
};

const AFTER: Record<BulletinStep, BulletinStatus | null> = {
  update: null,
  submit: 'reviewing',
  review: 'approved',
  'send-back': 'draft',
  sign: 'released',
  withdraw: 'withdrawn',
};

/** Whether `step` may be taken from `status`: 审核 before 签发, and nothing after 签发 (an issue is immutable once released). */
export function canTake(step: BulletinStep, status: BulletinStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: BulletinStep, status: BulletinStatus): BulletinStatus {
  return AFTER[step] ?? status;
}

/** The next 期号 of a year and kind: gap-free, one after the highest given (numbers are given only at 签发). */
export function nextNumber(taken: readonly number[]): number {
  return taken.length ? Math.max(...taken) + 1 : 1;
}

/** 期号全称: 2026年第12期, 2026年专刊第1期, 2026年增刊第1期. */
export function labelOf(kind: BulletinKind, year: number | null, number: number | null): string | null {
  if (year === null || number === null) return null;
  const kindPart = kind === 'special' ? '专刊' : kind === 'supplement' ? '增刊' : '';
  return `${year}年${kindPart}第${number}期`;
}

/** The year an issue is numbered in: that of its 签发 date. */
export function yearOf(releasedOn: string): number {
  return Number(releasedOn.slice(0, 4));
}
