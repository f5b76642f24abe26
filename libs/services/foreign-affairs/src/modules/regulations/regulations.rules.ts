import type { EducationAttendee, EducationSessionStatus, RegulationStatus } from '@gov/contracts-foreign-affairs';

/*
 * 外事制度规则 and 外事教育 are the section's own registers (RULES.md §2.8 names no rule for them); the checks below are
 * local settings of 外事科, except the pre-departure briefing, which stays with the trip (modules/trips, `briefings`).
 */

export type RegulationStep = 'revise' | 'repeal';

/** A repealed document keeps its texts and takes no new one. */
export function canTakeRegulationStep(step: RegulationStep, status: RegulationStatus): boolean {
  return status === 'in_force' && (step === 'revise' || step === 'repeal');
}

export function regulationStatusAfter(step: RegulationStep, status: RegulationStatus): RegulationStatus {
  return step === 'repeal' ? 'repealed' : status;
}

/** A new text cannot take effect before the text it replaces. */
export function revisionDateOk(currentEffectiveOn: string, nextEffectiveOn: string): boolean {
  return nextEffectiveOn >= currentEffectiveOn;
}

/** A document is repealed on or after the day its current text took effect. */
export function repealDateOk(effectiveOn: string, repealedOn: string): boolean {
  return repealedOn >= effectiveOn;
}

export type EducationStep = 'update' | 'withdraw';

export function canTakeEducationStep(step: EducationStep, status: EducationSessionStatus): boolean {
  return (step === 'update' || step === 'withdraw') && status === 'recorded';
}

export interface AttendanceProblem {
  index: number;
  code: 'absenceReasonMissing' | 'duplicate';
  message: string;
}

/** Each absent person needs a reason; nobody is listed twice (same name and unit). Local rule of 外事科. */
export function attendanceProblems(attendees: readonly EducationAttendee[]): AttendanceProblem[] {
  const problems: AttendanceProblem[] = [];
  const seen = new Set<string>();
  attendees.forEach((a, index) => {
    const key = `${a.name.trim()}|${a.unitName.trim()}`;
    if (seen.has(key)) problems.push({ index, code: 'duplicate', message: `attendees[${index}]：${a.name.trim()}（${a.unitName.trim()}）重复登记` });
    seen.add(key);
    if (!a.present && (a.absenceReason?.trim() ?? '').length < 2) problems.push({ index, code: 'absenceReasonMissing', message: `attendees[${index}]：${a.name.trim()} 缺席，须填写缺席理由` });
  });
  return problems;
}

/** The attendees as stored: trimmed, a reason only for the absent. */
export function normalizedAttendees(attendees: readonly EducationAttendee[]): EducationAttendee[] {
  return attendees.map((a) => ({ name: a.name.trim(), unitName: a.unitName.trim(), present: a.present, ...(a.present ? {} : { absenceReason: a.absenceReason?.trim() ?? '' }) }));
}

export function attendanceCounts(attendees: readonly EducationAttendee[]): { presentCount: number; absentCount: number } {
  const presentCount = attendees.filter((a) => a.present).length;
  return { presentCount, absentCount: attendees.length - presentCount };
}
