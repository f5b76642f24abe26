import { AGENDA_SOURCE_LABELS, type AgendaSource } from '@gov/contracts-duty-and-meetings';

export interface Period {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open periods [start, end): a meeting ending at 10:00 does not clash with one starting at 10:00. */
export function overlaps(a: Period, b: Period): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** A period must end after it starts and must not run longer than `maxDays` (a typo guard, e.g. a year instead of a day). */
export function periodProblem(period: Period, maxDays = 62): string | null {
  if (Number.isNaN(period.startsAt.getTime()) || Number.isNaN(period.endsAt.getTime())) return '时间格式不正确';
  if (period.endsAt.getTime() <= period.startsAt.getTime()) return '结束时间必须晚于开始时间';
  if (period.endsAt.getTime() - period.startsAt.getTime() > maxDays * 86_400_000) return `时间段不能超过 ${maxDays} 天`;
  return null;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Beijing time as people read it: `2026-12-01 09:00`. */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** `2026-12-01 09:00—11:00` within a day, `2026-12-01 09:00—2026-12-02 17:00` across days. */
export function beijingPeriod(period: Period): string {
  const from = beijingTime(period.startsAt);
  const to = beijingTime(period.endsAt);
  return from.slice(0, 10) === to.slice(0, 10) ? `${from}—${to.slice(11)}` : `${from}—${to}`;
}

/** The sentence a clerk reads when a leader is already booked: names the other entry's type, title and time. */
export function clashMessage(leaderName: string, other: { source: AgendaSource; title: string } & Period): string {
  return `${leaderName}在该时段已有安排：${AGENDA_SOURCE_LABELS[other.source]}「${other.title}」（${beijingPeriod(other)}）`;
}
