import { MONTHLY_NOTICE_STATUS_LABELS, MONTHLY_NOTICE_STEP_LABELS, type MonthlyNoticeSigned, type MonthlyNoticeSnapshot, type MonthlyNoticeView } from '@gov/contracts-information';
import type { MonthlyNoticeRow, MonthlyNoticeStepRow } from './monthly-notices.repository.js';
import { renderNoticeText } from './monthly-notices.rules.js';

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

export function toMonthlyNoticeView(row: MonthlyNoticeRow, steps: readonly MonthlyNoticeStepRow[]): MonthlyNoticeView {
  return {
    id: row.id,
    month: row.month,
    title: row.title,
    preface: row.preface,
    mainRecipients: row.mainRecipients,
    status: row.status,
    statusLabel: MONTHLY_NOTICE_STATUS_LABELS[row.status],
    report: row.report,
    computedAt: new Date(row.computedAt).toISOString(),
    computedBy: row.computedBy,
    text: renderNoticeText(row.preface, row.report),
    reviewedBy: row.reviewedBy,
    reviewedAt: iso(row.reviewedAt),
    signedBy: row.signedBy,
    signerName: row.signerName,
    signedOn: row.signedOn,
    reason: row.reason,
    steps: steps
      .filter((s) => s.noticeId === row.id)
      .map((s) => ({ seq: s.seq, step: s.step, stepLabel: MONTHLY_NOTICE_STEP_LABELS[s.step], status: s.status, note: s.note, actor: s.actor, at: new Date(s.at).toISOString() })),
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: MonthlyNoticeRow): MonthlyNoticeSnapshot {
  return { id: row.id, month: row.month, title: row.title, status: row.status, version: row.version };
}

/** What document-secretariat needs to issue the signed notice as a 发文. */
export function signedEventOf(row: MonthlyNoticeRow): MonthlyNoticeSigned.Event {
  return {
    noticeId: row.id,
    month: row.month,
    title: row.title,
    bodyText: renderNoticeText(row.preface, row.report),
    mainRecipients: row.mainRecipients,
    signedBy: row.signedBy!,
    signedByUserId: row.signedByUserId!,
    signerName: row.signerName ?? row.signedBy!,
    signedOn: row.signedOn!,
    opinion: row.signOpinion,
    section: 'xinxi',
    version: row.version,
  };
}
