import { describe, expect, it } from '@jest/globals';
import type { AssetInventoryLine, AssetPurchaseStatus } from '@gov/contracts-personnel-finance';
import { assetNumber, canTakeCardStep, inventorySummary, purchaseNumber, purchaseStepRefusal, reportPeriod, reportRows, type PurchaseStep } from './assets.rules.js';

describe('the purchase procedure: 申请 → 审批 → 采购 → 验收 → 建卡, each step in order', () => {
  it.each<[PurchaseStep | 'reject' | 'withdraw', AssetPurchaseStatus, null | 'closed' | 'outOfOrder']>([
    ['approve', 'requested', null],
    ['buy', 'approved', null],
    ['accept', 'purchased', null],
    ['card', 'accepted', null],
    ['buy', 'requested', 'outOfOrder'],
    ['accept', 'requested', 'outOfOrder'],
    ['accept', 'approved', 'outOfOrder'],
    ['card', 'purchased', 'outOfOrder'],
    ['card', 'requested', 'outOfOrder'],
    ['approve', 'approved', 'outOfOrder'],
    ['approve', 'purchased', 'outOfOrder'],
    ['reject', 'requested', null],
    ['reject', 'approved', 'outOfOrder'],
    ['withdraw', 'requested', null],
    ['withdraw', 'accepted', null],
    ['withdraw', 'carded', 'closed'],
    ['approve', 'rejected', 'closed'],
    ['card', 'withdrawn', 'closed'],
    ['card', 'carded', 'closed'],
  ])('%s when %s → %s', (step, status, expected) => {
    expect(purchaseStepRefusal(step, status)?.kind ?? null).toBe(expected);
  });

  it('names the missing step when one is skipped, and a repeated step as done', () => {
    expect(purchaseStepRefusal('accept', 'approved')?.message).toContain('须先完成「采购」');
    expect(purchaseStepRefusal('card', 'requested')?.message).toContain('须先完成「审批」');
    expect(purchaseStepRefusal('approve', 'purchased')?.message).toContain('已办理');
  });
});

describe('numbers', () => {
  it('资产编号 and 采购申请号 carry the year and a zero-padded serial', () => {
    expect(assetNumber(2026, 7)).toBe('ZC-2026-00007');
    expect(purchaseNumber(2026, 12)).toBe('CG-2026-0012');
  });
});

describe('card steps', () => {
  it('a card in use or idle can be moved, set and put up for disposal; one pending only approved or refused; a disposed one nothing', () => {
    expect(['in_use', 'idle', 'pending_disposal', 'disposed'].map((s) => canTakeCardStep('transfer', s as never))).toEqual([true, true, false, false]);
    expect(['in_use', 'idle', 'pending_disposal', 'disposed'].map((s) => canTakeCardStep('requestDisposal', s as never))).toEqual([true, true, false, false]);
    expect(['in_use', 'idle', 'pending_disposal', 'disposed'].map((s) => canTakeCardStep('approveDisposal', s as never))).toEqual([false, false, true, false]);
    expect(['in_use', 'idle', 'pending_disposal', 'disposed'].map((s) => canTakeCardStep('rejectDisposal', s as never))).toEqual([false, false, true, false]);
  });
});

describe('inventory summary', () => {
  const line = (valueFen: number, result: AssetInventoryLine['result']): AssetInventoryLine => ({
    assetId: String(valueFen),
    number: `ZC-2026-${valueFen}`,
    name: '设备',
    category: 'general_equipment',
    valueFen,
    location: '301',
    keeperName: '张三',
    result,
    note: null,
    checkedBy: null,
  });
  it('counts the unchecked cards and lists the 盘亏 (not found) with their value in 分', () => {
    const summary = inventorySummary([line(100_00, 'found'), line(250_050, 'missing'), line(333_33, 'differs'), line(1, 'missing'), line(5, null)]);
    expect(summary.unchecked).toBe(1);
    expect(summary.losses.map((l) => l.valueFen)).toEqual([250_050, 1]);
    expect(summary.lossFen).toBe(250_051);
  });
});

describe('report', () => {
  it('periods: a month to its last day (leap February included), a year', () => {
    expect(reportPeriod(2028, 2)).toEqual({ period: '2028-02', from: '2028-02-01', to: '2028-02-29' });
    expect(reportPeriod(2026, 11)).toEqual({ period: '2026-11', from: '2026-11-01', to: '2026-11-30' });
    expect(reportPeriod(2026)).toEqual({ period: '2026', from: '2026-01-01', to: '2026-12-31' });
  });

  it('every category in the standard order, zeros where nothing, totals summed in integer 分', () => {
    const { rows, total } = reportRows([
      { category: 'furniture', count: 2, valueFen: 120_001, additions: 1, additionsFen: 60_000, disposals: 0, disposalsFen: 0 },
      { category: 'general_equipment', count: 3, valueFen: 1_950_099, additions: 3, additionsFen: 1_950_099, disposals: 1, disposalsFen: 500_000 },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['土地', '房屋及构筑物', '通用设备', '专用设备', '文物和陈列品', '图书档案', '家具用具装具', '无形资产']);
    expect(rows.find((r) => r.category === 'buildings')).toMatchObject({ count: 0, valueFen: 0 });
    expect(total).toEqual({ count: 5, valueFen: 2_070_100, additions: 4, additionsFen: 2_010_099, disposals: 1, disposalsFen: 500_000 });
  });
});
