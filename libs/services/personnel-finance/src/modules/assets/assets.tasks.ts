import type { TaskChange, WaitingStep } from '@gov/platform';
import type { AssetPurchaseRow, AssetRow } from './assets.repository.js';

const LEADERS = { type: 'role' as const, id: 'office_leader' };
const CAIWU = { type: 'role' as const, id: 'section_staff' };

/** What a purchase waits on: a leader's approval while requested; 财务科's purchase, acceptance and card after it. */
export function purchaseTasks(p: AssetPurchaseRow): WaitingStep[] {
  const link = `/personnel-finance/asset-purchases/${p.id}`;
  const what = `${p.number} ${p.name}`;
  switch (p.status) {
    case 'requested':
      return [{ step: 'approve', kind: 'asset_approval', title: `审批资产采购申请 ${what}`, assignee: LEADERS, section: null, link }];
    case 'approved':
      return [{ step: 'buy', kind: 'asset_purchase_step', title: `办理采购 ${what}`, assignee: CAIWU, section: 'caiwu', link }];
    case 'purchased':
      return [{ step: 'accept', kind: 'asset_purchase_step', title: `组织验收 ${what}`, assignee: CAIWU, section: 'caiwu', link }];
    case 'accepted':
      return [{ step: 'card', kind: 'asset_purchase_step', title: `建立资产卡片 ${what}`, assignee: CAIWU, section: 'caiwu', link }];
    default:
      return [];
  }
}

export function purchaseTaskChange(before: AssetPurchaseRow, after: AssetPurchaseRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : 'done';
  return { app: 'personnel-finance', record: { type: 'asset-purchase', id: after.id }, before: purchaseTasks(before), after: purchaseTasks(after), version: after.version, by, outcome };
}

/** What a card waits on: a leader's decision while its disposal is pending. */
export function assetTasks(a: AssetRow): WaitingStep[] {
  if (a.status !== 'pending_disposal') return [];
  return [{ step: 'dispose', kind: 'asset_approval', title: `审批资产处置 ${a.number} ${a.name}`, assignee: LEADERS, section: null, link: `/personnel-finance/assets/${a.id}` }];
}

export function assetTaskChange(before: AssetRow, after: AssetRow, by?: string): TaskChange {
  return { app: 'personnel-finance', record: { type: 'asset', id: after.id }, before: assetTasks(before), after: assetTasks(after), version: after.version, by };
}
