import { TENANCY_STATUS_LABELS, type TenancyStatus } from '@gov/contracts-facilities-and-vehicles';
import type { WaitingStep } from '@gov/platform';
import { addDays, SECTION, type ReminderRule } from '../reminders/reminders.rules.js';

export type TenancyStep = 'checkIn' | 'extend' | 'checkOut' | 'withdraw';

const ALLOWED: Record<TenancyStep, readonly TenancyStatus[]> = {
  checkIn: ['registered'],
  extend: ['registered', 'checked_in'],
  checkOut: ['checked_in'],
  withdraw: ['registered'],
};
const AFTER: Record<TenancyStep, TenancyStatus | null> = { checkIn: 'checked_in', extend: null, checkOut: 'ended', withdraw: 'withdrawn' };

export function canTakeTenancyStep(step: TenancyStep, status: TenancyStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function tenancyStatusAfter(step: TenancyStep, status: TenancyStatus): TenancyStatus {
  return AFTER[step] ?? status;
}

export function stepRefusal(status: TenancyStatus): string {
  return `租住记录当前状态为「${TENANCY_STATUS_LABELS[status]}」，不能进行此操作`;
}

/** A period of days, both ends included. */
export interface Period {
  start: string;
  end: string;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The days a tenancy holds its unit: to its end date, or to the day it ended; a withdrawn one holds none. */
export function heldPeriod(t: { status: TenancyStatus; startDate: string; endDate: string; endedOn: string | null }): Period | null {
  if (t.status === 'withdrawn') return null;
  return { start: t.startDate, end: t.status === 'ended' && t.endedOn ? t.endedOn : t.endDate };
}

/** The first tenancy of the same unit (but `exceptId`) whose held days meet `period`, if any. */
export function firstOverlap<T extends { id: string; status: TenancyStatus; startDate: string; endDate: string; endedOn: string | null }>(period: Period, others: readonly T[], exceptId?: string): T | null {
  return (
    others.find((o) => {
      if (o.id === exceptId) return false;
      const held = heldPeriod(o);
      return held !== null && overlaps(period, held);
    }) ?? null
  );
}

/** Why the start and end dates cannot be, or null. */
export function datesProblem(start: string, end: string): string | null {
  return end < start ? '结束日期不能早于开始日期' : null;
}

/** Why an inspection's day cannot be (not after today; a check-out not before the check-in), or null. */
export function inspectionDateProblem(date: string, today: string, notBefore: string | null): string | null {
  if (date > today) return '查验日期不能晚于今天';
  if (notBefore && date < notBefore) return `退房日期不能早于入住日期（${notBefore}）`;
  return null;
}

/**
 * What a tenancy waits on in 机关事务管理科's 待办: from the lead time before its end (registered or in residence)
 * the follow-up of the end — check-out or an extension; the title turns once the end has passed. Nothing once ended or
 * withdrawn. The title names the unit, not the tenant: the events carry no personal data.
 */
export function tenancyReminderSteps(
  t: { id: string; status: TenancyStatus; endDate: string },
  address: string,
  rule: ReminderRule | null,
  today: string,
): WaitingStep[] {
  if (!rule || (t.status !== 'registered' && t.status !== 'checked_in')) return [];
  if (today < addDays(t.endDate, -rule.tenancyLeadDays)) return [];
  const past = today > t.endDate;
  return [
    {
      step: 'ending',
      kind: 'housing_tenancy_ending',
      title: `周转住房租期${past ? '已届满' : '即将届满'}：${address}，${t.endDate} 到期，请办理退房查验或续住`,
      assignee: { type: 'role', id: 'section_staff' },
      section: SECTION,
      deadline: { date: t.endDate, explanation: `租住结束日期 ${t.endDate}，提前 ${rule.tenancyLeadDays} 天提醒（${rule.source}，${rule.effectiveFrom} 起施行）` },
      link: `/facilities-and-vehicles/housing-tenancies?tenancy=${t.id}`,
    },
  ];
}
