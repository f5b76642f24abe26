import type { CostSums } from './vehicle-costs.repository.js';

/** A bill is entered after it is issued: its date is not after today (Beijing). */
export function isFutureDate(date: string, today: string): boolean {
  return date > today;
}

/** One row of the report: the sums and their total. */
export function withTotal(sums: CostSums): CostSums & { totalFen: number } {
  return { ...sums, totalFen: sums.maintenanceFen + sums.fuelFen + sums.insuranceFen + sums.otherFen + sums.tripFen };
}

/** The totals per unit and month, in the order of the rows (month, then unit as first met). */
export function unitTotals(rows: readonly (CostSums & { totalFen: number })[]): { month: string; unitId: string; vehicles: number; totalFen: number }[] {
  const totals = new Map<string, { month: string; unitId: string; vehicles: Set<string>; totalFen: number }>();
  for (const row of rows) {
    const key = `${row.month}|${row.unitId}`;
    const total = totals.get(key) ?? { month: row.month, unitId: row.unitId, vehicles: new Set<string>(), totalFen: 0 };
    total.vehicles.add(row.vehicleId);
    total.totalFen += row.totalFen;
    totals.set(key, total);
  }
  return [...totals.values()].map((t) => ({ month: t.month, unitId: t.unitId, vehicles: t.vehicles.size, totalFen: t.totalFen }));
}
