import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import { publicationDeadline } from '../department-reports/department-reports.rules.js';
import type { AnnualReportRow } from './annual-reports.repository.js';

/**
 * What the year's 政府信息公开工作年度报告 waits on: while it is a draft, its 定稿 and publication by 31 March of the next
 * year (第四十九条), in the section's 待办; closed by the 定稿.
 */
export function annualReportTasks(row: AnnualReportRow): WaitingStep[] {
  if (row.status !== 'draft') return [];
  const due = publicationDeadline(row.year);
  return [
    {
      step: 'publish',
      kind: 'disclosure_annual_report_publication',
      title: `编制、定稿并公布${row.year}年度政府信息公开工作年度报告（${due.dueDate} 前）`,
      assignee: { type: 'role', id: 'section_staff' },
      section: DISCLOSURE_SECTION,
      deadline: { date: due.dueDate, explanation: due.explanation.join('；') },
      link: `/disclosure/annual-report?year=${row.year}`,
    },
  ];
}

export function annualReportTaskChange(before: AnnualReportRow | null, after: AnnualReportRow, by?: string): TaskChange {
  return { app: 'disclosure', record: { type: 'annual-report', id: after.id }, before: before ? annualReportTasks(before) : [], after: annualReportTasks(after), version: after.version, by, outcome: 'done' };
}
