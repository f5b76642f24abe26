import { ANSWER_CODE_INFO, APPLICATION_STATUS_LABELS, type ApplicationSnapshot, type ApplicationStepView, type ApplicationView } from '@gov/contracts-disclosure';
import type { ApplicationRow, StepRow } from './applications.repository.js';

/** A 证件号码 as lists show it: the first 3 and the last 4 characters (`370***********1234`). */
export function maskIdNumber(id: string): string {
  return id.length > 7 ? `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}` : '*'.repeat(id.length);
}

/** A phone number as lists show it: `138****5678`. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length);
}

/** The decrypted personal fields, for the case file (get); lists pass none and show the stored masked copies. */
export interface PersonalFields {
  idNumber: string;
  phone: string | null;
}

/** Row → view. Lists show the masked 证件号码 and phone; the case file shows them in full, with its timeline. */
export function toApplicationView(row: ApplicationRow, personal?: PersonalFields, steps: readonly StepRow[] = []): ApplicationView {
  const timeline: ApplicationStepView[] = steps.map((s) => ({ at: s.at.toISOString(), by: s.byUsername, step: s.step, label: s.label, note: s.note }));
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    content: row.content,
    status: row.status,
    statusLabel: APPLICATION_STATUS_LABELS[row.status],
    channel: row.channel,
    submittedOn: row.submittedOn,
    signedOn: row.signedOn,
    confirmedOn: row.confirmedOn,
    receivedOn: row.receivedOn,
    receiptBasis: row.receiptBasis,
    applicantType: row.applicantType,
    applicantName: row.applicantName,
    idNumber: personal ? personal.idNumber : row.idNumberMasked,
    phone: personal ? personal.phone : row.phoneMasked,
    clockStart: row.clockStart,
    dueDate: row.dueDate,
    dueProvisional: row.dueProvisional,
    dueExplanation: row.dueExplanation,
    correctionNoticeDueOn: row.correctionNoticeDueOn,
    correctionNoticeOn: row.correctionNoticeOn,
    correctionItems: row.correctionItems,
    correctionDueOn: row.correctionDueOn,
    supplementedOn: row.supplementedOn,
    consultations: row.consultations,
    extensionStatus: row.extensionStatus,
    extensionReason: row.extensionReason,
    extensionDecidedBy: row.extensionDecidedBy,
    extensionNoticeOn: row.extensionNoticeOn,
    secrecyConclusion: row.secrecyConclusion,
    secrecyReviewedBy: row.secrecyReviewedBy,
    secrecyReviewedOn: row.secrecyReviewedOn,
    secrecyNote: row.secrecyNote,
    answerCode: row.answerCode,
    answerLabel: row.answerCode ? `${ANSWER_CODE_INFO[row.answerCode].label}（${ANSWER_CODE_INFO[row.answerCode].article}）` : null,
    answeredOn: row.answeredOn,
    answerText: row.answerText,
    referral: row.referral,
    feeMethod: row.feeMethod,
    feeFen: row.feeFen,
    feeScale: row.feeScale,
    feeExplanation: row.feeExplanation,
    deliveryMethod: row.deliveryMethod,
    deliveredOn: row.deliveredOn,
    deliveryProof: row.deliveryProof,
    closingReason: row.closingReason,
    concludedOn: row.concludedOn,
    challenges: row.challenges,
    supervisionRequestedAt: row.supervisionRequestedAt ? row.supervisionRequestedAt.toISOString() : null,
    supervisionRequestedBy: row.supervisionRequestedBy,
    timeline,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: no personal data. */
export function snapshotOf(row: ApplicationRow): ApplicationSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, dueDate: row.dueDate, answerCode: row.answerCode, version: row.version };
}
