import { describe, expect, it } from '@jest/globals';
import { addMonths, isIsoDate, shanghaiDate, toDayNumber, toIsoDate, weekdayOf } from './dates.js';

describe('civil dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
  ])('isIsoDate(%s) is %s', (date, expected) => {
    expect(isIsoDate(date)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 4],
    ['2025-09-28', 0], // the 国庆 make-up Sunday
    ['2025-10-11', 6], // the 国庆 make-up Saturday
    ['2026-10-10', 6],
    ['2026-10-01', 4],
  ])('%s falls on weekday %i', (date, weekday) => {
    expect(weekdayOf(toDayNumber(date))).toBe(weekday);
  });

  // 《民法典》第202条: the corresponding day, or the month's last day where there is none.
  it.each([
    ['2026-08-31', 3, '2026-11-30', true],
    ['2026-01-31', 1, '2026-02-28', true],
    ['2024-01-31', 1, '2024-02-29', true],
    ['2026-07-15', 3, '2026-10-15', false],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2026-12-31', 12, '2027-12-31', false],
  ])('%s + %i months ends on %s', (start, months, end, clamped) => {
    const result = addMonths(toDayNumber(start), months);
    expect({ end: toIsoDate(result.day), clamped: result.clamped }).toEqual({ end, clamped });
  });

  it('gives the Shanghai civil date of an instant, not the machine zone', () => {
    expect(shanghaiDate(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01'); // 00:00 in Beijing
    expect(shanghaiDate(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
  });

  it('rejects an invalid date with a Chinese message', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow('日期无效：2026-02-30');
  });
});
