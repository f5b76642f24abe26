import type { CadreSelectionSnapshot, CadreSelectionStepView, CadreSelectionView } from '@gov/contracts-personnel-finance';
import type { FieldCipher } from '@gov/platform';
import type { CadreSelectionRow } from './cadre-selections.repository.js';
import { STEP_LABELS } from './cadre-selections.rules.js';

/** The six steps with their dates, for the console's step bar. */
function stepsOf(row: CadreSelectionRow): CadreSelectionStepView[] {
  return [
    { step: 'motion', label: STEP_LABELS.motion, done: true, on: row.motion.motionDate },
    { step: 'recommendation', label: STEP_LABELS.recommend, done: row.recommendation !== null, on: row.recommendation?.recommendedOn ?? null },
    { step: 'inspection', label: STEP_LABELS.inspect, done: row.inspection !== null, on: row.inspection?.inspectedOn ?? null },
    { step: 'decision', label: STEP_LABELS.decide, done: row.decision !== null, on: row.decision?.meetingDate ?? null },
    { step: 'publicity', label: STEP_LABELS.publicize, done: row.publicity !== null, on: row.publicity?.publishedOn ?? null },
    { step: 'appointment', label: STEP_LABELS.appoint, done: row.appointment !== null, on: row.appointment?.appointedOn ?? null },
  ];
}

/**
 * Row → view. `masked` (lists, and callers without the personal-data permission) shows the stored masked 身份证号
 * without decrypting; `full` decrypts.
 */
export function toCadreSelectionView(row: CadreSelectionRow, cipher: FieldCipher, mode: 'full' | 'masked'): CadreSelectionView {
  const full = mode === 'full';
  return {
    id: row.id,
    title: row.title,
    establishmentPostId: row.establishmentPostId,
    unitName: row.unitName,
    postTitle: row.postTitle,
    postLevel: row.postLevel,
    motion: row.motion,
    recommendation: row.recommendation,
    inspection: row.inspection,
    candidate:
      row.candidateName && row.candidateGender && row.candidateIdNumberEncrypted && row.candidateIdNumberMasked
        ? {
            name: row.candidateName,
            gender: row.candidateGender,
            idNumber: full ? cipher.decrypt(row.candidateIdNumberEncrypted) : row.candidateIdNumberMasked,
            currentPost: row.candidateCurrentPost ?? '',
            staffMemberId: row.candidateStaffMemberId,
          }
        : null,
    decision: row.decision,
    publicity: row.publicity,
    objections: row.objections,
    appointment: row.appointment,
    steps: stepsOf(row),
    personalDataMasked: !full,
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

/** What the events carry: no personal data beyond the candidate's name. */
export function snapshotOf(row: CadreSelectionRow): CadreSelectionSnapshot {
  return { id: row.id, establishmentPostId: row.establishmentPostId, title: row.title, candidateName: row.candidateName, publicityEndsOn: row.publicityEndsOn, status: row.status, version: row.version };
}
