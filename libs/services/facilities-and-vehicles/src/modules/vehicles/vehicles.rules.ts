import { VEHICLE_CATEGORY_LABELS, type EnergyType, type VehicleCategory, type VehicleStatus } from '@gov/contracts-facilities-and-vehicles';

/** The regulation the register's rules come from (RULES.md §2.9). */
export const VEHICLE_RULE_SOURCE = '《党政机关公务用车管理办法》（中办发〔2017〕71号）';

/** The steps of one 公务用车, and the states each is allowed from. */
export type VehicleStep = 'update' | 'approve' | 'reject' | 'dispose' | 'withdraw';

const ALLOWED: Record<VehicleStep, readonly VehicleStatus[]> = {
  update: ['requested', 'in_service'],
  approve: ['requested'],
  reject: ['requested'],
  dispose: ['in_service'],
  withdraw: ['requested'],
};

const AFTER: Record<VehicleStep, VehicleStatus | null> = { update: null, approve: 'in_service', reject: 'rejected', dispose: 'disposed', withdraw: 'withdrawn' };

export const STEP_LABELS: Record<VehicleStep | 'create' | 'replaced', string> = {
  create: '提出购置申请',
  update: '更新台账信息',
  approve: '批准购置，列入台账',
  reject: '不予批准',
  dispose: '处置',
  withdraw: '撤回申请',
  replaced: '更新替换（由新购车辆替换）',
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: VehicleStep, status: VehicleStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: VehicleStep, status: VehicleStatus): VehicleStatus {
  return AFTER[step] ?? status;
}

/** One version of a category's caps (配备标准), as configured. */
export interface CapRule {
  id: string;
  category: VehicleCategory;
  priceCapFen: number;
  displacementCapMl: number;
  effectiveFrom: string;
  source: string;
  createdAt: Date;
}

/** One version of a unit's quota (编制) in a category. */
export interface QuotaRule {
  id: string;
  unitId: string;
  category: VehicleCategory;
  quota: number;
  effectiveFrom: string;
  source: string;
  createdAt: Date;
}

/** The version in force on `asOf`: the latest effective date not after it, the latest entered on the same day. */
export function inForce<T extends { effectiveFrom: string; createdAt: Date }>(versions: readonly T[], asOf: string): T | null {
  return (
    versions
      .filter((v) => v.effectiveFrom <= asOf)
      .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.createdAt.getTime() - a.createdAt.getTime() : b.effectiveFrom.localeCompare(a.effectiveFrom)))[0] ?? null
  );
}

const yuan = (fen: number): string => `${(fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
const litres = (ml: number): string => `${(ml / 1000).toFixed(1)} 升`;

/** The text of a cap version, kept on the vehicle it was decided under. */
export function capRuleText(cap: CapRule): string {
  return `${VEHICLE_CATEGORY_LABELS[cap.category]}：价格不超过 ${yuan(cap.priceCapFen)}、排气量不超过 ${litres(cap.displacementCapMl)}（${cap.source}，${cap.effectiveFrom} 起施行）`;
}

/** The text of a quota version, kept on the vehicle it was decided under. */
export function quotaRuleText(quota: QuotaRule): string {
  return `${VEHICLE_CATEGORY_LABELS[quota.category]}编制 ${quota.quota} 辆（${quota.source}，${quota.effectiveFrom} 起施行）`;
}

/**
 * 配备标准 (中办发〔2017〕71号, RULES.md §2.9): the price must not exceed the category's cap, nor the displacement (a
 * fuel or hybrid vehicle must state it; a pure electric one has none). Returns the violations in Chinese, citing the rule.
 */
export function capViolations(vehicle: { category: VehicleCategory; energyType: EnergyType; priceFen: number; displacementMl: number | null }, cap: CapRule): string[] {
  const out: string[] = [];
  const cite = `依据${cap.source}（${cap.effectiveFrom} 起施行）`;
  if (vehicle.priceFen > cap.priceCapFen) out.push(`价格 ${yuan(vehicle.priceFen)} 超过${VEHICLE_CATEGORY_LABELS[vehicle.category]}价格上限 ${yuan(cap.priceCapFen)}，${cite}`);
  if (vehicle.energyType !== 'electric') {
    if (vehicle.displacementMl === null) out.push('燃油及混合动力车辆须填写排气量');
    else if (vehicle.displacementMl > cap.displacementCapMl) {
      out.push(`排气量 ${litres(vehicle.displacementMl)} 超过${VEHICLE_CATEGORY_LABELS[vehicle.category]}排气量上限 ${litres(cap.displacementCapMl)}，${cite}`);
    }
  }
  return out;
}

/**
 * 编制 (中办发〔2017〕71号: 公务用车实行编制管理): the vehicles a unit holds or has asked for in a category (a renewal does not
 * count the vehicle it replaces) must not exceed the quota. `held` counts the others, without the request itself.
 */
export function quotaViolation(held: number, quota: QuotaRule | null, category: VehicleCategory): string | null {
  if (!quota) return `该单位${VEHICLE_CATEGORY_LABELS[category]}未核定编制，不能购置（${VEHICLE_RULE_SOURCE}：公务用车实行编制管理）`;
  if (held + 1 > quota.quota) {
    return `该单位${VEHICLE_CATEGORY_LABELS[category]}编制 ${quota.quota} 辆，已有在用及申请中 ${held} 辆，再购置将超编（${VEHICLE_RULE_SOURCE}：公务用车实行编制管理；编制依据：${quota.source}）`;
  }
  return null;
}
