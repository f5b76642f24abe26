import { PREPARATION_STEP_LABELS, PREPARATION_STEPS, type GroupSessionKind, type GroupSessionStatus, type PreparationView, type RectificationView } from '@gov/contracts-personnel-finance';

/** The rules a 民主生活会 follows; cited in its refusals. */
export const LIFE_MEETING_RULES = '《县以上党和国家机关党员领导干部民主生活会若干规定》';

/** The steps of a session, and the states each is allowed from. */
export type GroupSessionStep = 'update' | 'prepare' | 'hold' | 'rectify' | 'withdraw';

const FROM: Record<GroupSessionStep, readonly GroupSessionStatus[]> = {
  update: ['planned'],
  prepare: ['planned'],
  hold: ['planned'],
  rectify: ['held'],
  withdraw: ['planned'],
};

export function canTake(step: GroupSessionStep, kind: GroupSessionKind, status: GroupSessionStatus): boolean {
  if ((step === 'prepare' || step === 'rectify') && kind !== 'democratic_life') return false;
  return FROM[step].includes(status);
}

/** The state after a step: held on `hold`; rectified once every rectification item is done; withdrawn on `withdraw`. */
export function statusAfter(step: GroupSessionStep, status: GroupSessionStatus, rectifications: readonly Pick<RectificationView, 'completedOn'>[]): GroupSessionStatus {
  if (step === 'hold') return 'held';
  if (step === 'withdraw') return 'withdrawn';
  if (step === 'rectify' && rectifications.every((r) => r.completedOn !== null)) return 'rectified';
  return status;
}

/** A 民主生活会 starts with its four preparation steps to do; a 中心组学习 has none. */
export function preparationOf(kind: GroupSessionKind): PreparationView[] {
  return kind === 'democratic_life' ? PREPARATION_STEPS.map((step) => ({ step, label: PREPARATION_STEP_LABELS[step], doneOn: null, note: null, by: null })) : [];
}

/**
 * What stops a session from being held: a 民主生活会 needs every preparation step done (会前学习研讨, 征求意见, 谈心谈话,
 * 对照检查材料) and a 整改清单; a date in the future is not a meeting held.
 */
export function holdRefusal(
  kind: GroupSessionKind,
  preparation: readonly PreparationView[],
  rectificationCount: number,
  heldOn: string,
  today: string,
): { code: 'preparation' | 'rectification' | 'date'; message: string } | null {
  if (heldOn > today) return { code: 'date', message: `召开日期 ${heldOn} 晚于今天，会议召开后才能登记` };
  if (kind !== 'democratic_life') return null;
  const open = preparation.filter((p) => p.doneOn === null);
  if (open.length) return { code: 'preparation', message: `${LIFE_MEETING_RULES}：民主生活会须做好会前准备，尚未完成：${open.map((p) => p.label).join('、')}` };
  if (!rectificationCount) return { code: 'rectification', message: `${LIFE_MEETING_RULES}：民主生活会须针对查摆的问题列出整改清单（整改事项、责任人、时限）` };
  return null;
}

/** 出席率, whole percent, of those due to attend. */
export function attendanceRate(members: number, attendees: number): number {
  return members ? Math.floor((Math.min(attendees, members) * 100) / members) : 0;
}

