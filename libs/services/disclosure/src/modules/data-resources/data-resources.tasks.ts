import type { TaskChange, WaitingStep } from '@gov/platform';
import { DISCLOSURE_SECTION } from '../../common/tasks.js';
import type { DataResourceRow } from './data-resources.repository.js';

/**
 * What a 数据资源 waits on, for the 待办 list: once 已报送, 大数据科's 审核; once 已退回, the providing unit's change and
 * resubmission (its liaisons). No statutory deadline.
 */
export function dataResourceTasks(row: DataResourceRow): WaitingStep[] {
  const link = `/disclosure/data-resources/${row.id}`;
  if (row.status === 'submitted') {
    return [{ step: 'review', kind: 'disclosure_data_resource_review', title: `审核数据资源：${row.name}（${row.code}）`, assignee: { type: 'role', id: 'section_staff' }, section: DISCLOSURE_SECTION, link }];
  }
  if (row.status === 'returned') {
    return [{ step: 'revise', kind: 'disclosure_data_resource_revision', title: `数据资源已退回，请修改后重新报送：${row.name}（${row.code}）`, assignee: { type: 'unit', id: row.unitId }, link }];
  }
  return [];
}

export function dataResourceTaskChange(before: DataResourceRow | null, after: DataResourceRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'data-resource', id: after.id },
    before: before ? dataResourceTasks(before) : [],
    after: dataResourceTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : before?.status === 'submitted' && after.status === 'returned' ? 'returned' : 'done',
  };
}
