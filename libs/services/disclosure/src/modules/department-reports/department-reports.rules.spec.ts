import { describe, expect, it } from '@jest/globals';
import type { DepartmentReportStatus } from '@gov/contracts-disclosure';
import { canTake, contentProblems, figuresProblems, isLate, publicationDeadline, publishProblem, roundYearProblem, statusAfter, submissionDeadline, unitSubmissions, type DepartmentReportStep } from './department-reports.rules.js';

const figures = (a: number, b: number, c: number, d: number) => ({ newApplications: a, carriedOver: b, concluded: c, carriedForward: d, reviews: 0, lawsuits: 0 });

describe('部门政府信息公开工作年度报告: the rules', () => {
  it.each<[DepartmentReportStep, DepartmentReportStatus, boolean]>([
    ['resubmit', 'submitted', true],
    ['resubmit', 'returned', true],
    ['resubmit', 'passed', false],
    ['resubmit', 'published', false],
    ['pass', 'submitted', true],
    ['pass', 'returned', false],
    ['return', 'submitted', true],
    ['return', 'passed', false],
    ['publish', 'passed', true],
    ['publish', 'submitted', false],
    ['publish', 'published', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it('the steps end where they say', () => {
    expect(statusAfter('resubmit')).toBe('submitted');
    expect(statusAfter('pass')).toBe('passed');
    expect(statusAfter('return')).toBe('returned');
    expect(statusAfter('publish')).toBe('published');
  });

  it('第四十九条: the departments by 31 January, the district by 31 March of the next year, each citing the article', () => {
    expect(submissionDeadline(2025).dueDate).toBe('2026-01-31');
    expect(submissionDeadline(2025).explanation[0]).toContain('第四十九条');
    expect(publicationDeadline(2025).dueDate).toBe('2026-03-31');
    expect(publicationDeadline(2025).explanation[0]).toContain('3月31日前');
  });

  it.each<[string | null, string, boolean]>([
    ['2026-01-31', '2026-03-01', false],
    ['2026-02-01', '2026-02-01', true],
    [null, '2026-01-31', false],
    [null, '2026-02-01', true],
  ])('first submitted %p, today %s: late %p', (first, today, late) => {
    expect(isLate(first, '2026-01-31', today)).toBe(late);
  });

  it.each([
    [{ text: '一、总体情况……' }, 0],
    [{ text: '   ', attachments: ['报告.pdf'] }, 0],
    [{ text: '  ', attachments: ['  '] }, 1],
    [{}, 1],
  ])('content %p has %i problems', (content, n) => {
    expect(contentProblems(content)).toHaveLength(n);
  });

  it.each([
    [null, 0],
    [figures(10, 2, 11, 1), 0],
    [figures(10, 2, 10, 1), 1],
    [figures(0, 0, 0, 0), 0],
  ])('figures %p: %i cross-check problems (一+二=三+四)', (f, n) => {
    const problems = figuresProblems(f);
    expect(problems).toHaveLength(n);
    if (n) expect(problems[0].message).toContain('一+二=三+四');
  });

  it.each<[number, string | null]>([
    [2025, null],
    [2026, null],
    [2027, '2027年尚未开始'],
  ])('a collection for %i on 2026-12-05: %p', (year, problem) => {
    const result = roundYearProblem(year, '2026-12-05');
    if (problem) expect(result).toContain(problem);
    else expect(result).toBeNull();
  });

  it.each<[string, DepartmentReportStatus[], string | null]>([
    ['2026-02-05', ['passed', 'returned'], null],
    ['2026-02-05', ['passed', 'published'], null],
    ['2026-03-01', ['passed'], 'dateOrder'],
    ['2025-12-31', ['passed'], 'dateOrder'],
    ['2026-02-05', ['passed', 'submitted'], 'unchecked'],
    ['2026-02-05', ['returned', 'published'], 'nothingToPublish'],
  ])('publishing the 2025 reports on %s with %p: %p (today 2026-02-10)', (on, statuses, code) => {
    expect(publishProblem(2025, on, '2026-02-10', statuses)?.code ?? null).toBe(code);
  });

  it('the year list: who submitted, who late, who is missing, and a unit not on the list', () => {
    const round = { unitIds: ['a', 'b', 'c'], dueDate: '2026-01-31' };
    const rows = unitSubmissions(
      round,
      [
        { id: 'r1', unitId: 'a', status: 'passed', firstSubmittedOn: '2026-01-20' },
        { id: 'r2', unitId: 'b', status: 'submitted', firstSubmittedOn: '2026-02-03' },
        { id: 'r4', unitId: 'd', status: 'returned', firstSubmittedOn: '2026-01-30' },
      ],
      '2026-02-10',
    );
    expect(rows.map((r) => [r.unitId, r.expected, r.state, r.late])).toEqual([
      ['a', true, 'passed', false],
      ['b', true, 'submitted', true],
      ['c', true, 'missing', true],
      ['d', false, 'returned', false],
    ]);
    expect(unitSubmissions(round, [], '2026-01-31').every((r) => r.state === 'missing' && !r.late)).toBe(true);
  });
});
