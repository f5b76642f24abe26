import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar } from '@gov/calendar';
import type { BookingStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, dispatchNumberOf, mileageProblem, overlaps, restDaysOf, statusAfter, timesProblem, tripDays, type BookingStep } from './bookings.rules.js';
import { reasonOf } from '@gov/platform';

// 2026: 国庆节 10-01…10-07 (Thu–Wed), 调休上班 on Sunday 09-28 and Saturday 10-10 (the shape of 国办发明电 notices).
const calendar = new WorkingCalendar([
  {
    year: 2026,
    holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, name: '国庆节' })),
    makeupWorkdays: [
      { date: '2026-09-27', name: '国庆节' },
      { date: '2026-10-10', name: '国庆节' },
    ],
    source: '国务院办公厅关于2026年部分节假日安排的通知（测试数据）',
    version: 1,
  },
]);
const at = (text: string) => new Date(text);

describe('用车申请: the steps', () => {
  it.each<[BookingStep, BookingStatus, boolean]>([
    ['approve', 'requested', true],
    ['reject', 'requested', true],
    ['dispatch', 'approved', true],
    ['complete', 'dispatched', true],
    ['withdraw', 'requested', true],
    ['withdraw', 'approved', true],
    ['withdraw', 'dispatched', true],
    ['dispatch', 'requested', false],
    ['complete', 'approved', false],
    ['approve', 'approved', false],
    ['withdraw', 'completed', false],
    ['withdraw', 'rejected', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => {
    expect(canTake(step, from)).toBe(allowed);
  });

  it.each<[BookingStep, BookingStatus]>([
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['dispatch', 'dispatched'],
    ['complete', 'completed'],
    ['withdraw', 'withdrawn'],
  ])('%s ends in %s', (step, after) => expect(statusAfter(step)).toBe(after));

  it('a refusal or withdrawal needs a reason', () => {
    expect(reasonOf(' 行程取消 ')).toBe('行程取消');
    expect(reasonOf('无')).toBeNull();
  });
});

describe('用车时间', () => {
  it.each<[string, string, string, RegExp | null]>([
    ['a morning trip', '2026-10-12T08:30:00+08:00', '2026-10-12T12:00:00+08:00', null],
    ['ending before it starts', '2026-10-12T12:00:00+08:00', '2026-10-12T08:00:00+08:00', /晚于出车时间/],
    ['ending when it starts', '2026-10-12T08:00:00+08:00', '2026-10-12T08:00:00+08:00', /晚于出车时间/],
    ['longer than 7 days', '2026-10-12T08:00:00+08:00', '2026-10-19T08:00:01+08:00', /不超过 7 天/],
  ])('%s', (_case, from, to, problem) => {
    const found = timesProblem(at(from), at(to));
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it('the days of a trip are counted in Asia/Shanghai', () => {
    expect(tripDays(at('2026-10-08T23:00:00+08:00'), at('2026-10-09T01:00:00+08:00'))).toEqual(['2026-10-08', '2026-10-09']);
    expect(tripDays(at('2026-10-08T16:30:00Z'), at('2026-10-08T20:00:00Z'))).toEqual(['2026-10-09']);
  });
});

describe('节假日用车: the calendar’s 休 days need the extra approval, its 班 days do not', () => {
  it.each<[string, string, string, RegExp[]]>([
    ['a working Monday', '2026-10-12T08:00:00+08:00', '2026-10-12T18:00:00+08:00', []],
    ['a 法定节假日', '2026-10-01T08:00:00+08:00', '2026-10-01T18:00:00+08:00', [/2026-10-01 国庆节 法定节假日/]],
    ['an ordinary Sunday', '2026-10-18T08:00:00+08:00', '2026-10-18T18:00:00+08:00', [/2026-10-18 星期日 休息日/]],
    ['a 调休上班 Saturday (班) is a working day', '2026-10-10T08:00:00+08:00', '2026-10-10T18:00:00+08:00', []],
    ['a Friday-to-Monday trip touches the weekend', '2026-10-16T14:00:00+08:00', '2026-10-19T10:00:00+08:00', [/10-17/, /10-18/]],
  ])('%s', (_case, from, to, expected) => {
    const found = restDaysOf(calendar, at(from), at(to));
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});

describe('不得重复派车: overlapping times', () => {
  const trip = { startsAt: at('2026-10-12T08:00:00+08:00'), endsAt: at('2026-10-12T12:00:00+08:00') };
  it.each<[string, string, string, boolean]>([
    ['the same time', '2026-10-12T08:00:00+08:00', '2026-10-12T12:00:00+08:00', true],
    ['starting inside', '2026-10-12T11:00:00+08:00', '2026-10-12T14:00:00+08:00', true],
    ['containing it', '2026-10-12T07:00:00+08:00', '2026-10-12T13:00:00+08:00', true],
    ['starting when it ends', '2026-10-12T12:00:00+08:00', '2026-10-12T14:00:00+08:00', false],
    ['ending when it starts', '2026-10-12T06:00:00+08:00', '2026-10-12T08:00:00+08:00', false],
    ['another day', '2026-10-13T08:00:00+08:00', '2026-10-13T12:00:00+08:00', false],
  ])('%s: overlaps %s', (_case, from, to, expected) => {
    expect(overlaps(trip, { startsAt: at(from), endsAt: at(to) })).toBe(expected);
  });
});

describe('派车单 and the trip record', () => {
  it('numbers the 派车单 per year', () => {
    expect(dispatchNumberOf(2026, 7)).toBe('派车〔2026〕0007号');
    expect(dispatchNumberOf(2027, 1234)).toBe('派车〔2027〕1234号');
  });

  it.each<[number, number, number, RegExp | null]>([
    [1000, 1080, 1000, null],
    [1000, 999, 900, /收车里程不能小于出车里程/],
    [900, 950, 1000, /台账登记的里程（1000 公里）/],
    [1000, 7000, 0, /超过 5000 公里/],
  ])('start %i, end %i, register %i', (start, end, registered, problem) => {
    const found = mileageProblem(start, end, registered);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });
});
