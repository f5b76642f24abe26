import type { PatrolStatus } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one patrol record, and the states each is allowed from. */
export type PatrolStep = 'update' | 'void';

const ALLOWED: Record<PatrolStep, readonly PatrolStatus[]> = { update: ['recorded'], void: ['recorded'] };

export function canTake(step: PatrolStep, status: PatrolStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: PatrolStep, status: PatrolStatus): PatrolStatus {
  return step === 'void' ? 'voided' : status;
}

/** The longest patrol one record may cover: a whole night shift. */
export const MAX_PATROL_HOURS = 12;

/**
 * A patrol is recorded after it was walked: it ends after it starts, lasts at most a night shift, and does not end
 * more than five minutes ahead of the clock. Returns the problem in Chinese, or null.
 */
export function timesProblem(startedAt: Date, endedAt: Date, now: Date): string | null {
  if (endedAt.getTime() <= startedAt.getTime()) return '结束时间须晚于开始时间';
  if (endedAt.getTime() - startedAt.getTime() > MAX_PATROL_HOURS * 3_600_000) return `一次巡逻不超过 ${MAX_PATROL_HOURS} 小时，请分次登记`;
  if (endedAt.getTime() > now.getTime() + 5 * 60_000) return '结束时间不能晚于现在（巡逻结束后登记）';
  return null;
}

/** The patrol's length in whole minutes. */
export function minutesOf(startedAt: Date, endedAt: Date): number {
  return Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000);
}
