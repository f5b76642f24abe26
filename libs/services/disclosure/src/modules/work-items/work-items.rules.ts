import { deadlineLight, workingDaysBetween, type WorkingCalendar } from '@gov/calendar';
import type { WorkItemLight, WorkItemStatus } from '@gov/contracts-disclosure';

/** The steps of one work item, and the states each is allowed from. */
export type WorkItemStep = 'update' | 'report' | 'complete' | 'confirm' | 'return' | 'remind' | 'withdraw';

const ALLOWED: Record<WorkItemStep, readonly WorkItemStatus[]> = {
  update: ['in_progress', 'returned'],
  report: ['in_progress', 'returned', 'completion_reported'],
  complete: ['in_progress', 'returned'],
  confirm: ['completion_reported'],
  return: ['completion_reported'],
  remind: ['in_progress', 'returned'],
  withdraw: ['in_progress', 'returned', 'completion_reported'],
};

const AFTER: Record<WorkItemStep, WorkItemStatus | null> = {
  update: null,
  report: null,
  complete: 'completion_reported',
  confirm: 'completed',
  return: 'returned',
  remind: null,
  withdraw: 'withdrawn',
};

export const WORK_ITEM_STEP_LABELS: Record<WorkItemStep | 'assign', string> = {
  assign: '交办',
  update: '修改事项',
  report: '报送进展',
  complete: '报完成',
  confirm: '确认完成',
  return: '退回补充',
  remind: '临期提醒',
  withdraw: '撤销',
};

/** Working days before the deadline from which an open item shows yellow and its units get a 待办. */
export const WORK_ITEM_WARNING_WORKING_DAYS = 5;

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: WorkItemStep, status: WorkItemStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step` (a progress report, a change and the reminder keep the state). */
export function statusAfter(step: WorkItemStep, status: WorkItemStatus): WorkItemStatus {
  return AFTER[step] ?? status;
}

/** The office's own steps (交办 changes, 确认, 退回, 撤销); the units' liaisons report progress and completion. */
export function isOfficeStep(step: WorkItemStep): boolean {
  return step === 'update' || step === 'confirm' || step === 'return' || step === 'withdraw' || step === 'remind';
}

/** The units responsible for an item: the lead unit first, then the co-units. */
export function responsibleUnits(row: { leadUnitId: string; coUnitIds: readonly string[] }): string[] {
  return [row.leadUnitId, ...row.coUnitIds.filter((u) => u !== row.leadUnitId)];
}

/** The problem with the responsible units, in Chinese, or null: the lead unit is not a co-unit, and no co-unit twice. */
export function unitsProblem(leadUnitId: string, coUnitIds: readonly string[]): string | null {
  if (coUnitIds.includes(leadUnitId)) return 'coUnitIds：牵头单位不能同时为配合单位';
  if (new Set(coUnitIds).size !== coUnitIds.length) return 'coUnitIds：配合单位重复';
  return null;
}

export interface LightInput {
  status: WorkItemStatus;
  dueDate: string;
  completionReportedOn: string | null;
}

/**
 * 红黄绿灯 of a work item on `today`, in the model of supervision's 督办 lights (`deadlineLight` over the working-day
 * calendar): while open (进行中, 退回补充) red once the deadline has passed, yellow when it is 5 working days away or fewer
 * (0 on the due day), green otherwise; once completion is reported (or confirmed) red when it was reported after the
 * deadline, green when on time; none once withdrawn.
 */
export function workItemLight(calendar: WorkingCalendar, item: LightInput, today: string, threshold = WORK_ITEM_WARNING_WORKING_DAYS): { light: WorkItemLight; reason: string } {
  if (item.status === 'withdrawn') return { light: 'none', reason: '已撤销' };
  if (item.status === 'completion_reported' || item.status === 'completed') {
    const done = item.status === 'completed' ? '已完成' : '已报完成，待确认';
    if (item.completionReportedOn && item.completionReportedOn > item.dueDate) return { light: 'red', reason: `逾期报完成：完成时限 ${item.dueDate}，${item.completionReportedOn} 报完成（${done}）` };
    return { light: 'green', reason: `按期报完成（${done}）` };
  }
  return deadlineLight(calendar, { dueDate: item.dueDate, today, thresholdWorkingDays: threshold });
}

/** The working days from `today` to the deadline (negative once past) while the item is open; null once reported complete, completed or withdrawn. */
export function workingDaysLeft(calendar: WorkingCalendar, item: { status: WorkItemStatus; dueDate: string }, today: string): number | null {
  if (item.status !== 'in_progress' && item.status !== 'returned') return null;
  return workingDaysBetween(calendar, today, item.dueDate);
}

/** Whether the units get their 待办 now: the item is open and its light is yellow or red. */
export function needsReminder(calendar: WorkingCalendar, item: LightInput, today: string): boolean {
  return (item.status === 'in_progress' || item.status === 'returned') && workItemLight(calendar, item, today).light !== 'green';
}

/** The order of the dates: reported or confirmed not in the future; confirmed not before the completion was reported. */
export function dateProblem(field: 'reportedOn' | 'completedOn', on: string, today: string, after?: { on: string | null; what: string }): string | null {
  if (on > today) return `${field}：日期不能晚于今天`;
  if (after?.on && on < after.on) return `${field}：不能早于${after.what}（${after.on}）`;
  return null;
}
