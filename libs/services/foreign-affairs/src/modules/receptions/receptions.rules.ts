import type { ReceptionFields, ReceptionGift, ReceptionStatus } from '@gov/contracts-foreign-affairs';

/** The steps of one 外宾接待, and the states each is allowed from. */
export type ReceptionStep = 'update' | 'schedule' | 'summarize' | 'withdraw';

const ALLOWED: Record<ReceptionStep, readonly ReceptionStatus[]> = {
  update: ['planned', 'scheduled'],
  schedule: ['planned'],
  summarize: ['scheduled'],
  withdraw: ['planned', 'scheduled'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: ReceptionStep, status: ReceptionStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: ReceptionStep, status: ReceptionStatus): ReceptionStatus {
  return step === 'withdraw' ? 'withdrawn' : step === 'schedule' ? 'scheduled' : step === 'summarize' ? 'held' : status;
}

/** The gifts' total value in 分: integers only (never a float sum). */
export function giftsTotalFen(gifts: readonly ReceptionGift[]): number {
  return gifts.reduce((sum, g) => sum + g.quantity * g.unitValueFen, 0);
}

/** What is wrong with the times: the end after the start, every programme item within them. */
export function timeProblems(fields: Pick<ReceptionFields, 'startsAt' | 'endsAt' | 'programme'>): { field: string; message: string }[] {
  const [start, end] = [Date.parse(fields.startsAt), Date.parse(fields.endsAt)];
  const problems: { field: string; message: string }[] = [];
  if (!(end > start)) problems.push({ field: 'endsAt', message: 'endsAt：结束时间须晚于开始时间' });
  fields.programme.forEach((p, i) => {
    const at = Date.parse(p.at);
    if (at < start || at > end) problems.push({ field: `programme.${i}.at`, message: `programme.at：日程「${p.item}」不在接待时间内` });
  });
  return problems;
}

/** The summary is written once the reception has ended. */
export function hasEnded(endsAt: string | Date, now: Date): boolean {
  return new Date(endsAt).getTime() <= now.getTime();
}
