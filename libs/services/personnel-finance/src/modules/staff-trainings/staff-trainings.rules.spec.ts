import { describe, expect, it } from '@jest/globals';
import type { TrainingAttendee, TrainingKind } from '@gov/contracts-personnel-finance';
import { attendanceRefusal, hoursPerPerson, inPlanYear, standardFor } from './staff-trainings.rules.js';

const A = { id: 'a', name: '甲', sectionCode: 'renshi' };
const B = { id: 'b', name: '乙', sectionCode: 'renshi' };
const C = { id: 'c', name: '丙', sectionCode: 'caiwu' };
const came = (p: { id: string; name: string; sectionCode: string }): TrainingAttendee => ({ staffMemberId: p.id, name: p.name, sectionCode: p.sectionCode, attended: true, absenceReason: null });
const missed = (p: { id: string; name: string; sectionCode: string }): TrainingAttendee => ({ ...came(p), attended: false, absenceReason: '出差' });
const session = (kind: TrainingKind, hours: number, days: number, attendees: TrainingAttendee[]) => ({ kind, hours, days, attendees });

describe('the yearly standard (《公务员培训规定》: 在职培训 ≥ 12 天 or 90 学时)', () => {
  const standard = standardFor(2026);

  it('is the configured version with its source', () => {
    expect(standard).toMatchObject({ version: 'PX-2019', days: 12, hours: 90, kinds: ['in_service'] });
    expect(standard.source).toContain('《公务员培训规定》');
  });

  it.each([
    ['89 学时 and 11 days: below', [session('in_service', 89, 11, [came(A)])], false, 1],
    ['90 学时: meets', [session('in_service', 60, 0, [came(A)]), session('in_service', 30, 0, [came(A)])], true, 0],
    ['12 days though 40 学时: meets', [session('in_service', 40, 12, [came(A)])], true, 0],
    ['an absence does not count', [session('in_service', 90, 12, [missed(A)])], false, 90],
    ['初任 hours are shown but not counted', [session('initial', 120, 15, [came(A)]), session('in_service', 10, 1, [came(A)])], false, 80],
  ])('%s', (_label, sessions, meets, shortfall) => {
    const [row] = hoursPerPerson([A], sessions, standard);
    expect({ meets: row.meetsStandard, shortfall: row.shortfallHours }).toEqual({ meets, shortfall });
  });

  it('lists everyone on the staff (zeros included), adds a past attendee no longer listed, keeps the hours by kind', () => {
    const rows = hoursPerPerson([A, B], [session('specialized', 16, 2, [came(A), came(C)]), session('in_service', 8, 1, [came(A), missed(B)])], standard);
    expect(rows.map((r) => r.staffMemberId)).toEqual(['c', 'a', 'b']);
    const a = rows.find((r) => r.staffMemberId === 'a')!;
    expect(a).toMatchObject({ totalHours: 24, countedHours: 8, countedDays: 1, hoursByKind: { initial: 0, appointment: 0, specialized: 16, in_service: 8 }, meetsStandard: false, shortfallHours: 82 });
    expect(rows.find((r) => r.staffMemberId === 'b')).toMatchObject({ totalHours: 0, absences: 1, shortfallHours: 90 });
  });
});

describe('attendance', () => {
  it('refuses a person twice and an absence without a reason; accepts absences with one', () => {
    expect(attendanceRefusal([{ staffMemberId: 'a', attended: true }, { staffMemberId: 'a', attended: true }])).toEqual({ kind: 'duplicate', index: 1 });
    expect(attendanceRefusal([{ staffMemberId: 'a', attended: true }, { staffMemberId: 'b', attended: false, absenceReason: '  ' }])).toEqual({ kind: 'absenceReason', index: 1 });
    expect(attendanceRefusal([{ staffMemberId: 'a', attended: false, absenceReason: '病假' }])).toBeNull();
  });

  it('a session falls in its plan year', () => {
    expect(inPlanYear('2026-12-31', 2026)).toBe(true);
    expect(inPlanYear('2027-01-01', 2026)).toBe(false);
  });
});
