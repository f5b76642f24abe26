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

/** The report as the rows of one sheet: per vehicle and month, then per unit and month, then the year's total; amounts in 元. */
export function costReportSheet(report: {
  year: number;
  rows: readonly (CostSums & { totalFen: number })[];
  units: readonly { month: string; unitId: string; vehicles: number; totalFen: number }[];
  totalFen: number;
}): { header: string[]; widths: number[]; rows: (string | number)[][] } {
  const yuan = (fen: number): number => fen / 100;
  const header = ['月份', '使用单位', '号牌', '品牌型号', '定点维修（元）', '定点加油（元）', '定点保险（元）', '其他（元）', '出车费用（元）', '合计（元）'];
  const rows: (string | number)[][] = report.rows.map((r) => [r.month, r.unitId, r.plate ?? '', r.model, yuan(r.maintenanceFen), yuan(r.fuelFen), yuan(r.insuranceFen), yuan(r.otherFen), yuan(r.tripFen), yuan(r.totalFen)]);
  for (const u of report.units) rows.push([u.month, u.unitId, `单位小计（${u.vehicles} 辆）`, '', '', '', '', '', '', yuan(u.totalFen)]);
  rows.push([`${report.year} 年`, '全年合计', '', '', '', '', '', '', '', yuan(report.totalFen)]);
  return { header, widths: [10, 38, 20, 18, 14, 14, 14, 12, 14, 14], rows };
}
