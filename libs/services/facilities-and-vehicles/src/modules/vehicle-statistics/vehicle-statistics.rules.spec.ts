import { describe, expect, it } from '@jest/globals';
import { compileStatistics, overQuota, statisticsSheet } from './vehicle-statistics.rules.js';

describe('公务用车年度统计', () => {
  const measures = [
    { unitId: 'b', category: 'emergency' as const, quota: 2 },
    { unitId: 'a', category: 'other' as const, quota: 1, held: 2 },
    { unitId: 'a', category: 'confidential_comm' as const, quota: 1 },
    { unitId: 'a', category: 'confidential_comm' as const, held: 1, renewals: 1, disposals: 1 },
    { unitId: 'a', category: 'confidential_comm' as const, dispatches: 3, mileageKm: 420, fuelFen: 15000, otherFen: 2000 },
    { unitId: 'a', category: 'confidential_comm' as const, fuelFen: 30000 },
    { unitId: 'a', category: 'confidential_comm' as const, maintenanceFen: 80000 },
    { unitId: 'b', category: 'emergency' as const, insuranceFen: 350000, additions: 1, held: 1 },
  ];

  it('adds the measures up per unit and category, in unit then category order, with the running cost', () => {
    const { rows, total } = compileStatistics(measures);
    expect(rows.map((r) => `${r.unitId}:${r.category}`)).toEqual(['a:confidential_comm', 'a:other', 'b:emergency']);
    expect(rows[0]).toEqual({
      unitId: 'a',
      category: 'confidential_comm',
      quota: 1,
      held: 1,
      renewals: 1,
      additions: 0,
      disposals: 1,
      mileageKm: 420,
      dispatches: 3,
      fuelFen: 45000,
      maintenanceFen: 80000,
      insuranceFen: 0,
      otherFen: 2000,
      totalFen: 127000,
    });
    expect(total).toMatchObject({ quota: 4, held: 4, renewals: 1, additions: 1, disposals: 1, mileageKm: 420, dispatches: 3, totalFen: 477000 });
  });

  it.each([
    [2, 1, 1],
    [1, 2, 0],
    [0, 0, 0],
  ])('held %s with quota %s: %s over', (held, quota, over) => {
    expect(overQuota({ held, quota })).toBe(over);
  });

  it('the sheet has one row per unit and category in 元, then the total', () => {
    const report = { year: 2026, ...compileStatistics(measures) };
    const sheet = statisticsSheet(report);
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.rows[0]).toEqual(['a', '机要通信用车', 1, 1, 0, 1, 0, 1, 420, 3, 450, 800, 0, 20, 1270]);
    expect(sheet.rows[1].slice(0, 5)).toEqual(['a', expect.any(String), 1, 2, 1]);
    expect(sheet.rows[3][0]).toBe('2026 年合计');
    expect(sheet.rows[3][14]).toBe(4770);
  });
});
