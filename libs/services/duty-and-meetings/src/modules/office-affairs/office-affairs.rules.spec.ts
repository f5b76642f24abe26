import { describe, expect, it } from '@jest/globals';
import {
  beijingDate,
  canMoveWorkPlan,
  canReviseRule,
  canTakeMeetingStep,
  coUnitsOf,
  countPublicity,
  decisionsDueBeforeMeeting,
  dueDateFitsPeriod,
  isWorkPlanOverdue,
  meetingStatusAfter,
} from './office-affairs.rules.js';
import { reasonOf } from '@gov/platform';

describe('室务会: steps in order (issue 21 §3)', () => {
  it.each([
    ['hold', 'planned', true],
    ['hold', 'held', false],
    ['hold', 'withdrawn', false],
    ['publish', 'planned', false],
    ['publish', 'held', true],
    ['publish', 'published', false],
    ['withdraw', 'planned', true],
    ['withdraw', 'held', false],
    ['withdraw', 'published', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTakeMeetingStep(step, status)).toBe(allowed);
  });

  it.each([
    ['hold', 'held'],
    ['publish', 'published'],
    ['withdraw', 'withdrawn'],
  ] as const)('%s ends in %s', (step, status) => {
    expect(meetingStatusAfter(step)).toBe(status);
  });

  it('a decided item is not due before the meeting day; a co-unit is named once and never the lead', () => {
    expect(decisionsDueBeforeMeeting('2026-12-05', ['2026-12-04', undefined, '2026-12-05', '2026-12-31'])).toEqual([1]);
    expect(decisionsDueBeforeMeeting('2026-12-05', [])).toEqual([]);
    expect(coUnitsOf('a', ['b', 'a', 'b', 'c'])).toEqual(['b', 'c']);
  });

  it.each([
    ['  会议改期  ', '会议改期'],
    [' 无 ', null],
    ['', null],
    [undefined, null],
  ])('reason %p → %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});

describe('工作计划: status moves and overdue', () => {
  it.each([
    ['not_started', 'in_progress', true],
    ['not_started', 'done', true],
    ['not_started', 'not_started', false],
    ['in_progress', 'in_progress', true],
    ['in_progress', 'done', true],
    ['in_progress', 'not_started', false],
    ['done', 'in_progress', false],
    ['done', 'done', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveWorkPlan(from, to)).toBe(allowed);
  });

  it.each([
    ['not_started', '2026-12-04', '2026-12-05', true],
    ['in_progress', '2026-12-04', '2026-12-05', true],
    ['in_progress', '2026-12-05', '2026-12-05', false],
    ['done', '2026-01-01', '2026-12-05', false],
  ] as const)('%s due %s on %s overdue: %s', (status, due, today, overdue) => {
    expect(isWorkPlanOverdue(status, due, today)).toBe(overdue);
  });

  it.each([
    [2026, null, '2026-12-31', true],
    [2026, null, '2027-01-01', false],
    [2026, 3, '2026-03-31', true],
    [2026, 3, '2026-05-10', true],
    [2026, 3, '2026-02-28', false],
  ] as const)('plan %s/%s due %s fits: %s', (year, month, due, fits) => {
    expect(dueDateFitsPeriod(year, month, due)).toBe(fits);
  });

  it('today is the Beijing calendar date', () => {
    expect(beijingDate(new Date('2026-12-05T15:59:59Z'))).toBe('2026-12-05');
    expect(beijingDate(new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06');
  });
});

describe('规章制度 and 宣传报道', () => {
  it.each([
    ['2026-01-01', '2026-06-01', true],
    ['2026-01-01', '2026-01-01', true],
    ['2026-06-01', '2026-01-01', false],
  ])('a version in force from %s revised from %s: %s', (current, next, allowed) => {
    expect(canReviseRule(current, next)).toBe(allowed);
  });

  it('counts per section and level, leaving voided records out', () => {
    const { rows, totals } = countPublicity([
      { sectionCode: 'zonghe', level: 'national', voided: false },
      { sectionCode: 'zonghe', level: 'district', voided: false },
      { sectionCode: 'xinxi', level: 'city', voided: false },
      { sectionCode: 'xinxi', level: 'city', voided: false },
      { sectionCode: 'xinxi', level: 'provincial', voided: false },
      { sectionCode: 'zonghe', level: 'national', voided: true },
    ]);
    expect(rows).toEqual([
      { sectionCode: 'xinxi', national: 0, provincial: 1, city: 2, district: 0, total: 3 },
      { sectionCode: 'zonghe', national: 1, provincial: 0, city: 0, district: 1, total: 2 },
    ]);
    expect(totals).toEqual({ sectionCode: 'all', national: 1, provincial: 1, city: 2, district: 1, total: 5 });
    expect(countPublicity([])).toEqual({ rows: [], totals: { sectionCode: 'all', national: 0, provincial: 0, city: 0, district: 0, total: 0 } });
  });
});
