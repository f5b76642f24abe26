import { describe, expect, it } from '@jest/globals';
import { beijingPeriod, clashMessage, overlaps, periodProblem } from './agenda-rules.js';

const at = (iso: string) => new Date(iso);
const period = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('leader agenda rules', () => {
  it.each([
    ['same period', period('2026-12-01T09:00:00+08:00', '2026-12-01T11:00:00+08:00'), true],
    ['starts inside', period('2026-12-01T10:30:00+08:00', '2026-12-01T12:00:00+08:00'), true],
    ['contains it', period('2026-12-01T08:00:00+08:00', '2026-12-01T12:00:00+08:00'), true],
    ['back to back after', period('2026-12-01T11:00:00+08:00', '2026-12-01T12:00:00+08:00'), false],
    ['back to back before', period('2026-12-01T08:00:00+08:00', '2026-12-01T09:00:00+08:00'), false],
    ['another day', period('2026-12-02T09:00:00+08:00', '2026-12-02T11:00:00+08:00'), false],
  ])('overlap with 09:00–11:00: %s', (_name, other, expected) => {
    expect(overlaps(period('2026-12-01T09:00:00+08:00', '2026-12-01T11:00:00+08:00'), other)).toBe(expected);
  });

  it('refuses a period that ends before it starts or runs for months', () => {
    expect(periodProblem(period('2026-12-01T11:00:00+08:00', '2026-12-01T09:00:00+08:00'))).toBe('结束时间必须晚于开始时间');
    expect(periodProblem(period('2026-12-01T09:00:00+08:00', '2027-06-01T09:00:00+08:00'))).toBe('时间段不能超过 62 天');
    expect(periodProblem(period('2026-12-01T09:00:00+08:00', '2026-12-01T10:00:00+08:00'))).toBeNull();
  });

  it('names the other entry with its type, title and Beijing time', () => {
    const other = { source: 'reception' as const, title: '接待市考察团', ...period('2026-12-01T01:00:00Z', '2026-12-01T03:30:00Z') };
    expect(clashMessage('王区长', other)).toBe('王区长在该时段已有安排：接待「接待市考察团」（2026-12-01 09:00—11:30）');
    expect(beijingPeriod(period('2026-12-01T09:00:00+08:00', '2026-12-02T17:00:00+08:00'))).toBe('2026-12-01 09:00—2026-12-02 17:00');
  });
});
