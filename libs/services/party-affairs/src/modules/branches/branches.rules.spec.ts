import { describe, expect, it } from '@jest/globals';
import type { CommitteeSeat, TermState } from '@gov/contracts-party-affairs';
import { canTake, extensionAfter, reasonOf, statusAfter, structureFlags, termOf } from './branches.rules.js';

const seats = (n: number): CommitteeSeat[] => Array.from({ length: n }, (_, i) => ({ post: i === 0 ? 'secretary' : 'member', name: `委员${i + 1}` }));

/** 《支部工作条例》第二章: the structure of a branch and the 3-year term with its reminder 6 months before. */
describe('党组织: the rules', () => {
  it('an active branch may be changed, elected, extended and withdrawn; a withdrawn one none of these', () => {
    for (const step of ['update', 'elect', 'extend', 'withdraw'] as const) {
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
});
