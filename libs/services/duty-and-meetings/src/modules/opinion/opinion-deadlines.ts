import { OPINION_LEVEL_LABELS, type OpinionDeadlineUnit, type OpinionLevel } from '@gov/contracts-duty-and-meetings';
import { shanghaiDate } from '@gov/calendar';
import { beijing } from '../duty/urgent-deadlines.js';

/** A 舆情回应时限 rule in force: the amount in its unit, for clock hours also the first response, with its source. */
export interface OpinionRule {
  id: string;
  level: OpinionLevel;
  amount: number;
  unit: OpinionDeadlineUnit;
  /** 首次回应（发布权威信息）时限, in clock hours; only for a `clock_hours` rule. */
  firstResponseHours: number | null;
  effectiveFrom: string;
  source: string;
}

export interface ClockHourDeadlines {
  /** The moment the first response (权威信息) is due; null when the rule sets none. */
  firstResponseDueAt: Date | null;
  /** The moment the response is due. */
  responseDueAt: Date;
  /** Its day in Beijing time (what lists, statistics and the 待办 show as the due date). */
  responseDue: string;
  explanation: string[];
}

const HOUR = 3_600_000;

/**
 * 重大政务舆情 (国办发〔2016〕61号): counted in clock hours from the moment the item was received, day or night, working
 * day or not — the working-day engine does not apply, and nothing rolls past a holiday. Exactly on the hour is in time.
 */
export function clockHourDeadlines(receivedAt: Date, rule: OpinionRule): ClockHourDeadlines {
  const responseDueAt = new Date(receivedAt.getTime() + rule.amount * HOUR);
  const firstResponseDueAt = rule.firstResponseHours ? new Date(receivedAt.getTime() + rule.firstResponseHours * HOUR) : null;
  return {
    firstResponseDueAt,
    responseDueAt,
    responseDue: shanghaiDate(responseDueAt),
    explanation: [
      `接报（发现）时间 ${beijing(receivedAt)}，${OPINION_LEVEL_LABELS[rule.level]}舆情`,
      ...(firstResponseDueAt ? [`首次回应（发布权威信息）时限 ${rule.firstResponseHours} 小时，至 ${beijing(firstResponseDueAt)}`] : []),
      `回应时限 ${rule.amount} 小时，至 ${beijing(responseDueAt)}`,
      '按自然小时连续计算，不因夜间、休息日或节假日顺延',
      `依据：${rule.source}（${rule.effectiveFrom} 起施行）`,
    ],
  };
}

/** Late: done after the moment it was due, or not done and the moment has passed (strictly after). */
export function pastDue(dueAt: Date | null, doneAt: Date | null, now: Date): boolean {
  if (!dueAt) return false;
  return (doneAt ?? now).getTime() > dueAt.getTime();
}

/** What a new rule must satisfy: a first-response limit only for clock hours, and not longer than the response limit. */
export function ruleProblem(rule: Pick<OpinionRule, 'amount' | 'unit' | 'firstResponseHours'>): { field: string; message: string } | null {
  if (rule.firstResponseHours !== null && rule.unit !== 'clock_hours') return { field: 'firstResponseHours', message: '首次回应时限只适用于按小时计算的规则' };
  if (rule.firstResponseHours !== null && rule.firstResponseHours > rule.amount) return { field: 'firstResponseHours', message: '首次回应时限不能长于回应时限' };
  if (rule.unit === 'clock_hours' && rule.amount > 48) return { field: 'amount', message: '按小时计算的回应时限不超过 48 小时' };
  return null;
}
