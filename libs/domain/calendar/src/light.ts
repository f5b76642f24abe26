import type { WorkingCalendar } from './calendar.js';
import { isDeadlineOverdue, workingDaysBetween } from './deadline.js';

export type DeadlineLight = 'green' | 'yellow' | 'red';

export interface DeadlineLightInput {
  /** The due day (YYYY-MM-DD), or null when there is none. */
  dueDate: string | null;
  /** The day judged (Asia/Shanghai). */
  today: string;
  /** Yellow when the due day is this many working days away or fewer. */
  thresholdWorkingDays: number;
}

/**
 * The traffic light (红黄绿灯) of one due day, counted in working days over the published calendar — the model of
 * 督办 items (supervision's `trafficLight` adds milestones and its states to it) and of every 待办:
 * - red: the due day has passed (overdue from the day after it, 《民法典》第203条: the last day ends at 24:00);
 * - yellow: it is `thresholdWorkingDays` working days away or fewer (working days after today up to and including
 *   the due day; 0 on the due day itself);
 * - green otherwise, and when there is no due day.
 */
export function deadlineLight(calendar: WorkingCalendar, input: DeadlineLightInput): { light: DeadlineLight; reason: string } {
  const { dueDate, today } = input;
  if (!dueDate) return { light: 'green', reason: '尚无办理期限' };
  if (isDeadlineOverdue(dueDate, today)) {
    const late = workingDaysBetween(calendar, dueDate, today);
    return { light: 'red', reason: late > 0 ? `已超过办理期限 ${dueDate}（逾期 ${late} 个工作日）` : `已超过办理期限 ${dueDate}` };
  }
  const left = workingDaysBetween(calendar, today, dueDate);
  if (left <= input.thresholdWorkingDays) return { light: 'yellow', reason: left === 0 ? `今天（${dueDate}）是办理期限` : `距办理期限 ${dueDate} 还有 ${left} 个工作日` };
  return { light: 'green', reason: '正常推进' };
}
