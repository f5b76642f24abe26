import { describe, expect, it } from '@jest/globals';
import type { SubmissionStatus } from '@gov/contracts-information';
import {
  adoptionPoints,
  canTake,
  creditUnits,
  instructionPoints,
  isUrgent,
  lineDiff,
  newWeightsRefusal,
  nextWeightsVersion,
  liaisonMayRevise,
  monthRange,
  rankByScore,
  statusAfter,
  weightsOn,
  type ScoreWeights,
  type SubmissionStep,
} from './submissions.rules.js';
import { reasonOf } from '@gov/platform';

const TABLE_2025: ScoreWeights = {
  version: 'T-2025',
  effectiveFrom: '2025-01-01',
  source: 'RULES.md §2.7',
  adoption: { district_bulletin: 5, reported_city: 2, city: 20, province: 40, state_council: 80 },
  instruction: { district: 10, city: 30, province: 50 },
  deduction: { solicitation_late: 2, solicitation_missing: 5 },
};
const TABLE_2026: ScoreWeights = { ...TABLE_2025, version: 'T-2026', effectiveFrom: '2026-07-01', adoption: { ...TABLE_2025.adoption, city: 25 } };

describe('报送信息: the states', () => {
  it.each<[SubmissionStep, SubmissionStatus, boolean, SubmissionStatus | null]>([
    ['revise', 'submitted', true, 'submitted'],
    ['revise', 'returned', true, 'submitted'],
    ['revise', 'accepted', true, 'accepted'],
    ['revise', 'merged', false, null],
    ['revise', 'withdrawn', false, null],
    ['accept', 'submitted', true, 'accepted'],
    ['accept', 'returned', false, null],
    ['return', 'submitted', true, 'returned'],
    ['return', 'accepted', false, null],
    ['merge', 'submitted', true, 'merged'],
    ['merge', 'accepted', true, 'merged'],
    ['merge', 'returned', false, null],
    ['withdraw', 'submitted', true, 'withdrawn'],
    ['withdraw', 'returned', true, 'withdrawn'],
    ['withdraw', 'accepted', false, null],
    ['adopt', 'accepted', true, 'accepted'],
    ['adopt', 'submitted', false, null],
    ['instruct', 'accepted', true, 'accepted'],
    ['instruct', 'merged', false, null],
  ])('%s from %s: allowed %s, then %s', (step, status, allowed, after) => {
    expect(canTake(step, status)).toBe(allowed);
    if (after) expect(statusAfter(step, status)).toBe(after);
  });

  it.each<[SubmissionStatus, boolean]>([
    ['submitted', true],
    ['returned', true],
    ['accepted', false],
    ['merged', false],
    ['withdrawn', false],
  ])('a liaison may revise in %s: %s', (status, allowed) => expect(liaisonMayRevise(status)).toBe(allowed));

  it.each<[string | undefined, string | null]>([
    ['  不符合报送要求  ', '不符合报送要求'],
    [' 无 ', null],
    [undefined, null],
  ])('reason %p → %p', (text, reason) => expect(reasonOf(text)).toBe(reason));

  it.each<[string, boolean | undefined, boolean]>([
    ['urgent', undefined, true],
    ['trend', true, true],
    ['trend', false, false],
    ['problem', undefined, false],
  ])('category %s with flag %p is urgent: %s', (category, flag, urgent) => expect(isUrgent(category, flag)).toBe(urgent));
});

describe('政务信息 scoring (RULES.md §2.7: a versioned local weight table)', () => {
  it.each<[string, string | null]>([
    ['2024-12-31', null],
    ['2025-01-01', 'T-2025'],
    ['2026-06-30', 'T-2025'],
    ['2026-07-01', 'T-2026'],
    ['2027-03-01', 'T-2026'],
  ])('on %s the table in force is %p', (date, version) => expect(weightsOn([TABLE_2026, TABLE_2025], date)?.version ?? null).toBe(version));

  it.each<[ScoreWeights, Parameters<typeof adoptionPoints>[1], number]>([
    [TABLE_2025, 'district_bulletin', 5],
    [TABLE_2025, 'reported_city', 2],
    [TABLE_2025, 'city', 20],
    [TABLE_2026, 'city', 25],
    [TABLE_2025, 'province', 40],
    [TABLE_2025, 'state_council', 80],
  ])('adoption under %o at %s scores %d', (table, level, points) => expect(adoptionPoints(table, level)).toBe(points));

  it.each<[Parameters<typeof instructionPoints>[1], number]>([
    ['district', 10],
    ['city', 30],
    ['province', 50],
  ])('a %s leader’s 批示 adds %d', (level, points) => expect(instructionPoints(TABLE_2025, level)).toBe(points));

  it.each<[string | null, (string | null)[], string[]]>([
    ['u1', ['u2'], ['u1']],
    [null, ['u1', 'u2', 'u1', null], ['u1', 'u2']],
    [null, [], []],
  ])('unit %p with sources %p is credited to %p', (unit, sources, credited) => expect(creditUnits(unit, sources)).toEqual(credited));

  it('ranks by score, equal scores share a rank (1, 1, 3)', () => {
    const ranked = rankByScore([
      { unitName: '乙', score: 20 },
      { unitName: '甲', score: 45 },
      { unitName: '丙', score: 20 },
      { unitName: '丁', score: 0 },
    ]);
    expect(ranked.map((r) => [r.unitName, r.rank])).toEqual([
      ['甲', 1],
      ['丙', 2],
      ['乙', 2],
      ['丁', 4],
    ]);
  });

  it.each<[string, string, string]>([
    ['2026-11', '2026-11-01', '2026-12-01'],
    ['2026-12', '2026-12-01', '2027-01-01'],
  ])('month %s is [%s, %s)', (month, from, until) => expect(monthRange(month)).toEqual({ from, until }));
});

describe('text versions', () => {
  it('a line diff keeps the common lines and shows what was removed and added', () => {
    expect(lineDiff('一\n二\n三', '一\n贰\n三\n四')).toEqual([
      { kind: 'same', text: '一' },
      { kind: 'removed', text: '二' },
      { kind: 'added', text: '贰' },
      { kind: 'same', text: '三' },
      { kind: 'added', text: '四' },
    ]);
    expect(lineDiff('同', '同')).toEqual([{ kind: 'same', text: '同' }]);
  });
});

// RULES.md §2.7: a new version of the weight table is a new row with a later effective date; scores keep their version.
describe('new weight table versions', () => {
  const existing = [
    { version: 'BS-XX-2025-1', effectiveFrom: '2025-01-01' },
    { version: 'BS-XX-2027-1', effectiveFrom: '2027-01-01' },
  ];
  it.each<[string, string, string, ReturnType<typeof newWeightsRefusal>]>([
    ['BS-XX-2026-1', '2026-12-05', '2026-12-05', null],
    ['BS-XX-2026-1', '2026-12-31', '2026-12-05', null],
    ['BS-XX-2026-1', '2026-12-04', '2026-12-05', 'in_past'],
    ['BS-XX-2025-1', '2026-12-20', '2026-12-05', 'duplicate'],
    ['BS-XX-2027-9', '2027-01-01', '2026-12-05', 'duplicate'],
  ])('%s from %s (today %s) → %p', (version, effectiveFrom, today, expected) => {
    expect(newWeightsRefusal(existing, { version, effectiveFrom }, today)).toBe(expected);
  });

  it.each<[string, string]>([
    ['2027-03-01', 'BS-XX-2027-2'],
    ['2026-12-10', 'BS-XX-2026-1'],
  ])('the next version code from %s is %s', (effectiveFrom, expected) => {
    expect(nextWeightsVersion(existing, effectiveFrom)).toBe(expected);
  });
});
