/**
 * 报销: the 公务卡 compulsory-settlement list (RULES.md §2.10) and approval by amount thresholds (local configuration).
 */
import { EXPENSE_KINDS, type ExpenseKind, type PaymentMethod } from '@gov/contracts-personnel-finance';

export const OFFICIAL_CARD_SOURCE = '财政部、中国人民银行《关于加强公务卡强制结算目录管理的通知》（财库〔2011〕160号）公务卡强制结算目录（RULES.md §2.10）';

/** The 16 kinds of the compulsory list: settled by 公务卡 (or transfer), never cash. */
export const OFFICIAL_CARD_KINDS: readonly ExpenseKind[] = EXPENSE_KINDS.filter((k) => k !== 'other_labour' && k !== 'other');

/** Refusal of a payment method for an expense kind, citing the list; null when allowed. */
export function paymentRefusal(kind: ExpenseKind, method: PaymentMethod): string | null {
  if (method === 'cash' && OFFICIAL_CARD_KINDS.includes(kind)) return `该支出属于公务卡强制结算目录，不得以现金报销，应使用公务卡结算（${OFFICIAL_CARD_SOURCE}）`;
  return null;
}

export const APPROVAL_LEVELS = ['section_chief', 'deputy_director', 'director'] as const;
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];
export const APPROVAL_LEVEL_LABELS: Record<ApprovalLevel, string> = { section_chief: '财务科科长审核', deputy_director: '分管副主任审批', director: '办公室主任审批' };

/** One version of the approval thresholds (分): up to `sectionChiefUpToFen` the chief alone; up to `deputyUpToFen` also the deputy; above also the director. */
export interface ApprovalThresholds {
  version: string;
  effectiveFrom: string;
  sectionChiefUpToFen: number;
  deputyUpToFen: number;
  source: string;
}

export const APPROVAL_THRESHOLDS: readonly ApprovalThresholds[] = [
  {
    version: 'BX-2025-01',
    effectiveFrom: '2025-01-01',
    sectionChiefUpToFen: 500_000,
    deputyUpToFen: 5_000_000,
    source: '博山区人民政府办公室财务管理制度（本单位内控规定，金额分级审批；待财务科确认）',
  },
];

export function thresholdsOn(date: string, table: readonly ApprovalThresholds[] = APPROVAL_THRESHOLDS): ApprovalThresholds | null {
  return [...table].filter((t) => t.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/** The approvals a claim of `totalFen` needs, in order. */
export function requiredApprovals(totalFen: number, thresholds: ApprovalThresholds): ApprovalLevel[] {
  if (totalFen <= thresholds.sectionChiefUpToFen) return ['section_chief'];
  if (totalFen <= thresholds.deputyUpToFen) return ['section_chief', 'deputy_director'];
  return ['section_chief', 'deputy_director', 'director'];
}

/** Which level a caller may sign: the 财务科 chief the first; an office leader the higher ones. */
export function levelsOf(roles: readonly string[], sectionCode: string | null): ApprovalLevel[] {
  const levels: ApprovalLevel[] = [];
  if (roles.includes('section_chief') && sectionCode === 'caiwu') levels.push('section_chief');
  if (roles.includes('office_leader')) levels.push('deputy_director', 'director');
  return levels;
}

/** The next level waiting, given those already signed; null when all are. */
export function nextApproval(required: readonly ApprovalLevel[], signed: readonly ApprovalLevel[]): ApprovalLevel | null {
  return required.find((level) => !signed.includes(level)) ?? null;
}
