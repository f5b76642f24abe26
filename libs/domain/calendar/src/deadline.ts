import { CalendarInputError } from './errors.js';
import { type DayInfo, type WorkingCalendar, unpublishedYearNotice } from './calendar.js';
import { WEEKDAY_NAMES, addMonths, toDayNumber, toIsoDate, weekdayOf, yearOf } from './dates.js';

export type PeriodUnit = 'working_days' | 'calendar_days' | 'months';

/**
 * A stretch of time that is not counted (a stopped clock): 补正 awaited, third-party or other-body
 * consultation (《政府信息公开条例》第33条第2款).
 * The days not counted are those after `from` up to and including `to`: `from` (e.g. the day the
 * 补正 notice or consultation letter goes out) still counts, and `to` (the day the reply or the
 * supplemented material arrives) does not — counting resumes the next day, as with any start day
 * (《民法典》第201条). Without `to` the pause is still open.
 */
export interface Pause {
  from: string;
  to?: string | null;
  /** e.g. 补正, 征求第三方意见 */
  reason: string;
}

/** Extra time added after the due date reached so far (e.g. 《政府信息公开条例》第33条: 20 more working days). */
export interface Extension {
  amount: number;
  unit: PeriodUnit;
  reason: string;
}

export interface DeadlineRequest {
  /** The day of the event that starts the period (receipt, 交办); it is not counted (《民法典》第201条). */
  start: string;
  amount: number;
  unit: PeriodUnit;
  pauses?: readonly Pause[];
  extensions?: readonly Extension[];
}

export interface DeadlineResult {
  /** Null while an open pause has stopped the clock before the period ran out. */
  dueDate: string | null;
  /** True when the due date may still change: a year not yet published, or a clock that is stopped. */
  provisional: boolean;
  provisionalReasons: string[];
  /** How the date was reached, one Chinese line per step, for the clerk. */
  explanation: string[];
}

interface PauseSpan {
  from: number;
  to: number; // Infinity while open
  reason: string;
  label: string;
}

type Outcome = { end: number } | { stoppedBy: PauseSpan; remaining: number; unit: PeriodUnit };

const UNIT_LABELS: Record<PeriodUnit, (amount: number) => string> = {
  working_days: (n) => `${n} 个工作日`,
  calendar_days: (n) => `${n} 日`,
  months: (n) => `${n} 个月`,
};

/**
 * The due date of a period, counted per 《民法典》第200–204条:
 * - the start day is not counted (第201条);
 * - `working_days` counts working days directly (the 政府信息公开条例 counts in working days, 第204条),
 *   so the last day is always a working day;
 * - `calendar_days` counts every day; `months` ends on the corresponding day of the final month, or on
 *   its last day where it has none (第202条);
 * - a last day that is a rest day (weekend or 法定节假日, not a 调休上班 day) moves to the next working
 *   day (第203条);
 * - paused days are not counted (条例第33条第2款), and extensions run on from the due date reached so far.
 * A day in a year the calendar has not loaded is judged on weekends alone and makes the result provisional.
 * While an open pause stops the clock, `dueDate` is null and the explanation says how much time remains.
 * Throws a CalendarInputError for an invalid date, amount or pause.
 */
export function computeDeadline(calendar: WorkingCalendar, request: DeadlineRequest): DeadlineResult {
  const start = toDayNumber(request.start);
  checkAmount(request.amount);
  const pauses = (request.pauses ?? []).map(toPauseSpan);
  const extensions = request.extensions ?? [];
  extensions.forEach((extension) => checkAmount(extension.amount));

  const unpublishedYears = new Set<number>();
  const pausesMet = new Set<PauseSpan>();
  const explanation = [`起算日 ${request.start}（当日不计入，次日起算）`, `期限 ${UNIT_LABELS[request.unit](request.amount)}`];

  const lookUp = (day: number): DayInfo => {
    const info = calendar.dayInfo(toIsoDate(day));
    if (!info.loaded) unpublishedYears.add(yearOf(day));
    return info;
  };

  // Counts `amount` days after `from` (not counted), skipping paused days, and for working days the
  // rest days; says in `explanation` what it skipped.
  const count = (from: number, amount: number, workingOnly: boolean): Outcome => {
    let day = from;
    let counted = 0;
    let rest: { first: number; last: number; names: string[] } | undefined;
    let paused: { pause: PauseSpan; first: number; last: number; days: number } | undefined;
    const flushRest = () => {
      if (rest?.names.length) {
        const span = rest.first === rest.last ? toIsoDate(rest.first) : `${toIsoDate(rest.first)} 至 ${toIsoDate(rest.last)}`;
        explanation.push(`跳过 ${span} ${rest.names.join('、')}假期`);
      }
      rest = undefined;
    };
    const flushPaused = () => {
      if (paused) {
        const unit = workingOnly ? 'working_days' : 'calendar_days';
        explanation.push(
          `${paused.pause.reason}暂停 ${UNIT_LABELS[unit](paused.days)}（${toIsoDate(paused.first)} 至 ${toIsoDate(paused.last)} 不计入）`,
        );
      }
      paused = undefined;
    };

    while (counted < amount) {
      day += 1;
      const pause = pauses.find((p) => day > p.from && day <= p.to);
      if (pause) {
        flushRest();
        pausesMet.add(pause);
        if (pause.to === Infinity) {
          flushPaused();
          explanation.push(`${pause.reason}暂停中（自 ${toIsoDate(day)} 起不计入，尚未恢复计时）`);
          return { stoppedBy: pause, remaining: amount - counted, unit: workingOnly ? 'working_days' : 'calendar_days' };
        }
        if (paused && paused.pause !== pause) flushPaused();
        paused ??= { pause, first: day, last: day, days: 0 };
        paused.last = day;
        if (!workingOnly || lookUp(day).working) paused.days += 1;
        continue;
      }
      flushPaused();
      if (workingOnly) {
        const info = lookUp(day);
        if (!info.working) {
          rest ??= { first: day, last: day, names: [] };
          rest.last = day;
          if (info.kind === 'holiday' && info.name && !rest.names.includes(info.name)) rest.names.push(info.name);
          continue;
        }
        flushRest();
        if (info.kind === 'makeup_workday') {
          explanation.push(`${toIsoDate(day)}（${WEEKDAY_NAMES[weekdayOf(day)]}）${info.name}调休上班，计为工作日`);
        }
      }
      counted += 1;
    }
    flushRest();
    flushPaused();
    return { end: day };
  };

  // A last day that is a rest day moves to the next working day (《民法典》第203条).
  const rollOver = (end: number): number => {
    const info = lookUp(end);
    if (info.working) return end;
    let day = end + 1;
    while (!lookUp(day).working) day += 1;
    const why = info.kind === 'holiday' ? `法定节假日（${info.name}）` : `休息日（${WEEKDAY_NAMES[weekdayOf(end)]}）`;
    explanation.push(`期间最后一日 ${toIsoDate(end)} 为${why}，顺延至 ${toIsoDate(day)}（《民法典》第203条）`);
    return day;
  };

  const run = (from: number, amount: number, unit: PeriodUnit): Outcome => {
    let days = amount;
    if (unit === 'months') {
      const { day, clamped } = addMonths(from, amount);
      explanation.push(
        clamped
          ? `到期月无对应日，以月末 ${toIsoDate(day)} 为期间最后一日（《民法典》第202条）`
          : `到期月对应日 ${toIsoDate(day)} 为期间最后一日（《民法典》第202条）`,
      );
      days = day - from; // paused days then push it out day for day
    }
    const outcome = count(from, days, unit === 'working_days');
    return 'end' in outcome ? { end: rollOver(outcome.end) } : outcome;
  };

  let outcome = run(start, request.amount, request.unit);
  for (const extension of extensions) {
    const label = `延期 ${UNIT_LABELS[extension.unit](extension.amount)}：${extension.reason}`;
    if (!('end' in outcome)) {
      explanation.push(`${label}（恢复计时后一并计算）`);
      continue;
    }
    explanation.push(`${label}（自原到期日 ${toIsoDate(outcome.end)} 次日起算）`);
    outcome = run(outcome.end, extension.amount, extension.unit);
  }

  for (const pause of pauses) {
    if (!pausesMet.has(pause)) explanation.push(`${pause.reason}暂停（${pause.label}）不在计算期间内，不影响到期日`);
  }

  const provisionalReasons = [...unpublishedYears].sort((a, b) => a - b).map(unpublishedYearNotice);
  if (!('end' in outcome)) provisionalReasons.push(`计时暂停中（${outcome.stoppedBy.reason}），恢复计时后计算到期日`);
  explanation.push(...provisionalReasons);

  if (!('end' in outcome)) {
    explanation.push(`恢复计时后尚余 ${UNIT_LABELS[outcome.unit](outcome.remaining)}，暂无到期日`);
    return { dueDate: null, provisional: true, provisionalReasons, explanation };
  }
  const dueDate = toIsoDate(outcome.end);
  const provisional = provisionalReasons.length > 0;
  explanation.push(`到期日 ${dueDate}（${WEEKDAY_NAMES[weekdayOf(outcome.end)]}${provisional ? '，暂定' : ''}）`);
  return { dueDate, provisional, provisionalReasons, explanation };
}

/** Overdue once the due day has ended (the last day ends at 24:00, 《民法典》第203条). A stopped clock is never overdue. */
export function isDeadlineOverdue(dueDate: string | null, today: string): boolean {
  const todayDay = toDayNumber(today);
  return dueDate !== null && todayDay > toDayNumber(dueDate);
}

/**
 * Working days after `from` up to and including `to` (so `from` itself is not counted): from today to
 * the due date, the working days left. Negative when `to` is before `from`.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  const [a, b] = [toDayNumber(from), toDayNumber(to)];
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) if (calendar.isWorkingDay(toIsoDate(day))) count += 1;
  return sign * count;
}

function checkAmount(amount: number): void {
  if (!Number.isInteger(amount) || amount < 0) throw new CalendarInputError(`期限 ${amount} 无效，应为非负整数`);
}

function toPauseSpan(pause: Pause): PauseSpan {
  const from = toDayNumber(pause.from);
  if (pause.to === undefined || pause.to === null) {
    return { from, to: Infinity, reason: pause.reason, label: `自 ${pause.from} 起` };
  }
  const to = toDayNumber(pause.to);
  if (to < from) throw new CalendarInputError(`暂停恢复日 ${pause.to} 早于暂停开始日 ${pause.from}`);
  return { from, to, reason: pause.reason, label: `${pause.from} 至 ${pause.to}` };
}
