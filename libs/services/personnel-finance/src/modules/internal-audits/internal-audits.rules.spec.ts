import { describe, expect, it } from '@jest/globals';
import type { AuditFindingStatus, InternalAuditStatus } from '@gov/contracts-personnel-finance';
import { canTake, findingAfter, periodProblem, statusAfter, teamOf, unverified, type InternalAuditStep } from './internal-audits.rules.js';

describe('内部审计: the rules', () => {
  it.each<[InternalAuditStep, InternalAuditStatus, boolean, InternalAuditStatus]>([
    ['update', 'planned', true, 'planned'],
    ['update', 'fieldwork', false, 'fieldwork'],
    ['start', 'planned', true, 'fieldwork'],
    ['start', 'withdrawn', false, 'withdrawn'],
    ['add-finding', 'fieldwork', true, 'fieldwork'],
    ['add-finding', 'reported', false, 'reported'],
    ['report', 'fieldwork', true, 'reported'],
    ['rectify', 'fieldwork', true, 'fieldwork'],
    ['rectify', 'reported', true, 'reported'],
    ['rectify', 'closed', false, 'closed'],
    ['verify', 'reported', true, 'reported'],
    ['verify', 'fieldwork', false, 'fieldwork'],
    ['close', 'reported', true, 'closed'],
    ['close', 'fieldwork', false, 'fieldwork'],
    ['withdraw', 'planned', true, 'withdrawn'],
    ['withdraw', 'fieldwork', false, 'fieldwork'],
  ])('%s from %s: allowed %s, then %s', (step, status, allowed, after) => {
    expect(canTake(step, status)).toBe(allowed);
    if (allowed) expect(statusAfter(step, status)).toBe(after);
  });

  it.each<[string[], string[] | null]>([
    [['王审计', '李会计'], ['王审计', '李会计']],
    [[' 王审计 ', '李会计', '王审计'], ['王审计', '李会计']],
    [['王审计'], null],
    [['王审计', ' 王审计'], null],
    [['王审计', '  '], null],
  ])('team %j → %j (审计组不少于 2 人)', (names, team) => {
    expect(teamOf(names)).toEqual(team);
  });

  it.each<[string, string, string, boolean]>([
    ['2025-01-01', '2025-12-31', '2026-03-01', true],
    ['2025-01-01', '2025-01-01', '2025-01-01', true],
    ['2025-12-31', '2025-01-01', '2026-03-01', false],
    ['2025-01-01', '2026-06-30', '2026-03-01', false],
  ])('period %s – %s, planned %s: valid %s', (from, to, planned, valid) => {
    expect(periodProblem(from, to, planned) === null).toBe(valid);
  });

  it.each<['rectify' | 'verify-pass' | 'verify-fail', AuditFindingStatus, AuditFindingStatus | null]>([
    ['rectify', 'open', 'rectified'],
    ['rectify', 'rectified', null],
    ['rectify', 'verified', null],
    ['verify-pass', 'rectified', 'verified'],
    ['verify-fail', 'rectified', 'open'],
    ['verify-pass', 'open', null],
    ['verify-pass', 'verified', null],
  ])('a finding: %s from %s → %s', (step, status, after) => {
    expect(findingAfter(step, status)).toBe(after);
  });

  it('the audit closes only when every finding is verified', () => {
    expect(unverified([])).toEqual([]);
    expect(unverified([{ sequence: 1, status: 'verified' }, { sequence: 2, status: 'rectified' }, { sequence: 3, status: 'open' }])).toEqual([2, 3]);
    expect(unverified([{ sequence: 1, status: 'verified' }])).toEqual([]);
  });
});
