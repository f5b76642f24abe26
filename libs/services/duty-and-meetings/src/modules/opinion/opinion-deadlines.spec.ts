import { describe, expect, it } from '@jest/globals';
import { clockHourDeadlines, pastDue, ruleProblem, type OpinionRule } from './opinion-deadlines.js';

const SOURCE = '国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知（国办发〔2016〕61号）';
const major: OpinionRule = { id: 'r', level: 'major', amount: 24, unit: 'clock_hours', firstResponseHours: 5, effectiveFrom: '2026-12-05', source: SOURCE };

describe('重大舆情: 5 clock hours to the first response, 24 to the reply (国办发〔2016〕61号)', () => {
  it.each([
    ['received on an ordinary morning', '2026-12-07T01:00:00Z', '2026-12-07T06:00:00.000Z', '2026-12-08T01:00:00.000Z', '2026-12-08'],
    ['received late at night, across midnight', '2026-12-07T14:30:00Z', '2026-12-07T19:30:00.000Z', '2026-12-08T14:30:00.000Z', '2026-12-08'],
    ['received on the eve of National Day, not rolled past the holiday', '2026-09-30T12:00:00Z', '2026-09-30T17:00:00.000Z', '2026-10-01T12:00:00.000Z', '2026-10-01'],
    ['received on a Saturday', '2026-12-05T02:00:00Z', '2026-12-05T07:00:00.000Z', '2026-12-06T02:00:00.000Z', '2026-12-06'],
    ['received as the Beijing day turns at 16:00 UTC', '2026-12-06T15:59:00Z', '2026-12-06T20:59:00.000Z', '2026-12-07T15:59:00.000Z', '2026-12-07'],
    ['received just after Beijing midnight', '2026-12-06T16:00:00Z', '2026-12-06T21:00:00.000Z', '2026-12-07T16:00:00.000Z', '2026-12-08'],
  ])('%s (received %s)', (_case, received, firstDue, replyDue, replyDay) => {
    const result = clockHourDeadlines(new Date(received), major);
    expect(result.firstResponseDueAt?.toISOString()).toBe(firstDue);
    expect(result.responseDueAt.toISOString()).toBe(replyDue);
    expect(result.responseDue).toBe(replyDay);
  });

  it('explains itself in Chinese, in Beijing time, with its source', () => {
    expect(clockHourDeadlines(new Date('2026-09-30T12:00:00Z'), major).explanation).toEqual([
      '接报（发现）时间 2026-09-30 20:00，重大舆情',
      '首次回应（发布权威信息）时限 5 小时，至 2026-10-01 01:00',
      '回应时限 24 小时，至 2026-10-01 20:00',
      '按自然小时连续计算，不因夜间、休息日或节假日顺延',
      `依据：${SOURCE}（2026-12-05 起施行）`,
    ]);
  });

  it('a rule without a first-response limit sets none', () => {
    const result = clockHourDeadlines(new Date('2026-12-07T01:00:00Z'), { ...major, firstResponseHours: null });
    expect(result.firstResponseDueAt).toBeNull();
    expect(result.explanation.some((line) => line.includes('首次回应'))).toBe(false);
  });

  const due = new Date('2026-12-07T06:00:00Z');
  it.each([
    ['answered a second early', false, new Date('2026-12-07T05:59:59Z'), new Date('2026-12-09T00:00:00Z')],
    ['answered exactly on the hour', false, new Date('2026-12-07T06:00:00Z'), new Date('2026-12-09T00:00:00Z')],
    ['answered a second late', true, new Date('2026-12-07T06:00:01Z'), new Date('2026-12-09T00:00:00Z')],
    ['not answered, exactly on the hour', false, null, new Date('2026-12-07T06:00:00Z')],
    ['not answered, a second past', true, null, new Date('2026-12-07T06:00:01Z')],
  ] as const)('%s: late = %s', (_case, late, doneAt, now) => {
    expect(pastDue(due, doneAt, now)).toBe(late);
  });

  it('nothing is late without a deadline', () => {
    expect(pastDue(null, null, new Date())).toBe(false);
  });

  it.each([
    [{ amount: 24, unit: 'clock_hours', firstResponseHours: 5 }, null],
    [{ amount: 24, unit: 'clock_hours', firstResponseHours: 24 }, null],
    [{ amount: 48, unit: 'clock_hours', firstResponseHours: null }, null],
    [{ amount: 49, unit: 'clock_hours', firstResponseHours: null }, 'amount'],
    [{ amount: 24, unit: 'clock_hours', firstResponseHours: 25 }, 'firstResponseHours'],
    [{ amount: 2, unit: 'calendar_days', firstResponseHours: 5 }, 'firstResponseHours'],
    [{ amount: 3, unit: 'working_days', firstResponseHours: null }, null],
  ] as const)('rule %j: problem with %s', (rule, field) => {
    expect(ruleProblem(rule)?.field ?? null).toBe(field);
  });
});
