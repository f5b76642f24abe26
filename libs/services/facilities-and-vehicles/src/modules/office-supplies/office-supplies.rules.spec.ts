import { describe, expect, it } from '@jest/globals';
import type { SupplyCategory, SupplyItemStatus, SupplyRequestStatus } from '@gov/contracts-facilities-and-vehicles';
import { acceptanceProblem, canTakeRequestStep, cardStatusOf, isLowStock, mergedLines, requestStatusAfter, retireProblem, shortages, stockAfter, type SupplyRequestStep } from './office-supplies.rules.js';
import { reasonOf } from '@gov/platform';

describe('办公用品: the stock', () => {
  it.each<[number, 'in' | 'out', number, number | null]>([
    [10, 'in', 5, 15],
    [10, 'out', 4, 6],
    [10, 'out', 10, 0],
    [10, 'out', 11, null],
    [0, 'out', 1, null],
    [0, 'in', 1, 1],
  ])('%i, %s %i → %s', (stock, direction, quantity, after) => expect(stockAfter(stock, direction, quantity)).toBe(after));

  it.each<[number, number, boolean]>([
    [21, 20, false],
    [20, 20, true],
    [0, 0, true],
    [1, 0, false],
  ])('stock %i with threshold %i: low %s', (stock, threshold, low) => expect(isLowStock(stock, threshold)).toBe(low));

  it.each<[SupplyItemStatus, number, 'retired' | 'stockLeft' | null]>([
    ['active', 0, null],
    ['active', 3, 'stockLeft'],
    ['retired', 0, 'retired'],
  ])('retiring an item %s with %i left: %s', (status, stock, problem) => expect(retireProblem(status, stock)).toBe(problem));
});

describe('办公用品: the requests', () => {
  it('the same item asked twice is one line with the sum', () => {
    expect(mergedLines([{ itemId: 'a', quantity: 2 }, { itemId: 'b', quantity: 1 }, { itemId: 'a', quantity: 3 }])).toEqual([{ itemId: 'a', quantity: 5 }, { itemId: 'b', quantity: 1 }]);
  });

  it('the shortages name each item asked beyond its stock', () => {
    const stock = new Map([['a', 5], ['b', 0], ['c', 9]]);
    expect(shortages([{ itemId: 'a', quantity: 5 }, { itemId: 'b', quantity: 1 }, { itemId: 'c', quantity: 10 }], stock)).toEqual([{ itemId: 'b', asked: 1, stock: 0 }, { itemId: 'c', asked: 10, stock: 9 }]);
    expect(shortages([{ itemId: 'a', quantity: 1 }], stock)).toEqual([]);
  });

  it.each<[SupplyRequestStep, SupplyRequestStatus, boolean]>([
    ['approve', 'submitted', true],
    ['reject', 'submitted', true],
    ['withdraw', 'submitted', true],
    ['approve', 'issued', false],
    ['withdraw', 'issued', false],
    ['approve', 'rejected', false],
    ['approve', 'withdrawn', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => expect(canTakeRequestStep(step, from)).toBe(allowed));

  it('approval issues; refusal and withdrawal need a reason', () => {
    expect(requestStatusAfter('approve')).toBe('issued');
    expect(requestStatusAfter('reject')).toBe('rejected');
    expect(requestStatusAfter('withdraw')).toBe('withdrawn');
    expect(reasonOf(' 库存留作会议用 ')).toBe('库存留作会议用');
    expect(reasonOf('无')).toBeNull();
  });
});

describe('设备购置验收: equipment purchases follow the asset procedure', () => {
  it.each<[SupplyCategory, number, string, ReturnType<typeof acceptanceProblem>]>([
    ['equipment', 1, '2026-12-05', null],
    ['equipment', 50, '2026-12-01', null],
    ['equipment', 51, '2026-12-01', 'tooManyUnits'],
    ['equipment', 2, '2026-12-06', 'inFuture'],
    ['paper', 1, '2026-12-05', 'notEquipment'],
    ['consumable', 1, '2026-12-05', 'notEquipment'],
  ])('%s × %i accepted on %s (today 2026-12-05): %s', (category, quantity, acceptedOn, problem) => {
    expect(acceptanceProblem(category, quantity, acceptedOn, '2026-12-05')).toBe(problem);
  });

  it.each<[string[], number, string]>([
    [[], 2, '已推送至财务科资产卡片'],
    [['ZC-2026-00001'], 2, '已推送至财务科资产卡片（已建卡 1/2：ZC-2026-00001）'],
    [['ZC-2026-00001', 'ZC-2026-00002'], 2, '已建卡：ZC-2026-00001、ZC-2026-00002'],
  ])('cards %j of %i units: %s', (numbers, quantity, text) => {
    expect(cardStatusOf(numbers, quantity)).toBe(text);
  });
});
