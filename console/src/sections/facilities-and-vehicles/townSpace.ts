import type { FormField } from '@/kit/types';
import { RANK_LABELS } from './labels';
import type { TownSpaceReport } from './types';

/** The figures a town or street reports (staff by rank as flat `staff_<rank>` fields of the form). */
export const townSpaceFields: FormField[] = [
  { key: 'unitName', label: '镇（街道）名称', type: 'text', required: true },
  { key: 'year', label: '报送年度', type: 'number', required: true, min: 2014, max: 2100 },
  { key: 'buildings', label: '办公楼栋数', type: 'number', required: true, min: 0 },
  { key: 'totalAreaM2', label: '办公用房总使用面积（㎡）', type: 'number', required: true, min: 0 },
  { key: 'officeAreaM2', label: '其中办公室面积（㎡）', type: 'number', required: true, min: 0, help: '按人均标准（县级机关）核定，超出部分为超标面积' },
  ...Object.entries(RANK_LABELS).map(([rank, label]) => ({ key: `staff_${rank}`, label: `${label}人数`, type: 'number' as const, required: true, min: 0 })),
  { key: 'carsHeld', label: '公务用车实有数（可选）', type: 'number', min: 0 },
  { key: 'carsQuota', label: '公务用车编制数（可选）', type: 'number', min: 0 },
  { key: 'note', label: '说明', type: 'textarea' },
];

const NUMBERS = ['year', 'buildings', 'totalAreaM2', 'officeAreaM2', 'carsHeld', 'carsQuota'];

/** The form's flat fields → the report's body (staff by rank as one object; empty optional figures left out). */
export function reportBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { staff: {} };
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith('staff_')) (body.staff as Record<string, number>)[key.slice(6)] = Number(value ?? 0);
    else if (value !== '' && value !== null && value !== undefined) body[key] = NUMBERS.includes(key) ? Number(value) : value;
  }
  return body;
}

/** A report → the form's flat fields (for 修改重报). */
export function formOf(report: TownSpaceReport): Record<string, unknown> {
  return {
    unitName: report.unitName,
    year: report.year,
    buildings: report.buildings,
    totalAreaM2: report.totalAreaM2,
    officeAreaM2: report.officeAreaM2,
    ...Object.fromEntries(Object.entries(report.staff).map(([rank, n]) => [`staff_${rank}`, n])),
    carsHeld: report.carsHeld ?? '',
    carsQuota: report.carsQuota ?? '',
    note: report.note ?? '',
  };
}
