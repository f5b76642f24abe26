import { describe, expect, it } from '@jest/globals';
import type { TenancyStatus } from '@gov/contracts-facilities-and-vehicles';
import type { ReminderRule } from '../reminders/reminders.rules.js';
import { canTakeTenancyStep, datesProblem, firstOverlap, heldPeriod, inspectionDateProblem, overlaps, tenancyReminderSteps, tenancyStatusAfter, type TenancyStep } from './housing.rules.js';

const rule: ReminderRule = {
  id: 'r',
  insuranceLeadDays: 30,
  inspectionLeadDays: 30,
  maintenanceIntervalKm: 5000,
  tenancyLeadDays: 30,
  effectiveFrom: '2026-01-01',
  source: '机关事务管理科提醒',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  createdBy: 'system',
};
const tenancy = (id: string, status: TenancyStatus, startDate: string, endDate: string, endedOn: string | null = null) => ({ id, status, startDate, endDate, endedOn });

describe('周转住房: the steps', () => {
  it.each<[TenancyStep, TenancyStatus, boolean, TenancyStatus]>([
    ['checkIn', 'registered', true, 'checked_in'],
    ['withdraw', 'registered', true, 'withdrawn'],
    ['extend', 'registered', true, 'registered'],
    ['extend', 'checked_in', true, 'checked_in'],
    ['checkOut', 'checked_in', true, 'ended'],
    ['checkOut', 'registered', false, 'ended'],
    ['withdraw', 'checked_in', false, 'withdrawn'],
    ['checkIn', 'ended', false, 'checked_in'],
    ['extend', 'ended', false, 'ended'],
    ['extend', 'withdrawn', false, 'withdrawn'],
  ])('%s from %s: allowed %s, then %s', (step, from, allowed, to) => {
    expect(canTakeTenancyStep(step, from)).toBe(allowed);
    expect(tenancyStatusAfter(step, from)).toBe(to);
  });
});

describe('周转住房: one tenancy per unit on any day', () => {
  it('periods meet when they share a day, both ends included', () => {
    expect(overlaps({ start: '2026-01-01', end: '2026-06-30' }, { start: '2026-06-30', end: '2026-12-31' })).toBe(true);
    expect(overlaps({ start: '2026-01-01', end: '2026-06-29' }, { start: '2026-06-30', end: '2026-12-31' })).toBe(false);
    expect(overlaps({ start: '2026-03-01', end: '2026-03-31' }, { start: '2026-01-01', end: '2026-12-31' })).toBe(true);
  });

  it('an ended tenancy holds its unit to the day it ended; a withdrawn one holds nothing', () => {
    expect(heldPeriod(tenancy('a', 'ended', '2026-01-01', '2026-12-31', '2026-05-31'))).toEqual({ start: '2026-01-01', end: '2026-05-31' });
    expect(heldPeriod(tenancy('a', 'withdrawn', '2026-01-01', '2026-12-31'))).toBeNull();
    expect(heldPeriod(tenancy('a', 'checked_in', '2026-01-01', '2026-12-31'))).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('finds the tenancy a new period would meet, but not the one being extended, a withdrawn one, or one ended before', () => {
    const others = [tenancy('old', 'ended', '2025-01-01', '2026-12-31', '2026-05-31'), tenancy('gone', 'withdrawn', '2026-06-01', '2026-12-31'), tenancy('now', 'checked_in', '2027-01-01', '2027-12-31')];
    expect(firstOverlap({ start: '2026-06-01', end: '2026-12-31' }, others)).toBeNull();
    expect(firstOverlap({ start: '2026-06-01', end: '2027-01-01' }, others)?.id).toBe('now');
    expect(firstOverlap({ start: '2027-01-01', end: '2028-06-30' }, others, 'now')).toBeNull();
    expect(firstOverlap({ start: '2026-05-31', end: '2026-06-30' }, others)?.id).toBe('old');
  });

  it('refuses an end before the start, an inspection ahead of the clock, a check-out before the check-in', () => {
    expect(datesProblem('2026-12-01', '2026-11-30')).toBe('结束日期不能早于开始日期');
    expect(datesProblem('2026-12-01', '2026-12-01')).toBeNull();
    expect(inspectionDateProblem('2026-12-06', '2026-12-05', null)).toBe('查验日期不能晚于今天');
    expect(inspectionDateProblem('2026-11-30', '2026-12-05', '2026-12-01')).toContain('退房日期不能早于入住日期');
    expect(inspectionDateProblem('2026-12-05', '2026-12-05', '2026-12-01')).toBeNull();
  });
});

describe('周转住房: the reminder before the end', () => {
  const t = { id: 't1', status: 'checked_in' as TenancyStatus, endDate: '2027-01-04' };
  it('waits from 30 days before the end, with the end as the deadline; turns when past; nothing once ended', () => {
    expect(tenancyReminderSteps(t, '人民路 12 号院 3-2-301', rule, '2026-12-04')).toEqual([]);
    const [soon] = tenancyReminderSteps(t, '人民路 12 号院 3-2-301', rule, '2026-12-05');
    expect(soon).toMatchObject({
      step: 'ending',
      kind: 'housing_tenancy_ending',
      section: 'jiguan_shiwu',
      deadline: { date: '2027-01-04' },
      link: '/facilities-and-vehicles/housing-tenancies?tenancy=t1',
      title: '周转住房租期即将届满：人民路 12 号院 3-2-301，2027-01-04 到期，请办理退房查验或续住',
    });
    expect(tenancyReminderSteps(t, '人民路 12 号院 3-2-301', rule, '2027-01-05')[0].title).toContain('已届满');
    expect(tenancyReminderSteps({ ...t, status: 'ended' }, '人民路 12 号院 3-2-301', rule, '2027-01-05')).toEqual([]);
    expect(tenancyReminderSteps({ ...t, status: 'registered' }, 'x', rule, '2026-12-05')).toHaveLength(1);
  });
});
