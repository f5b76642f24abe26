import { computeDeadline, deadlineLight, isDeadlineOverdue, type WorkingCalendar } from '@gov/calendar';
import type { CommitteeMeetingStatus, CommitteeReportLight, CommitteeReportStatus } from '@gov/contracts-foreign-affairs';
import { ITEM_CHANGE_ACTION_LABELS, type SupervisionItemChanged } from '@gov/contracts-supervision';
import { itemChangeNote } from '@gov/read-model-supervised-items';

// ---- 外事委会议 ----------------------------------------------------------------------------------------------------

/** The steps of a 外事委会议, in order (议题征集 → 通知 → 召开 → 发布); none can be skipped. */
export type MeetingStep = 'update' | 'notify' | 'recordMinutes' | 'publish' | 'withdraw';

const MEETING_FROM: Record<MeetingStep, readonly CommitteeMeetingStatus[]> = {
  update: ['planned'],
  notify: ['planned'],
  recordMinutes: ['notified'],
  publish: ['held'],
  withdraw: ['planned', 'notified'],
};
const MEETING_TO: Partial<Record<MeetingStep, CommitteeMeetingStatus>> = { notify: 'notified', recordMinutes: 'held', publish: 'published', withdraw: 'withdrawn' };

/** The source kind supervision gives the 督办事项 it opens from a 外事委会议's decided item (its id is the source id). */
export const DECIDED_ITEM_SOURCE_KIND = 'foreign_affairs_committee_decision';

/**
 * The timeline line of a change of the 督办事项 opened from decided item `sequence`: its step (`supervision_<action>`,
 * not a step on the meeting) and its note 「议定事项（n）责任单位签收；督办状态：…；灯色：…；期限：…；<the change's note>」.
 */
export function decidedItemChangeLine(sequence: number, event: SupervisionItemChanged.Event): { step: string; note: string; by: string; at: Date } {
  return {
    step: `supervision_${event.action}`,
    note: `议定事项（${sequence}）${ITEM_CHANGE_ACTION_LABELS[event.action]}；${itemChangeNote(event)}`,
    by: event.actor === 'system' ? '系统' : event.actor,
    at: new Date(event.at),
  };
}

/** Whether `step` may be taken from `status` (pure: no I/O). Withdrawal only before the meeting is held. */
export function canTakeMeetingStep(step: MeetingStep, status: CommitteeMeetingStatus): boolean {
  return MEETING_FROM[step].includes(status);
}

export function meetingStatusAfter(step: MeetingStep, status: CommitteeMeetingStatus): CommitteeMeetingStatus {
  return MEETING_TO[step] ?? status;
}

/** The notice is issued on or before the meeting day, and not on a day still to come. */
export function noticeRefusal(issuedOn: string, meetingDate: string, today: string): string | null {
  if (issuedOn > today) return `通知印发日期 ${issuedOn} 不能晚于今天`;
  if (issuedOn > meetingDate) return `通知须在会议日期 ${meetingDate} 之前（或当天）印发`;
  return null;
}

/**
 * Minutes and decided items are recorded only on or after the day the meeting is held (a meeting still to come has no
 * decisions), and the meeting is held no earlier than its notice.
 */
export function minutesRefusal(heldOn: string, noticeIssuedOn: string | null, today: string): string | null {
  if (heldOn > today) return `会议于 ${heldOn} 召开，召开后才能登记纪要和议定事项`;
  if (noticeIssuedOn && heldOn < noticeIssuedOn) return `召开日期 ${heldOn} 不能早于通知印发日期 ${noticeIssuedOn}`;
  return null;
}

/** The decided items whose due date lies before the meeting (1-based positions, for the field errors). */
export function decisionsDueBeforeMeeting(decisions: readonly { dueDate?: string }[], heldOn: string): number[] {
  return decisions.flatMap((d, i) => (d.dueDate && d.dueDate < heldOn ? [i + 1] : []));
}

// ---- 外事委报告 ----------------------------------------------------------------------------------------------------

/** The steps of a report: 起草 → 审定 (not by the drafter) → 报送; withdrawn before it is sent. */
export type ReportStep = 'update' | 'approve' | 'send' | 'withdraw';

const REPORT_FROM: Record<ReportStep, readonly CommitteeReportStatus[]> = {
  update: ['drafted'],
  approve: ['drafted'],
  send: ['approved'],
  withdraw: ['drafted', 'approved'],
};
const REPORT_TO: Partial<Record<ReportStep, CommitteeReportStatus>> = { approve: 'approved', send: 'sent', withdraw: 'withdrawn' };

export function canTakeReportStep(step: ReportStep, status: CommitteeReportStatus): boolean {
  return REPORT_FROM[step].includes(status);
}

export function reportStatusAfter(step: ReportStep, status: CommitteeReportStatus): CommitteeReportStatus {
  return REPORT_TO[step] ?? status;
}

/**
 * The due date of a report requested on `requestedOn` within `workingDays` working days, by the deadline engine over the
 * calendar copy: the day of the request is not counted (《民法典》第201条, RULES.md §2.0), only working days are (调休上班
 * days count, 法定节假日 do not). The explanation is stored with the date.
 */
export function reportDue(calendar: WorkingCalendar, requestedOn: string, workingDays: number): { dueDate: string | null; provisional: boolean; explanation: string[] } {
  const result = computeDeadline(calendar, { start: requestedOn, amount: workingDays, unit: 'working_days' });
  return { dueDate: result.dueDate, provisional: result.provisional, explanation: [`要求 ${workingDays} 个工作日内报送，自通知日次日起算（RULES.md §2.0）`, ...result.explanation] };
}

/** 报送日期: not before the request, not in the future. */
export function sentOnRefusal(sentOn: string, requestedOn: string, today: string): string | null {
  if (sentOn > today) return `报送日期 ${sentOn} 不能晚于今天`;
  if (sentOn < requestedOn) return `报送日期不能早于通知日期 ${requestedOn}`;
  return null;
}

/** 审定 by someone other than the drafter (four eyes, as the office's replies upward: RULES.md §2.6's model). */
export function approverRefusal(draftedBy: string, approver: string): string | null {
  return draftedBy === approver ? '报告须由起草人以外的人员审定' : null;
}

/** Working days before the due date from which an open report shows yellow (the 督办 items' default warning). */
export const REPORT_WARNING_WORKING_DAYS = 3;

/**
 * Overdue and 红黄绿灯 of a report on `today`: while open, red once past its due date and yellow within the warning
 * threshold; once sent, red and overdue when sent after the due date, else none; none once withdrawn.
 */
export function reportLight(
  calendar: WorkingCalendar,
  report: { status: CommitteeReportStatus; dueDate: string | null; sentOn: string | null },
  today: string,
  thresholdWorkingDays = REPORT_WARNING_WORKING_DAYS,
): { light: CommitteeReportLight; reason: string; overdue: boolean } {
  if (report.status === 'withdrawn') return { light: 'none', reason: '已撤回', overdue: false };
  if (report.status === 'sent') {
    const late = !!(report.dueDate && report.sentOn && report.sentOn > report.dueDate);
    return late ? { light: 'red', reason: `逾期报送：期限 ${report.dueDate}，${report.sentOn} 报送`, overdue: true } : { light: 'none', reason: '已按期报送', overdue: false };
  }
  const judged = deadlineLight(calendar, { dueDate: report.dueDate, today, thresholdWorkingDays });
  return { light: judged.light, reason: judged.reason, overdue: isDeadlineOverdue(report.dueDate, today) };
}

