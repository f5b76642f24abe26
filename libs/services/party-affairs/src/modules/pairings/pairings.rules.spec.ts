import { describe, expect, it } from '@jest/globals';
import type { PairingGoal } from '@gov/contracts-party-affairs';
import { canTake, dateInYear, mergeGoals, progressOf } from './pairings.rules.js';

const goal = (id: string, achievedOn: string | null = null): PairingGoal => ({ id, content: '产业增收', outcome: achievedOn ? '已达成' : null, achievedOn });

describe('结对帮扶: the rules (local: RULES.md §2.11 is silent)', () => {
  it.each([
    ['visit', 'open', true],
    ['help', 'open', true],
    ['outcome', 'open', true],
    ['update', 'open', true],
    ['withdraw', 'open', true],
    ['visit', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it.each([
    ['2026-01-01', 2026, '2026-06-01', true],
    ['2026-06-01', 2026, '2026-06-01', true],
    ['2026-06-02', 2026, '2026-06-01', false],
    ['2025-12-31', 2026, '2026-06-01', false],
    ['2026-12-31', 2026, '2027-01-05', true],
    ['2027-01-01', 2026, '2027-01-05', false],
  ])('%s in a %i pairing, today %s: %p', (date, year, today, ok) => {
    expect(dateInYear(date, year, today)).toBe(ok);
  });

  it('the year view: visits, help per kind in 分, goals achieved, met only when all three are', () => {
    const base = { plannedVisits: 2, plannedHelpFen: 100_000, goals: [goal('a', '2026-05-01'), goal('b')], visits: [{}, {}] };
    const help = [
      { kind: 'funds', valueFen: 60_000 },
      { kind: 'materials', valueFen: 39_999 },
      { kind: 'funds', valueFen: 1 },
    ] as const;
    expect(progressOf({ ...base, help: [...help] })).toEqual({
      plannedVisits: 2,
      visits: 2,
      plannedHelpFen: 100_000,
      helpFen: 100_000,
      helpByKindFen: { funds: 60_001, materials: 39_999, project: 0, other: 0 },
      goals: 2,
      goalsAchieved: 1,
      met: false,
    });
    expect(progressOf({ ...base, goals: [goal('a', '2026-05-01')], help: [...help] }).met).toBe(true);
    expect(progressOf({ ...base, goals: [goal('a', '2026-05-01')], help: [{ kind: 'project', valueFen: 99_999 }] }).met).toBe(false);
    expect(progressOf({ ...base, visits: [{}], goals: [goal('a', '2026-05-01')], help: [...help] }).met).toBe(false);
  });

  it('a change keeps the outcomes of the goals it names, refuses an unknown id', () => {
    const merged = mergeGoals([goal('a', '2026-05-01'), goal('b')], [{ id: 'a', content: ' 改写 ' }, { content: '新增目标' }], () => 'n');
    expect(merged.goals).toEqual([
      { id: 'a', content: '改写', outcome: '已达成', achievedOn: '2026-05-01' },
      { id: 'n', content: '新增目标', outcome: null, achievedOn: null },
    ]);
    expect(mergeGoals([goal('a')], [{ id: 'q', content: '目标' }], () => 'n').unknownId).toBe('q');
  });
});
