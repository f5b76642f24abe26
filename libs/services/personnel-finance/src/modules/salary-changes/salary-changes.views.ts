import type { SalaryChangeSnapshot, SalaryChangeView } from '@gov/contracts-personnel-finance';
import type { SalaryChangeRow } from './salary-changes.repository.js';

/** The decrypted 基本工资 amounts of one change. */
export interface SalaryAmounts {
  beforeFen: number;
  afterFen: number;
}

/** Row → view (the amounts decrypted by the caller of this function). */
export function toSalaryChangeView(row: SalaryChangeRow, amounts: SalaryAmounts): SalaryChangeView {
  return {
    id: row.id,
    staffMemberId: row.staffMemberId,
    name: row.name,
    sectionCode: row.sectionCode,
    kind: row.kind,
    before: { grade: row.beforeGrade, step: row.beforeStep, baseSalaryFen: amounts.beforeFen },
    after: { grade: row.afterGrade, step: row.afterStep, baseSalaryFen: amounts.afterFen },
    effectiveYear: row.effectiveYear,
    effectiveMonth: row.effectiveMonth,
    basisDocument: row.basisDocument,
    basis: row.basis ?? undefined,
    approvedBy: row.approvedBy,
    approvedOn: row.approvedOn,
    checkNote: row.checkNote,
    status: row.status,
    voidReason: row.voidReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: no amounts. */
export function snapshotOf(row: SalaryChangeRow): SalaryChangeSnapshot {
  return { id: row.id, staffMemberId: row.staffMemberId, kind: row.kind, effectiveYear: row.effectiveYear, effectiveMonth: row.effectiveMonth, status: row.status, version: row.version };
}
