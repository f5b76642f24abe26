import { describe, expect, it } from '@jest/globals';
import { EXPENSE_KINDS, type ExpenseKind, type PaymentMethod } from '@gov/contracts-personnel-finance';
import { levelsOf, nextApproval, OFFICIAL_CARD_KINDS, paymentRefusal, requiredApprovals, thresholdsOn } from './claim.rules.js';
import { claimTotal, voucherLines } from './claims.vouchers.js';

describe('公务卡 compulsory settlement (财库〔2011〕160号, RULES.md §2.10)', () => {
  it('the list has the 16 kinds, among them 办公费, 印刷费, 差旅费, 会议费, 培训费, 公务接待费 and 公务用车运行维护费', () => {
    expect(OFFICIAL_CARD_KINDS).toHaveLength(16);
    expect(OFFICIAL_CARD_KINDS).toEqual(expect.arrayContaining(['office', 'printing', 'travel', 'meeting', 'training', 'reception', 'vehicle_operation']));
    expect(EXPENSE_KINDS).toHaveLength(18);
  });

  it.each<[ExpenseKind, PaymentMethod, boolean]>([
    ['office', 'cash', true],
    ['travel', 'cash', true],
    ['reception', 'cash', true],
    ['vehicle_operation', 'cash', true],
    ['office', 'official_card', false],
    ['meeting', 'transfer', false],
    ['other_labour', 'cash', false],
    ['other', 'cash', false],
  ])('%s paid by %s: refused %s', (kind, method, refused) => {
    const refusal = paymentRefusal(kind, method);
    expect(refusal !== null).toBe(refused);
    if (refusal) expect(refusal).toContain('财库〔2011〕160号');
  });
});

describe('approval by amount thresholds (configuration BX-2025-01)', () => {
  const thresholds = thresholdsOn('2026-06-01')!;

  it.each([
    [1, ['section_chief']],
    [500_000, ['section_chief']],
    [500_001, ['section_chief', 'deputy_director']],
    [5_000_000, ['section_chief', 'deputy_director']],
    [5_000_001, ['section_chief', 'deputy_director', 'director']],
  ])('%s 分 needs %j', (total, levels) => {
    expect(requiredApprovals(total, thresholds)).toEqual(levels);
  });

  it('levels are signed in order; the 财务科 chief signs the first, an office leader the higher ones', () => {
    expect(nextApproval(['section_chief', 'deputy_director'], [])).toBe('section_chief');
    expect(nextApproval(['section_chief', 'deputy_director'], ['section_chief'])).toBe('deputy_director');
    expect(nextApproval(['section_chief'], ['section_chief'])).toBeNull();
    expect(levelsOf(['section_chief'], 'caiwu')).toEqual(['section_chief']);
    expect(levelsOf(['section_chief'], 'renshi')).toEqual([]);
    expect(levelsOf(['office_leader'], null)).toEqual(['deputy_director', 'director']);
    expect(thresholdsOn('2024-12-31')).toBeNull();
  });

  it('the total is the sum of the items in 分; a voucher debits the expense and credits the settlement account', () => {
    expect(claimTotal([{ amountFen: 12_345 }, { amountFen: 55 }])).toBe(12_400);
    expect(voucherLines({ expenseKind: 'travel', paymentMethod: 'official_card', totalFen: 12_400 })).toEqual([
      { side: '借', account: '业务活动费用—商品和服务费用—差旅费', amountFen: 12_400 },
      { side: '贷', account: '零余额账户用款额度', amountFen: 12_400 },
    ]);
    expect(voucherLines({ expenseKind: 'other_labour', paymentMethod: 'cash', totalFen: 100 })[1]).toEqual({ side: '贷', account: '库存现金', amountFen: 100 });
  });
});
