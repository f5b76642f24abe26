import type { TaskChange, WaitingStep } from '@gov/platform';
import type { InspectionRow } from './inspections.repository.js';

/** What a 公开巡查 waits on: while 整改中, the unit's rectification (its liaisons), by the deadline from the engine. */
export function inspectionTasks(row: InspectionRow): WaitingStep[] {
  if (row.status !== 'rectifying') return [];
  return [
    {
      step: 'rectify',
      kind: 'disclosure_inspection_rectification',
      title: `公开巡查整改：${row.title}`,
      assignee: { type: 'unit', id: row.unitId },
      ...(row.dueDate ? { deadline: { date: row.dueDate, explanation: row.dueExplanation.join('；') } } : {}),
      link: `/disclosure/inspections/${row.id}`,
    },
  ];
}

export function inspectionTaskChange(before: InspectionRow | null, after: InspectionRow, by?: string): TaskChange {
  return {
    app: 'disclosure',
    record: { type: 'inspection', id: after.id },
    before: before ? inspectionTasks(before) : [],
    after: inspectionTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
