import type { AssessmentQuotaView, AssessmentSnapshot, AssessmentSummaryView, AssessmentView } from '@gov/contracts-personnel-finance';
import type { AssessmentEntryRow, AssessmentRow } from './assessments.repository.js';
import { excellentQuota, QUOTA_VERSIONS } from './quota.rules.js';

/** The quota meter: those assessed (probationers not counted), the 优秀 given and allowed, under the record's version. */
export function quotaOf(row: AssessmentRow, entries: readonly AssessmentEntryRow[]): AssessmentQuotaView {
  const version = QUOTA_VERSIONS.find((q) => q.version === row.quotaVersion) ?? QUOTA_VERSIONS[0];
  const assessed = entries.filter((e) => !e.probationer).length;
  const raised = row.quotaApproval !== null;
  return {
    version: version.version,
    assessed,
    excellent: entries.filter((e) => e.grade === 'excellent').length,
    allowed: excellentQuota(assessed, version, raised),
    percent: raised ? version.raisedPercent : version.normalPercent,
    source: version.source,
  };
}

export function toAssessmentView(row: AssessmentRow, entries: readonly AssessmentEntryRow[]): AssessmentView {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    quota: quotaOf(row, entries),
    quotaApproval: row.quotaApproval,
    entries: entries.map((e) => ({ staffMemberId: e.staffMemberId, name: e.name, sectionCode: e.sectionCode, probationer: e.probationer, grade: e.grade, comment: e.comment })),
    finalizedAt: row.finalizedAt ? row.finalizedAt.toISOString() : null,
    withdrawalReason: row.withdrawalReason,
    timeline: row.timeline,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toAssessmentSummary(row: AssessmentRow, entries: readonly AssessmentEntryRow[]): AssessmentSummaryView {
  return { id: row.id, year: row.year, title: row.title, status: row.status, quota: quotaOf(row, entries), version: row.version, updatedAt: row.updatedAt.toISOString() };
}

/** What the events carry: the results (grade or none for each participant) with the version. */
export function snapshotOf(row: AssessmentRow, entries: readonly AssessmentEntryRow[]): AssessmentSnapshot {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    results: entries.map((e) => ({ staffMemberId: e.staffMemberId, grade: e.grade, probationer: e.probationer })),
    version: row.version,
  };
}
