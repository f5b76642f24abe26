import { TRAINING_KINDS, type TrainingAttendee, type TrainingAttendeeInput, type TrainingHoursRow, type TrainingKind, type TrainingStandard } from '@gov/contracts-personnel-finance';

/**
 * The yearly training standard for civil servants, as versioned configuration: 在职培训 at least 12 days or 90 学时 a
 * year (either suffices). Source: 《公务员培训规定》(中共中央组织部、人力资源社会保障部); the article number and whether
 * 专门业务培训 also counts are to be confirmed with 人事科 [U] — a new version is added, never edited.
 */
export const TRAINING_STANDARDS: readonly (TrainingStandard & { effectiveFrom: number })[] = [
  { version: 'PX-2019', effectiveFrom: 2019, days: 12, hours: 90, kinds: ['in_service'], source: '《公务员培训规定》：公务员每年参加在职培训的时间累计一般不少于 12 天或者 90 学时' },
];

/** The standard in force in a year (the latest version effective by then; the first one before any). */
export function standardFor(year: number): TrainingStandard {
  const found = [...TRAINING_STANDARDS].reverse().find((s) => s.effectiveFrom <= year) ?? TRAINING_STANDARDS[0];
  return { version: found.version, days: found.days, hours: found.hours, kinds: [...found.kinds], source: found.source };
}

/** Why the attendance list is refused (a staff member twice, an absence without a reason), or null. */
export function attendanceRefusal(attendees: readonly TrainingAttendeeInput[]): { kind: 'duplicate' | 'absenceReason'; index: number } | null {
  const seen = new Set<string>();
  for (const [index, a] of attendees.entries()) {
    if (seen.has(a.staffMemberId)) return { kind: 'duplicate', index };
    seen.add(a.staffMemberId);
    if (!a.attended && !a.absenceReason?.trim()) return { kind: 'absenceReason', index };
  }
  return null;
}

/** A session's date must fall in its plan's year. */
export function inPlanYear(heldOn: string, year: number): boolean {
  return heldOn.slice(0, 4) === String(year);
}

export interface Person {
  id: string;
  name: string;
  sectionCode: string;
}

/**
 * Hours per person in a year: every listed person (with zeros), and anyone who attended a session that year though no
 * longer listed; only attended sessions count. A person meets the standard when the counted days or the counted hours
 * reach it.
 */
export function hoursPerPerson(people: readonly Person[], sessions: readonly { kind: TrainingKind; hours: number; days: number; attendees: readonly TrainingAttendee[] }[], standard: TrainingStandard): TrainingHoursRow[] {
  const rows = new Map<string, TrainingHoursRow>();
  const rowOf = (p: Person) => {
    let row = rows.get(p.id);
    if (!row) {
      row = {
        staffMemberId: p.id,
        name: p.name,
        sectionCode: p.sectionCode,
        hoursByKind: Object.fromEntries(TRAINING_KINDS.map((k) => [k, 0])) as Record<TrainingKind, number>,
        totalHours: 0,
        countedHours: 0,
        countedDays: 0,
        meetsStandard: false,
        shortfallHours: 0,
        absences: 0,
      };
      rows.set(p.id, row);
    }
    return row;
  };
  for (const p of people) rowOf(p);
  for (const s of sessions) {
    for (const a of s.attendees) {
      const row = rowOf({ id: a.staffMemberId, name: a.name, sectionCode: a.sectionCode });
      if (!a.attended) {
        row.absences += 1;
        continue;
      }
      row.hoursByKind[s.kind] += s.hours;
      row.totalHours += s.hours;
      if (standard.kinds.includes(s.kind)) {
        row.countedHours += s.hours;
        row.countedDays += s.days;
      }
    }
  }
  return [...rows.values()]
    .map((row) => {
      const meetsStandard = row.countedDays >= standard.days || row.countedHours >= standard.hours;
      return { ...row, meetsStandard, shortfallHours: meetsStandard ? 0 : standard.hours - row.countedHours };
    })
    .sort((a, b) => a.sectionCode.localeCompare(b.sectionCode) || a.name.localeCompare(b.name, 'zh-CN') || a.staffMemberId.localeCompare(b.staffMemberId));
}
