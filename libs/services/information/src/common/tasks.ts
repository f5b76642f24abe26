import type { TaskChange, WaitingStep } from '@gov/platform';
import type { AssignmentRow, SolicitationRow } from '../modules/solicitations/solicitations.repository.js';
import type { BulletinRow } from '../modules/bulletins/bulletins.repository.js';
import type { MonthlyNoticeRow } from '../modules/monthly-notices/monthly-notices.repository.js';
import type { SubmissionRow } from '../modules/submissions/submissions.repository.js';

/**
 * What a 报送信息 waits on in its state, for the 待办 list (`publishTaskChanges` of `@gov/platform` turns the lists before
 * and after a step into task opened/closed events): a submitted one waits on 信息科 to screen it, a returned one on its
 * unit's liaison to revise and report it again.
 */
export function submissionTasks(row: SubmissionRow): WaitingStep[] {
  const link = `/information/submissions/${row.id}`;
  switch (row.status) {
    case 'submitted':
      return [{ step: 'screen', kind: 'information_screening', title: `筛选政务信息：${row.title}`, assignee: { type: 'role', id: 'section_staff' }, section: 'xinxi', link }];
    case 'returned':
      return row.unitId ? [{ step: 'revise', kind: 'information_revision', title: `修改后重新报送政务信息：${row.title}`, assignee: { type: 'unit', id: row.unitId }, link }] : [];
    default:
      return [];
  }
}

/** The 待办 change of one step (`before` null for a new record): a return ends the screening task as 退回. */
export function submissionTaskChange(before: SubmissionRow | null, after: SubmissionRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : after.status === 'returned' ? 'returned' : 'done';
  return { app: 'information', record: { type: 'information-submission', id: after.id }, before: before ? submissionTasks(before) : [], after: submissionTasks(after), version: after.version, by, outcome };
}

/**
 * What a 约稿 waits on: each unit still to answer (by its internal deadline, with the engine's explanation), and 信息科
 * to compile the reply and send it upward (by the upper deadline). The 待办 list turns them red when the date passes.
 */
export function solicitationTasks(row: SolicitationRow, assignments: readonly AssignmentRow[]): WaitingStep[] {
  if (row.status !== 'open') return [];
  const link = `/information/solicitations/${row.id}`;
  const units: WaitingStep[] = assignments
    .filter((a) => a.status === 'pending')
    .map((a) => ({
      step: 'answer',
      kind: 'information_solicitation' as const,
      title: `报送约稿：${row.title}`,
      assignee: { type: 'unit' as const, id: a.unitId },
      deadline: { date: a.dueDate, explanation: a.dueExplanation.join('；') },
      link,
    }));
  const compile: WaitingStep = {
    step: 'reply',
    kind: 'information_solicitation_reply',
    title: `汇总上报约稿：${row.title}（${row.source}）`,
    assignee: { type: 'role', id: 'section_staff' },
    section: 'xinxi',
    deadline: { date: row.upperDeadline, explanation: `上级约稿时限 ${row.upperDeadline}` },
    link,
  };
  return [...units, compile];
}

export function solicitationTaskChange(before: readonly WaitingStep[], row: SolicitationRow, assignments: readonly AssignmentRow[], by?: string): TaskChange {
  return { app: 'information', record: { type: 'information-solicitation', id: row.id }, before, after: solicitationTasks(row, assignments), version: row.version, by, outcome: row.status === 'withdrawn' ? 'withdrawn' : 'done' };
}

/** What an issue of 《博山政务信息》 waits on: the section chief's 审核, then the office leader's 签发. */
export function bulletinTasks(row: BulletinRow): WaitingStep[] {
  const link = `/information/bulletins/${row.id}`;
  if (row.status === 'reviewing') return [{ step: 'review', kind: 'information_bulletin_review', title: '审核《博山政务信息》', assignee: { type: 'role', id: 'section_chief' }, section: 'xinxi', link }];
  if (row.status === 'approved') return [{ step: 'sign', kind: 'information_bulletin_sign', title: '签发《博山政务信息》', assignee: { type: 'role', id: 'office_leader' }, link }];
  return [];
}

export function bulletinTaskChange(before: BulletinRow, after: BulletinRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : after.status === 'draft' && before.status !== 'draft' ? 'returned' : 'done';
  return { app: 'information', record: { type: 'information-bulletin', id: after.id }, before: bulletinTasks(before), after: bulletinTasks(after), version: after.version, by, outcome };
}

/** What a 月度通报 waits on: the section chief's 审核, then the office leader's 签发 (as an issue of the bulletin). */
export function monthlyNoticeTasks(row: MonthlyNoticeRow): WaitingStep[] {
  const link = `/information/monthly-notices/${row.id}`;
  if (row.status === 'reviewing') return [{ step: 'review', kind: 'information_monthly_notice_review', title: `审核月度通报：${row.title}`, assignee: { type: 'role', id: 'section_chief' }, section: 'xinxi', link }];
  if (row.status === 'approved') return [{ step: 'sign', kind: 'information_monthly_notice_sign', title: `签发月度通报：${row.title}`, assignee: { type: 'role', id: 'office_leader' }, link }];
  return [];
}

export function monthlyNoticeTaskChange(before: MonthlyNoticeRow, after: MonthlyNoticeRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : after.status === 'draft' && before.status !== 'draft' ? 'returned' : 'done';
  return { app: 'information', record: { type: 'information-monthly-notice', id: after.id }, before: monthlyNoticeTasks(before), after: monthlyNoticeTasks(after), version: after.version, by, outcome };
}
