import type { GuideStatus } from '@gov/contracts-disclosure';

/** The steps of one 政府信息公开指南, and the states each is allowed from. */
export type GuideStep = 'revise' | 'withdraw';

const ALLOWED: Record<GuideStep, readonly GuideStatus[]> = {
  revise: ['in_force'],
  withdraw: ['in_force'],
};

export const GUIDE_STEP_LABELS: Record<GuideStep, string> = { revise: '修订', withdraw: '废止' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: GuideStep, status: GuideStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: GuideStep, status: GuideStatus): GuideStatus {
  return step === 'withdraw' ? 'retired' : status;
}

/**
 * A new version takes effect after the current one (第十二条: the guide is kept up to date; versions follow each other,
 * so the version in force on any day is unambiguous). Returns the Chinese message when it does not.
 */
export function effectiveOrderProblem(currentEffectiveOn: string, nextEffectiveOn: string): string | null {
  return nextEffectiveOn > currentEffectiveOn ? null : `新版本的施行日期须晚于现行版本的施行日期（${currentEffectiveOn}）`;
}

/** The version in force on a day: the latest whose effective date is not after it; null before the first. */
export function versionInForce<V extends { number: number; effectiveOn: string }>(versions: readonly V[], on: string): V | null {
  return [...versions].filter((v) => v.effectiveOn <= on).sort((a, b) => b.number - a.number)[0] ?? null;
}
