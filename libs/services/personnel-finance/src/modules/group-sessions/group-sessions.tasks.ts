import type { TaskChange, WaitingStep } from '@gov/platform';
import type { GroupSessionRow } from './group-sessions.repository.js';

/**
 * What a 民主生活会 waits on after it was held, in 人事科's 待办: each item of its 整改清单 not yet completed, with its
 * due date (the 待办 turns red when it passes). Nothing before it is held, nor once every item is done or it is withdrawn.
 */
export function groupSessionTasks(row: GroupSessionRow): WaitingStep[] {
  if (row.status !== 'held') return [];
  const link = `/personnel-finance/group-sessions/${row.id}`;
  return row.rectifications
    .filter((r) => !r.completedOn)
    .map((r) => ({
      step: `rectification-${r.id}`,
      kind: 'group_session_rectification' as const,
      title: `民主生活会整改（${r.sequence}）：${r.content}（责任人 ${r.responsible}；${row.topic}）`,
      assignee: { type: 'role' as const, id: 'section_staff' },
      section: 'renshi',
      deadline: { date: r.dueDate, explanation: `整改清单确定的完成时限 ${r.dueDate}` },
      link,
    }));
}

export function groupSessionTaskChange(before: GroupSessionRow | null, after: GroupSessionRow, by?: string): TaskChange {
  return {
    app: 'personnel-finance',
    record: { type: 'group-session', id: after.id },
    before: before ? groupSessionTasks(before) : [],
    after: groupSessionTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
