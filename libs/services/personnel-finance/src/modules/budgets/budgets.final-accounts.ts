import type { BudgetFinalAccountsView } from '@gov/contracts-personnel-finance';
import type { SheetSpec } from '@gov/platform';
import { fenToYuan } from '../payslips/payroll.rules.js';
import type { BudgetRow } from './budgets.repository.js';

/**
 * 决算表 from the 决算 snapshot (never recomputed): one line per item — codes, name, 年初预算, 调整后预算, 承诺, 支付, 拨付,
 * 执行数, 结余, 执行率 — and a 合计 line; then the subordinate units' budgets. Amounts in 元 with two decimals, from
 * integer 分.
 */
export function finalAccountsSheets(row: Pick<BudgetRow, 'year' | 'title' | 'approval' | 'unitBudgets'>, accounts: BudgetFinalAccountsView): SheetSpec[] {
  const lines = accounts.items.map((i) => [
    i.functionCode,
    i.economicCode,
    i.name,
    fenToYuan(i.originalFen),
    fenToYuan(i.amountFen),
    fenToYuan(i.committedFen),
    fenToYuan(i.paidFen),
    fenToYuan(i.transferredFen),
    fenToYuan(i.paidFen + i.transferredFen),
    fenToYuan(i.availableFen),
    `${i.executionRate.toFixed(2)}%`,
  ]);
  const t = accounts.totals;
  lines.push(['合计', '', `${row.year} 年度（${row.approval?.documentNumber ?? '未批复'}；决算日期 ${accounts.closedOn}）`, fenToYuan(t.originalFen), fenToYuan(t.amountFen), fenToYuan(t.committedFen), fenToYuan(t.paidFen), fenToYuan(t.transferredFen), fenToYuan(t.paidFen + t.transferredFen), fenToYuan(t.availableFen), `${t.executionRate.toFixed(2)}%`]);
  const units = row.unitBudgets.map((u) => [u.unitName, fenToYuan(u.basicFen), fenToYuan(u.projectFen), fenToYuan(u.totalFen), u.note ?? '']);
  units.push(['合计', '', '', fenToYuan(accounts.unitBudgetsTotalFen), '']);
  return [
    {
      name: '决算表',
      header: ['功能分类', '经济分类', '项目', '年初预算（元）', '调整后预算（元）', '已承诺（元）', '支付（元）', '拨付（元）', '执行数（元）', '结余（元）', '执行率'],
      rows: lines,
      widths: [12, 10, 36, 16, 16, 14, 14, 14, 14, 14, 10],
    },
    { name: '下属单位预算汇总', header: ['单位', '基本支出（元）', '项目支出（元）', '合计（元）', '备注'], rows: units, widths: [30, 16, 16, 16, 30] },
  ];
}
