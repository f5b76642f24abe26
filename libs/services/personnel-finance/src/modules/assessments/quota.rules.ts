/**
 * 公务员年度考核: grades 优秀/称职/基本称职/不称职; 优秀 at most 20 % of those assessed, up to 25 % only with a recorded
 * approval; probationers (新录用试用期内) are not graded (RULES.md §2.10, 《公务员考核规定》（2020年）).
 */
export const ASSESSMENT_SOURCE = '《公务员考核规定》（2020年，中组部、人社部）';

/** The quota as configured, versioned; an assessment keeps the version it was decided under. */
export interface QuotaVersion {
  version: string;
  effectiveFrom: string;
  /** 优秀 share without approval, in percent. */
  normalPercent: number;
  /** 优秀 share with a recorded approval, in percent. */
  raisedPercent: number;
  source: string;
}

export const QUOTA_VERSIONS: readonly QuotaVersion[] = [
  {
    version: 'KH-2020',
    effectiveFrom: '2020-12-01',
    normalPercent: 20,
    raisedPercent: 25,
    source: `${ASSESSMENT_SOURCE}：优秀等次人数一般掌握在参加年度考核人数的 20% 以内，经批准可适当提高，最多不超过 25%；新录用公务员试用期内只写评语，不定等次`,
  },
];

export function quotaOn(date: string, table: readonly QuotaVersion[] = QUOTA_VERSIONS): QuotaVersion | null {
  return [...table].filter((q) => q.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/** How many 优秀 grades are allowed among `assessed` people (probationers not counted): rounded down. */
export function excellentQuota(assessed: number, quota: QuotaVersion, raised: boolean): number {
  return Math.floor((assessed * (raised ? quota.raisedPercent : quota.normalPercent)) / 100);
}

export const GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type Grade = (typeof GRADES)[number];

export type GradeRefusal = { code: 'probationer' | 'quota'; message: string } | null;

/**
 * Whether one more grade may be given: a probationer gets none; an 优秀 beyond the quota is refused, citing the rule.
 * `excellentOthers` is how many 优秀 the others (everyone but this person) already hold.
 */
export function checkGrade(input: { grade: Grade; probationer: boolean; assessed: number; excellentOthers: number; raised: boolean; quota: QuotaVersion }): GradeRefusal {
  if (input.probationer) return { code: 'probationer', message: `试用期内的新录用人员参加年度考核只写评语，不确定等次（${ASSESSMENT_SOURCE}）` };
  if (input.grade !== 'excellent') return null;
  const allowed = excellentQuota(input.assessed, input.quota, input.raised);
  if (input.excellentOthers + 1 > allowed) {
    const share = input.raised ? input.quota.raisedPercent : input.quota.normalPercent;
    return {
      code: 'quota',
      message:
        `优秀等次已达上限：参加考核 ${input.assessed} 人，优秀不超过 ${share}%，即 ${allowed} 人` +
        (input.raised ? '' : `；经批准最多可提高到 ${input.quota.raisedPercent}%（须登记批准文件）`) +
        `（${ASSESSMENT_SOURCE}，配置版本 ${input.quota.version}）`,
    };
  }
  return null;
}
