import {
  ASSET_CATEGORIES,
  ASSET_CATEGORY_LABELS,
  ASSET_PURCHASE_STATUS_LABELS,
  type AssetInventoryLine,
  type AssetPurchaseStatus,
  type AssetReportRow,
  type AssetStatus,
} from '@gov/contracts-personnel-finance';

/** The steps of the purchase procedure after the request, in their order, each with the status it needs and the one it leaves. */
export const PURCHASE_STEPS = {
  approve: { from: 'requested', to: 'approved', label: '审批' },
  buy: { from: 'approved', to: 'purchased', label: '采购' },
  accept: { from: 'purchased', to: 'accepted', label: '验收' },
  card: { from: 'accepted', to: 'carded', label: '建卡' },
} as const satisfies Record<string, { from: AssetPurchaseStatus; to: AssetPurchaseStatus; label: string }>;
export type PurchaseStep = keyof typeof PURCHASE_STEPS;
const ORDER: AssetPurchaseStatus[] = ['requested', 'approved', 'purchased', 'accepted', 'carded'];
const CLOSED: AssetPurchaseStatus[] = ['carded', 'rejected', 'withdrawn'];

/** Why a step cannot be taken now (`closed`: the procedure has ended; `outOfOrder`: an earlier step is missing or it was taken), or null. */
export function purchaseStepRefusal(step: PurchaseStep | 'reject' | 'withdraw', status: AssetPurchaseStatus): { kind: 'closed' | 'outOfOrder'; message: string } | null {
  if (CLOSED.includes(status)) return { kind: 'closed', message: `采购申请${ASSET_PURCHASE_STATUS_LABELS[status]}，不能再办理` };
  if (step === 'withdraw') return null;
  if (step === 'reject') return status === 'requested' ? null : { kind: 'outOfOrder', message: '只有待审批的采购申请可以不予批准' };
  const { from, label } = PURCHASE_STEPS[step];
  if (status === from) return null;
  const missing = ORDER.indexOf(status) < ORDER.indexOf(from);
  const need = Object.values(PURCHASE_STEPS).find((s) => s.from === status);
  return {
    kind: 'outOfOrder',
    message: missing ? `「${label}」之前须先完成「${need?.label ?? '审批'}」（采购程序：申请→审批→采购→验收→建卡）` : `「${label}」已办理，不能重复`,
  };
}

/** 资产编号: `ZC-YYYY-NNNNN`, gap-free within the year of acquisition. */
export function assetNumber(year: number, n: number): string {
  return `ZC-${year}-${String(n).padStart(5, '0')}`;
}

/** 采购申请号: `CG-YYYY-NNNN`. */
export function purchaseNumber(year: number, n: number): string {
  return `CG-${year}-${String(n).padStart(4, '0')}`;
}

export type CardStep = 'transfer' | 'setUse' | 'requestDisposal' | 'approveDisposal' | 'rejectDisposal';

/** Which card steps each status allows: a card waiting for or past disposal is not moved or used. */
export function canTakeCardStep(step: CardStep, status: AssetStatus): boolean {
  if (step === 'approveDisposal' || step === 'rejectDisposal') return status === 'pending_disposal';
  return status === 'in_use' || status === 'idle';
}

/** What the inventory shows: how many are still unchecked, the 盘亏 list (not found) and its value. */
export function inventorySummary(lines: readonly AssetInventoryLine[]): { unchecked: number; losses: AssetInventoryLine[]; lossFen: number } {
  const losses = lines.filter((l) => l.result === 'missing');
  return { unchecked: lines.filter((l) => !l.result).length, losses, lossFen: losses.reduce((sum, l) => sum + l.valueFen, 0) };
}

/** The first and last day of a month (`month` given) or a year. */
export function reportPeriod(year: number, month?: number): { period: string; from: string; to: string } {
  if (!month) return { period: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { period: `${year}-${mm}`, from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

type Figures = Omit<AssetReportRow, 'label'>;

/** Every category in the standard's order (zeros where there is nothing), and the totals. */
export function reportRows(figures: readonly Figures[]): { rows: AssetReportRow[]; total: Omit<AssetReportRow, 'category' | 'label'> } {
  const rows = ASSET_CATEGORIES.map((category) => {
    const f = figures.find((x) => x.category === category);
    return { category, label: ASSET_CATEGORY_LABELS[category], count: f?.count ?? 0, valueFen: f?.valueFen ?? 0, additions: f?.additions ?? 0, additionsFen: f?.additionsFen ?? 0, disposals: f?.disposals ?? 0, disposalsFen: f?.disposalsFen ?? 0 };
  });
  const sum = (key: keyof Omit<AssetReportRow, 'category' | 'label'>) => rows.reduce((s, r) => s + r[key], 0);
  return { rows, total: { count: sum('count'), valueFen: sum('valueFen'), additions: sum('additions'), additionsFen: sum('additionsFen'), disposals: sum('disposals'), disposalsFen: sum('disposalsFen') } };
}
