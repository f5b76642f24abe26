import type { AssetChanged, AssetInventoryChanged, AssetInventoryView, AssetPurchaseChanged, AssetPurchaseView, AssetView } from '@gov/contracts-personnel-finance';
import type { AssetInventoryRow, AssetPurchaseRow, AssetRow } from './assets.repository.js';
import { inventorySummary } from './assets.rules.js';

const recorded = (row: { version: number; createdAt: Date; createdBy: string; updatedAt: Date; updatedBy: string }) => ({
  version: row.version,
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.createdBy,
  updatedAt: new Date(row.updatedAt).toISOString(),
  updatedBy: row.updatedBy,
});

export function toPurchaseView(row: AssetPurchaseRow, assetNumber: string | null): AssetPurchaseView {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    category: row.category,
    estimatedFen: row.estimatedFen,
    purpose: row.purpose,
    status: row.status,
    approval: row.approval,
    purchase: row.purchase,
    acceptance: row.acceptance,
    assetId: row.assetId,
    assetNumber,
    reason: row.reason,
    source: purchaseSourceView(row),
    timeline: row.timeline,
    ...recorded(row),
  };
}

export function toAssetView(row: AssetRow): AssetView {
  return {
    id: row.id,
    number: row.number,
    category: row.category,
    name: row.name,
    valueFen: row.valueFen,
    acquiredOn: row.acquiredOn,
    location: row.location,
    keeperStaffMemberId: row.keeperStaffMemberId,
    keeperName: row.keeperName,
    status: row.status,
    purchaseId: row.purchaseId,
    transfers: row.transfers,
    disposal: row.disposal,
    timeline: row.timeline,
    ...recorded(row),
  };
}

export function toInventoryView(row: AssetInventoryRow): AssetInventoryView {
  return { id: row.id, title: row.title, asOf: row.asOf, status: row.status, lines: row.lines, ...inventorySummary(row.lines), timeline: row.timeline, ...recorded(row) };
}

export function assetSnapshot(row: AssetRow): AssetChanged.Event {
  return { id: row.id, number: row.number, category: row.category, name: row.name, valueFen: row.valueFen, status: row.status, version: row.version };
}

export function purchaseSnapshot(row: AssetPurchaseRow, assetNumber: string | null = null): AssetPurchaseChanged.Event {
  return { id: row.id, number: row.number, name: row.name, status: row.status, assetId: row.assetId, assetNumber, sourceApp: row.sourceApp, sourceId: row.sourceId, version: row.version };
}

/** 机关事务管理科's 设备购置验收 (the only source so far), as the purchase shows it. */
export function purchaseSourceView(row: AssetPurchaseRow): AssetPurchaseView['source'] {
  if (!row.sourceApp || !row.sourceId || !row.sourceUnit) return null;
  const label = row.sourceApp === 'facilities-and-vehicles' ? `机关事务管理科设备购置验收入库（第 ${row.sourceUnit} 台）` : `${row.sourceApp}（第 ${row.sourceUnit} 项）`;
  return { app: row.sourceApp, id: row.sourceId, unit: row.sourceUnit, label };
}

export function inventorySnapshot(row: AssetInventoryRow): AssetInventoryChanged.Event {
  return { id: row.id, title: row.title, status: row.status, missing: inventorySummary(row.lines).losses.length, version: row.version };
}
