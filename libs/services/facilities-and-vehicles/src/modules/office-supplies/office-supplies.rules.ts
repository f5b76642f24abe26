import { EQUIPMENT_ACCEPTANCE_MAX_UNITS, type SupplyCategory, type SupplyItemStatus, type SupplyRequestStatus } from '@gov/contracts-facilities-and-vehicles';

/** Low stock: at or below the item's threshold (a threshold of 0 warns when none is left). */
export function isLowStock(stock: number, threshold: number): boolean {
  return stock <= threshold;
}

/**
 * The stock after a movement; null when an issue would take it below zero (the stock is a count of things on the
 * shelf: it is never negative, whatever the request).
 */
export function stockAfter(stock: number, direction: 'in' | 'out', quantity: number): number | null {
  const next = direction === 'in' ? stock + quantity : stock - quantity;
  return next < 0 ? null : next;
}

/** The lines of a request with the same item given twice merged, in the order first given. */
export function mergedLines(lines: readonly { itemId: string; quantity: number }[]): { itemId: string; quantity: number }[] {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.itemId, (merged.get(line.itemId) ?? 0) + line.quantity);
  return [...merged].map(([itemId, quantity]) => ({ itemId, quantity }));
}

/** The lines a request cannot be issued for: each item with what is asked and what is on the shelf. */
export function shortages(lines: readonly { itemId: string; quantity: number }[], stockOf: ReadonlyMap<string, number>): { itemId: string; asked: number; stock: number }[] {
  return lines.filter((line) => (stockOf.get(line.itemId) ?? 0) < line.quantity).map((line) => ({ itemId: line.itemId, asked: line.quantity, stock: stockOf.get(line.itemId) ?? 0 }));
}

export type SupplyRequestStep = 'approve' | 'reject' | 'withdraw';

const REQUEST_ALLOWED: Record<SupplyRequestStep, readonly SupplyRequestStatus[]> = { approve: ['submitted'], reject: ['submitted'], withdraw: ['submitted'] };
const REQUEST_AFTER: Record<SupplyRequestStep, SupplyRequestStatus> = { approve: 'issued', reject: 'rejected', withdraw: 'withdrawn' };

export function canTakeRequestStep(step: SupplyRequestStep, status: SupplyRequestStatus): boolean {
  return REQUEST_ALLOWED[step].includes(status);
}

export function requestStatusAfter(step: SupplyRequestStep): SupplyRequestStatus {
  return REQUEST_AFTER[step];
}

/** An item is retired only when it is active and none is left on the shelf. */
export function retireProblem(status: SupplyItemStatus, stock: number): 'retired' | 'stockLeft' | null {
  if (status !== 'active') return 'retired';
  return stock > 0 ? 'stockLeft' : null;
}


/**
 * 设备购置验收 (issue 18: equipment purchases follow the asset procedure): only an 入库 of an item of the category
 * 办公设备及配件 carries an acceptance; one card per unit, so at most {@link EQUIPMENT_ACCEPTANCE_MAX_UNITS} units at once;
 * the acceptance is not dated ahead of the day it is recorded.
 */
export function acceptanceProblem(category: SupplyCategory, quantity: number, acceptedOn: string, today: string): 'notEquipment' | 'tooManyUnits' | 'inFuture' | null {
  if (category !== 'equipment') return 'notEquipment';
  if (quantity > EQUIPMENT_ACCEPTANCE_MAX_UNITS) return 'tooManyUnits';
  if (acceptedOn > today) return 'inFuture';
  return null;
}

/** What the keeper sees of the cards: the numbers once 财务科 has carded every unit, else that they were sent. */
export function cardStatusOf(assetNumbers: readonly string[], quantity: number): string {
  if (!assetNumbers.length) return '已推送至财务科资产卡片';
  return assetNumbers.length >= quantity ? `已建卡：${assetNumbers.join('、')}` : `已推送至财务科资产卡片（已建卡 ${assetNumbers.length}/${quantity}：${assetNumbers.join('、')}）`;
}
