import { deadlineLight, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import type { CallerContext, TaskAssigneeType } from '@gov/contracts-common';
import type { TaskLight } from './tasks.contracts.js';

/**
 * Yellow from this many working days before the due day: the default warning threshold of 督办 items
 * (supervision's `warning_threshold_working_days`), so a 待办 and a 督办 item with the same due day show the same light.
 */
export const TASK_WARNING_WORKING_DAYS = 3;

/** Whom a task waits on, as stored. */
export interface TaskAssignment {
  assigneeType: TaskAssigneeType;
  assigneeId: string;
  /** The section a role task is limited to (none: every holder of the role). */
  section: string | null;
  /** The record's 密级. */
  clearance: number;
}

/** The account as the 待办 list sees it (a signed-in caller, or an account row when notifications are sent). */
export type TaskReader = Pick<CallerContext, 'userId' | 'roles' | 'sectionCode' | 'unitId' | 'clearance'>;

/**
 * Whether a task is the reader's: a person task is its account's; a role task is every holder of the role (within the
 * task's section, if it names one); a unit task is its liaisons' (the accounts of that unit). Nobody has a task about a
 * record above their clearance.
 */
export function isAssignee(task: TaskAssignment, reader: TaskReader): boolean {
  if (task.clearance > reader.clearance) return false;
  switch (task.assigneeType) {
    case 'person':
      return task.assigneeId === reader.userId;
    case 'unit':
      return !!reader.unitId && task.assigneeId === reader.unitId;
    case 'role':
      return (reader.roles as string[]).includes(task.assigneeId) && (!task.section || task.section === reader.sectionCode);
  }
}

/**
 * The same rule as {@link isAssignee} as SQL over the `task` table, with its parameters from `$<first>` on: the
 * per-person list is one indexed query.
 */
export function assigneeCondition(reader: TaskReader, first: number): { sql: string; params: unknown[] } {
  const [person, unit, roles, section, clearance] = [first, first + 1, first + 2, first + 3, first + 4].map((n) => `$${n}`);
  return {
    sql: `(clearance <= ${clearance}::smallint AND (
      (assignee_type = 'person' AND assignee_id = ${person}::text)
      OR (assignee_type = 'unit' AND assignee_id = ${unit}::text)
      OR (assignee_type = 'role' AND assignee_id = ANY(${roles}::text[]) AND (section IS NULL OR section = ${section}::text))))`,
    params: [reader.userId, reader.unitId ?? null, reader.roles, reader.sectionCode ?? null, reader.clearance],
  };
}

export interface TaskDue {
  dueDate: string | null;
  dueAt: Date | null;
}

/** The traffic light of a task: 督办's model ({@link deadlineLight}) on its due day; a due time past is red at once. */
export function taskLight(calendar: WorkingCalendar, due: TaskDue, now: Date): { light: TaskLight; reason: string } {
  const today = shanghaiDate(now);
  if (due.dueAt) {
    if (now.getTime() > due.dueAt.getTime()) return { light: 'red', reason: `已超过办理时限 ${shanghaiDateTime(due.dueAt)}` };
    return deadlineLight(calendar, { dueDate: shanghaiDate(due.dueAt), today, thresholdWorkingDays: TASK_WARNING_WORKING_DAYS });
  }
  return deadlineLight(calendar, { dueDate: due.dueDate, today, thresholdWorkingDays: TASK_WARNING_WORKING_DAYS });
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai. */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
