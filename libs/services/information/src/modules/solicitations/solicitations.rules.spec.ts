import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { AssignmentStatus, SolicitationStatus } from '@gov/contracts-information';
import { canTake, deductionFor, internalDue, redatedDue, isLate, isOverdue, statusAfter, type SolicitationStep } from './solicitations.rules.js';
import { reasonOf } from '@gov/platform';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());
const WEIGHTS = { solicitation_late: 2, solicitation_missing: 5 };

describe('约稿: the states', () => {
  it.each<[SolicitationStep, SolicitationStatus, boolean, SolicitationStatus]>([
    ['answer', 'open', true, 'open'],
    ['reply', 'open', true, 'replied'],
    ['withdraw', 'open', true, 'withdrawn'],
    ['answer', 'replied', false, 'replied'],
    ['reply', 'replied', false, 'replied'],
    ['withdraw', 'withdrawn', false, 'withdrawn'],
  ])('%s from %s: allowed %s', (step, status, allowed, after) => {
    expect(canTake(step, status)).toBe(allowed);
    if (allowed) expect(statusAfter(step, status)).toBe(after);
  });

  it.each<[string | undefined, string | null]>([
    ['  上级取消约稿  ', '上级取消约稿'],
    [' 无 ', null],
    [undefined, null],
  ])('reason %p → %p', (text, reason) => expect(reasonOf(text)).toBe(reason));
});

describe('约稿 internal deadline (deadline engine: working days, start day not counted per 《民法典》第201条)', () => {
  it.each<[string, number, string, string | null]>([
    // A plain week: Mon 2026-11-09 + 3 working days → Thu 11-12.
    ['2026-11-09', 3, '2026-11-20', '2026-11-12'],
    // Over a weekend: Fri 2026-11-13 + 1 → Mon 11-16.
    ['2026-11-13', 1, '2026-11-20', '2026-11-16'],
    // Over 中秋节 (Fri 2026-09-25) and the weekend: Thu 09-24 + 3 → Mon 28, Tue 29, Wed 30.
    ['2026-09-24', 3, '2026-10-09', '2026-09-30'],
    // The internal deadline would fall after the upper deadline: refused.
    ['2026-09-24', 3, '2026-09-29', null],
  ])('received %s, %d working days, upper %s → %p', (receivedOn, days, upper, expected) => {
    const due = internalDue(calendar, receivedOn, days, upper);
    expect(due?.dueDate ?? null).toBe(expected);
    if (due) expect(due.explanation.at(-1)).toContain(upper);
  });

  it('re-dated after a calendar change, never past the upper deadline', () => {
    expect(redatedDue(calendar, '2026-11-09', 3, '2026-11-20').dueDate).toBe('2026-11-12');
    const capped = redatedDue(calendar, '2026-09-24', 3, '2026-09-29');
    expect(capped.dueDate).toBe('2026-09-29');
    expect(capped.explanation[0]).toContain('以上级时限 2026-09-29 为准');
  });

  it.each<[string, string, boolean]>([
    ['2026-09-29', '2026-09-29', false],
    ['2026-09-29', '2026-09-30', true],
    ['2026-09-29', '2026-09-28', false],
  ])('due %s answered %s is late: %s', (due, answered, late) => expect(isLate(due, answered)).toBe(late));

  it.each<[AssignmentStatus, string, string, boolean]>([
    ['pending', '2026-09-29', '2026-09-30', true],
    ['pending', '2026-09-29', '2026-09-29', false],
    ['answered', '2026-09-29', '2026-10-30', false],
  ])('%s due %s on %s is overdue (red): %s', (status, due, today, overdue) => expect(isOverdue(status, due, today)).toBe(overdue));

  it.each<[AssignmentStatus, boolean, number]>([
    ['answered', false, 0],
    ['answered', true, 2],
    ['missed', false, 5],
    ['pending', false, 0],
  ])('RULES.md §2.7 deduction for %s (late %s): %d', (status, late, points) => expect(deductionFor(status, late, WEIGHTS)).toBe(points));
});
