import { describe, expect, it } from '@jest/globals';
import type { CostSums } from './vehicle-costs.repository.js';
import { costReportSheet, isFutureDate, unitTotals, withTotal } from './vehicle-costs.rules.js';
import { reasonOf } from '@gov/platform';

const sums = (extra: Partial<CostSums>): CostSums => ({ month: '2026-11', vehicleId: 'v1', unitId: 'u1', plate: '鲁C0G101', model: '红旗 H5', maintenanceFen: 0, fuelFen: 0, insuranceFen: 0, otherFen: 0, tripFen: 0, ...extra });

describe('车辆运行费用: the report', () => {
  it('a row totals the ledger by kind and the trip costs', () => {
    expect(withTotal(sums({ maintenanceFen: 35_000, fuelFen: 42_000, insuranceFen: 0, otherFen: 1_500, tripFen: 2_000 })).totalFen).toBe(80_500);
  });

  it('the unit totals add each unit’s vehicles per month', () => {
    const rows = [
      withTotal(sums({ vehicleId: 'v1', unitId: 'u1', fuelFen: 100 })),
      withTotal(sums({ vehicleId: 'v2', unitId: 'u1', fuelFen: 50, tripFen: 5 })),
      withTotal(sums({ vehicleId: 'v3', unitId: 'u2', insuranceFen: 400 })),
      withTotal(sums({ month: '2026-12', vehicleId: 'v1', unitId: 'u1', maintenanceFen: 7 })),
    ];
    expect(unitTotals(rows)).toEqual([
      { month: '2026-11', unitId: 'u1', vehicles: 2, totalFen: 155 },
      { month: '2026-11', unitId: 'u2', vehicles: 1, totalFen: 400 },
      { month: '2026-12', unitId: 'u1', vehicles: 1, totalFen: 7 },
    ]);
  });

  it.each([
    ['2026-12-05', '2026-12-05', false],
    ['2026-12-06', '2026-12-05', true],
    ['2025-12-31', '2026-01-01', false],
  ])('a bill dated %s on %s is in the future: %s', (date, today, future) => expect(isFutureDate(date, today)).toBe(future));

  it('voiding needs a reason', () => {
    expect(reasonOf(' 重复入账 ')).toBe('重复入账');
    expect(reasonOf('')).toBeNull();
  });

  it('the .xlsx sheet has one row per vehicle and month in 元, then each unit’s monthly subtotal, then the year’s total', () => {
    const rows = [withTotal(sums({ vehicleId: 'v1', unitId: 'u1', fuelFen: 12_345, tripFen: 55 })), withTotal(sums({ vehicleId: 'v2', unitId: 'u2', insuranceFen: 480_000 }))];
    const sheet = costReportSheet({ year: 2026, rows, units: unitTotals(rows), totalFen: 492_400 });
    expect(sheet.header).toHaveLength(sheet.widths.length);
    expect(sheet.rows).toEqual([
      ['2026-11', 'u1', '鲁C0G101', '红旗 H5', 0, 123.45, 0, 0, 0.55, 124],
      ['2026-11', 'u2', '鲁C0G101', '红旗 H5', 0, 0, 4800, 0, 0, 4800],
      ['2026-11', 'u1', '单位小计（1 辆）', '', '', '', '', '', '', 124],
      ['2026-11', 'u2', '单位小计（1 辆）', '', '', '', '', '', '', 4800],
      ['2026 年', '全年合计', '', '', '', '', '', '', '', 4924],
    ]);
  });
});
