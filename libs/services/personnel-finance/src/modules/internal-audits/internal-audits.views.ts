import type { InternalAuditSnapshot, InternalAuditView } from '@gov/contracts-personnel-finance';
import type { InternalAuditRow } from './internal-audits.repository.js';

export function toInternalAuditView(row: InternalAuditRow): InternalAuditView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    scope: row.scope,
    team: row.team,
    plannedOn: row.plannedOn,
    startedOn: row.startedOn,
    reportNumber: row.reportNumber,
    reportedOn: row.reportedOn,
    closedOn: row.closedOn,
    findings: row.findings,
    findingsAmountFen: row.findings.reduce((acc, f) => acc + (f.amountFen ?? 0), 0),
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    timeline: row.timeline,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: InternalAuditRow): InternalAuditSnapshot {
  return { id: row.id, unitId: row.unitId, unitName: row.unitName, status: row.status, findings: row.findings.length, verified: row.findings.filter((f) => f.status === 'verified').length, version: row.version };
}
