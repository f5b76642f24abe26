import { describe, expect, it } from '@jest/globals';
import { canTake, datesRefusal, onProbation, statusAfter, entryRefusal, PENALTY_MONTHS, penaltyInForce, penaltyUntil, retirementRefusal } from './staff-members.rules.js';
import { reasonOf } from '@gov/platform';

describe('工作人员: the rules', () => {
  it.each([
    ['update', 'active', true],
    ['withdraw', 'active', true],
    ['update', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('a withdrawal ends in withdrawn; a change keeps the state', () => {
    expect(statusAfter('withdraw', 'active')).toBe('withdrawn');
    expect(statusAfter('update', 'active')).toBe('active');
  });

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  重复登记  ')).toBe('重复登记');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });

  it.each([
    [null, '2026-12-31', false],
    ['2026-12-31', '2026-12-31', true],
    ['2026-06-30', '2026-12-31', false],
  ])('probation ending %s, on %s: probationer %s', (ends, on, expected) => {
    expect(onProbation(ends, on)).toBe(expected);
  });

  it('probation ends after hiring', () => {
    expect(datesRefusal('2026-07-01', '2026-06-30')).toContain('试用期满日期');
    expect(datesRefusal('2026-07-01', '2027-06-30')).toBeNull();
    expect(datesRefusal('2026-07-01', null)).toBeNull();
  });
});

describe('干部档案 entries', () => {
  it('处分期间 by kind, counted as the 民法典 counts months (the month-end when the day does not exist)', () => {
    expect(penaltyUntil('2026-03-10', PENALTY_MONTHS.warning as number)).toBe('2026-09-10');
    expect(penaltyUntil('2026-08-31', PENALTY_MONTHS.warning as number)).toBe('2027-02-28');
    expect(penaltyUntil('2027-08-31', PENALTY_MONTHS.warning as number)).toBe('2028-02-29');
    expect(penaltyUntil('2026-03-10', PENALTY_MONTHS.major_demerit as number)).toBe('2027-09-10');
    expect(PENALTY_MONTHS).toEqual({ warning: 6, demerit: 12, major_demerit: 18, demotion: 24, removal: 24, expulsion: null });
  });

  it('a 奖励, 处分 or 调配 names its kind and its decision’s 文号; others have no kind; dates in order and not ahead', () => {
    const today = '2026-12-05';
    expect(entryRefusal({ kind: 'penalty', startedOn: '2026-03-10', documentNumber: '博政办处〔2026〕1号' }, today)).toEqual({ field: 'subKind', message: 'subKind：处分须选择种类' });
    expect(entryRefusal({ kind: 'penalty', subKind: 'commendation', startedOn: '2026-03-10', documentNumber: 'x' }, today)?.field).toBe('subKind');
    expect(entryRefusal({ kind: 'reward', subKind: 'commendation', startedOn: '2026-03-10' }, today)).toEqual({ field: 'documentNumber', message: 'documentNumber：奖励须登记决定的文号' });
    expect(entryRefusal({ kind: 'education', subKind: 'transfer_in', startedOn: '2010-07-01' }, today)?.field).toBe('subKind');
    expect(entryRefusal({ kind: 'education', startedOn: '2026-12-06' }, today)?.field).toBe('startedOn');
    expect(entryRefusal({ kind: 'post', startedOn: '2020-01-01', endedOn: '2019-12-31' }, today)?.field).toBe('endedOn');
    expect(entryRefusal({ kind: 'transfer', subKind: 'transfer_in', startedOn: '2020-01-01', documentNumber: '博人社调〔2020〕5号' }, today)).toBeNull();
  });

  it('a service to a retiree is recorded only on a retired member’s record, without a 文号', () => {
    const visit = { kind: 'retiree_service' as const, subKind: 'visit' as const, startedOn: '2026-01-20' };
    expect(entryRefusal(visit, '2026-12-05', 'active')?.field).toBe('kind');
    expect(entryRefusal(visit, '2026-12-05', 'retired')).toBeNull();
    expect(entryRefusal({ ...visit, subKind: 'commendation' }, '2026-12-05', 'retired')?.field).toBe('subKind');
    expect(retirementRefusal('1990-07-01', '1990-07-01')).toBe('retiredOn：退休日期应晚于入职日期 1990-07-01');
    expect(retirementRefusal('1990-07-01', '2025-12-31')).toBeNull();
    expect(statusAfter('retire', 'active')).toBe('retired');
    expect(canTake('update', 'retired')).toBe(false);
    expect(canTake('add-entry', 'retired')).toBe(true);
  });

  it('the penalty in force is the active one whose period has not ended; a voided one does not count', () => {
    const penalty = (until: string | null, status = 'active', subKind = 'warning') => ({ kind: 'penalty', subKind, effectiveUntil: until, status });
    expect(penaltyInForce([penalty('2026-12-04'), penalty('2027-03-01', 'voided')], '2026-12-05')).toBeNull();
    expect(penaltyInForce([penalty('2026-12-05'), penalty('2027-06-01', 'active', 'demerit')], '2026-12-05')).toMatchObject({ subKind: 'demerit', effectiveUntil: '2027-06-01' });
    expect(penaltyInForce([{ kind: 'reward', subKind: 'commendation', effectiveUntil: null, status: 'active' }], '2026-12-05')).toBeNull();
  });
});
