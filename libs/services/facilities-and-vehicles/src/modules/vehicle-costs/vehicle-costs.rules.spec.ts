import { describe, expect, it } from '@jest/globals';
import type { CostSums } from './vehicle-costs.repository.js';
import { isFutureDate, unitTotals, withTotal } from './vehicle-costs.rules.js';
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
});
