import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS, type AttendanceEntry, type MeetingKind, type MeetingStatus } from '@gov/contracts-duty-and-meetings';

/**
 * The meeting workflow (会务): 拟办 → (报批 → 批准) → 通知 → 签到 → 纪要 → 议定事项. A meeting of a class that needs
 * 报批 may not send its notice before it is approved; a meeting of another class sends it from 拟办. Until it is held, a
 * meeting may be rescheduled (after its notice, with a revised notice).
 * Each function answers null when the step is allowed, or the Chinese reason why not.
 */
export type MeetingStep = 'submit' | 'approve' | 'notice' | 'signIn' | 'topic' | 'decision' | 'minutes' | 'reschedule' | 'cancel';

export interface MeetingState {
  status: MeetingStatus;
  requiresApproval: boolean;
}

const CLOSED: readonly MeetingStatus[] = ['minutes_published', 'cancelled'];

export function stepProblem(step: MeetingStep, meeting: MeetingState): { code: 'notice_before_approval' | 'approval_not_required' | 'minutes_published' | 'invalid_state'; message: string } | null {
  const { status } = meeting;
  const label = MEETING_STATUS_LABELS[status];
  if (step === 'minutes' && status === 'minutes_published') return { code: 'minutes_published', message: '会议纪要已印发，议定事项已发布，不能重复印发' };
  if (CLOSED.includes(status)) return { code: 'invalid_state', message: `会议${label}，不能再办理` };
  switch (step) {
    case 'submit':
      if (!meeting.requiresApproval) return { code: 'approval_not_required', message: '该类会议无须报批，可直接发通知' };
      return status === 'draft' || status === 'rejected' ? null : { code: 'invalid_state', message: `会议${label}，不能报批` };
    case 'approve':
      return status === 'pending_approval' ? null : { code: 'invalid_state', message: `会议${label}，不在报批中` };
    case 'notice':
      if (meeting.requiresApproval) {
        if (status === 'approved') return null;
        if (status === 'draft' || status === 'pending_approval' || status === 'rejected') {
          return { code: 'notice_before_approval', message: `该类会议须经批准后才能发通知（当前：${label}）` };
        }
        return { code: 'invalid_state', message: `会议${label}，不能再发通知` };
      }
      return status === 'draft' ? null : { code: 'invalid_state', message: `会议${label}，不能再发通知` };
    case 'signIn':
    case 'decision':
      return status === 'notified' || status === 'held' ? null : { code: 'invalid_state', message: `会议${label}，须先发出会议通知` };
    case 'minutes':
      return status === 'notified' || status === 'held' ? null : { code: 'invalid_state', message: `会议${label}，须先发出会议通知` };
    case 'reschedule':
      return status === 'held' ? { code: 'invalid_state', message: `会议${label}，不能再改期` } : null;
    case 'topic':
    case 'cancel':
      return null;
  }
}

/** 缺席 and 代会 need a reason; 代会 also the substitute's name. Returns the field problems. */
export function attendanceProblems(entries: readonly AttendanceEntry[]): { field: string; message: string }[] {
  return entries.flatMap((entry, i) => {
    const problems: { field: string; message: string }[] = [];
    if (entry.status !== 'present' && !entry.absenceReason?.trim()) problems.push({ field: `entries.${i}.absenceReason`, message: '缺席或代会须填写原因' });
    if (entry.status === 'substitute' && !entry.substituteName?.trim()) problems.push({ field: `entries.${i}.substituteName`, message: '代会须填写代会人' });
    return problems;
  });
}

/**
 * Who organises which meetings (会务): 督查室 those of the 区政府全体会议, 常务会议 and 区长办公会 (its 科室工作任务 5);
 * 综合科 every meeting (it prepares the 报批 and helps with the 全体会议). Answers null when the section may organise
 * the kind, or the Chinese reason why not. The permission (meetings:manage) is checked before this.
 */
export const DUCHA_MEETING_KINDS: readonly MeetingKind[] = ['plenary', 'executive', 'mayor_office'];

export function organiserProblem(sectionCode: string | null | undefined, kind: MeetingKind): string | null {
  if (sectionCode !== 'ducha' || DUCHA_MEETING_KINDS.includes(kind)) return null;
  return `督查室只办理区政府全体会议、常务会议和区长办公会的会务，${MEETING_KIND_LABELS[kind]}由综合科办理`;
}
