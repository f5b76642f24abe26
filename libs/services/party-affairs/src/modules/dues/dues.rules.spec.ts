import { describe, expect, it } from '@jest/globals';
import type { DuesReductionStatus } from '@gov/contracts-party-affairs';
import { buildStatement, statementThrough } from './dues-statement.js';
import { canTake, checkRequest, monthDues, owedMonths, receiptNumber, statusAfter, type DuesReductionStep, type ReductionSpan } from './dues.rules.js';
import { reasonOf } from '@gov/platform';

const reduce = (fromMonth: string, toMonth: string, reducedMonthlyFen: number, status: DuesReductionStatus = 'in_force'): ReductionSpan => ({ id: 'r', kind: 'reduce', fromMonth, toMonth, reducedMonthlyFen, status });
const exempt = (fromMonth: string, toMonth: string, status: DuesReductionStatus = 'in_force'): ReductionSpan => ({ id: 'e', kind: 'exempt', fromMonth, toMonth, reducedMonthlyFen: null, status });

/** 中组发〔2008〕3号 (RULES.md §2.11): 少交、免交 after the branch's decision and the higher committee's approval. */
describe('党费减免: the steps', () => {
  const cases: [DuesReductionStep, DuesReductionStatus, boolean][] = [
    ['decide', 'requested', true],
    ['decide', 'branch_decided', false],
    ['approve', 'requested', false], // the 总支 approves only what the branch decided
    ['approve', 'branch_decided', true],
    ['approve', 'in_force', false],
    ['refuse', 'requested', true],
    ['refuse', 'branch_decided', true],
    ['refuse', 'in_force', false],
    ['withdraw', 'in_force', true],
    ['withdraw', 'refused', false],
    ['withdraw', 'withdrawn', false],
  ];
  it.each(cases)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('each step leads to its state', () => {
    expect([statusAfter('decide'), statusAfter('approve'), statusAfter('refuse'), statusAfter('withdraw')]).toEqual(['branch_decided', 'in_force', 'refused', 'withdrawn']);
  });

  it('a refusal or withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  家庭困难  ')).toBe('家庭困难');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });
});

describe('党费减免: a request', () => {
  it.each([
    [{ kind: 'reduce' as const, fromMonth: '2026-03', toMonth: '2026-02', reducedMonthlyFen: 100 }, 'order'],
    [{ kind: 'reduce' as const, fromMonth: '2026-01', toMonth: '2026-12', reducedMonthlyFen: null }, 'required'],
    [{ kind: 'reduce' as const, fromMonth: '2026-01', toMonth: '2026-12', reducedMonthlyFen: 8_100 }, 'notLess'], // equal to the computed amount
    [{ kind: 'exempt' as const, fromMonth: '2026-01', toMonth: '2026-12', reducedMonthlyFen: 100 }, 'exempt'],
  ])('%o is refused (%s)', (request, code) => {
    const check = checkRequest(request, 8_100, []);
    expect(check.ok ? null : check.code).toBe(code);
  });

  it('a reduction of one 分 less, a single month, and an exemption are accepted', () => {
    expect(checkRequest({ kind: 'reduce', fromMonth: '2026-05', toMonth: '2026-05', reducedMonthlyFen: 8_099 }, 8_100, []).ok).toBe(true);
    expect(checkRequest({ kind: 'exempt', fromMonth: '2026-05', toMonth: '2026-12' }, 8_100, []).ok).toBe(true);
  });

  it('overlaps a live reduction at its edge month, not a refused or withdrawn one, nor an adjacent one', () => {
    const request = { kind: 'exempt' as const, fromMonth: '2026-06', toMonth: '2026-08' };
    expect(checkRequest(request, 8_100, [exempt('2026-01', '2026-06', 'requested')]).ok).toBe(false);
    expect(checkRequest(request, 8_100, [exempt('2026-08', '2026-12', 'in_force')]).ok).toBe(false);
    expect(checkRequest(request, 8_100, [exempt('2026-01', '2026-06', 'refused'), exempt('2026-07', '2026-07', 'withdrawn')]).ok).toBe(true);
    expect(checkRequest(request, 8_100, [exempt('2026-01', '2026-05'), exempt('2026-09', '2026-12')]).ok).toBe(true);
  });
});

describe('the month’s dues under a reduction in force', () => {
  const spans = [reduce('2026-03', '2026-05', 3_000), exempt('2026-09', '2026-10'), exempt('2026-06', '2026-08', 'branch_decided')];
  const cases: [string, number, number][] = [
    ['2026-02', 8_100, 0], // the month before
    ['2026-03', 3_000, 5_100], // first month of 减交
    ['2026-05', 3_000, 5_100], // last month of 减交
    ['2026-06', 8_100, 0], // decided by the branch only: not in force
    ['2026-08', 8_100, 0],
    ['2026-09', 0, 8_100], // 免交 from its first month
    ['2026-10', 0, 8_100], // to its last
    ['2026-11', 8_100, 0], // the month after
  ];
  it.each(cases)('%s owes %i 分 (reduced by %i)', (month, due, reduced) => {
    const result = monthDues(8_100, month, spans);
    expect([result.dueFen, result.reducedFen]).toEqual([due, reduced]);
  });

  it('a reduced amount above a later, lower computed amount never raises the dues', () => {
    expect(monthDues(2_000, '2026-04', [reduce('2026-01', '2026-12', 3_000)])).toMatchObject({ dueFen: 2_000, reducedFen: 0 });
  });
});

describe('the months a member owes in a year', () => {
  it('from the month of admission (预备党员 pay from the 支部大会), through the month given', () => {
    expect(owedMonths(2026, '2026-10-31', '2026-12')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(owedMonths(2026, '2025-05-01', '2026-02')).toEqual(['2026-01', '2026-02']);
    expect(owedMonths(2026, '2027-01-01', '2026-12')).toEqual([]);
    expect(owedMonths(2026, null, '2026-12')).toEqual([]);
  });

  it('numbers receipts per year with four digits', () => {
    expect([receiptNumber(2026, 1), receiptNumber(2026, 123)]).toEqual(['2026-0001', '2026-0123']);
  });
});

describe('党费收缴年度报表 (computed from the records)', () => {
  const member = { id: 'm1', name: '张三', status: 'active', admittedOn: '2026-10-15', duesMonthlyFen: 8_100 };

  it('covers the months through the current one this year, December before, none after', () => {
    expect([statementThrough(2026, '2026-11-20'), statementThrough(2025, '2026-11-20'), statementThrough(2027, '2026-11-20')]).toEqual(['2026-11', '2025-12', null]);
  });

  it('per month due/paid/reduced with totals and arrears; a voided payment counts as unpaid', () => {
    const reductions = new Map([['m1', [reduce('2026-11', '2026-11', 3_000)]]]);
    const [line] = buildStatement(2026, '2026-12', [member], [{ memberId: 'm1', month: '2026-10', amountFen: 8_100, voided: false }, { memberId: 'm1', month: '2026-11', amountFen: 3_000, voided: true }], reductions);
    expect(line.months).toEqual([
      { month: '2026-10', dueFen: 8_100, paidFen: 8_100, reducedFen: 0 },
      { month: '2026-11', dueFen: 3_000, paidFen: 0, reducedFen: 5_100 },
      { month: '2026-12', dueFen: 8_100, paidFen: 0, reducedFen: 0 },
    ]);
    expect([line.dueFen, line.paidFen, line.reducedFen, line.arrearsFen]).toEqual([19_200, 8_100, 5_100, 11_100]);
  });

  it('a month paid in another branch (a transfer within the office) is not owed here', () => {
    const [line] = buildStatement(2026, '2026-12', [member], [{ memberId: 'm1', month: '2026-10', amountFen: 8_100, voided: false, elsewhere: true }], new Map());
    expect(line.months.map((x) => x.month)).toEqual(['2026-11', '2026-12']);
    expect(line.arrearsFen).toBe(16_200);
  });

  it('a member transferred out shows only the months paid here; one without dues set nothing', () => {
    const out = { ...member, id: 'm2', status: 'transferred_out' };
    const unset = { ...member, id: 'm3', duesMonthlyFen: null };
    const lines = buildStatement(2026, '2026-12', [out, unset], [{ memberId: 'm2', month: '2026-10', amountFen: 8_100, voided: false }], new Map());
    expect(lines.map((l) => [l.memberId, l.months.length, l.arrearsFen])).toEqual([['m2', 1, 0]]);
  });
});
