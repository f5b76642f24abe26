import type { WorkingCalendar } from '@gov/calendar';
import { shanghaiDate } from '@gov/calendar';
import type { BookingStatus } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one 用车申请, and the states each is allowed from. */
export type BookingStep = 'approve' | 'reject' | 'dispatch' | 'complete' | 'withdraw';

const ALLOWED: Record<BookingStep, readonly BookingStatus[]> = {
  approve: ['requested'],
  reject: ['requested'],
  dispatch: ['approved'],
  complete: ['dispatched'],
  withdraw: ['requested', 'approved', 'dispatched'],
};

const AFTER: Record<BookingStep, BookingStatus> = { approve: 'approved', reject: 'rejected', dispatch: 'dispatched', complete: 'completed', withdraw: 'withdrawn' };

export const BOOKING_STEP_LABELS: Record<BookingStep | 'create', string> = {
  create: '提出用车申请',
  approve: '审批同意',
  reject: '不予批准',
  dispatch: '派车',
  complete: '收车登记',
  withdraw: '撤回',
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: BookingStep, status: BookingStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: BookingStep): BookingStatus {
  return AFTER[step];
}

/** The longest booking: 7 days (a longer use is a 借用, not a trip). */
export const MAX_BOOKING_HOURS = 7 * 24;

/** What is wrong with a booking's times, in Chinese; null when they are right. */
export function timesProblem(startsAt: Date, endsAt: Date): string | null {
  if (endsAt.getTime() <= startsAt.getTime()) return '预计返回时间须晚于出车时间';
  if (endsAt.getTime() - startsAt.getTime() > MAX_BOOKING_HOURS * 3600_000) return `单次用车不超过 ${MAX_BOOKING_HOURS / 24} 天`;
  return null;
}

/** The calendar days (Asia/Shanghai) a trip touches, from its start to its end, inclusive. */
export function tripDays(startsAt: Date, endsAt: Date): string[] {
  const days: string[] = [];
  const last = shanghaiDate(endsAt);
  let day = shanghaiDate(startsAt);
  while (day <= last && days.length <= 8) {
    days.push(day);
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
  }
  return days;
}

/**
 * 节假日用车 (公务用车 are sealed on rest days; their use needs the section chief's extra approval): the rest days of the
 * calendar the trip touches — 法定节假日 and weekends, but not the 调休上班 make-up working days (班), which are working
 * days. Returns the calendar's explanation of each rest day, none when the trip is on working days only.
 */
export function restDaysOf(calendar: WorkingCalendar, startsAt: Date, endsAt: Date): string[] {
  return tripDays(startsAt, endsAt)
    .filter((day) => calendar.isRestDay(day))
    .map((day) => calendar.explainDay(day));
}

/** Two time ranges overlap when each starts before the other ends (a trip ending at 10:00 and one starting at 10:00 do not). */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The 派车单 number: 派车〔year〕NNNN号, numbered per year from 1. */
export function dispatchNumberOf(year: number, sequence: number): string {
  return `派车〔${year}〕${String(sequence).padStart(4, '0')}号`;
}

/** What is wrong with a trip's mileage, in Chinese; null when it is right. */
export function mileageProblem(startKm: number, endKm: number, registeredKm: number): string | null {
  if (endKm < startKm) return '收车里程不能小于出车里程';
  if (startKm < registeredKm) return `出车里程不能小于台账登记的里程（${registeredKm} 公里）`;
  if (endKm - startKm > 5000) return '单次行驶里程超过 5000 公里，请核对';
  return null;
}
