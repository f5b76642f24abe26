import { describe, expect, it } from '@jest/globals';
import type { TownSpaceReportStatus } from '@gov/contracts-facilities-and-vehicles';
import { assessSpace, canTake, carsOverQuota, figureProblems, statusAfter, townSpaceReportTasks, type RankStandards, type TownSpaceReportStep } from './town-space-reports.rules.js';

const SOURCE = '《党政机关办公用房建设标准》（县级机关）';
const STANDARDS: RankStandards = {
  county_principal: { areaM2: 30, source: SOURCE },
  county_deputy: { areaM2: 24, source: SOURCE },
  section_principal: { areaM2: 18, source: SOURCE },
  section_deputy: { areaM2: 12, source: SOURCE },
  below_section: { areaM2: 9, source: SOURCE },
};
const staff = (county_principal: number, county_deputy: number, section_principal: number, section_deputy: number, below_section: number) => ({ county_principal, county_deputy, section_principal, section_deputy, below_section });

describe('镇街办公用房报送: steps', () => {
  it.each<[TownSpaceReportStep, TownSpaceReportStatus, boolean, TownSpaceReportStatus]>([
    ['update', 'submitted', true, 'submitted'],
    ['update', 'returned', true, 'submitted'],
    ['update', 'approved', false, 'submitted'],
    ['approve', 'submitted', true, 'approved'],
    ['approve', 'returned', false, 'approved'],
    ['return', 'submitted', true, 'returned'],
    ['return', 'approved', false, 'returned'],
    ['withdraw', 'submitted', true, 'withdrawn'],
    ['withdraw', 'returned', true, 'withdrawn'],
    ['withdraw', 'approved', false, 'withdrawn'],
    ['withdraw', 'withdrawn', false, 'withdrawn'],
  ])('%s from %s: allowed %s, then %s', (step, from, allowed, after) => {
    expect(canTake(step, from)).toBe(allowed);
    expect(statusAfter(step)).toBe(after);
  });
});

describe('镇街办公用房报送: 面积核定 against the per-person standard (RULES.md §2.9)', () => {
  it.each([
    // office area, staff, standard area, excess, per person
    [300, staff(0, 0, 2, 6, 20), 2 * 18 + 6 * 12 + 20 * 9, 12, 10.71],
    [288, staff(0, 0, 2, 6, 20), 288, 0, 10.29],
    [100, staff(1, 1, 0, 0, 0), 54, 46, 50],
    [0, staff(0, 0, 0, 0, 0), 0, 0, null],
    [250.55, staff(0, 0, 1, 1, 1), 39, 211.55, 83.52],
  ])('office %s m² for %j: standard %s, excess %s, per person %s', (office, people, standard, excess, perPerson) => {
    const result = assessSpace(office, people, STANDARDS);
    expect(result).toMatchObject({ standardAreaM2: standard, excessAreaM2: excess, overStandard: excess > 0, perPersonAreaM2: perPerson });
  });

  it('states the standard it assessed against, with its source', () => {
    expect(assessSpace(10, staff(0, 0, 0, 0, 1), STANDARDS).standardRule).toBe(
      `县级正职 30 平方米/人，县级副职 24 平方米/人，正科级 18 平方米/人，副科级 12 平方米/人，科级以下 9 平方米/人（依据${SOURCE}）`,
    );
  });
});

describe('镇街办公用房报送: figures and cars', () => {
  it.each([
    [{ totalAreaM2: 100, officeAreaM2: 120, staff: staff(0, 0, 0, 0, 5) }, ['officeAreaM2']],
    [{ totalAreaM2: 100, officeAreaM2: 50, staff: staff(0, 0, 0, 0, 0) }, ['staff']],
    [{ totalAreaM2: 100, officeAreaM2: 100, staff: staff(0, 0, 0, 0, 1) }, []],
    [{ totalAreaM2: 0, officeAreaM2: 0, staff: staff(0, 0, 0, 0, 0) }, []],
  ])('%j → problems on %j', (figures, fields) => {
    expect(figureProblems(figures).map((p) => p.field)).toEqual(fields);
  });

  it.each([
    [5, 4, 1],
    [3, 4, 0],
    [null, 4, null],
    [5, null, null],
  ])('cars held %s, quota %s: %s over', (held, quota, over) => {
    expect(carsOverQuota(held, quota)).toBe(over);
  });
});

describe('镇街办公用房报送: 待办', () => {
  const row = { id: 'r1', unitId: 'u1', unitName: '城东街道', year: 2026 };
  it.each<[TownSpaceReportStatus, string[]]>([
    ['submitted', ['town_space_report_review:role:section_staff']],
    ['returned', ['town_space_report_revise:unit:u1']],
    ['approved', []],
    ['withdrawn', []],
  ])('%s waits on %j', (status, expected) => {
    expect(townSpaceReportTasks({ ...row, status }).map((t) => `${t.kind}:${t.assignee.type}:${t.assignee.id}`)).toEqual(expected);
  });
});
