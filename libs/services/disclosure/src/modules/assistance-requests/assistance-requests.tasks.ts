import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { AssistanceRequestRow } from './assistance-requests.repository.js';

/** What a 协助调查件 waits on: while 待答复, the section's reply (大数据科's staff), by the due date with its explanation. */
export function assistanceRequestTasks(row: AssistanceRequestRow): WaitingStep[] {
  if (row.status !== 'received') return [];
  return [
    {
      step: 'reply',
      kind: 'disclosure_assistance_reply',
      title: `答复协助调查件（${row.requester} ${row.documentNumber}）：${row.title}`,
      assignee: { type: 'role', id: 'section_staff' },
      section: DISCLOSURE_SECTION,
      ...(row.dueDate ? { deadline: { date: row.dueDate, explanation: row.dueExplanation.join('；') } } : {}),
      link: `/disclosure/assistance-requests/${row.id}`,
    },
  ];
}

export function assistanceRequestTaskChange(before: AssistanceRequestRow | null, after: AssistanceRequestRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'assistance-request', id: after.id },
    before: before ? assistanceRequestTasks(before) : [],
    after: assistanceRequestTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
