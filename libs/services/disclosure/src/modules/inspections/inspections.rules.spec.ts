import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { InspectionStatus } from '@gov/contracts-disclosure';
import { canTake, initialStatus, isOverdue, rectificationDeadline, statusAfter, type InspectionStep } from './inspections.rules.js';
import { reasonOf } from '@gov/platform';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());

describe('公开巡查: the rules', () => {
  it.each([
    ['2025-09-26', 10, '2025-10-16', '国庆/中秋 2025: 09-28 and 10-11 are make-up working days, 10-01…10-08 off'],
    ['2026-09-28', 10, '2026-10-16', '国庆 2026: 10-01…10-07 off, 10-10 a make-up Saturday'],
    ['2026-02-12', 5, '2026-02-26', '春节 2026: 02-14 is a make-up Saturday, 02-15…02-23 off'],
    ['2026-06-05', 5, '2026-06-12', 'an ordinary week: the day of the inspection is not counted'],
  ])('inspected %s, %i working days → rectified by %s (%s)', (inspectedOn, days, due) => {
    const result = rectificationDeadline(calendar, inspectedOn, days);
    expect(result.dueDate).toBe(due);
    expect(result.explanation[0]).toBe(`整改期限：巡查之日（${inspectedOn}）起 ${days} 个工作日内`);
    expect(result.explanation.length).toBeGreaterThan(1);
  });

  it.each<[InspectionStep, InspectionStatus, boolean]>([
    ['rectify', 'rectifying', true],
    ['rectify', 'passed', false],
    ['rectify', 'rectified', false],
    ['withdraw', 'rectifying', true],
    ['withdraw', 'passed', true],
    ['withdraw', 'rectified', false],
    ['withdraw', 'withdrawn', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it('findings open a rectification, none means the page passed; the steps end where they say', () => {
    expect(initialStatus('公开指南未更新机构地址')).toBe('rectifying');
    expect(initialStatus('   ')).toBe('passed');
    expect(statusAfter('rectify')).toBe('rectified');
    expect(statusAfter('withdraw')).toBe('withdrawn');
  });

  it.each<[InspectionStatus, string | null, string | null, boolean]>([
    ['rectifying', '2026-06-12', null, false],
    ['rectifying', '2026-06-11', null, true],
    ['rectified', '2026-06-11', '2026-06-11', false],
    ['rectified', '2026-06-11', '2026-06-12', true],
    ['passed', null, null, false],
  ])('%s due %s rectified %s is overdue on 2026-06-12: %s', (status, dueDate, rectifiedOn, overdue) => {
    expect(isOverdue({ status, dueDate, rectifiedOn }, '2026-06-12')).toBe(overdue);
  });

  it.each<[string | undefined, string | null]>([
    [undefined, null],
    [' 甲 ', null],
    ['  重复登记 ', '重复登记'],
  ])('reason %p → %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});
