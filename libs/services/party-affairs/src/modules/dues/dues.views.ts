import type { DuesReceipt, DuesReductionSnapshot, DuesReductionView } from '@gov/contracts-party-affairs';
import type { DuesReductionWithNames, PaymentRow } from './dues.repository.js';
import { receiptNumber } from './dues.rules.js';

/** Row → view (no personal fields in this record). */
export function toDuesReductionView(row: DuesReductionWithNames): DuesReductionView {
  return {
    id: row.id,
    memberId: row.memberId,
    memberName: row.memberName,
    branchId: row.branchId,
    branchName: row.branchName,
    unitId: row.unitId,
    kind: row.kind,
    fromMonth: row.fromMonth,
    toMonth: row.toMonth,
    reducedMonthlyFen: row.reducedMonthlyFen,
    reason: row.reason,
    status: row.status,
    branchDecidedOn: row.branchDecidedOn,
    branchMeetingRef: row.branchMeetingRef,
    approver: row.approver,
    approvedOn: row.approvedOn,
    refusalReason: row.refusalReason,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: DuesReductionWithNames): DuesReductionSnapshot {
  return { id: row.id, memberId: row.memberId, branchId: row.branchId, unitId: row.unitId, kind: row.kind, fromMonth: row.fromMonth, toMonth: row.toMonth, status: row.status, version: row.version };
}

export function toReceipt(p: PaymentRow): DuesReceipt {
  return {
    number: receiptNumber(p.receiptYear, p.receiptSeq),
    seq: p.receiptSeq,
    memberId: p.memberId,
    memberName: p.memberName,
    month: p.month,
    amountFen: p.amountFen,
    paidOn: p.paidOn,
    recordedBy: p.recordedBy,
    recordedAt: new Date(p.recordedAt).toISOString(),
    voided: p.voidedAt !== null,
    voidReason: p.voidReason,
    voidedBy: p.voidedBy,
    voidedAt: p.voidedAt ? new Date(p.voidedAt).toISOString() : null,
  };
}
