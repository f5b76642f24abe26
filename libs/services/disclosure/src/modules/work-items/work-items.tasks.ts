import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { WorkItemRow } from './work-items.repository.js';
import { responsibleUnits } from './work-items.rules.js';

/** How an item is named in a 待办: 「2026年第三、5项：…」. */
function nameOf(row: WorkItemRow): string {
  const content = row.content.length > 60 ? `${row.content.slice(0, 59)}…` : row.content;
  return `${row.year}年第${row.number}项：${content}`;
}

/**
 * What a 领导小组工作事项 waits on, for the 待办 list:
 * - once an open item is near its deadline (5 working days or fewer) or past it (the reminder), each responsible unit's
 *   progress report (its liaisons), due on the deadline;
 * - once returned (退回补充), the lead unit's supplement and new report, due on the deadline;
 * - once the lead unit has reported completion, the confirmation by the leading group's office (政务公开科's staff).
 * All close when the item is completed or withdrawn.
 */
export function workItemTasks(row: WorkItemRow): WaitingStep[] {
  const link = `/disclosure/work-items/${row.id}`;
  const deadline = { deadline: { date: row.dueDate, explanation: `完成时限 ${row.dueDate}（${row.basisDocument}）` } };
  const tasks: WaitingStep[] = [];
  if (row.status === 'returned') {
    tasks.push({ step: 'supplement', kind: 'disclosure_work_item_supplement', title: `工作事项已退回，请补充后重新报完成：${nameOf(row)}`, assignee: { type: 'unit', id: row.leadUnitId }, ...deadline, link });
  }
  if ((row.status === 'in_progress' || row.status === 'returned') && row.reminded) {
    for (const unitId of responsibleUnits(row)) {
      if (row.status === 'returned' && unitId === row.leadUnitId) continue;
      tasks.push({ step: 'report', kind: 'disclosure_work_item_report', title: `工作事项临近或超过完成时限，请报送进展：${nameOf(row)}`, assignee: { type: 'unit', id: unitId }, ...deadline, link });
    }
  }
  if (row.status === 'completion_reported') {
    tasks.push({ step: 'confirm', kind: 'disclosure_work_item_confirmation', title: `确认工作事项完成情况：${nameOf(row)}`, assignee: { type: 'role', id: 'section_staff' }, section: DISCLOSURE_SECTION, link });
  }
  return tasks;
}

export function workItemTaskChange(before: WorkItemRow | null, after: WorkItemRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'work-item', id: after.id },
    before: before ? workItemTasks(before) : [],
    after: workItemTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : before?.status === 'completion_reported' && after.status === 'returned' ? 'returned' : 'done',
  };
}
