import { describe, expect, it } from '@jest/globals';
import type { SalaryChangeKind } from '@gov/contracts-personnel-finance';
import { changeRefusal, penaltyBars, qualifyingYears, regularStepCheck } from './salary-changes.rules.js';

const at = (grade: number, step: number, yuan: number) => ({ grade, step, baseSalaryFen: yuan * 100 });

describe('工资晋级晋档: what each kind may change', () => {
  it.each<[SalaryChangeKind, ReturnType<typeof at>, ReturnType<typeof at>, string | undefined, string | null]>([
    ['regular_step', at(22, 3, 3000), at(22, 4, 3100), undefined, null],
    ['regular_step', at(22, 3, 3000), at(22, 5, 3200), undefined, 'after'],
    ['regular_step', at(22, 3, 3000), at(21, 4, 3100), undefined, 'after'],
    ['grade_promotion', at(22, 3, 3000), at(21, 2, 3300), undefined, null],
    ['grade_promotion', at(22, 3, 3000), at(23, 2, 3300), undefined, 'after'],
    ['grade_promotion', at(22, 3, 3000), at(22, 3, 3300), undefined, 'after'],
    ['post_promotion', at(22, 3, 3000), at(20, 1, 3600), undefined, null],
    ['other', at(22, 3, 3000), at(22, 3, 3050), undefined, 'basis'],
    ['other', at(22, 3, 3000), at(22, 3, 3050), '标准调整', null],
    ['post_promotion', at(22, 3, 3000), at(22, 3, 3000), undefined, 'after'],
  ])('%s %o → %o (basis %s) refused on %s', (kind, before, after, basis, field) => {
    expect(changeRefusal(kind, before, after, basis)?.field ?? null).toBe(field);
  });
});

describe('正常晋升档次: 称职 or better in each of the two years before, two years apart', () => {
  const grades = (entries: [number, string | null][]) => new Map(entries);
  it('rests on the two years before the effective year', () => {
    expect(qualifyingYears(2027)).toEqual([2025, 2026]);
  });
  it.each<[string, Map<number, string | null>, { year: number; month: number } | null, boolean]>([
    ['称职 + 优秀, never promoted', grades([[2025, 'competent'], [2026, 'excellent']]), null, true],
    ['one year 基本称职', grades([[2025, 'competent'], [2026, 'basically_competent']]), null, false],
    ['a year without a finalised result', grades([[2026, 'competent']]), null, false],
    ['a probationer year (no grade)', grades([[2025, null], [2026, 'competent']]), null, false],
    ['last step exactly two years before', grades([[2025, 'competent'], [2026, 'competent']]), { year: 2025, month: 1 }, true],
    ['last step less than two years before', grades([[2025, 'competent'], [2026, 'competent']]), { year: 2025, month: 2 }, false],
  ])('%s → allowed %s', (_, g, last, allowed) => {
    const check = regularStepCheck({ year: 2027, month: 1, grades: g, lastRegularStep: last });
    expect(check.refusal === null).toBe(allowed);
    if (!allowed) expect(check.refusal).toContain('《公务员工资制度改革方案》');
  });
});

describe('处分期间 (《公务员法》第六十四条)', () => {
  it.each<[SalaryChangeKind, string | null, boolean]>([
    ['regular_step', 'warning', false],
    ['regular_step', 'demerit', true],
    ['grade_promotion', 'warning', true],
    ['post_promotion', 'major_demerit', true],
    ['other', 'demerit', false],
  ])('%s during a %s → barred %s', (kind, subKind, barred) => {
    expect(penaltyBars(kind, { subKind })).toBe(barred);
  });
  it('no penalty bars nothing', () => {
    expect(penaltyBars('grade_promotion', null)).toBe(false);
  });
});
