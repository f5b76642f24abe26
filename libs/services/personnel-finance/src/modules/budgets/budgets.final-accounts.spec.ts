import { describe, expect, it } from '@jest/globals';
import { finalAccountsSheets } from './budgets.final-accounts.js';
import { executionOf, itemsOf } from './budgets.rules.js';

describe('决算表 from the snapshot; claims approved but unpaid count as commitments', () => {
  const items = itemsOf([
    { functionCode: '2010301', economicCode: '30201', name: '行政运行—办公费', amountFen: 1_000_000 },
    { functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 300_000 },
  ]);
  const sums = new Map([
    ['2010301/30201', { committedFen: 100_000, paidFen: 250_050, transferredFen: 0, claimCommittedFen: 0 }],
    ['2010301/30211', { committedFen: 0, paidFen: 160_000, transferredFen: 40_000, claimCommittedFen: 90_000 }],
  ]);
  const { items: views, totals } = executionOf(items, sums);

  it('a claim commitment is added to the item\'s commitments and shown apart; it does not reduce the available amount', () => {
    expect(views[1]).toMatchObject({ committedFen: 90_000, claimCommittedFen: 90_000, availableFen: 100_000, executionRate: 66.66 });
    expect(totals).toMatchObject({ committedFen: 190_000, paidFen: 410_050, transferredFen: 40_000, availableFen: 849_950, executionRate: 34.61 });
  });

  it('one line per item in 元 from 分, a 合计 line, and the units sheet', () => {
    const sheets = finalAccountsSheets(
      { year: 2031, title: '2031 年度部门预算', approval: { documentNumber: '博财预〔2031〕3号', approvedOn: '2031-01-20', approvedBy: '博山区财政局', recordedBy: 'a', recordedAt: 'b' }, unitBudgets: [{ unitId: 'u', unitName: '区机关事务服务中心', basicFen: 3_000_000, projectFen: 1_500_000, totalFen: 4_500_000, note: null, enteredBy: 'a', enteredAt: 'b' }] },
      { closedOn: '2031-12-31', items: views, totals, unitBudgetsTotalFen: 4_500_000, closedBy: 'a', closedAt: 'b' },
    );
    expect(sheets.map((s) => s.name)).toEqual(['决算表', '下属单位预算汇总']);
    expect(sheets[0].rows[0]).toEqual(['2010301', '30201', '行政运行—办公费', '10000.00', '10000.00', '1000.00', '2500.50', '0.00', '2500.50', '7499.50', '25.00%']);
    expect(sheets[0].rows[2]).toEqual(['合计', '', '2031 年度（博财预〔2031〕3号；决算日期 2031-12-31）', '13000.00', '13000.00', '1900.00', '4100.50', '400.00', '4500.50', '8499.50', '34.61%']);
    expect(sheets[1].rows).toEqual([
      ['区机关事务服务中心', '30000.00', '15000.00', '45000.00', ''],
      ['合计', '', '', '45000.00', ''],
    ]);
  });
});
