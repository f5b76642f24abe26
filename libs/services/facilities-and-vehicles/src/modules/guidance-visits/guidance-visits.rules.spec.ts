import { describe, expect, it } from '@jest/globals';
import type { GuidanceVisitStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, dateProblems, dueDateOf, guidanceVisitTasks, initialStatus, isOverdue, statusAfter, type GuidanceVisitStep } from './guidance-visits.rules.js';

describe('指导检查: steps', () => {
  it.each<[GuidanceVisitStep, GuidanceVisitStatus, boolean, GuidanceVisitStatus]>([
    ['report', 'rectifying', true, 'reported'],
    ['report', 'reported', false, 'reported'],
    ['report', 'closed', false, 'reported'],
    ['return', 'reported', true, 'rectifying'],
    ['return', 'rectifying', false, 'rectifying'],
    ['close', 'reported', true, 'closed'],
    ['close', 'rectifying', false, 'closed'],
    ['withdraw', 'rectifying', true, 'withdrawn'],
    ['withdraw', 'reported', true, 'withdrawn'],
    ['withdraw', 'closed', false, 'withdrawn'],
  ])('%s from %s: allowed %s, then %s', (step, from, allowed, after) => {
    expect(canTake(step, from)).toBe(allowed);
    expect(statusAfter(step)).toBe(after);
  });

  it('a visit without items is closed when recorded', () => {
    expect(initialStatus([])).toBe('closed');
    expect(initialStatus([{ content: '整改', deadline: '2026-12-01' }])).toBe('rectifying');
  });
});

describe('指导检查: dates', () => {
  const items = [
    { content: '甲', deadline: '2026-12-31' },
    { content: '乙', deadline: '2026-12-10' },
  ];
  it('the earliest deadline is when the unit is due', () => {
    expect(dueDateOf(items)).toBe('2026-12-10');
    expect(dueDateOf([])).toBeNull();
  });

  it.each([
    ['2026-11-20', items, '2026-12-05', []],
    ['2026-12-06', items, '2026-12-05', ['visitDate']],
    ['2026-12-10', items, '2026-12-10', ['items.1.deadline']],
    ['2026-11-20', [{ content: '丙', deadline: '2026-11-19' }], '2026-12-05', ['items.0.deadline']],
  ])('visit %s, items %j, today %s → problems on %j', (visitDate, list, today, fields) => {
    expect(dateProblems(visitDate, list, today).map((p) => p.field)).toEqual(fields);
  });

  it.each<[GuidanceVisitStatus, string | null, string, boolean]>([
    ['rectifying', '2026-12-10', '2026-12-10', false],
    ['rectifying', '2026-12-10', '2026-12-11', true],
    ['reported', '2026-12-10', '2026-12-11', false],
    ['rectifying', null, '2026-12-11', false],
  ])('%s due %s on %s: overdue %s', (status, due, today, overdue) => {
    expect(isOverdue(status, due, today)).toBe(overdue);
  });
});

describe('指导检查: 待办', () => {
  const row = { id: 'v1', unitId: 'u1', unitName: '城东街道', visitDate: '2026-11-20', items: [{ content: '甲', deadline: '2026-12-31' }, { content: '乙', deadline: '2026-12-10' }] };
  it('while rectifying the unit is due by the earliest deadline', () => {
    expect(guidanceVisitTasks({ ...row, status: 'rectifying' })).toEqual([
      expect.objectContaining({ kind: 'guidance_rectification', assignee: { type: 'unit', id: 'u1' }, deadline: { date: '2026-12-10', explanation: '整改事项中最早的整改期限为 2026-12-10' } }),
    ]);
  });
  it.each<[GuidanceVisitStatus, string[]]>([
    ['reported', ['guidance_closure']],
    ['closed', []],
    ['withdrawn', []],
  ])('%s waits on %j', (status, kinds) => {
    expect(guidanceVisitTasks({ ...row, status }).map((t) => t.kind)).toEqual(kinds);
  });
});
