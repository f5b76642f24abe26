import { computeDeadline, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { URGENCY_LABELS, type Light, type LogisticsPeriodUnit, type LogisticsRequestStatus, type Urgency } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one 后勤服务申请, and the states each is allowed from. */
export type LogisticsStep = 'assign' | 'complete' | 'confirm' | 'rework' | 'withdraw';

const ALLOWED: Record<LogisticsStep, readonly LogisticsRequestStatus[]> = {
  assign: ['submitted', 'assigned'],
  complete: ['assigned'],
  confirm: ['completed'],
  rework: ['completed'],
  withdraw: ['submitted'],
};

const AFTER: Record<LogisticsStep, LogisticsRequestStatus> = { assign: 'assigned', complete: 'completed', confirm: 'confirmed', rework: 'assigned', withdraw: 'withdrawn' };

export const LOGISTICS_STEP_LABELS: Record<LogisticsStep | 'create' | 'redate', string> = {
  create: '报修',
  redate: '时限重新计算',
  assign: '派单',
  complete: '完工',
  confirm: '报修人确认',
  rework: '退回返工',
  withdraw: '撤回',
};

/** Whether `step` may be taken from `status` (an assigned request may be re-assigned to another worker). */
export function canTake(step: LogisticsStep, status: LogisticsRequestStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: LogisticsStep): LogisticsRequestStatus {
  return AFTER[step];
}

/** One version of an urgency's periods (后勤服务时限), as configured. */
export interface LogisticsRule {
  id: string;
  urgency: Urgency;
  responseAmount: number;
  responseUnit: LogisticsPeriodUnit;
  completionAmount: number;
  completionUnit: LogisticsPeriodUnit;
  effectiveFrom: string;
  source: string;
  createdAt: Date;
}

/** The rule in force on a day for an urgency: the latest effective date not after it, the latest entered that day. */
export function ruleInForce<R extends LogisticsRule>(rules: readonly R[], urgency: Urgency, onDay: string): R | null {
  return (
    rules
      .filter((r) => r.urgency === urgency && r.effectiveFrom <= onDay)
      .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.createdAt.getTime() - a.createdAt.getTime() : b.effectiveFrom.localeCompare(a.effectiveFrom)))[0] ?? null
  );
}

const unitText = (amount: number, unit: LogisticsPeriodUnit): string => (unit === 'hours' ? `${amount} 小时` : `${amount} 个工作日`);

export function ruleText(rule: LogisticsRule): string {
  return `${URGENCY_LABELS[rule.urgency]}：响应 ${unitText(rule.responseAmount, rule.responseUnit)}，完成 ${unitText(rule.completionAmount, rule.completionUnit)}（${rule.source}，${rule.effectiveFrom} 起施行）`;
}

/** 北京时间 YYYY-MM-DD HH:mm. */
export function beijing(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * One due moment from the submission: hours are clock hours, day or night (a burst pipe knows no weekend); working days
 * come from the deadline engine over the calendar (the submission day not counted, 《民法典》第201条) and end at 24:00
 * of the due day (第203条).
 */
export function dueAt(calendar: WorkingCalendar, submittedAt: Date, amount: number, unit: LogisticsPeriodUnit, what: string): { at: Date; explanation: string[] } {
  if (unit === 'hours') {
    const at = new Date(submittedAt.getTime() + amount * 3600_000);
    return { at, explanation: [`${what}时限 ${amount} 小时，自报修时起按自然时间连续计算，至 ${beijing(at)}`] };
  }
  const result = computeDeadline(calendar, { start: shanghaiDate(submittedAt), amount, unit: 'working_days' });
  const dueDate = result.dueDate as string;
  const at = new Date(new Date(`${dueDate}T00:00:00+08:00`).getTime() + 24 * 3600_000);
  return { at, explanation: [`${what}时限 ${amount} 个工作日，至 ${dueDate} 24:00`, ...result.explanation.map((line) => `　${line}`)] };
}

export interface LogisticsDeadlines {
  responseDueAt: Date;
  completionDueAt: Date;
  explanation: string[];
}

/** The response and completion deadlines of a request submitted at `submittedAt` under `rule`, with their explanation. */
export function deadlinesOf(calendar: WorkingCalendar, submittedAt: Date, rule: LogisticsRule): LogisticsDeadlines {
  const response = dueAt(calendar, submittedAt, rule.responseAmount, rule.responseUnit, '响应（派单）');
  const completion = dueAt(calendar, submittedAt, rule.completionAmount, rule.completionUnit, '完成');
  return {
    responseDueAt: response.at,
    completionDueAt: completion.at,
    explanation: [`报修时间 ${beijing(submittedAt)}，紧急程度：${URGENCY_LABELS[rule.urgency]}`, ...response.explanation, ...completion.explanation, `依据：${rule.source}（${rule.effectiveFrom} 起施行）`],
  };
}

/**
 * 红黄绿灯 (the model of supervision's 督办 lights): the deadline the request waits on — the response while it awaits
 * its assignment, the completion while it is being worked on — is red once passed, yellow when less than a quarter of
 * its time is left; a completed request is green, and `late` says whether it was completed after its deadline.
 */
export function lightOf(
  request: { status: LogisticsRequestStatus; submittedAt: Date; responseDueAt: Date; completionDueAt: Date; completedAt: Date | null },
  now: Date,
): { light: Light; reason: string; late: boolean } {
  if (request.status === 'completed' || request.status === 'confirmed') {
    const late = !!request.completedAt && request.completedAt.getTime() > request.completionDueAt.getTime();
    return { light: 'green', reason: late ? `已完工，超过完成时限 ${beijing(request.completionDueAt)}` : '已按时完工', late };
  }
  if (request.status === 'withdrawn') return { light: 'green', reason: '已撤回', late: false };
  const [due, what] = request.status === 'submitted' ? [request.responseDueAt, '响应（派单）'] : [request.completionDueAt, '完成'];
  if (now.getTime() > due.getTime()) return { light: 'red', reason: `已超过${what}时限 ${beijing(due)}`, late: true };
  const span = due.getTime() - request.submittedAt.getTime();
  if (due.getTime() - now.getTime() < span / 4) return { light: 'yellow', reason: `${what}时限 ${beijing(due)} 将到`, late: false };
  return { light: 'green', reason: `${what}时限 ${beijing(due)}`, late: false };
}

/** The rule a request was computed under: the one in force on its submission day among those entered by then. */
export function ruleOfRequest<R extends LogisticsRule>(rules: readonly R[], urgency: Urgency, submittedAt: Date): R | null {
  return ruleInForce(
    rules.filter((r) => r.createdAt.getTime() <= submittedAt.getTime()),
    urgency,
    shanghaiDate(submittedAt),
  );
}

export interface LogisticsRedating {
  responseDueAt: Date;
  completionDueAt: Date;
  explanation: string[];
  /** The timeline's note: what moved, from what to what. */
  note: string;
}

/**
 * Re-dates an open request when a calendar year is loaded or corrected: the deadlines it still waits on (the response
 * while 待派单, the completion while 待派单 or 处理中) that are counted in working days are computed again from the
 * submission under the same rule; clock-hour deadlines and the ones already behind it stay. Null when nothing moves
 * (a second delivery of the same calendar changes nothing).
 */
export function redatingOf(
  calendar: WorkingCalendar,
  request: { status: LogisticsRequestStatus; submittedAt: Date; responseDueAt: Date; completionDueAt: Date; dueExplanation: readonly string[] },
  rule: LogisticsRule,
  year: number,
): LogisticsRedating | null {
  if (request.status !== 'submitted' && request.status !== 'assigned') return null;
  const moved: string[] = [];
  const lines: string[] = [];
  let responseDueAt = request.responseDueAt;
  let completionDueAt = request.completionDueAt;
  if (request.status === 'submitted' && rule.responseUnit === 'working_days') {
    const response = dueAt(calendar, request.submittedAt, rule.responseAmount, rule.responseUnit, '响应（派单）');
    if (response.at.getTime() !== responseDueAt.getTime()) {
      moved.push(`响应（派单）时限由 ${beijing(responseDueAt)} 改为 ${beijing(response.at)}`);
      lines.push(...response.explanation);
      responseDueAt = response.at;
    }
  }
  if (rule.completionUnit === 'working_days') {
    const completion = dueAt(calendar, request.submittedAt, rule.completionAmount, rule.completionUnit, '完成');
    if (completion.at.getTime() !== completionDueAt.getTime()) {
      moved.push(`完成时限由 ${beijing(completionDueAt)} 改为 ${beijing(completion.at)}`);
      lines.push(...completion.explanation);
      completionDueAt = completion.at;
    }
  }
  if (!moved.length) return null;
  const note = `${year} 年节假日安排调整，${moved.join('；')}`;
  return { responseDueAt, completionDueAt, explanation: [...request.dueExplanation, `${note}：`, ...lines], note };
}
