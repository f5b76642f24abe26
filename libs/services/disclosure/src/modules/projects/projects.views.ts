import { PERFORMANCE_GRADE_LABELS, PROJECT_STATUS_LABELS, type ProjectDetail, type ProjectSnapshot, type ProjectView } from '@gov/contracts-disclosure';
import type { ProjectRow, ProjectStepRow } from './projects.repository.js';
import { isOverdue } from './projects.rules.js';

/** Row → view (a project holds no personal data; the experts' names are public in the acceptance report). */
export function toProjectView(row: ProjectRow, today: string): ProjectView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    kind: row.kind,
    content: row.content,
    budgetYuan: row.budgetYuan,
    plannedStartOn: row.plannedStartOn,
    plannedEndOn: row.plannedEndOn,
    status: row.status,
    statusLabel: PROJECT_STATUS_LABELS[row.status],
    submittedOn: row.submittedOn,
    reviewedOn: row.reviewedOn,
    reviewedBy: row.reviewedBy,
    reviewOpinion: row.reviewOpinion,
    supervisionCount: row.supervisionCount,
    acceptedOn: row.acceptedOn,
    acceptanceResult: row.acceptanceResult,
    acceptanceExperts: row.acceptanceExperts,
    acceptanceOpinion: row.acceptanceOpinion,
    evaluatedOn: row.evaluatedOn,
    score: row.score,
    grade: row.grade,
    gradeLabel: row.grade ? PERFORMANCE_GRADE_LABELS[row.grade] : null,
    gradeScaleVersion: row.gradeScaleVersion,
    evaluationOpinion: row.evaluationOpinion,
    overdue: isOverdue(row, today),
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** The project file: the view and its timeline. */
export function toProjectDetail(row: ProjectRow, steps: ProjectStepRow[], today: string): ProjectDetail {
  return { ...toProjectView(row, today), steps: steps.map((s) => ({ ...s, at: new Date(s.at).toISOString() })) };
}

/** What the events carry. */
export function snapshotOf(row: ProjectRow): ProjectSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, kind: row.kind, status: row.status, version: row.version };
}
