/**
 * 差旅费 and 会议费 standards as versioned configuration (like the approval thresholds): each version has its effective
 * date and its sources; a claim keeps the version it was checked under. Pure functions, integer 分 only.
 */
import {
  MEETING_CATEGORY_LABELS,
  TRAVEL_RANK_CLASS_LABELS,
  type ClaimMeeting,
  type ClaimStandardCheckView,
  type ClaimTrip,
  type ExpenseKind,
  type MeetingCategory,
  type TravelRankClass,
} from '@gov/contracts-personnel-finance';

/** One destination of the lodging table: its caps per night (分) by rank class. */
export interface LodgingCap {
  code: string;
  name: string;
  capFen: Record<TravelRankClass, number>;
}

export interface ClaimStandards {
  version: string;
  effectiveFrom: string;
  travel: {
    lodging: readonly LodgingCap[];
    /** 伙食补助费 per person per day (分). */
    mealPerDayFen: number;
    /** 市内交通费 per person per day (分). */
    transportPerDayFen: number;
    source: string;
    lodgingSource: string;
  };
  meeting: {
    /** 综合定额 per person per day (分) and the longest 会期 (days) by category. */
    categories: Record<MeetingCategory, { perPersonDayFen: number; maxDays: number }>;
    source: string;
  };
}

const yuan = (y: number): number => y * 100;
const caps = (provincial: number, bureau: number, other: number): Record<TravelRankClass, number> => ({ provincial: yuan(provincial), bureau: yuan(bureau), other: yuan(other) });

export const CLAIM_STANDARDS: readonly ClaimStandards[] = [
  {
    version: 'CLBZ-2025-01',
    effectiveFrom: '2025-01-01',
    travel: {
      lodging: [
        { code: 'zibo', name: '淄博市', capFen: caps(800, 480, 380) },
        { code: 'jinan', name: '济南市', capFen: caps(800, 480, 380) },
        { code: 'qingdao', name: '青岛市', capFen: caps(800, 490, 380) },
        { code: 'shandong_other', name: '山东省内其他市', capFen: caps(800, 480, 380) },
        { code: 'beijing', name: '北京市', capFen: caps(1100, 650, 500) },
        { code: 'shanghai', name: '上海市', capFen: caps(1100, 600, 500) },
        { code: 'other', name: '省外其他地区', capFen: caps(800, 480, 350) },
      ],
      mealPerDayFen: yuan(100),
      transportPerDayFen: yuan(80),
      source: '《中央和国家机关差旅费管理办法》（财行〔2013〕531号）伙食补助费 100 元/人/天、市内交通费 80 元/人/天，山东省（鲁财行）同口径执行',
      lodgingSource: '住宿费限额按财行〔2016〕71号分地区标准表设置（本地配置，待财务科按山东省现行标准确认）',
    },
    meeting: {
      categories: {
        first: { perPersonDayFen: yuan(760), maxDays: 5 },
        second: { perPersonDayFen: yuan(650), maxDays: 2 },
        third: { perPersonDayFen: yuan(550), maxDays: 2 },
        fourth: { perPersonDayFen: yuan(550), maxDays: 2 },
      },
      source: '《中央和国家机关会议费管理办法》（财行〔2016〕214号）综合定额与会期（本地配置，待财务科按山东省、淄博市现行标准确认）',
    },
  },
];

export function standardsOn(date: string, table: readonly ClaimStandards[] = CLAIM_STANDARDS): ClaimStandards | null {
  return [...table].filter((t) => t.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

export function standardsByVersion(version: string, table: readonly ClaimStandards[] = CLAIM_STANDARDS): ClaimStandards | null {
  return table.find((t) => t.version === version) ?? null;
}

/** Days of a trip, departure and return days included (calendar dates, UTC arithmetic). */
export function tripDays(departOn: string, returnOn: string): number {
  return Math.round((Date.parse(`${returnOn}T00:00:00Z`) - Date.parse(`${departOn}T00:00:00Z`)) / 86_400_000) + 1;
}

const fen = (f: number): string => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')} 元`;

/** A problem with the data (missing, inconsistent), not with the amount. */
export interface DataProblem {
  field: string;
  message: string;
}

export interface StandardsOutcome {
  checks: ClaimStandardCheckView[];
  problems: DataProblem[];
}

/**
 * Checks a claim's trips (差旅费) or meeting (会议费) against the standards: each trip's lodging ≤ cap × nights, meals ≤
 * 100 元 × days, transport ≤ 80 元 × days; a meeting's days ≤ the category's 会期 and the claim's total ≤ 综合定额 ×
 * attendees × days. `problems` lists inconsistent data; `checks` each rule with its cap (those over the cap have
 * `withinStandard: false`). Other kinds are not checked here.
 */
export function checkStandards(
  claim: { expenseKind: ExpenseKind; totalFen: number; trips: readonly ClaimTrip[]; meeting: ClaimMeeting | null },
  standards: ClaimStandards,
): StandardsOutcome {
  const checks: ClaimStandardCheckView[] = [];
  const problems: DataProblem[] = [];
  if (claim.expenseKind === 'travel') {
    claim.trips.forEach((trip, i) => {
      const n = i + 1;
      const days = tripDays(trip.departOn, trip.returnOn);
      if (days < 1) {
        problems.push({ field: `trips.${i}.returnOn`, message: `trips.returnOn：第 ${n} 条行程的返回日期早于出发日期` });
        return;
      }
      if (trip.nights > days - 1) problems.push({ field: `trips.${i}.nights`, message: `trips.nights：第 ${n} 条行程 ${days} 天最多住宿 ${days - 1} 夜` });
      const place = standards.travel.lodging.find((l) => l.code === trip.destination);
      if (!place) {
        problems.push({ field: `trips.${i}.destination`, message: `trips.destination：第 ${n} 条行程的出差地「${trip.destination}」不在住宿费标准表中` });
        return;
      }
      const who = `${trip.travellerName}（${TRAVEL_RANK_CLASS_LABELS[trip.rankClass]}）`;
      const nightly = place.capFen[trip.rankClass];
      checks.push({
        rule: `${who}赴${place.name}住宿费：${fen(nightly)}/夜 × ${trip.nights} 夜（${standards.travel.lodgingSource}）`,
        unit: 'fen',
        capFen: nightly * trip.nights,
        claimedFen: trip.lodgingFen,
        withinStandard: trip.lodgingFen <= nightly * trip.nights,
      });
      checks.push({
        rule: `${who}伙食补助费：${fen(standards.travel.mealPerDayFen)}/天 × ${days} 天（${standards.travel.source}）`,
        unit: 'fen',
        capFen: standards.travel.mealPerDayFen * days,
        claimedFen: trip.mealFen,
        withinStandard: trip.mealFen <= standards.travel.mealPerDayFen * days,
      });
      checks.push({
        rule: `${who}市内交通费：${fen(standards.travel.transportPerDayFen)}/天 × ${days} 天（${standards.travel.source}）`,
        unit: 'fen',
        capFen: standards.travel.transportPerDayFen * days,
        claimedFen: trip.transportFen,
        withinStandard: trip.transportFen <= standards.travel.transportPerDayFen * days,
      });
    });
    const tripTotal = claim.trips.reduce((acc, t) => acc + t.lodgingFen + t.mealFen + t.transportFen, 0);
    if (tripTotal > claim.totalFen) problems.push({ field: 'trips', message: `trips：行程中的住宿费和补助合计 ${fen(tripTotal)} 超过报销合计 ${fen(claim.totalFen)}` });
  }
  if (claim.expenseKind === 'meeting' && claim.meeting) {
    const { category, days, attendees } = claim.meeting;
    const rate = standards.meeting.categories[category];
    const label = MEETING_CATEGORY_LABELS[category];
    checks.push({ rule: `${label}会期不超过 ${rate.maxDays} 天（${standards.meeting.source}）`, unit: 'days', capFen: rate.maxDays, claimedFen: days, withinStandard: days <= rate.maxDays });
    const cap = rate.perPersonDayFen * attendees * days;
    checks.push({
      rule: `${label}综合定额：${fen(rate.perPersonDayFen)}/人/天 × ${attendees} 人 × ${days} 天（${standards.meeting.source}）`,
      unit: 'fen',
      capFen: cap,
      claimedFen: claim.totalFen,
      withinStandard: claim.totalFen <= cap,
    });
  }
  return { checks, problems };
}

/** What submit requires: a travel claim its trips, a meeting claim its meeting. */
export function missingStandardData(claim: { expenseKind: ExpenseKind; trips: readonly ClaimTrip[]; meeting: ClaimMeeting | null }): DataProblem | null {
  if (claim.expenseKind === 'travel' && claim.trips.length === 0) return { field: 'trips', message: 'trips：差旅费报销须填写出差行程（出差人、职级、出差地、日期、住宿夜数与金额）' };
  if (claim.expenseKind === 'meeting' && !claim.meeting) return { field: 'meeting', message: 'meeting：会议费报销须填写会议类别、会期和参会人数' };
  return null;
}

/** The first check over its cap, as the Chinese message of the refusal; null when all are within. */
export function overStandardMessage(checks: readonly ClaimStandardCheckView[]): string | null {
  const over = checks.find((c) => !c.withinStandard);
  if (!over) return null;
  return over.unit === 'days' ? `超出开支标准：${over.rule}，申报会期 ${over.claimedFen} 天` : `超出开支标准：${over.rule}，限额 ${fen(over.capFen)}，申报 ${fen(over.claimedFen)}，超标准部分不予报销`;
}
