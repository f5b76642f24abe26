import { describe, expect, it } from '@jest/globals';
import type { ClaimTrip } from '@gov/contracts-personnel-finance';
import { checkStandards, missingStandardData, overStandardMessage, standardsByVersion, standardsOn, tripDays } from './claim.standards.js';

const standards = standardsOn('2026-06-01')!;
const trip = (over: Partial<ClaimTrip> = {}): ClaimTrip => ({
  travellerName: '林娜',
  rankClass: 'other',
  destination: 'jinan',
  departOn: '2026-11-02',
  returnOn: '2026-11-04',
  nights: 2,
  lodgingFen: 76_000,
  mealFen: 30_000,
  transportFen: 24_000,
  ...over,
});

describe('差旅费 standards (CLBZ-2025-01: 财行〔2013〕531号 allowances, lodging table [U])', () => {
  it('the version in force is chosen by date and kept by its name', () => {
    expect(standards.version).toBe('CLBZ-2025-01');
    expect(standardsOn('2024-12-31')).toBeNull();
    expect(standardsByVersion('CLBZ-2025-01')).toBe(standards);
    expect(standardsByVersion('nope')).toBeNull();
  });

  it('a trip counts departure and return days', () => {
    expect(tripDays('2026-11-02', '2026-11-04')).toBe(3);
    expect(tripDays('2026-11-02', '2026-11-02')).toBe(1);
    expect(tripDays('2026-02-27', '2026-03-02')).toBe(4);
    expect(tripDays('2026-11-04', '2026-11-02')).toBe(-1);
  });

  // Hand-computed caps: 济南 其余人员 380 元/夜; 100 元 and 80 元 a day.
  it.each<[string, Partial<ClaimTrip>, number, number, number, boolean]>([
    ['济南 3 days 2 nights, 县处级及以下, at the caps', {}, 76_000, 30_000, 24_000, true],
    ['济南 one 分 above the lodging cap', { lodgingFen: 76_001 }, 76_000, 30_000, 24_000, false],
    ['北京 厅局级 650 元 × 2', { destination: 'beijing', rankClass: 'bureau', lodgingFen: 130_000 }, 130_000, 30_000, 24_000, true],
    ['上海 省部级 1100 元 × 1, 2 days', { destination: 'shanghai', rankClass: 'provincial', returnOn: '2026-11-03', nights: 1, lodgingFen: 110_000, mealFen: 20_000, transportFen: 16_000 }, 110_000, 20_000, 16_000, true],
    ['淄博 meals above 100 元 × 3', { destination: 'zibo', mealFen: 30_100 }, 76_000, 30_000, 24_000, false],
    ['a day trip: no night, no lodging', { returnOn: '2026-11-02', nights: 0, lodgingFen: 0, mealFen: 10_000, transportFen: 8_000 }, 0, 10_000, 8_000, true],
  ])('%s', (_name, over, lodgingCap, mealCap, transportCap, within) => {
    const { checks, problems } = checkStandards({ expenseKind: 'travel', totalFen: 1_000_000, trips: [trip(over)], meeting: null }, standards);
    expect(problems).toEqual([]);
    expect(checks.map((c) => c.capFen)).toEqual([lodgingCap, mealCap, transportCap]);
    expect(checks.every((c) => c.withinStandard)).toBe(within);
    const message = overStandardMessage(checks);
    if (within) expect(message).toBeNull();
    else expect(message).toMatch(/超出开支标准.*限额/);
  });

  it('the refusal cites the rule, its source and the cap', () => {
    const { checks } = checkStandards({ expenseKind: 'travel', totalFen: 1_000_000, trips: [trip({ lodgingFen: 80_000 })], meeting: null }, standards);
    expect(overStandardMessage(checks)).toBe(`超出开支标准：${checks[0].rule}，限额 760.00 元，申报 800.00 元，超标准部分不予报销`);
    expect(checks[1].rule).toContain('财行〔2013〕531号');
  });

  it.each<[string, Partial<ClaimTrip>, string]>([
    ['return before departure', { returnOn: '2026-11-01' }, 'trips.0.returnOn'],
    ['more nights than the trip has', { nights: 3 }, 'trips.0.nights'],
    ['a destination not in the table', { destination: 'atlantis' }, 'trips.0.destination'],
  ])('inconsistent data: %s', (_name, over, field) => {
    expect(checkStandards({ expenseKind: 'travel', totalFen: 1_000_000, trips: [trip(over)], meeting: null }, standards).problems.map((p) => p.field)).toContain(field);
  });

  it('the trips cannot claim more than the claim totals; submit needs trips or the meeting', () => {
    expect(checkStandards({ expenseKind: 'travel', totalFen: 100_000, trips: [trip()], meeting: null }, standards).problems.map((p) => p.field)).toEqual(['trips']);
    expect(missingStandardData({ expenseKind: 'travel', trips: [], meeting: null })?.field).toBe('trips');
    expect(missingStandardData({ expenseKind: 'meeting', trips: [], meeting: null })?.field).toBe('meeting');
    expect(missingStandardData({ expenseKind: 'office', trips: [], meeting: null })).toBeNull();
    expect(checkStandards({ expenseKind: 'office', totalFen: 9_999_999, trips: [], meeting: null }, standards)).toEqual({ checks: [], problems: [] });
  });
});

describe('会议费 standards (CLBZ-2025-01: 财行〔2016〕214号 综合定额 and 会期)', () => {
  // Hand-computed: 三类 550 元 × 80 人 × 1 天 = 44,000 元; 二类 650 元 × 60 人 × 2 天 = 78,000 元.
  it.each<[string, 'first' | 'second' | 'third' | 'fourth', number, number, number, number, boolean]>([
    ['三类, 80 people, 1 day, at the cap', 'third', 1, 80, 4_400_000, 4_400_000, true],
    ['三类, one 分 above', 'third', 1, 80, 4_400_001, 4_400_000, false],
    ['二类, 60 people, 2 days', 'second', 2, 60, 6_000_000, 7_800_000, true],
    ['一类, 10 people, 1 day: 760 元', 'first', 1, 10, 760_000, 760_000, true],
    ['四类 as 三类: 550 元', 'fourth', 2, 10, 1_100_000, 1_100_000, true],
  ])('%s', (_name, category, days, attendees, total, cap, within) => {
    const { checks } = checkStandards({ expenseKind: 'meeting', totalFen: total, trips: [], meeting: { category, days, attendees } }, standards);
    expect(checks[1]).toMatchObject({ unit: 'fen', capFen: cap, claimedFen: total, withinStandard: within });
    expect(checks[1].rule).toContain('财行〔2016〕214号');
  });

  it('a 三类 meeting longer than 2 days is refused by its 会期', () => {
    const { checks } = checkStandards({ expenseKind: 'meeting', totalFen: 100, trips: [], meeting: { category: 'third', days: 3, attendees: 10 } }, standards);
    expect(checks[0]).toMatchObject({ unit: 'days', capFen: 2, claimedFen: 3, withinStandard: false });
    expect(overStandardMessage(checks)).toContain('申报会期 3 天');
  });
});
