import { describe, expect, it } from '@jest/globals';
import type { CommitteeSeat, ElectionStage, TermState } from '@gov/contracts-party-affairs';
import { canTake, electionStepAllowed, electionTiming, extensionAfter, statusAfter, structureFlags, termOf, type ElectionStep } from './branches.rules.js';
import { reasonOf } from '@gov/platform';

const seats = (n: number): CommitteeSeat[] => Array.from({ length: n }, (_, i) => ({ post: i === 0 ? 'secretary' : 'member', name: `委员${i + 1}` }));

/** 《支部工作条例》第二章: the structure of a branch and the 3-year term with its reminder 6 months before. */
describe('党组织: the rules', () => {
  it('an active branch may be changed, elected, extended and withdrawn; a withdrawn one none of these', () => {
    for (const step of ['update', 'request', 'approve', 'elect', 'report', 'extend', 'withdraw'] as const) {
      expect(canTake(step, 'active')).toBe(true);
      expect(canTake(step, 'withdrawn')).toBe(false);
    }
    expect(statusAfter('withdraw', 'active')).toBe('withdrawn');
    expect(statusAfter('elect', 'active')).toBe('active');
    expect(reasonOf('  合并设置  ')).toBe('合并设置');
    expect(reasonOf(' 无 ')).toBeNull();
  });

  const structure: [string, number, number, number, string[]][] = [
    ['6 full members without a committee: no committee needed', 6, 0, 1, []],
    ['7 full members with 1 seat: a committee of 3–5 is required', 7, 0, 1, ['BRANCH.COMMITTEE_REQUIRED']],
    ['7 full members with 2 seats: still too few', 7, 3, 2, ['BRANCH.COMMITTEE_REQUIRED']],
    ['7 full members with 3 seats', 7, 0, 3, []],
    ['a committee of 7 is the most', 30, 0, 7, []],
    ['a committee of 8 is too large', 30, 0, 8, ['BRANCH.COMMITTEE_TOO_LARGE']],
    ['50 members in all', 45, 5, 5, []],
    ['51 members in all is too many', 45, 6, 5, ['BRANCH.TOO_MANY_MEMBERS']],
    ['probationary members do not count toward the 7', 6, 4, 1, []],
  ];
  it.each(structure)('%s', (_name, fullMembers, probationaryMembers, committee, codes) => {
    expect(structureFlags({ kind: 'branch', fullMembers, probationaryMembers, committee: seats(committee) }).map((f) => f.code)).toEqual(codes);
  });

  it('flags a branch without a secretary, and cites the 条例', () => {
    const flags = structureFlags({ kind: 'branch', fullMembers: 7, probationaryMembers: 0, committee: [] });
    expect(flags.map((f) => f.code)).toEqual(['BRANCH.COMMITTEE_REQUIRED', 'BRANCH.NO_SECRETARY']);
    expect(flags[0].message).toContain('《中国共产党支部工作条例（试行）》');
  });

  const terms: [string, string, number, string, TermState, string][] = [
    ['a term elected 2024-06-28 ends 2027-06-28', '2024-06-28', 0, '2026-12-27', 'normal', '2027-06-28'],
    ['the reminder starts 6 months before the end', '2024-06-28', 0, '2026-12-28', 'reminder', '2027-06-28'],
    ['5 months before the end shows the reminder', '2024-06-28', 0, '2027-01-28', 'reminder', '2027-06-28'],
    ['the last day before the end', '2024-06-28', 0, '2027-06-27', 'reminder', '2027-06-28'],
    ['on the end day the term is over', '2024-06-28', 0, '2027-06-28', 'expired', '2027-06-28'],
    ['an approved extension of 6 months pushes the end', '2024-06-28', 6, '2027-06-28', 'reminder', '2027-12-28'],
  ];
  it.each(terms)('%s', (_name, startedOn, extension, today, state, endsOn) => {
    const term = termOf(startedOn, extension, today);
    expect({ state: term.state, endsOn: term.endsOn }).toEqual({ state, endsOn });
    expect(term.explanation).toContain('《中国共产党支部工作条例（试行）》');
  });

  it('extensions total at most 12 months', () => {
    expect(extensionAfter(0, 12)).toBe(12);
    expect(extensionAfter(6, 6)).toBe(12);
    expect(extensionAfter(6, 7)).toBeNull();
  });

  // 《基层组织选举工作条例》; RULES.md §2.11: 请示 → 批复 → 选举 → 报告, in this order only.
  const order: [ElectionStep, ElectionStage | null, boolean, boolean][] = [
    ['request', null, false, true],
    ['request', 'requested', false, false],
    ['request', 'approved', false, false],
    ['request', 'elected', false, true],
    ['request', 'reported', false, true],
    ['approve', null, false, false],
    ['approve', 'requested', false, true],
    ['approve', 'approved', false, false],
    ['elect', null, false, false],
    ['elect', 'requested', false, false],
    ['elect', 'requested', true, false],
    ['elect', 'approved', false, true],
    ['elect', null, true, true],
    ['elect', 'reported', true, true],
    ['elect', 'elected', false, false],
    ['report', 'approved', false, false],
    ['report', 'elected', false, true],
    ['report', 'reported', false, false],
  ];
  it.each(order)('换届 step %s after %s (inline approval %s) allowed: %s', (step, stage, inline, allowed) => {
    expect(electionStepAllowed(step, stage, inline)).toBe(allowed);
  });

  // RULES.md §2.11: 提前换届 ≤ 1 year before the end; within the 6-month reminder window it is an on-time election.
  const timing: [string, string, boolean, boolean][] = [
    ['2027-06-28', '2027-06-28', false, false],
    ['2026-12-28', '2027-06-28', false, false],
    ['2026-12-27', '2027-06-28', true, false],
    ['2026-06-28', '2027-06-28', true, false],
    ['2026-06-27', '2027-06-28', true, true],
    ['2027-09-01', '2027-06-28', false, false],
  ];
  it.each(timing)('an election on %s against a term ending %s is early %s, too early %s', (date, endsOn, early, tooEarly) => {
    expect(electionTiming(date, endsOn)).toEqual({ early, tooEarly, earliest: '2026-06-28' });
  });
});
