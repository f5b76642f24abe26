import type { TaskChange, WaitingStep } from '@gov/platform';
import { APPROVAL_CHANGE_KIND_LABELS } from '@gov/contracts-supervision';
import type { ApprovalItemRow } from './approval-items.repository.js';

/** What a 行政审批 reform item waits on: while pending, its implementation by the unit (its liaison), by the deadline. */
export function approvalItemTasks(item: ApprovalItemRow): WaitingStep[] {
  if (item.status !== 'pending') return [];
  return [
    {
      step: 'implement',
      kind: 'reform_approval_implementation',
      title: `落实${APPROVAL_CHANGE_KIND_LABELS[item.changeKind]}事项：${item.itemName}（${item.sourceDocument}）`,
      assignee: { type: 'unit', id: item.unitId },
      ...(item.dueDate ? { deadline: { date: item.dueDate, explanation: item.dueExplanation.join('；') } } : {}),
      link: `/supervision/reform/approval-items/${item.id}`,
    },
  ];
}

export function approvalItemTaskChange(before: ApprovalItemRow | null, after: ApprovalItemRow, by?: string): TaskChange {
  return {
    app: 'supervision',
    record: { type: 'reform-approval-item', id: after.id },
    before: before ? approvalItemTasks(before) : [],
    after: approvalItemTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
