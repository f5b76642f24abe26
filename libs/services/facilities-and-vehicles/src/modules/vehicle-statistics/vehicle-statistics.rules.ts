import { VEHICLE_CATEGORIES, VEHICLE_CATEGORY_LABELS, type VehicleCategory, type VehicleStatisticsRow } from '@gov/contracts-facilities-and-vehicles';

/** One measure of one unit and category, as the register, the trips and the costs give it. */
export interface Measure {
  unitId: string;
  category: VehicleCategory;
  quota?: number;
  held?: number;
  renewals?: number;
  additions?: number;
  disposals?: number;
  mileageKm?: number;
  dispatches?: number;
  fuelFen?: number;
  maintenanceFen?: number;
  insuranceFen?: number;
  otherFen?: number;
}

type Figure = Exclude<keyof Measure, 'unitId' | 'category'>;
const FIGURES: readonly Figure[] = ['quota', 'held', 'renewals', 'additions', 'disposals', 'mileageKm', 'dispatches', 'fuelFen', 'maintenanceFen', 'insuranceFen', 'otherFen'];

const empty = (unitId: string, category: VehicleCategory): VehicleStatisticsRow => ({
  unitId,
  category,
  quota: 0,
  held: 0,
  renewals: 0,
  additions: 0,
  disposals: 0,
  mileageKm: 0,
  dispatches: 0,
  fuelFen: 0,
  maintenanceFen: 0,
  insuranceFen: 0,
  otherFen: 0,
  totalFen: 0,
});

/**
 * 公务用车年度统计: adds the measures up per unit and category (rows ordered by unit, then the order of the categories of
 * 中办发〔2017〕71号), the running cost the sum of fuel, maintenance, insurance and other; and the total over all rows.
 */
export function compileStatistics(measures: readonly Measure[]): { rows: VehicleStatisticsRow[]; total: VehicleStatisticsRow } {
  const byKey = new Map<string, VehicleStatisticsRow>();
  for (const m of measures) {
    const key = `${m.unitId}|${m.category}`;
    const row = byKey.get(key) ?? empty(m.unitId, m.category);
    for (const figure of FIGURES) row[figure] += m[figure] ?? 0;
    byKey.set(key, row);
  }
  const rows = [...byKey.values()]
    .map((r) => ({ ...r, totalFen: r.fuelFen + r.maintenanceFen + r.insuranceFen + r.otherFen }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || VEHICLE_CATEGORIES.indexOf(a.category) - VEHICLE_CATEGORIES.indexOf(b.category));
  const total = empty('', 'other');
  for (const r of rows) for (const figure of [...FIGURES, 'totalFen'] as const) total[figure] += r[figure];
  return { rows, total };
}

/** 超编: held beyond the quota (a row's own figure, for the sheet and the page). */
export function overQuota(row: Pick<VehicleStatisticsRow, 'held' | 'quota'>): number {
  return Math.max(0, row.held - row.quota);
}

/** The statistics as a sheet: one row per unit and category, amounts in 元, then the year's total. */
export function statisticsSheet(report: { year: number; rows: readonly VehicleStatisticsRow[]; total: VehicleStatisticsRow }): { header: string[]; widths: number[]; rows: (string | number)[][] } {
  const yuan = (fen: number): number => fen / 100;
  const header = ['使用单位', '车辆类别', '编制数', '实有数', '超编数', '更新购置', '新增购置', '处置数', '行驶里程（公里）', '出车次数', '燃油费（元）', '维修费（元）', '保险费（元）', '其他（元）', '运行费用合计（元）'];
  const line = (r: VehicleStatisticsRow, unit: string, category: string): (string | number)[] => [
    unit,
    category,
    r.quota,
    r.held,
    overQuota(r),
    r.renewals,
    r.additions,
    r.disposals,
    r.mileageKm,
    r.dispatches,
    yuan(r.fuelFen),
    yuan(r.maintenanceFen),
    yuan(r.insuranceFen),
    yuan(r.otherFen),
    yuan(r.totalFen),
  ];
  const rows = report.rows.map((r) => line(r, r.unitId, VEHICLE_CATEGORY_LABELS[r.category]));
  rows.push(line(report.total, `${report.year} 年合计`, ''));
  return { header, widths: [38, 16, 8, 8, 8, 10, 10, 8, 16, 10, 14, 14, 14, 12, 18], rows };
}
