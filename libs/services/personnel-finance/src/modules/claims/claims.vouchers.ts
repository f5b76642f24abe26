import { EXPENSE_KIND_LABELS, type ExpenseKind, type PaymentMethod } from '@gov/contracts-personnel-finance';

/** The sum of the items, in 分 (integers only). */
export function claimTotal(items: readonly { amountFen: number }[]): number {
  return items.reduce((sum, item) => sum + item.amountFen, 0);
}

export interface VoucherLine {
  side: '借' | '贷';
  account: string;
  amountFen: number;
}

/**
 * The accounting entry of a paid claim (政府会计制度, financial accounting): debit the expense by kind, credit the
 * account it was settled from (公务卡 and transfers through the 零余额 account; cash from 库存现金). Only what a
 * general-ledger import needs; this is not an accounting system.
 */
export function voucherLines(claim: { expenseKind: ExpenseKind; paymentMethod: PaymentMethod; totalFen: number }): VoucherLine[] {
  return [
    { side: '借', account: `业务活动费用—商品和服务费用—${EXPENSE_KIND_LABELS[claim.expenseKind]}`, amountFen: claim.totalFen },
    { side: '贷', account: claim.paymentMethod === 'cash' ? '库存现金' : '零余额账户用款额度', amountFen: claim.totalFen },
  ];
}
