import { INCIDENT_LEVEL_LABELS, type IncidentLevel } from '@gov/contracts-duty-and-meetings';

/** A 报告时限 rule in force: minutes for the phone 初报 and for the written report, with its source. */
export interface UrgentReportRule {
  id: string;
  level: IncidentLevel;
  phoneMinutes: number;
  writtenMinutes: number;
  effectiveFrom: string;
  source: string;
}

export interface UrgentDeadlines {
  phoneDeadline: Date;
  writtenDeadline: Date;
  explanation: string[];
}

const MINUTE = 60_000;

/**
 * 紧急事项报告时限 (RULES.md 2.7): counted in clock minutes from the moment the duty office received the report,
 * day or night, working day or not — an emergency knows no holidays, so the working-day engine does not apply.
 */
export function urgentDeadlines(receivedAt: Date, rule: UrgentReportRule): UrgentDeadlines {
  const phoneDeadline = new Date(receivedAt.getTime() + rule.phoneMinutes * MINUTE);
  const writtenDeadline = new Date(receivedAt.getTime() + rule.writtenMinutes * MINUTE);
  return {
    phoneDeadline,
    writtenDeadline,
    explanation: [
      `接报时间 ${beijing(receivedAt)}，${INCIDENT_LEVEL_LABELS[rule.level]}事件`,
      `电话初报时限 ${rule.phoneMinutes} 分钟，至 ${beijing(phoneDeadline)}`,
      `书面报告时限 ${rule.writtenMinutes} 分钟，至 ${beijing(writtenDeadline)}`,
      `按自然时间连续计算，不因夜间、休息日或节假日中断`,
      `依据：${rule.source}（${rule.effectiveFrom} 起施行）`,
    ],
  };
}

/**
 * The countdown to a report deadline: seconds left (negative once past). When the report was made, the clock
 * stops at that moment, and it was late if made after the deadline. Overdue means strictly after the deadline.
 */
export function countdown(deadline: Date, reportedAt: Date | null, now: Date): { remainingSeconds: number; overdue: boolean } {
  const until = reportedAt ?? now;
  const remainingSeconds = Math.floor((deadline.getTime() - until.getTime()) / 1000);
  return { remainingSeconds, overdue: until.getTime() > deadline.getTime() };
}

/** The rule in force for a level on a day: the latest one whose effective date is not after the day. */
export function ruleInForce<R extends { level: string; effectiveFrom: string }>(rules: R[], level: string, onDay: string): R | undefined {
  return rules
    .filter((r) => r.level === level && r.effectiveFrom <= onDay)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/** 北京时间 YYYY-MM-DD HH:mm. */
export function beijing(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** 初报, 续报一, 续报二 …, 终报. */
export function stageLabel(stage: 'initial' | 'follow_up' | 'final', sequence: number): string {
  if (stage === 'initial') return '初报';
  if (stage === 'final') return '终报';
  return `续报${chineseNumber(sequence)}`;
}

function chineseNumber(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}
