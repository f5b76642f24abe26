import { describe, expect, it } from '@jest/globals';
import type { MonthlyNoticeStatus, MonthlyReport } from '@gov/contracts-information';
import { canTake, defaultTitle, isClosedMonth, isLive, renderNoticeText, statusAfter, type MonthlyNoticeStep } from './monthly-notices.rules.js';

describe('月度通报: the rules', () => {
  it.each<[MonthlyNoticeStep, MonthlyNoticeStatus, MonthlyNoticeStatus | null]>([
    ['update', 'draft', 'draft'],
    ['update', 'reviewing', null],
    ['regenerate', 'draft', 'draft'],
    ['regenerate', 'reviewing', null],
    ['regenerate', 'approved', null],
    ['regenerate', 'signed', null],
    ['submit', 'draft', 'reviewing'],
    ['submit', 'reviewing', null],
    ['review', 'reviewing', 'approved'],
    ['review', 'draft', null],
    ['send-back', 'reviewing', 'draft'],
    ['send-back', 'approved', 'draft'],
    ['send-back', 'signed', null],
    ['sign', 'approved', 'signed'],
    ['sign', 'reviewing', null],
    ['sign', 'draft', null],
    ['withdraw', 'draft', 'withdrawn'],
    ['withdraw', 'reviewing', 'withdrawn'],
    ['withdraw', 'approved', 'withdrawn'],
    ['withdraw', 'signed', null],
    ['withdraw', 'withdrawn', null],
    ['update', 'signed', null],
    ['update', 'withdrawn', null],
  ])('%s from %s → %s (null: refused)', (step, from, to) => {
    expect(canTake(step, from)).toBe(to !== null);
    if (to !== null) expect(statusAfter(step, from)).toBe(to);
  });

  it.each<[string, string, boolean]>([
    ['2026-11', '2026-12-05', true],
    ['2026-12', '2026-12-05', false],
    ['2027-01', '2026-12-05', false],
    ['2025-12', '2026-01-01', true],
    ['2026-01', '2026-01-31', false],
  ])('month %s on %s is closed: %p', (month, today, closed) => expect(isClosedMonth(month, today)).toBe(closed));

  it('only a withdrawn notice gives its month back', () => {
    expect((['draft', 'reviewing', 'approved', 'signed', 'withdrawn'] as const).map(isLive)).toEqual([true, true, true, true, false]);
  });

  it('the usual title names the month without a leading zero', () => {
    expect(defaultTitle('2026-11')).toBe('关于2026年11月份政务信息报送采用情况的通报');
    expect(defaultTitle('2026-03')).toBe('关于2026年3月份政务信息报送采用情况的通报');
  });

  it('the text carries the 按语, the ranking as table lines, the silent units and the scoring versions', () => {
    const row = (rank: number, unitName: string, submitted: number, score: number): MonthlyReport.Row => ({
      rank,
      unitId: `00000000-0000-4000-8000-00000000000${rank}`,
      unitName,
      submitted,
      adopted: { district_bulletin: submitted ? 1 : 0, reported_city: 0, city: score > 20 ? 1 : 0, province: 0, state_council: 0 },
      instructions: 0,
      deduction: 0,
      score,
    });
    const report: MonthlyReport.Reply = { month: '2026-11', rows: [row(1, '山头街道', 3, 25), row(2, '城东街道', 1, 5), row(3, '域城镇', 0, 0)], silentUnits: ['域城镇'], weightVersions: ['BS-XX-2025-1'] };
    const lines = renderNoticeText('  现将情况通报如下。 ', report).split('\n');
    expect(lines[0]).toBe('现将情况通报如下。');
    expect(lines).toContain('名次 | 单位 | 报送 | 区刊 | 报市 | 市采用 | 省采用 | 国办采用 | 批示 | 约稿扣分 | 得分');
    expect(lines).toContain('1 | 山头街道 | 3 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 25');
    expect(lines).toContain('二、本月未报送信息的单位：域城镇');
    expect(lines).toContain('计分标准：BS-XX-2025-1');
    expect(renderNoticeText('按语', { ...report, rows: [], silentUnits: [], weightVersions: [] })).toContain('二、本月未报送信息的单位：无');
  });
});
