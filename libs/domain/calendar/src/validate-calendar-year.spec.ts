import { describe, expect, it } from '@jest/globals';
import type { CalendarYear } from './calendar.js';
import { validateCalendarYear } from './validate-calendar-year.js';

const valid: CalendarYear = {
  year: 2026,
  holidays: [
    { date: '2026-10-01', name: '国庆节' },
    { date: '2026-10-02', name: '国庆节' },
  ],
  makeupWorkdays: [{ date: '2026-10-10', name: '国庆节' }],
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  version: 1,
};

describe('validateCalendarYear', () => {
  it('accepts a well-formed year', () => {
    expect(validateCalendarYear(valid)).toEqual([]);
  });

  it.each<[string, Partial<CalendarYear>, string[]]>([
    ['a date from another year', { holidays: [{ date: '2027-01-01', name: '元旦' }] }, ['节假日 2027-01-01 不属于 2026 年']],
    ['an impossible date', { holidays: [{ date: '2026-02-30', name: '春节' }] }, ['节假日 2026-02-30 不是有效日期（应为 YYYY-MM-DD）']],
    ['a make-up day on a weekday', { makeupWorkdays: [{ date: '2026-10-12', name: '国庆节' }] }, ['调休上班日 2026-10-12 不是周六或周日']],
    [
      'a day both off and worked',
      { holidays: [{ date: '2026-10-10', name: '国庆节' }] },
      ['2026-10-10 不能既是节假日又是调休上班日'],
    ],
    [
      'a duplicate holiday',
      { holidays: [{ date: '2026-10-01', name: '国庆节' }, { date: '2026-10-01', name: '国庆节' }] },
      ['节假日 2026-10-01 重复'],
    ],
    ['a missing name', { holidays: [{ date: '2026-10-01', name: ' ' }] }, ['节假日 2026-10-01 缺少名称']],
    ['no source', { source: '' }, ['缺少来源（如国务院办公厅关于部分节假日安排的通知）']],
    ['a bad version', { version: 0 }, ['版本号 0 无效，应为正整数']],
  ])('reports %s', (_, change, errors) => {
    expect(validateCalendarYear({ ...valid, ...change })).toEqual(errors);
  });
});
