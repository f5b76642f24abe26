import type { GuidanceVisitStatus, RectificationItem } from '@gov/contracts-facilities-and-vehicles';
import type { WaitingStep } from '@gov/platform';

/** The steps of one 指导检查, and the states each is allowed from. */
export type GuidanceVisitStep = 'report' | 'return' | 'close' | 'withdraw';

const ALLOWED: Record<GuidanceVisitStep, readonly GuidanceVisitStatus[]> = {
  report: ['rectifying'],
  return: ['reported'],
  close: ['reported'],
  withdraw: ['rectifying', 'reported'],
};

const AFTER: Record<GuidanceVisitStep, GuidanceVisitStatus> = { report: 'reported', return: 'rectifying', close: 'closed', withdraw: 'withdrawn' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: GuidanceVisitStep, status: GuidanceVisitStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: GuidanceVisitStep): GuidanceVisitStatus {
  return AFTER[step];
}

/** A visit that finds nothing to put right is closed when recorded; otherwise the unit rectifies. */
export function initialStatus(items: readonly RectificationItem[]): GuidanceVisitStatus {
  return items.length === 0 ? 'closed' : 'rectifying';
}

/** The earliest rectification deadline (the one the unit is due by first), or null without items. */
export function dueDateOf(items: readonly RectificationItem[]): string | null {
  return items.reduce<string | null>((earliest, item) => (earliest === null || item.deadline < earliest ? item.deadline : earliest), null);
}

/** The dates a visit is recorded with: the visit not in the future, each deadline after the visit. Chinese problems, field-keyed. */
export function dateProblems(visitDate: string, items: readonly RectificationItem[], today: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (visitDate > today) problems.push({ field: 'visitDate', message: 'visitDate：检查日期不能晚于今天' });
  items.forEach((item, i) => {
    if (item.deadline <= visitDate) problems.push({ field: `items.${i}.deadline`, message: `items.${i}.deadline：整改期限须晚于检查日期` });
  });
  return problems;
}

/** 逾期: still rectifying after its earliest deadline (the due day itself is not late). */
export function isOverdue(status: GuidanceVisitStatus, dueDate: string | null, today: string): boolean {
  return status === 'rectifying' && dueDate !== null && dueDate < today;
}

/** What a visit waits on: the unit's rectification (due by the earliest deadline) while rectifying; the section's 销号 once reported. */
export function guidanceVisitTasks(row: { id: string; unitId: string; unitName: string; visitDate: string; status: GuidanceVisitStatus; items: readonly RectificationItem[] }): WaitingStep[] {
  const link = `/facilities-and-vehicles/guidance-visits/${row.id}`;
  if (row.status === 'rectifying') {
    const due = dueDateOf(row.items);
    return [
      {
        step: 'rectify',
        kind: 'guidance_rectification',
        title: `指导检查整改：${row.visitDate} 检查发现 ${row.items.length} 项问题`,
        assignee: { type: 'unit', id: row.unitId },
        ...(due ? { deadline: { date: due, explanation: `整改事项中最早的整改期限为 ${due}` } } : {}),
        link,
      },
    ];
  }
  if (row.status === 'reported') {
    return [{ step: 'close', kind: 'guidance_closure', title: `指导检查整改销号：${row.unitName}（${row.visitDate}）`, assignee: { type: 'role', id: 'section_staff' }, section: 'jiguan_shiwu', link }];
  }
  return [];
}
