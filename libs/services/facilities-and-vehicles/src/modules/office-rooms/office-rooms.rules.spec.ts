import { describe, expect, it } from '@jest/globals';
import type { OfficeRoomStatus, Rank } from '@gov/contracts-facilities-and-vehicles';
import { canTake, overStandardProblem, standardInForce, type OfficeRoomStep, type OfficeStandard } from './office-rooms.rules.js';
import { reasonOf } from '@gov/platform';

const SOURCE = '《党政机关办公用房建设标准》（县级机关人均使用面积）';
const STANDARD: Record<Rank, number> = { county_principal: 30, county_deputy: 24, section_principal: 18, section_deputy: 12, below_section: 9 };
const person = (personName: string, rank: Rank) => ({ personName, rank, standardM2: STANDARD[rank] });

describe('办公用房: the steps', () => {
  it.each<[OfficeRoomStep, OfficeRoomStatus, boolean]>([
    ['allocate', 'in_use', true],
    ['release', 'in_use', true],
    ['retire', 'in_use', true],
    ['allocate', 'retired', false],
    ['retire', 'retired', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => expect(canTake(step, from)).toBe(allowed));

  it('a release or retirement needs a reason', () => {
    expect(reasonOf(' 调任 ')).toBe('调任');
    expect(reasonOf('')).toBeNull();
  });
});

describe('县级机关办公用房标准: usable area against the sum of the occupants’ standards', () => {
  it.each<[string, number, ReturnType<typeof person>[], RegExp | null]>([
    ['县级正职 alone in 30 m²: within', 30, [person('甲', 'county_principal')], null],
    ['县级副职 alone in 24.5 m²: over by 0.5', 24.5, [person('乙', 'county_deputy')], /超标 0\.5 平方米/],
    ['正科 and 副科 share 30 m²: within', 30, [person('丙', 'section_principal'), person('丁', 'section_deputy')], null],
    ['three 科员 in 27 m²: within', 27, [person('A', 'below_section'), person('B', 'below_section'), person('C', 'below_section')], null],
    ['one 科员 left in 27 m²: over, citing the standard', 27, [person('A', 'below_section')], /超过使用人A（科级以下 9 平方米）的标准合计 9 平方米.*党政机关办公用房建设标准/],
    ['副科 in 18 m²: over', 18, [person('戊', 'section_deputy')], /超标 6 平方米/],
  ])('%s', (_case, area, occupants, problem) => {
    const found = overStandardProblem(area, occupants, SOURCE);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it('the standard in force is the latest version effective on the day', () => {
    const v1: OfficeStandard = { rank: 'section_deputy', areaM2: 12, effectiveFrom: '2014-12-01', source: SOURCE, createdAt: new Date('2014-12-01') };
    const v2: OfficeStandard = { ...v1, areaM2: 14, effectiveFrom: '2027-01-01' };
    expect(standardInForce([v1, v2], 'section_deputy', '2026-06-01')?.areaM2).toBe(12);
    expect(standardInForce([v1, v2], 'section_deputy', '2027-01-01')?.areaM2).toBe(14);
    expect(standardInForce([v1, v2], 'county_principal', '2027-01-01')).toBeNull();
  });
});
