import type { ClaimSnapshot, ClaimView } from '@gov/contracts-personnel-finance';
import { nextApproval, type ApprovalLevel } from './claim.rules.js';
import { checkStandards, standardsByVersion } from './claim.standards.js';
import type { ClaimRow } from './claims.repository.js';

export function toClaimView(row: ClaimRow): ClaimView {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    claimantName: row.claimantName,
    sectionCode: row.sectionCode,
    expenseKind: row.expenseKind,
    paymentMethod: row.paymentMethod,
    items: row.items,
    attachments: row.attachments,
    trips: row.trips,
    ...(row.meeting ? { meeting: row.meeting } : {}),
    ...(row.budgetId && row.budgetItemKey ? { budgetId: row.budgetId, budgetItemKey: row.budgetItemKey } : {}),
    totalFen: row.totalFen,
    status: row.status,
    thresholdsVersion: row.thresholdsVersion,
    standardsVersion: row.standardsVersion ?? '',
    standardChecks: standardChecksOf(row),
    requiredApprovals: row.requiredApprovals,
    nextApproval: row.status === 'submitted' ? nextApproval(row.requiredApprovals as ApprovalLevel[], row.approvals.map((a) => a.level as ApprovalLevel)) : null,
    approvals: row.approvals,
    voucherNumber: row.voucherNumber,
    paidOn: row.paidOn,
    reason: row.reason,
    timeline: row.timeline,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: ClaimRow): ClaimSnapshot {
  return { id: row.id, number: row.number, title: row.title, expenseKind: row.expenseKind, totalFen: row.totalFen, status: row.status, version: row.version };
}

/** The claim's checks against the standards of the version it keeps (none for other kinds, or before the standards were kept). */
function standardChecksOf(row: ClaimRow): ClaimView['standardChecks'] {
  const standards = row.standardsVersion ? standardsByVersion(row.standardsVersion) : null;
  return standards ? checkStandards(row, standards).checks : [];
}
