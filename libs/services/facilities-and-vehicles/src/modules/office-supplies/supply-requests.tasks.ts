import type { TaskChange, WaitingStep } from '@gov/platform';
import type { SupplyRequestRow } from './office-supplies.repository.js';

/** What a section's 办公用品申领 waits on: while submitted, the approval of 机关事务管理科 (its staff). */
export function supplyRequestTasks(row: SupplyRequestRow): WaitingStep[] {
  if (row.status !== 'submitted') return [];
  return [
    {
      step: 'approve',
      kind: 'supply_request_approval',
      title: `办公用品申领审批：${row.requesterName}（${row.purpose}）`,
      assignee: { type: 'role', id: 'section_staff' },
      section: 'jiguan_shiwu',
      link: '/facilities-and-vehicles/supply-requests',
    },
  ];
}

export function supplyRequestTaskChange(before: SupplyRequestRow | null, after: SupplyRequestRow, by?: string): TaskChange {
  return {
    app: 'facilities-and-vehicles',
    record: { type: 'supply-request', id: after.id },
    before: before ? supplyRequestTasks(before) : [],
    after: supplyRequestTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : after.status === 'rejected' ? 'returned' : 'done',
  };
}
