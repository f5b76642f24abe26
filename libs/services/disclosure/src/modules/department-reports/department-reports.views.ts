import {
  DEPARTMENT_REPORT_ROUND_STATUS_LABELS,
  DEPARTMENT_REPORT_STATUS_LABELS,
  type DepartmentReportRoundSnapshot,
  type DepartmentReportRoundView,
  type DepartmentReportSnapshot,
  type DepartmentReportView,
} from '@gov/contracts-disclosure';
import type { DepartmentReportRoundRow, DepartmentReportRow, DepartmentReportStepRow } from './department-reports.repository.js';
import { DEPARTMENT_REPORT_STEP_LABELS, isLate, UNIT_STATE_LABELS, unitSubmissions } from './department-reports.rules.js';

/** Row → view (a report holds no personal data); the timeline in the detail only. */
export function toDepartmentReportView(row: DepartmentReportRow, dueDate: string, steps: DepartmentReportStepRow[] = []): DepartmentReportView {
  return {
    id: row.id,
    roundId: row.roundId,
    year: row.year,
    unitId: row.unitId,
    text: row.text,
    attachments: row.attachments,
    figures: row.figures,
    status: row.status,
    statusLabel: DEPARTMENT_REPORT_STATUS_LABELS[row.status],
    firstSubmittedOn: row.firstSubmittedOn,
    submittedOn: row.submittedOn,
    dueDate,
    late: isLate(row.firstSubmittedOn, dueDate, row.firstSubmittedOn),
    returnReason: row.returnReason,
    reviewedBy: row.reviewedBy,
    publishedOn: row.publishedOn,
    steps: steps.map((s) => ({ seq: s.seq, action: s.action, actionLabel: DEPARTMENT_REPORT_STEP_LABELS[s.action], note: s.note, at: new Date(s.at).toISOString(), by: s.by })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** The year's collection with every unit's state (who submitted, late, missing) when `reports` are given. */
export function toRoundView(round: DepartmentReportRoundRow, reports: DepartmentReportRow[], today: string, withUnits: boolean): DepartmentReportRoundView {
  const units = unitSubmissions(round, reports, today);
  return {
    id: round.id,
    year: round.year,
    unitIds: round.unitIds,
    dueDate: round.dueDate,
    dueExplanation: round.dueExplanation,
    status: round.status,
    statusLabel: DEPARTMENT_REPORT_ROUND_STATUS_LABELS[round.status],
    publishedOn: round.publishedOn,
    publishedBy: round.publishedBy,
    units: withUnits ? units.map((u) => ({ ...u, stateLabel: UNIT_STATE_LABELS[u.state] })) : [],
    submittedCount: units.filter((u) => u.state !== 'missing').length,
    lateCount: units.filter((u) => u.state !== 'missing' && u.late).length,
    missingCount: units.filter((u) => u.state === 'missing').length,
    version: round.version,
    createdAt: round.createdAt.toISOString(),
    createdBy: round.createdBy,
    updatedAt: round.updatedAt.toISOString(),
    updatedBy: round.updatedBy,
  };
}

export function snapshotOf(row: DepartmentReportRow): DepartmentReportSnapshot {
  return { id: row.id, year: row.year, unitId: row.unitId, status: row.status, version: row.version };
}

export function roundSnapshotOf(row: DepartmentReportRoundRow): DepartmentReportRoundSnapshot {
  return { id: row.id, year: row.year, status: row.status, publishedOn: row.publishedOn, version: row.version };
}
