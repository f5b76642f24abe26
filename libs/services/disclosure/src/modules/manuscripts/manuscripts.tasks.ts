import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { ManuscriptRow } from './manuscripts.repository.js';

/**
 * What a 政务公开稿件 waits on, for the 待办 list: while 待报送, 政务公开科's sending it on (the section's staff); once
 * 已报送, recording whether it was adopted (the section's staff). No deadline: the outlets set none.
 */
export function manuscriptTasks(row: ManuscriptRow): WaitingStep[] {
  const common = { assignee: { type: 'role' as const, id: 'section_staff' }, section: DISCLOSURE_SECTION, link: `/disclosure/manuscripts/${row.id}` };
  if (row.status === 'pending') return [{ ...common, step: 'submit', kind: 'disclosure_manuscript_submission', title: `报送政务公开稿件：${row.title}` }];
  if (row.status === 'submitted') return [{ ...common, step: 'adoption', kind: 'disclosure_manuscript_adoption', title: `登记稿件采用情况：${row.title}` }];
  return [];
}

export function manuscriptTaskChange(before: ManuscriptRow | null, after: ManuscriptRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'manuscript', id: after.id },
    before: before ? manuscriptTasks(before) : [],
    after: manuscriptTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
