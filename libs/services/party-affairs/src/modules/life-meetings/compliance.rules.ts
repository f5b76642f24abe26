import type { ComplianceLight, ComplianceLine, CompliancePeriod, LifeMeetingKind } from '@gov/contracts-party-affairs';
import { LIFE_MEETING_KIND_LABELS } from '@gov/contracts-party-affairs';
import { addMonths } from '../../common/dates.js';

export type Frequency = 'month' | 'quarter' | 'year';

/**
 * The frequency configuration of 组织生活, versioned with its effective date and source: the compliance view uses the
 * version in force on the day judged and shows it. A local rule (e.g. 党课 quarterly) is a new version, not an edit.
 */
export interface FrequencyConfig {
  version: string;
  effectiveFrom: string;
  source: string;
  frequencies: Partial<Record<LifeMeetingKind, Frequency>>;
}

export const FREQUENCY_CONFIGS: readonly FrequencyConfig[] = [
  {
    version: '2018-支部工作条例',
    effectiveFrom: '2018-10-28',
    source:
      '《中国共产党支部工作条例（试行）》（2018 年 10 月 28 日印发）关于“三会一课”的规定：党员大会一般每季度召开 1 次，支部委员会一般每月召开 1 次，党小组会一般每月召开 1 次，党课每年至少 1 次；每月相对固定 1 天开展主题党日；组织生活会一般每年召开 1 次；每年开展民主评议党员；谈心谈话每年至少 1 次（RULES.md §2.11）',
    frequencies: { party_congress: 'quarter', committee: 'month', group: 'month', theme_day: 'month', lecture: 'year', life_meeting: 'year', appraisal: 'year', heart_talk: 'year' },
  },
];

/** The configuration in force on `day` (the latest version effective on or before it). */
export function configOn(day: string, configs: readonly FrequencyConfig[] = FREQUENCY_CONFIGS): FrequencyConfig {
  const found = [...configs].filter((c) => c.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return found ?? configs[0];
}

const REQUIREMENT: Record<Frequency, string> = { month: '每月至少 1 次', quarter: '每季度至少 1 次', year: '每年至少 1 次' };

/** The periods of `year` for a frequency: label, first day and last day. */
export function periodsOf(year: number, frequency: Frequency): { period: string; from: string; dueOn: string }[] {
  const start = `${year}-01-01`;
  const step = frequency === 'month' ? 1 : frequency === 'quarter' ? 3 : 12;
  const periods = [];
  for (let m = 0; m < 12; m += step) {
    const from = addMonths(start, m);
    const last = addMonths(from, step);
    const dueOn = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const label = frequency === 'month' ? from.slice(0, 7) : frequency === 'quarter' ? `${year}-Q${m / 3 + 1}` : String(year);
    periods.push({ period: label, from, dueOn });
  }
  return periods;
}

/**
 * One line of the compliance view: each period green when held, red when it ended without one, yellow while it runs
 * without one yet, grey before it starts. Periods that ended before `since` (the branch's current term began) are left out.
 */
export function complianceLine(kind: LifeMeetingKind, frequency: Frequency, source: string, year: number, heldOn: readonly string[], today: string, since: string): ComplianceLine {
  const periods: CompliancePeriod[] = periodsOf(year, frequency)
    .filter((p) => p.dueOn >= since)
    .map((p) => {
      const held = heldOn.filter((d) => d >= p.from && d <= p.dueOn).length;
      const light: ComplianceLight = held > 0 ? 'green' : p.dueOn < today ? 'red' : p.from <= today ? 'yellow' : 'grey';
      return { ...p, held, light };
    });
  return { kind, label: LIFE_MEETING_KIND_LABELS[kind], requirement: REQUIREMENT[frequency], source, periods, light: worst(periods.map((p) => p.light)) };
}

const ORDER: ComplianceLight[] = ['red', 'yellow', 'green', 'grey'];

/** The worst light of several: red over yellow over green; grey only when all are grey (or none). */
export function worst(lights: readonly ComplianceLight[]): ComplianceLight {
  for (const light of ORDER) if (lights.includes(light)) return light;
  return 'grey';
}

/** The compliance lines of one branch for `year`, under the configuration in force `today`. */
export function branchCompliance(meetings: readonly { kind: LifeMeetingKind; heldOn: string }[], year: number, today: string, since: string, config: FrequencyConfig = configOn(today)): ComplianceLine[] {
  return (Object.entries(config.frequencies) as [LifeMeetingKind, Frequency][]).map(([kind, frequency]) =>
    complianceLine(
      kind,
      frequency,
      config.source,
      year,
      meetings.filter((m) => m.kind === kind).map((m) => m.heldOn),
      today,
      since,
    ),
  );
}

/** One meeting a branch owes: the period it belongs to and its last day. */
export interface DueItem {
  kind: LifeMeetingKind;
  frequency: Frequency;
  period: string;
  from: string;
  dueOn: string;
}

/**
 * What a branch owes today, for the 待办 list: for each kind, each period of this year and the last that has begun,
 * ended no earlier than `since` (the term's start) nor more than a year ago, with no meeting of the kind held in it or
 * after it (a later meeting makes up for a missed one). The period under way is due at its last day; a missed one is
 * overdue (red).
 */
export function dueItems(meetings: readonly { kind: LifeMeetingKind; heldOn: string }[], today: string, since: string, config: FrequencyConfig = configOn(today)): DueItem[] {
  const year = Number(today.slice(0, 4));
  const yearAgo = addMonths(today, -12);
  const items: DueItem[] = [];
  for (const [kind, frequency] of Object.entries(config.frequencies) as [LifeMeetingKind, Frequency][]) {
    const held = meetings.filter((m) => m.kind === kind).map((m) => m.heldOn);
    for (const p of [...periodsOf(year - 1, frequency), ...periodsOf(year, frequency)]) {
      if (p.from > today || p.dueOn < since || p.dueOn < yearAgo) continue;
      if (held.some((d) => d >= p.from)) continue;
      items.push({ kind, frequency, ...p });
    }
  }
  return items;
}
