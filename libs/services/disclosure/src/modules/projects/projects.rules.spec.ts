import { describe, expect, it } from '@jest/globals';
import type { PerformanceGrade, ProjectStatus } from '@gov/contracts-disclosure';
import {
  canTake,
  dateProblem,
  GRADE_SCALES,
  gradeOf,
  gradeScaleOn,
  isOverdue,
  isSectionStep,
  plannedDatesProblem,
  statusAfter,
  type GradeScale,
  type ProjectStep,
  type StepOutcome,
} from './projects.rules.js';
import { reasonOf } from '@gov/platform';

describe('信息化项目: the rules', () => {
  it.each<[ProjectStep, ProjectStatus, boolean]>([
    ['review', 'submitted', true],
    ['review', 'returned', false],
    ['review', 'implementing', false],
    ['update', 'submitted', true],
    ['update', 'returned', true],
    ['update', 'implementing', false],
    ['resubmit', 'returned', true],
    ['resubmit', 'submitted', false],
    ['supervise', 'implementing', true],
    ['supervise', 'submitted', false],
    ['supervise', 'accepted', false],
    ['accept', 'implementing', true],
    ['accept', 'accepted', false],
    ['evaluate', 'accepted', true],
    ['evaluate', 'implementing', false],
    ['evaluate', 'evaluated', false],
    ['withdraw', 'submitted', true],
    ['withdraw', 'implementing', true],
    ['withdraw', 'accepted', false],
    ['withdraw', 'withdrawn', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it.each<[ProjectStep, ProjectStatus, StepOutcome, ProjectStatus]>([
    ['review', 'submitted', 'approved', 'implementing'],
    ['review', 'submitted', 'returned', 'returned'],
    ['resubmit', 'returned', null, 'submitted'],
    ['update', 'returned', null, 'returned'],
    ['supervise', 'implementing', null, 'implementing'],
    ['accept', 'implementing', 'passed', 'accepted'],
    ['accept', 'implementing', 'failed', 'implementing'],
    ['evaluate', 'accepted', null, 'evaluated'],
    ['withdraw', 'implementing', null, 'withdrawn'],
  ])('%s from %s (%s) → %s', (step, status, outcome, after) => {
    expect(statusAfter(step, status, outcome)).toBe(after);
  });

  it.each<[ProjectStep, ProjectStatus, boolean]>([
    ['review', 'submitted', true],
    ['accept', 'implementing', true],
    ['withdraw', 'implementing', true],
    ['withdraw', 'submitted', false],
    ['update', 'returned', false],
    ['resubmit', 'returned', false],
  ])('%s from %s is the section’s only: %s', (step, status, sectionOnly) => {
    expect(isSectionStep(step, status)).toBe(sectionOnly);
  });

  it.each<[number, PerformanceGrade]>([
    [100, 'excellent'],
    [90, 'excellent'],
    [89, 'good'],
    [80, 'good'],
    [79, 'fair'],
    [60, 'fair'],
    [59, 'poor'],
    [0, 'poor'],
  ])('score %i is graded %s under 财预〔2020〕10号', (score, grade) => {
    expect(gradeOf(score, gradeScaleOn('2026-06-30'))).toBe(grade);
  });

  it('the grade scale in force is the latest effective one; a record keeps its version', () => {
    const stricter: GradeScale = { version: 2, effectiveFrom: '2027-01-01', source: '假设的新分档', bands: [{ min: 95, grade: 'excellent' }, { min: 85, grade: 'good' }, { min: 70, grade: 'fair' }, { min: 0, grade: 'poor' }] };
    const scales = [...GRADE_SCALES, stricter];
    expect(gradeScaleOn('2026-12-31', scales).version).toBe(1);
    expect(gradeScaleOn('2027-01-01', scales).version).toBe(2);
    expect(gradeOf(92, gradeScaleOn('2026-12-31', scales))).toBe('excellent');
    expect(gradeOf(92, gradeScaleOn('2027-03-01', scales))).toBe('good');
    expect(GRADE_SCALES[0].source).toContain('财预〔2020〕10号');
  });

  it.each<[string, string | null, string | null]>([
    ['2026-05-10', '2026-05-01', null],
    ['2026-05-01', '2026-05-01', null],
    ['2026-04-30', '2026-05-01', 'reviewedOn：不能早于报送审核之日（2026-05-01）'],
    ['2026-07-01', null, 'reviewedOn：日期不能晚于今天'],
  ])('a review on %s after submission on %s: %s', (on, after, message) => {
    expect(dateProblem('reviewedOn', on, '2026-06-30', { on: after, what: '报送审核之日' })?.message ?? null).toBe(message);
  });

  it('planned dates: completion not before the start', () => {
    expect(plannedDatesProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(plannedDatesProblem('2026-12-31', '2026-01-01')).toEqual({ field: 'plannedEndOn', message: 'plannedEndOn：计划完成日期不能早于计划开工日期' });
  });

  it.each<[ProjectStatus, string, boolean]>([
    ['implementing', '2026-06-29', true],
    ['implementing', '2026-06-30', false],
    ['accepted', '2026-01-01', false],
    ['submitted', '2026-01-01', false],
  ])('%s with planned completion %s is overdue on 2026-06-30: %s', (status, plannedEndOn, overdue) => {
    expect(isOverdue({ status, plannedEndOn }, '2026-06-30')).toBe(overdue);
  });

  it.each<[string | undefined, string | null]>([
    [undefined, null],
    [' ', null],
    ['甲', null],
    ['  重复申报  ', '重复申报'],
  ])('reason %p → %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});
