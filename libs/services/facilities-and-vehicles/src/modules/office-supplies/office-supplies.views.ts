import {
  EQUIPMENT_ASSET_CATEGORY_LABELS,
  STOCK_DIRECTION_LABELS,
  SUPPLY_CATEGORY_LABELS,
  SUPPLY_ITEM_STATUS_LABELS,
  SUPPLY_REQUEST_STATUS_LABELS,
  type EquipmentAcceptanceView,
  type EquipmentPurchaseSnapshot,
  type StockMovementView,
  type SupplyItemSnapshot,
  type SupplyItemView,
  type SupplyRequestSnapshot,
  type SupplyRequestView,
} from '@gov/contracts-facilities-and-vehicles';
import type { EquipmentAcceptanceRow, RequestLineRow, StockMovementRow, StockMovementWithAcceptance, SupplyItemRow, SupplyRequestRow } from './office-supplies.repository.js';
import { cardStatusOf, isLowStock } from './office-supplies.rules.js';

export function toSupplyItemView(row: SupplyItemRow, movements?: StockMovementWithAcceptance[]): SupplyItemView {
  return {
    id: row.id,
    name: row.name,
    spec: row.spec,
    category: row.category,
    categoryLabel: SUPPLY_CATEGORY_LABELS[row.category],
    unit: row.unit,
    stock: row.stock,
    lowStockThreshold: row.lowStockThreshold,
    lowStock: isLowStock(row.stock, row.lowStockThreshold),
    status: row.status,
    statusLabel: SUPPLY_ITEM_STATUS_LABELS[row.status],
    retireReason: row.retireReason,
    ...(movements ? { movements: movements.map(toMovementView) } : {}),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

function toAcceptanceView(row: EquipmentAcceptanceRow): EquipmentAcceptanceView {
  return {
    unitPriceFen: row.unitPriceFen,
    assetCategory: row.assetCategory,
    assetCategoryLabel: EQUIPMENT_ASSET_CATEGORY_LABELS[row.assetCategory],
    acceptedOn: row.acceptedOn,
    acceptors: row.acceptors,
    location: row.location,
    keeperName: row.keeperName,
    assetNumbers: row.assetNumbers,
    cardStatus: cardStatusOf(row.assetNumbers, row.quantity),
  };
}

/** What `equipment-purchase.accepted` carries: the accepted units for 财务科's cards. */
export function equipmentPurchaseSnapshotOf(item: SupplyItemRow, movement: StockMovementRow, acceptance: EquipmentAcceptanceRow): EquipmentPurchaseSnapshot {
  return {
    id: movement.id,
    itemId: item.id,
    name: item.spec ? `${item.name}（${item.spec}）` : item.name,
    assetCategory: acceptance.assetCategory,
    quantity: acceptance.quantity,
    unitPriceFen: acceptance.unitPriceFen,
    source: movement.reason,
    acceptedOn: acceptance.acceptedOn,
    acceptors: acceptance.acceptors,
    location: acceptance.location,
    keeperName: acceptance.keeperName,
    acceptedBy: acceptance.createdBy,
    version: 1,
  };
}

function toMovementView(row: StockMovementWithAcceptance): StockMovementView {
  return {
    id: row.id,
    direction: row.direction,
    directionLabel: STOCK_DIRECTION_LABELS[row.direction],
    quantity: row.quantity,
    stockAfter: row.stockAfter,
    reason: row.reason,
    requestId: row.requestId,
    acceptance: row.acceptance ? toAcceptanceView(row.acceptance) : null,
    at: row.at.toISOString(),
    by: row.by,
  };
}

export function toSupplyRequestView(row: SupplyRequestRow, lines: RequestLineRow[]): SupplyRequestView {
  return {
    id: row.id,
    sectionCode: row.sectionCode,
    requesterName: row.requesterName,
    purpose: row.purpose,
    lines: lines.map((line) => ({ itemId: line.itemId, itemName: line.itemName, unit: line.unit, quantity: line.quantity })),
    status: row.status,
    statusLabel: SUPPLY_REQUEST_STATUS_LABELS[row.status],
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    reason: row.reason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function itemSnapshotOf(row: SupplyItemRow): SupplyItemSnapshot {
  return { id: row.id, name: row.name, stock: row.stock, lowStock: isLowStock(row.stock, row.lowStockThreshold), status: row.status, version: row.version };
}

export function requestSnapshotOf(row: SupplyRequestRow): SupplyRequestSnapshot {
  return { id: row.id, sectionCode: row.sectionCode, status: row.status, version: row.version };
}
