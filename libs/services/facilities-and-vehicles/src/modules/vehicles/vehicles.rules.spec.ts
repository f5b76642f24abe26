import { describe, expect, it } from '@jest/globals';
import type { EnergyType, VehicleCategory, VehicleStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, capViolations, inForce, quotaViolation, statusAfter, type CapRule, type QuotaRule, type VehicleStep } from './vehicles.rules.js';
import { reasonOf } from '@gov/platform';

const SOURCE = '《党政机关公务用车管理办法》（中办发〔2017〕71号）';
const cap = (category: VehicleCategory, priceCapFen: number, displacementCapMl: number, effectiveFrom = '2017-12-05'): CapRule => ({
  id: `${category}-${effectiveFrom}`,
  category,
  priceCapFen,
  displacementCapMl,
  effectiveFrom,
  source: SOURCE,
  createdAt: new Date(`${effectiveFrom}T00:00:00Z`),
});
const quota = (n: number): QuotaRule => ({ id: 'q', unitId: 'u', category: 'emergency', quota: n, effectiveFrom: '2026-01-01', source: '博编〔2026〕1号', createdAt: new Date() });

describe('公务用车: the steps', () => {
  it.each<[VehicleStep, VehicleStatus, boolean, VehicleStatus]>([
    ['approve', 'requested', true, 'in_service'],
    ['reject', 'requested', true, 'rejected'],
    ['withdraw', 'requested', true, 'withdrawn'],
    ['update', 'requested', true, 'requested'],
    ['update', 'in_service', true, 'in_service'],
    ['dispose', 'in_service', true, 'disposed'],
    ['approve', 'in_service', false, 'in_service'],
    ['dispose', 'requested', false, 'disposed'],
    ['withdraw', 'in_service', false, 'withdrawn'],
    ['update', 'disposed', false, 'disposed'],
    ['update', 'rejected', false, 'rejected'],
    ['approve', 'withdrawn', false, 'in_service'],
  ])('%s from %s: allowed %s, ends in %s', (step, from, allowed, after) => {
    expect(canTake(step, from)).toBe(allowed);
    expect(statusAfter(step, from)).toBe(after);
  });

  it('a refusal, withdrawal or disposal needs a reason of at least two characters', () => {
    expect(reasonOf('  超编  ')).toBe('超编');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });
});

describe('配备标准 (中办发〔2017〕71号): price and displacement caps per category', () => {
  const confidential = cap('confidential_comm', 12_000_000, 1600);
  const emergency = cap('emergency', 18_000_000, 1800);
  it.each<[string, CapRule, EnergyType, number, number | null, number, RegExp | null]>([
    ['机要通信 ¥119,800 / 1.5 L is within', confidential, 'fuel', 11_980_000, 1498, 0, null],
    ['机要通信 exactly ¥120,000 / 1.6 L is within (caps inclusive)', confidential, 'fuel', 12_000_000, 1600, 0, null],
    ['机要通信 ¥120,000.01 is over the price cap', confidential, 'fuel', 12_000_001, 1498, 1, /价格.*超过机要通信用车价格上限 120,000 元.*中办发〔2017〕71号/],
    ['机要通信 1.8 L is over the displacement cap', confidential, 'fuel', 11_000_000, 1798, 1, /排气量 1\.8 升 超过机要通信用车排气量上限 1\.6 升/],
    ['应急保障 ¥180,000 / 1.8 L is within', emergency, 'hybrid', 18_000_000, 1800, 0, null],
    ['应急保障 ¥250,000 / 2.0 L breaks both caps', emergency, 'fuel', 25_000_000, 1998, 2, /超过应急保障用车/],
    ['a pure electric vehicle has no displacement', emergency, 'electric', 17_900_000, null, 0, null],
    ['a pure electric vehicle still has the price cap', emergency, 'electric', 18_500_000, null, 1, /价格上限 180,000 元/],
    ['a fuel vehicle must state its displacement', emergency, 'fuel', 15_000_000, null, 1, /须填写排气量/],
  ])('%s', (_case, rule, energyType, priceFen, displacementMl, count, message) => {
    const violations = capViolations({ category: rule.category, energyType, priceFen, displacementMl }, rule);
    expect(violations).toHaveLength(count);
    if (message) expect(violations.join('；')).toMatch(message);
  });
});

describe('编制 (中办发〔2017〕71号: 公务用车实行编制管理)', () => {
  it.each<[string, number, QuotaRule | null, RegExp | null]>([
    ['no quota set: refused', 0, null, /未核定编制/],
    ['quota 0: refused', 0, quota(0), /编制 0 辆.*超编/],
    ['2 held of 3: allowed', 2, quota(3), null],
    ['3 held of 3: refused, citing the quota source', 3, quota(3), /编制 3 辆，已有在用及申请中 3 辆.*博编〔2026〕1号/],
  ])('%s', (_case, held, rule, message) => {
    const violation = quotaViolation(held, rule, 'emergency');
    if (message) expect(violation).toMatch(message);
    else expect(violation).toBeNull();
  });
});

describe('versioned configuration: the version in force on a day', () => {
  const first = cap('emergency', 18_000_000, 1800, '2017-12-05');
  const second = cap('emergency', 20_000_000, 1800, '2027-01-01');
  it.each<[string, string | null]>([
    ['2017-12-04', null],
    ['2017-12-05', first.id],
    ['2026-12-31', first.id],
    ['2027-01-01', second.id],
  ])('on %s the version in force is %s', (asOf, expected) => {
    expect(inForce([first, second], asOf)?.id ?? null).toBe(expected);
  });

  it('of two versions effective the same day, the one entered later wins', () => {
    const later = { ...first, id: 'later', createdAt: new Date('2026-06-01T00:00:00Z') };
    expect(inForce([first, later], '2026-07-01')?.id).toBe('later');
  });
});
