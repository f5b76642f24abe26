import type { InstitutionAssessmentSnapshot, InstitutionAssessmentView, InstitutionUnitView } from '@gov/contracts-personnel-finance';
import type { InstitutionAssessmentAccess } from './institution-assessments.policy.js';
import type { InstitutionAssessmentRow, InstitutionUnitRow } from './institution-assessments.repository.js';
import { excellentAllowed } from './institution-assessments.rules.js';

/** The timeline steps that name one unit (a liaison sees only their own unit's). */
export const UNIT_STEPS: readonly string[] = ['自评', '审核评分'];

function unitView(u: InstitutionUnitRow): InstitutionUnitView {
  return {
    unitId: u.unitId,
    unitName: u.unitName,
    selfScores: u.selfScores,
    selfTotal: u.selfTotal,
    selfSubmittedAt: u.selfSubmittedAt?.toISOString() ?? null,
    selfSubmittedBy: u.selfSubmittedBy,
    reviewScores: u.reviewScores,
    total: u.total,
    grade: u.grade,
    reviewedAt: u.reviewedAt?.toISOString() ?? null,
    reviewedBy: u.reviewedBy,
  };
}

/** Row → view; a liaison's view holds only their own unit's line (the quota meter shows counts only). */
export function toInstitutionAssessmentView(row: InstitutionAssessmentRow, units: readonly InstitutionUnitRow[], access: InstitutionAssessmentAccess = { kind: 'all' }): InstitutionAssessmentView {
  const shown = access.kind === 'unit' ? units.filter((u) => u.unitId === access.unitId) : units;
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    indicators: row.indicators,
    bands: row.bands,
    configVersion: row.configVersion,
    quota: { units: units.length, percent: row.excellentQuotaPercent, allowed: excellentAllowed(units.length, row.excellentQuotaPercent), used: units.filter((u) => u.grade === 'excellent').length },
    status: row.status,
    units: shown.map(unitView),
    finalizedAt: row.finalizedAt?.toISOString() ?? null,
    timeline: access.kind === 'unit' ? row.timeline.filter((t) => !UNIT_STEPS.includes(t.step) || shown.some((u) => t.note?.startsWith(u.unitName))) : row.timeline,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: counts only. */
export function snapshotOf(row: InstitutionAssessmentRow, units: readonly InstitutionUnitRow[]): InstitutionAssessmentSnapshot {
  return { id: row.id, year: row.year, title: row.title, status: row.status, units: units.length, excellent: units.filter((u) => u.grade === 'excellent').length, version: row.version };
}
