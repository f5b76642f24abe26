import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { ProjectRow } from './projects.repository.js';

/**
 * What a 信息化项目 waits on, for the 待办 list: while 待审核, the section's 审核 (大数据科's staff); once 已退回修改, the
 * submitting unit's change and resubmission (its liaisons; a project the section registered for the office itself goes
 * back to the section). No statutory deadline: the planned start day is shown as the date to act by.
 */
export function projectTasks(row: ProjectRow): WaitingStep[] {
  const link = `/disclosure/projects/${row.id}`;
  const deadline = { deadline: { date: row.plannedStartOn, explanation: `计划开工日期 ${row.plannedStartOn}（须在开工前完成审核）` } };
  if (row.status === 'submitted') {
    return [{ step: 'review', kind: 'disclosure_project_review', title: `审核信息化项目：${row.title}`, assignee: { type: 'role', id: 'section_staff' }, section: DISCLOSURE_SECTION, ...deadline, link }];
  }
  if (row.status === 'returned') {
    const assignee = row.unitId ? { assignee: { type: 'unit' as const, id: row.unitId } } : { assignee: { type: 'role' as const, id: 'section_staff' }, section: DISCLOSURE_SECTION };
    return [{ step: 'revise', kind: 'disclosure_project_revision', title: `信息化项目已退回，请修改后重新报送：${row.title}`, ...assignee, ...deadline, link }];
  }
  return [];
}

export function projectTaskChange(before: ProjectRow | null, after: ProjectRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'project', id: after.id },
    before: before ? projectTasks(before) : [],
    after: projectTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : before?.status === 'submitted' && after.status === 'returned' ? 'returned' : 'done',
  };
}
