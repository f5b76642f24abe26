import type { WaitingStep } from '@gov/platform';

/** One version of the reminder configuration (到期提醒), as configured. */
export interface ReminderRule {
  id: string;
  insuranceLeadDays: number;
  inspectionLeadDays: number;
  maintenanceIntervalKm: number;
  tenancyLeadDays: number;
  effectiveFrom: string;
  source: string;
  createdAt: Date;
  createdBy: string;
}

/** A vehicle of the register, as far as its reminders need it. */
export interface ReminderVehicle {
  id: string;
  plate: string | null;
  model: string;
  status: string;
  mileageKm: number;
  insuranceExpiry: string | null;
  inspectionExpiry: string | null;
}

/** An item of the office-supply catalogue, as far as its reminder needs it. */
export interface ReminderItem {
  id: string;
  name: string;
  spec: string | null;
  unit: string;
  stock: number;
  lowStockThreshold: number;
  status: string;
}

export const SECTION = 'jiguan_shiwu';
const STAFF = { type: 'role', id: 'section_staff' } as const;

/** `date` moved by `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The version in force on `asOf`: the latest effective date not after it, the latest entered on the same day. */
export function ruleInForce<T extends { effectiveFrom: string; createdAt: Date }>(versions: readonly T[], asOf: string): T | null {
  return (
    versions
      .filter((v) => v.effectiveFrom <= asOf)
      .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.createdAt.getTime() - a.createdAt.getTime() : b.effectiveFrom.localeCompare(a.effectiveFrom)))[0] ?? null
  );
}

const ruleText = (rule: ReminderRule): string => `${rule.source}，${rule.effectiveFrom} 起施行`;
const carName = (v: ReminderVehicle): string => `${v.plate ?? '未上牌'}（${v.model}）`;

/** Whether a date-bound reminder is due: from `lead` days before `expiry` on (and once past it). */
export function expiryState(expiry: string | null, leadDays: number, today: string): 'none' | 'soon' | 'past' {
  if (!expiry || today < addDays(expiry, -leadDays)) return 'none';
  return today > expiry ? 'past' : 'soon';
}

/**
 * What a vehicle of the register waits on in 机关事务管理科's 待办 as of `today`: its insurance and its annual
 * inspection from the lead time before their expiry (and once past it: the title says so), and maintenance once the
 * registered mileage since the last 定点维修 (its registered mileage then; from 0 when none) reaches the interval. A
 * vehicle not in service waits on nothing. Titles hold no day counts, so a daily run changes nothing until the state
 * does (soon → past, a new date, a maintenance recorded).
 */
export function vehicleReminderSteps(v: ReminderVehicle, lastMaintenanceKm: number | null, rule: ReminderRule | null, today: string): WaitingStep[] {
  if (v.status !== 'in_service' || !rule) return [];
  const steps: WaitingStep[] = [];
  const link = `/facilities-and-vehicles/vehicles/${v.id}`;
  const dated = [
    { step: 'insurance', kind: 'vehicle_insurance_expiry', what: '保险', expiry: v.insuranceExpiry, lead: rule.insuranceLeadDays, todo: '请续保并更新台账的保险到期日' },
    { step: 'inspection', kind: 'vehicle_inspection_expiry', what: '年检', expiry: v.inspectionExpiry, lead: rule.inspectionLeadDays, todo: '请办理年检并更新台账的年检到期日' },
  ] as const;
  for (const d of dated) {
    const state = expiryState(d.expiry, d.lead, today);
    if (state === 'none' || !d.expiry) continue;
    steps.push({
      step: d.step,
      kind: d.kind,
      title: `公车${d.what}${state === 'past' ? '已过期' : '即将到期'}：${carName(v)}，${d.expiry} 到期，${d.todo}`,
      assignee: STAFF,
      section: SECTION,
      deadline: { date: d.expiry, explanation: `${d.what}到期日 ${d.expiry}，提前 ${d.lead} 天提醒（${ruleText(rule)}）` },
      link,
    });
  }
  const base = lastMaintenanceKm ?? 0;
  if (v.mileageKm - base >= rule.maintenanceIntervalKm) {
    steps.push({
      step: 'maintenance',
      kind: 'vehicle_maintenance_due',
      title: `公车按里程保养：${carName(v)}${lastMaintenanceKm === null ? '尚无定点维修记录' : `上次定点维修时 ${base} 公里`}，行驶已达 ${rule.maintenanceIntervalKm} 公里保养间隔，请安排定点维修`,
      assignee: STAFF,
      section: SECTION,
      link,
    });
  }
  return steps;
}

/** An active item at or below its 库存下限 waits on 机关事务管理科 to restock it (the title holds no stock figure: each movement is not a new task). */
export function lowStockSteps(item: ReminderItem): WaitingStep[] {
  if (item.status !== 'active' || item.stock > item.lowStockThreshold) return [];
  return [
    {
      step: 'low-stock',
      kind: 'supply_low_stock',
      title: `办公用品库存不足：${item.name}${item.spec ? `（${item.spec}）` : ''}，库存下限 ${item.lowStockThreshold}${item.unit}，请采购入库`,
      assignee: STAFF,
      section: SECTION,
      link: '/facilities-and-vehicles/office-supplies',
    },
  ];
}
