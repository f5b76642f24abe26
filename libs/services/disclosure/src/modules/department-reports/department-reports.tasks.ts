import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { DepartmentReportRoundRow, DepartmentReportRow } from './department-reports.repository.js';

const section = { assignee: { type: 'role' as const, id: 'section_staff' }, section: DISCLOSURE_SECTION };

/**
 * What a year's collection waits on (第四十九条, due 31 January): each expected unit that has not submitted its report (its
 * liaisons), and, until the passed reports are published together, the section's collection (政务公开科).
 */
export function roundTasks(round: DepartmentReportRoundRow, submittedUnitIds: ReadonlySet<string>): WaitingStep[] {
  const link = `/disclosure/department-report-rounds/${round.id}`;
  const deadline = { date: round.dueDate, explanation: round.dueExplanation.join('；') };
  const tasks: WaitingStep[] = round.unitIds
    .filter((unitId) => !submittedUnitIds.has(unitId))
    .map((unitId) => ({
      step: 'submit',
      kind: 'disclosure_department_report_submission',
      title: `报送本单位${round.year}年度政府信息公开工作年度报告（${round.dueDate} 前）`,
      assignee: { type: 'unit', id: unitId },
      deadline,
      link: '/disclosure/department-reports',
    }));
  if (round.status === 'collecting') {
    tasks.push({ ...section, step: 'collect', kind: 'disclosure_department_report_collection', title: `收集、审核并统一发布各部门${round.year}年度政府信息公开工作年度报告`, deadline, link });
  }
  return tasks;
}

export function roundTaskChange(before: { round: DepartmentReportRoundRow; submitted: ReadonlySet<string> } | null, after: DepartmentReportRoundRow, submitted: ReadonlySet<string>, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'department-report-round', id: after.id },
    before: before ? roundTasks(before.round, before.submitted) : [],
    after: roundTasks(after, submitted),
    version: after.version,
    by,
    outcome: 'done',
  };
}

/** What one unit's report waits on: the section's check while 待审核; the unit's re-submission once 已退回. */
export function reportTasks(row: DepartmentReportRow, round: DepartmentReportRoundRow): WaitingStep[] {
  const link = `/disclosure/department-reports/${row.id}`;
  const deadline = { date: round.dueDate, explanation: round.dueExplanation.join('；') };
  if (row.status === 'submitted') return [{ ...section, step: 'review', kind: 'disclosure_department_report_review', title: `审核部门${row.year}年度政府信息公开工作年度报告`, deadline, link }];
  if (row.status === 'returned') {
    return [{ step: 'resubmit', kind: 'disclosure_department_report_submission', title: `${row.year}年度政府信息公开工作年度报告已退回，请修改后重新报送`, assignee: { type: 'unit', id: row.unitId }, deadline, link }];
  }
  return [];
}

export function reportTaskChange(before: DepartmentReportRow | null, after: DepartmentReportRow, round: DepartmentReportRoundRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'department-report', id: after.id },
    before: before ? reportTasks(before, round) : [],
    after: reportTasks(after, round),
    version: after.version,
    by,
    outcome: before?.status === 'submitted' && after.status === 'returned' ? 'returned' : 'done',
  };
}
