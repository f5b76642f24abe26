import { ASSIGNMENT_STATUS_LABELS, SOLICITATION_STATUS_LABELS, type SolicitationSnapshot, type SolicitationView } from '@gov/contracts-information';
import type { AssignmentRow, SolicitationRow } from './solicitations.repository.js';
import { isOverdue } from './solicitations.rules.js';

/** Row → view; a liaison (`onlyUnitId`) sees only their own unit's part (no personal data in this record). */
export function toSolicitationView(row: SolicitationRow, assignments: AssignmentRow[], today: string, onlyUnitId?: string): SolicitationView {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    requirements: row.requirements,
    receivedOn: row.receivedOn,
    upperDeadline: row.upperDeadline,
    internalWorkingDays: row.internalWorkingDays,
    status: row.status,
    statusLabel: SOLICITATION_STATUS_LABELS[row.status],
    replySummary: row.replySummary,
    repliedOn: row.repliedOn,
    repliedLate: !!row.repliedOn && row.repliedOn > row.upperDeadline,
    withdrawalReason: row.withdrawalReason,
    assignments: assignments
      .filter((a) => a.solicitationId === row.id && (!onlyUnitId || a.unitId === onlyUnitId))
      .map((a) => ({
        unitId: a.unitId,
        dueDate: a.dueDate,
        dueExplanation: a.dueExplanation,
        status: a.status,
        statusLabel: ASSIGNMENT_STATUS_LABELS[a.status],
        answer: a.answer,
        answeredAt: a.answeredAt ? new Date(a.answeredAt).toISOString() : null,
        answeredBy: a.answeredBy,
        late: a.late,
        overdue: row.status === 'open' && isOverdue(a.status, a.dueDate, today),
        deduction: a.deduction,
        weightVersion: a.weightVersion,
      })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: SolicitationRow, assignments: AssignmentRow[]): SolicitationSnapshot {
  return { id: row.id, title: row.title, upperDeadline: row.upperDeadline, status: row.status, unitIds: assignments.map((a) => a.unitId), version: row.version };
}
