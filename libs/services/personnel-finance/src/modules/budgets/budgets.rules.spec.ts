import { describe, expect, it } from '@jest/globals';
import type { BudgetStatus } from '@gov/contracts-personnel-finance';
import { applyAdjustment, canTake, duplicateKey, executionOf, executionRate, fits, itemsOf, NO_EXECUTION, statusAfter, yuan, type BudgetStep } from './budgets.rules.js';

const items = itemsOf([
  { functionCode: '2010301', economicCode: '30201', name: '行政运行—办公费', amountFen: 1_000_000 },
  { functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 500_000 },
]);

describe('预算/决算: the rules', () => {
  it.each<[BudgetStep, BudgetStatus, boolean, BudgetStatus]>([
    ['update', 'draft', true, 'draft'],
    ['update', 'approved', false, 'approved'],
    ['approve', 'draft', true, 'approved'],
    ['approve', 'approved', false, 'approved'],
    ['adjust', 'approved', true, 'approved'],
    ['adjust', 'draft', false, 'draft'],
    ['adjust', 'closed', false, 'closed'],
    ['record', 'approved', true, 'approved'],
    ['record', 'draft', false, 'draft'],
    ['record', 'closed', false, 'closed'],
    ['void', 'closed', false, 'closed'],
    ['unit-budget', 'draft', true, 'draft'],
    ['unit-budget', 'closed', false, 'closed'],
    ['close', 'approved', true, 'closed'],
    ['close', 'draft', false, 'draft'],
    ['withdraw', 'draft', true, 'withdrawn'],
    ['withdraw', 'approved', false, 'approved'],
  ])('%s from %s: allowed %s, then %s', (step, status, allowed, after) => {
    expect(canTake(step, status)).toBe(allowed);
    if (allowed) expect(statusAfter(step, status)).toBe(after);
  });

  it('an item is keyed by its 功能分类/经济分类 codes; a key given twice is found', () => {
    expect(items.map((i) => i.key)).toEqual(['2010301/30201', '2010301/30211']);
    expect(duplicateKey(items)).toBeNull();
    expect(duplicateKey([...items, { functionCode: '2010301', economicCode: '30201' }])).toBe('2010301/30201');
  });

  it.each<[string, 'commitment' | 'payment' | 'transfer', number, { paidFen: number; transferredFen: number }, boolean, number]>([
    ['a payment within the available amount', 'payment', 400_000, { paidFen: 500_000, transferredFen: 100_000 }, true, 400_000],
    ['a payment of exactly the available amount', 'payment', 400_000, { paidFen: 600_000, transferredFen: 0 }, true, 400_000],
    ['a payment one 分 beyond it', 'payment', 400_001, { paidFen: 600_000, transferredFen: 0 }, false, 400_000],
    ['a 拨付 beyond it', 'transfer', 1, { paidFen: 1_000_000, transferredFen: 0 }, false, 0],
    ['a commitment beyond it (not bounded: promised, paid later)', 'commitment', 2_000_000, { paidFen: 1_000_000, transferredFen: 0 }, true, 0],
  ])('%s', (_name, kind, amount, executed, ok, available) => {
    expect(fits(items[0], { committedFen: 0, ...executed }, kind, amount)).toEqual({ ok, available });
  });

  it.each<[number, number, number]>([
    [0, 1_000_000, 0],
    [333_333, 1_000_000, 33.33],
    [1_000_000, 1_000_000, 100],
    [1, 3, 33.33],
    [5, 0, 0],
  ])('execution rate of %d of %d 分 is %d%% (floor, two decimals)', (executed, amount, rate) => {
    expect(executionRate(executed, amount)).toBe(rate);
  });

  it('the execution per item and overall: paid + transferred against the amount in force', () => {
    const sums = new Map([['2010301/30201', { committedFen: 300_000, paidFen: 250_000, transferredFen: 50_000 }]]);
    const { items: views, totals } = executionOf(items, sums);
    expect(views[0]).toMatchObject({ committedFen: 300_000, paidFen: 250_000, transferredFen: 50_000, availableFen: 700_000, executionRate: 30 });
    expect(views[1]).toMatchObject({ paidFen: 0, availableFen: 500_000, executionRate: 0 });
    expect(totals).toEqual({ amountFen: 1_500_000, originalFen: 1_500_000, committedFen: 300_000, paidFen: 250_000, transferredFen: 50_000, availableFen: 1_200_000, executionRate: 20 });
  });

  it('an adjustment changes amounts, adds a new item, and is refused below what is already executed', () => {
    const executed = (key: string) => (key === '2010301/30211' ? { ...NO_EXECUTION, paidFen: 200_000 } : NO_EXECUTION);
    const ok = applyAdjustment(items, [{ functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 300_000 }, { functionCode: '2010399', economicCode: '30227', name: '委托业务费', amountFen: 80_000 }], executed);
    expect(ok.belowExecuted).toBeNull();
    expect(ok.changes).toEqual([
      { key: '2010301/30211', name: '行政运行—差旅费', beforeFen: 500_000, afterFen: 300_000 },
      { key: '2010399/30227', name: '委托业务费', beforeFen: 0, afterFen: 80_000 },
    ]);
    expect(ok.items.map((i) => [i.key, i.amountFen, i.originalFen])).toEqual([
      ['2010301/30201', 1_000_000, 1_000_000],
      ['2010301/30211', 300_000, 500_000],
      ['2010399/30227', 80_000, 0],
    ]);
    const refused = applyAdjustment(items, [{ functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 199_999 }], executed);
    expect(refused.belowExecuted).toEqual({ key: '2010301/30211', executed: 200_000 });
    expect(refused.items).toEqual(items);
  });

  it.each<[number, string]>([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123_456_789, '¥1,234,567.89'],
  ])('%d 分 reads %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });
});
