import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar } from '@gov/calendar';
import type { LogisticsRequestStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, deadlinesOf, lightOf, redatingOf, ruleInForce, ruleOfRequest, statusAfter, type LogisticsRule, type LogisticsStep } from './logistics-requests.rules.js';
import { reasonOf } from '@gov/platform';

// 2026: 国庆节 10-01…10-07, 调休上班 09-27 (Sunday) and 10-10 (Saturday).
const calendar = new WorkingCalendar([
  {
    year: 2026,
    holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, name: '国庆节' })),
    makeupWorkdays: [
      { date: '2026-09-27', name: '国庆节' },
      { date: '2026-10-10', name: '国庆节' },
    ],
    source: '测试数据',
    version: 1,
  },
]);
const rule = (over: Partial<LogisticsRule> = {}): LogisticsRule => ({
  id: 'r',
  urgency: 'normal',
  responseAmount: 4,
  responseUnit: 'hours',
  completionAmount: 3,
  completionUnit: 'working_days',
  effectiveFrom: '2026-01-01',
  source: '后勤服务时限（测试）',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});
const at = (text: string) => new Date(text);

describe('后勤服务申请: the steps', () => {
  it.each<[LogisticsStep, LogisticsRequestStatus, boolean, LogisticsRequestStatus]>([
    ['assign', 'submitted', true, 'assigned'],
    ['assign', 'assigned', true, 'assigned'],
    ['complete', 'assigned', true, 'completed'],
    ['confirm', 'completed', true, 'confirmed'],
    ['rework', 'completed', true, 'assigned'],
    ['withdraw', 'submitted', true, 'withdrawn'],
    ['complete', 'submitted', false, 'completed'],
    ['confirm', 'assigned', false, 'confirmed'],
    ['withdraw', 'assigned', false, 'withdrawn'],
    ['assign', 'confirmed', false, 'assigned'],
  ])('%s from %s: allowed %s, ends in %s', (step, from, allowed, after) => {
    expect(canTake(step, from)).toBe(allowed);
    expect(statusAfter(step)).toBe(after);
  });

  it('a withdrawal or a rework needs a reason', () => {
    expect(reasonOf(' 仍漏水 ')).toBe('仍漏水');
    expect(reasonOf(' ')).toBeNull();
  });
});

describe('后勤服务时限: hours by the clock, working days from the deadline engine', () => {
  it.each<[string, string, LogisticsRule, string, string]>([
    ['urgent on a Friday evening: clock hours through the night', '2026-10-16T20:00:00+08:00', rule({ urgency: 'urgent', responseAmount: 1, completionAmount: 24, completionUnit: 'hours' }), '2026-10-16T13:00:00.000Z', '2026-10-17T12:00:00.000Z'],
    ['normal on a Monday: 3 working days end Thursday 24:00', '2026-10-12T09:00:00+08:00', rule(), '2026-10-12T05:00:00.000Z', '2026-10-15T16:00:00.000Z'],
    ['normal on the eve of 国庆: the holiday is skipped, the 班 Saturday counts', '2026-09-30T10:00:00+08:00', rule(), '2026-09-30T06:00:00.000Z', '2026-10-10T16:00:00.000Z'],
    ['routine on a Friday: the weekend is skipped', '2026-10-16T10:00:00+08:00', rule({ urgency: 'routine', responseAmount: 1, responseUnit: 'working_days', completionAmount: 10 }), '2026-10-19T16:00:00.000Z', '2026-10-30T16:00:00.000Z'],
  ])('%s', (_case, submitted, r, response, completion) => {
    const result = deadlinesOf(calendar, at(submitted), r);
    expect(result.responseDueAt.toISOString()).toBe(response);
    expect(result.completionDueAt.toISOString()).toBe(completion);
    expect(result.explanation.join('\n')).toContain(`依据：${r.source}`);
  });

  it('the rule in force is the latest effective one; later versions do not touch earlier days', () => {
    const old = rule({ id: 'old' });
    const next = rule({ id: 'next', effectiveFrom: '2027-01-01' });
    expect(ruleInForce([old, next], 'normal', '2026-12-31')?.id).toBe('old');
    expect(ruleInForce([old, next], 'normal', '2027-01-01')?.id).toBe('next');
    expect(ruleInForce([old, next], 'urgent', '2027-01-01')).toBeNull();
  });
});

describe('红黄绿灯: a request goes red when late', () => {
  const base = { submittedAt: at('2026-10-12T08:00:00+08:00'), responseDueAt: at('2026-10-12T12:00:00+08:00'), completionDueAt: at('2026-10-15T24:00:00+08:00'), completedAt: null };
  it.each<[string, LogisticsRequestStatus, string, Date | null, 'green' | 'yellow' | 'red', boolean]>([
    ['awaiting assignment, in time', 'submitted', '2026-10-12T09:00:00+08:00', null, 'green', false],
    ['awaiting assignment, the last quarter', 'submitted', '2026-10-12T11:30:00+08:00', null, 'yellow', false],
    ['awaiting assignment after its response deadline', 'submitted', '2026-10-12T12:01:00+08:00', null, 'red', true],
    ['assigned: judged on the completion deadline', 'assigned', '2026-10-13T09:00:00+08:00', null, 'green', false],
    ['assigned, past the completion deadline', 'assigned', '2026-10-16T08:00:00+08:00', null, 'red', true],
    ['completed in time', 'completed', '2026-10-20T08:00:00+08:00', at('2026-10-14T10:00:00+08:00'), 'green', false],
    ['completed late', 'confirmed', '2026-10-20T08:00:00+08:00', at('2026-10-16T10:00:00+08:00'), 'green', true],
  ])('%s', (_case, status, now, completedAt, light, late) => {
    const found = lightOf({ ...base, status, completedAt }, at(now));
    expect({ light: found.light, late: found.late }).toEqual({ light, late });
  });
});

describe('后勤服务时限 re-dated when the calendar changes', () => {
  // The same year before its 国庆 holidays were published: every weekday a working day.
  const before = new WorkingCalendar([{ year: 2026, holidays: [], makeupWorkdays: [], source: '测试数据（未含国庆）', version: 1 }]);
  const submittedAt = at('2026-09-29T09:00:00+08:00');
  const open = (status: LogisticsRequestStatus, r: LogisticsRule, on = submittedAt) => {
    const d = deadlinesOf(before, on, r);
    return { status, submittedAt: on, responseDueAt: d.responseDueAt, completionDueAt: d.completionDueAt, dueExplanation: d.explanation };
  };

  const routine = rule({ urgency: 'routine', responseAmount: 1, responseUnit: 'working_days', completionAmount: 10 });
  const sept30 = at('2026-09-30T09:00:00+08:00');
  it.each<[string, LogisticsRequestStatus, LogisticsRule, Date, string | null, string]>([
    ['待派单, 3 working days from 09-29: the completion moves past 国庆 to 10-09', 'submitted', rule(), submittedAt, null, '2026-10-09T16:00:00.000Z'],
    ['处理中, 3 working days: the completion moves', 'assigned', rule(), submittedAt, null, '2026-10-09T16:00:00.000Z'],
    ['计划 待派单 on 09-30: response (1 working day) to 10-08 and completion (10, with 调休 10-10) to 10-20', 'submitted', routine, sept30, '2026-10-08T16:00:00.000Z', '2026-10-20T16:00:00.000Z'],
    ['计划 处理中: the response is behind it, only the completion moves', 'assigned', routine, sept30, null, '2026-10-20T16:00:00.000Z'],
  ])('%s', (_name, status, r, on, response, completion) => {
    const request = open(status, r, on);
    const result = redatingOf(calendar, request, r, 2026);
    expect(result).not.toBeNull();
    expect(result?.completionDueAt.toISOString()).toBe(completion);
    expect(result?.responseDueAt.toISOString()).toBe(response ?? request.responseDueAt.toISOString());
    expect(result?.note).toContain('2026 年节假日安排调整');
    expect(result?.note).toContain('完成时限由 2026-');
    expect(result?.explanation.slice(0, request.dueExplanation.length)).toEqual(request.dueExplanation);
    expect(result?.explanation.some((line) => line.includes('国庆节'))).toBe(true);
  });

  it.each<[string, LogisticsRequestStatus, LogisticsRule]>([
    ['clock hours do not move', 'submitted', rule({ urgency: 'urgent', responseAmount: 1, completionAmount: 24, completionUnit: 'hours' })],
    ['a completed request is not re-dated', 'completed', rule()],
    ['a confirmed request is not re-dated', 'confirmed', rule()],
    ['a withdrawn request is not re-dated', 'withdrawn', rule()],
  ])('%s', (_name, status, r) => {
    expect(redatingOf(calendar, open(status, r), r, 2026)).toBeNull();
  });

  it('a second delivery of the same calendar moves nothing', () => {
    const request = open('submitted', rule());
    const first = redatingOf(calendar, request, rule(), 2026);
    expect(first).not.toBeNull();
    const again = { ...request, responseDueAt: first!.responseDueAt, completionDueAt: first!.completionDueAt, dueExplanation: first!.explanation };
    expect(redatingOf(calendar, again, rule(), 2026)).toBeNull();
  });

  it('the rule of a request is the one in force on its submission day among those entered by then', () => {
    const old = rule({ id: 'old' });
    const later = rule({ id: 'later', effectiveFrom: '2026-09-29', createdAt: at('2026-09-29T12:00:00+08:00') });
    expect(ruleOfRequest([old, later], 'normal', submittedAt)?.id).toBe('old');
    expect(ruleOfRequest([old, later], 'normal', at('2026-09-29T13:00:00+08:00'))?.id).toBe('later');
    expect(ruleOfRequest([old], 'urgent', submittedAt)).toBeNull();
  });
});
