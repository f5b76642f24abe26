import { deadlineLight, isDeadlineOverdue, workingDaysBetween, type WorkingCalendar } from '@gov/calendar';
import type { SupervisionItemStatus, TrafficLight } from '@gov/contracts-supervision';

export interface LightMilestone {
  sequence: number;
  target: string;
  dueDate: string;
  /** The day its progress was reported (Asia/Shanghai), or null while not reported. */
  reportedOn: string | null;
}

/** A 收文 分办 copy linked to the item (一事一期限) and its 承办期限. */
export interface LinkedRoutingDeadline {
  unitName: string;
  dueDate: string;
}

export interface LightInput {
  status: SupervisionItemStatus;
  dueDate: string | null;
  /** The 承办期限 of the 收文 copies linked to the item: one earlier than `dueDate` is the deadline judged (一事一期限). */
  linkedDeadlines?: readonly LinkedRoutingDeadline[];
  /** The day the unit reported completion (Asia/Shanghai), if it did. */
  completionReportedOn: string | null;
  milestones: readonly LightMilestone[];
  /** The day judged (Asia/Shanghai). */
  today: string;
  /** Yellow when the deadline is this many working days away or fewer (a configuration row). */
  thresholdWorkingDays: number;
}

export interface LightResult {
  light: TrafficLight;
  reason: string;
}

/**
 * 红黄绿灯 of a supervision item, counted in working days over the published calendar (法定节假日 and
 * 调休上班 days), so a deadline just before a holiday warns earlier in calendar days:
 * - none: closed (销号) or withdrawn (撤销);
 * - red: the deadline has passed (overdue from the day after the due day, 《民法典》第203条: the last day ends
 *   at 24:00), or a milestone's date has passed without a report, or completion was reported late;
 * - yellow: the deadline or an unreported milestone is `thresholdWorkingDays` working days away or fewer
 *   (working days after today up to and including the due day; 0 on the due day itself);
 * - green otherwise, and while completion reported on time waits for verification.
 */
export function trafficLight(calendar: WorkingCalendar, input: LightInput): LightResult {
  const { today } = input;
  if (input.status === 'closed') return { light: 'none', reason: '已销号' };
  if (input.status === 'withdrawn') return { light: 'none', reason: '已撤销' };
  // 一事一期限: a linked 收文 copy's earlier 承办期限 is the deadline, and the reason names the rule that chose it.
  const stricter = stricterLinkedDeadline(input.dueDate, input.linkedDeadlines ?? []);
  const dueDate = stricter?.dueDate ?? input.dueDate;
  const rule = stricter ? `（一事一期限：${stricter.unitName}收文承办期限 ${stricter.dueDate} 早于督办期限${input.dueDate ? ` ${input.dueDate}` : '（未定）'}，按较严格的期限判定）` : '';
  if (input.status === 'completion_reported') {
    if (dueDate && input.completionReportedOn && input.completionReportedOn > dueDate) {
      return { light: 'red', reason: `逾期报办结：办理期限 ${dueDate}，${input.completionReportedOn} 报办结${rule}` };
    }
    return { light: 'green', reason: '已按期报办结，待审核销号' };
  }
  // The due day's own light (the model every 待办 shares), then the milestones.
  const dueLight = deadlineLight(calendar, { dueDate, today, thresholdWorkingDays: input.thresholdWorkingDays });
  const due = dueLight.light === 'green' ? dueLight : { ...dueLight, reason: `${dueLight.reason}${rule}` };
  if (due.light === 'red') return due;
  const missed = input.milestones.find((m) => m.reportedOn === null && isDeadlineOverdue(m.dueDate, today));
  if (missed) return { light: 'red', reason: `第 ${missed.sequence} 个节点「${missed.target}」已过期限 ${missed.dueDate}，未反馈进展` };

  const threshold = input.thresholdWorkingDays;
  if (due.light === 'yellow') return due;
  const near = input.milestones.find((m) => m.reportedOn === null && workingDaysBetween(calendar, today, m.dueDate) <= threshold);
  if (near) {
    const left = workingDaysBetween(calendar, today, near.dueDate);
    return { light: 'yellow', reason: `第 ${near.sequence} 个节点「${near.target}」距期限 ${near.dueDate} 还有 ${left} 个工作日` };
  }
  return { light: 'green', reason: dueDate ? '正常推进' : '尚无办理期限' };
}

/** The earliest linked 承办期限 when it is earlier than the item's own deadline (or the item has none); else null. */
export function stricterLinkedDeadline(itemDue: string | null, linked: readonly LinkedRoutingDeadline[]): LinkedRoutingDeadline | null {
  let best: LinkedRoutingDeadline | null = null;
  for (const candidate of linked) if (!best || candidate.dueDate < best.dueDate) best = candidate;
  return best && (!itemDue || best.dueDate < itemDue) ? best : null;
}
