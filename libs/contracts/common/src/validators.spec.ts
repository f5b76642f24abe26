import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import { IsCalendarDate, IsInt32, IsOffsetDateTime, isCalendarDate, isInt32, isOffsetDateTime } from './validators.js';

class Sample {
  @IsCalendarDate({ message: '日期应为 YYYY-MM-DD' }) date: unknown;
  @IsOffsetDateTime() at: unknown;
  @IsInt32() count: unknown;
}

describe('shared input rules', () => {
  it.each(['2026-02-28', '2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])('%s is a calendar date', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '0000-01-01', '2026-1-1', '2026-01-01T00:00Z', ' 2026-01-01', 20260101, null])(
    '%s is not a calendar date',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it.each(['2026-12-01T09:00:00+08:00', '2026-12-01T09:00+08:00', '2026-11-07T13:20:00Z', '2026-11-07T13:20:00.123Z', '2028-02-29T23:59:59-05:00'])(
    '%s is a date-time with offset',
    (value) => {
      expect(isOffsetDateTime(value)).toBe(true);
    },
  );

  it.each([
    '2026-02-30T10:00+08:00',
    '2026-12-01T24:00:00+08:00',
    '2026-12-01T09:60:00Z',
    '2026-12-01T09:00:60Z',
    '2026-12-01T09:00:00',
    '2026-12-01',
    '2026-12-01T09:00:00+25:00',
    'yesterday',
    1764547200000,
  ])('%s is not a date-time with offset', (value) => {
    expect(isOffsetDateTime(value)).toBe(false);
  });

  it.each([
    [0, true],
    [2_147_483_647, true],
    [-2_147_483_648, true],
    [2_147_483_648, false],
    [-2_147_483_649, false],
    [1e20, false],
    [1.5, false],
    ['1', false],
    [Number.NaN, false],
  ])('%s is an int32: %s', (value, expected) => {
    expect(isInt32(value)).toBe(expected);
  });

  it('reports each rule under its own constraint code with a Chinese message', async () => {
    const sample = Object.assign(new Sample(), { date: '2026-02-30', at: '2026-02-30T10:00+08:00', count: 3_000_000_000 });
    const errors = await validate(sample);
    expect(errors.map((e) => [e.property, e.constraints])).toEqual([
      ['date', { isCalendarDate: '2026-02-30 不是日历上存在的日期' }],
      ['at', { isOffsetDateTime: '必须是带时区的有效时间（如 2026-12-01T09:00:00+08:00）' }],
      ['count', { isInt32: '必须是 -2147483648 到 2147483647 之间的整数' }],
    ]);
  });

  it('keeps the contract’s own message for a value not in the format', async () => {
    const errors = await validate(Object.assign(new Sample(), { date: '2026/02/28', at: '2026-02-28T10:00+08:00', count: 3 }));
    expect(errors.map((e) => e.constraints)).toEqual([{ isCalendarDate: '日期应为 YYYY-MM-DD' }]);
  });

  it('accepts valid values', async () => {
    const sample = Object.assign(new Sample(), { date: '2026-02-28', at: '2026-02-28T10:00+08:00', count: 3 });
    await expect(validate(sample)).resolves.toEqual([]);
  });
});
