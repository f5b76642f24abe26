import { computeDeadline, isDeadlineOverdue, type DeadlineResult, type WorkingCalendar } from '@gov/calendar';
import type { TripBreach, TripCheckView, TripCountry, TripItineraryDay, TripLimits, TripMemberRole, TripStatus } from '@gov/contracts-foreign-affairs';

/**
 * The rules of 因公临时出国 (RULES.md §2.8), pure functions over a trip and the rule version it is checked under.
 * Sources: 中办发〔2013〕16号《关于坚持和完善因公临时出国管理的若干规定》 as implemented by local and university rules;
 * 团组须知 for the 2/3 official business; the frequency cap is local (see the rule version's source).
 */

/** One version of the limits, with its effective date and its source. */
export interface TripRuleVersion {
  id: string;
  effectiveFrom: string;
  source: string;
  limits: TripLimits;
}

/** The steps of one trip, and the states each is allowed from. */
export type TripStep = 'update' | 'submit' | 'review' | 'approve' | 'publicize' | 'brief' | 'depart' | 'return' | 'returnPassports' | 'report' | 'withdraw';

const ALLOWED: Record<TripStep, readonly TripStatus[]> = {
  update: ['draft'],
  submit: ['draft'],
  review: ['submitted'],
  approve: ['reviewed'],
  publicize: ['approved'],
  brief: ['approved', 'publicized'],
  depart: ['publicized'],
  return: ['departed'],
  returnPassports: ['returned', 'reported'],
  report: ['returned'],
  withdraw: ['draft', 'submitted', 'reviewed', 'approved', 'publicized'],
};

export const STEP_LABELS: Record<TripStep | 'create' | 'sendBack', string> = {
  create: '登记申请',
  update: '修改申请',
  submit: '报送外事科',
  review: '外事科审核通过',
  approve: '区领导批准',
  sendBack: '退回修改',
  publicize: '发布出访前公示',
  brief: '行前教育',
  depart: '出境',
  return: '回国',
  returnPassports: '交回护照',
  report: '提交出访报告',
  withdraw: '撤回',
};

/** Whether `step` may be taken from `status`. */
export function canTake(step: TripStep, status: TripStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after a step (a decision `return` sends the application back to draft). */
export function statusAfter(step: TripStep, status: TripStatus, decision?: 'pass' | 'return'): TripStatus {
  if ((step === 'review' || step === 'approve') && decision === 'return') return 'draft';
  const next: Partial<Record<TripStep, TripStatus>> = {
    submit: 'submitted',
    review: 'reviewed',
    approve: 'approved',
    publicize: 'publicized',
    depart: 'departed',
    return: 'returned',
    report: 'reported',
    withdraw: 'withdrawn',
  };
  return next[step] ?? status;
}

/** The rule version in force on `day`: the latest effective on or before it (newest entry wins a tie). */
export function versionInForce<T extends { effectiveFrom: string; createdAt?: string }>(versions: readonly T[], day: string): T | null {
  const candidates = versions.filter((v) => v.effectiveFrom <= day);
  candidates.sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? (b.createdAt ?? '').localeCompare(a.createdAt ?? '') : b.effectiveFrom.localeCompare(a.effectiveFrom)));
  return candidates[0] ?? null;
}

const DAY_MS = 86_400_000;

/** Days abroad, the departure and the arrival day both counted (中办发〔2013〕16号). */
export function tripDays(departureDate: string, returnDate: string): number {
  return Math.round((Date.parse(`${returnDate}T00:00:00Z`) - Date.parse(`${departureDate}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The countries that count: every destination, and a transit only where the group leaves the airport; each once. */
export function countedCountries(countries: readonly TripCountry[]): TripCountry[] {
  const seen = new Set<string>();
  return countries.filter((c) => {
    if (c.transit && !c.leavesAirport) return false;
    const key = c.name.trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The longest stay the limits allow for this route: by the number of countries, +N for Latin America or Africa. */
export function allowedDays(limits: TripLimits, counted: readonly TripCountry[]): number {
  const n = Math.max(1, counted.length);
  const base = limits.daysByCountries[Math.min(n, limits.daysByCountries.length) - 1];
  return base + (counted.some((c) => c.region === 'latin_america' || c.region === 'africa') ? limits.farRegionExtraDays : 0);
}

/** What the check needs of a trip. */
export interface TripUnderCheck {
  countries: readonly TripCountry[];
  departureDate: string;
  returnDate: string;
  itinerary: readonly TripItineraryDay[];
  members: readonly { name: string; unitName: string; leadership: boolean; role: TripMemberRole }[];
}

const NATIONAL = '中办发〔2013〕16号';

/**
 * Checks a trip against one rule version; `priorTrips[i]` is how many other trips member i already has within the
 * frequency period. Every breach names its rule. An empty list means the trip keeps to every limit.
 */
export function checkTrip(trip: TripUnderCheck, version: TripRuleVersion, priorTrips: readonly number[] = []): TripCheckView {
  const limits = version.limits;
  const breaches: TripBreach[] = [];
  const days = tripDays(trip.departureDate, trip.returnDate);
  const counted = countedCountries(trip.countries);
  const allowed = allowedDays(limits, counted);
  const d = limits.daysByCountries;
  const daysRule = `${NATIONAL}：出访1国不超过${d[0]}天${d[1] ? `，2国不超过${d[1]}天` : ''}${d[2] ? `，3国不超过${d[2]}天` : ''}（含离、抵我国国境当日），赴拉美、非洲可增加${limits.farRegionExtraDays}天`;

  if (counted.length > limits.maxCountries) {
    breaches.push({
      rule: 'countries',
      message: `出访 ${counted.length} 个国家（地区），超过 ${limits.maxCountries} 个（经停并离开机场的计入）`,
      basis: `${NATIONAL}：每次出访不超过${limits.maxCountries}个国家（含经停，离开机场的计入）`,
    });
  }
  if (days > allowed) {
    breaches.push({ rule: 'days', message: `出访 ${counted.length} 国共 ${days} 天，超过 ${allowed} 天的上限`, basis: daysRule });
  }
  const groupSize = trip.members.length;
  if (groupSize > limits.maxGroupSize) {
    breaches.push({ rule: 'group', message: `团组 ${groupSize} 人，超过 ${limits.maxGroupSize} 人（翻译计入团组人数）`, basis: `${NATIONAL}：团组人数不超过${limits.maxGroupSize}人（含翻译），不得组织"团外团"` });
  }

  const inTrip = trip.itinerary.filter((day) => day.date >= trip.departureDate && day.date <= trip.returnDate);
  if (inTrip.length !== trip.itinerary.length) {
    breaches.push({ rule: 'itinerary', message: `逐日日程中有 ${trip.itinerary.length - inTrip.length} 天不在出、入境日期之间`, basis: '出访申请须列明出、入境日期之间的逐日日程和公务活动' });
  }
  const officialDays = new Set(inTrip.filter((day) => day.official).map((day) => day.date)).size;
  // official / days ≥ numerator / denominator, compared in integers.
  const share = shareText(limits.officialShareNumerator, limits.officialShareDenominator);
  if (officialDays * limits.officialShareDenominator < limits.officialShareNumerator * days) {
    breaches.push({
      rule: 'official',
      message: `公务活动 ${officialDays} 天，占总行程 ${days} 天的比例不足${share}`,
      basis: `因公出访团组须知：公务活动时间不少于总行程的${share}`,
    });
  }

  const leadersByUnit = new Map<string, string[]>();
  for (const m of trip.members) {
    if (!m.leadership) continue;
    const unit = m.unitName.trim();
    leadersByUnit.set(unit, [...(leadersByUnit.get(unit) ?? []), m.name]);
  }
  for (const [unit, names] of leadersByUnit) {
    if (names.length > 1) {
      breaches.push({ rule: 'leadership', message: `${unit}的领导班子成员 ${names.join('、')} 同团出访`, basis: `${NATIONAL}：同一单位的领导班子成员不得同团出访` });
    }
  }
  const family = trip.members.filter((m) => m.role === 'spouse' || m.role === 'child');
  if (family.length) {
    breaches.push({ rule: 'family', message: `团组中有配偶或子女随访：${family.map((m) => m.name).join('、')}`, basis: `${NATIONAL}：不得携带配偶、子女随访` });
  }
  const frequent = trip.members.filter((_, i) => (priorTrips[i] ?? 0) + 1 > limits.frequencyMaxTrips);
  if (frequent.length) {
    breaches.push({
      rule: 'frequency',
      message: `${frequent.map((m) => m.name).join('、')} 在 ${limits.frequencyYears} 年内出访次数将超过 ${limits.frequencyMaxTrips} 次`,
      basis: `出访频次：每人 ${limits.frequencyYears} 年内出访不超过 ${limits.frequencyMaxTrips} 次（地方规定，规则版本 ${version.effectiveFrom} 起施行）`,
    });
  }
  return {
    ruleVersionId: version.id,
    ruleEffectiveFrom: version.effectiveFrom,
    ruleSource: version.source,
    days,
    countedCountries: counted.length,
    allowedDays: allowed,
    groupSize,
    officialDays,
    breaches,
  };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2/3 → 三分之二 (small figures in Chinese, others as n/d). */
function shareText(numerator: number, denominator: number): string {
  return numerator <= 10 && denominator <= 10 ? `${DIGITS[denominator]}分之${DIGITS[numerator]}` : `${numerator}/${denominator}`;
}

/** The limits are coherent: days rise with the number of countries, and one figure per country allowed. */
export function limitsProblems(limits: TripLimits): string[] {
  const problems: string[] = [];
  if (limits.officialShareNumerator > limits.officialShareDenominator) problems.push('officialShareNumerator：公务活动比例不能超过 1');
  if (limits.daysByCountries.length < limits.maxCountries) problems.push(`daysByCountries：须为 1 至 ${limits.maxCountries} 国各给出天数上限`);
  for (let i = 1; i < limits.daysByCountries.length; i++) {
    if (limits.daysByCountries[i] < limits.daysByCountries[i - 1]) problems.push('daysByCountries：国家数越多，天数上限不应越少');
  }
  return problems;
}

/**
 * The end of the 公示: `publicityWorkingDays` working days counted from the day after publication (《民法典》第201条),
 * over the working calendar. The group may leave only after it (RULES.md §2.8: 公示 at least 5 working days before departure).
 */
export function publicityPeriod(calendar: WorkingCalendar, publishedOn: string, limits: TripLimits): DeadlineResult {
  const result = computeDeadline(calendar, { start: publishedOn, amount: limits.publicityWorkingDays, unit: 'working_days' });
  return { ...result, explanation: [`出访前公示不少于 ${limits.publicityWorkingDays} 个工作日（RULES.md §2.8）`, ...result.explanation, '公示期满次日起方可出境'] };
}

/** Whether the 公示 has run its full period before `day` (departure on the day after its end at the earliest). */
export function publicityOver(publicityEndsOn: string | null, day: string): boolean {
  return publicityEndsOn !== null && day > publicityEndsOn;
}

/** The last day the 公示 can be published for the group to leave on `departureDate` (null if none in the 60 days before). */
export function latestPublicationDay(calendar: WorkingCalendar, departureDate: string, limits: TripLimits): string | null {
  const departure = Date.parse(`${departureDate}T00:00:00Z`);
  for (let back = 1; back <= 60; back++) {
    const day = new Date(departure - back * DAY_MS).toISOString().slice(0, 10);
    if (publicityOver(publicityPeriod(calendar, day, limits).dueDate, departureDate)) return day;
  }
  return null;
}

/** The 出访报告 and the public account: due within `reportMonths` month(s) of return (RULES.md §2.8). */
export function reportDeadline(calendar: WorkingCalendar, returnedOn: string, limits: TripLimits): DeadlineResult {
  const result = computeDeadline(calendar, { start: returnedOn, amount: limits.reportMonths, unit: 'months' });
  return { ...result, explanation: [`回国后 ${limits.reportMonths} 个月内公开出访情况并提交出访报告（RULES.md §2.8）`, ...result.explanation] };
}

/** Passports are handed back within `passportReturnDays` days of return (RULES.md §2.8 [P]). */
export function passportDeadline(calendar: WorkingCalendar, returnedOn: string, limits: TripLimits): DeadlineResult {
  const result = computeDeadline(calendar, { start: returnedOn, amount: limits.passportReturnDays, unit: 'calendar_days' });
  return { ...result, explanation: [`回国后 ${limits.passportReturnDays} 日内交回护照`, ...result.explanation] };
}

/** The report is late once its due day has ended, while it is still not filed. */
export function reportOverdue(status: TripStatus, reportDueOn: string | null, today: string): boolean {
  return status === 'returned' && isDeadlineOverdue(reportDueOn, today);
}
