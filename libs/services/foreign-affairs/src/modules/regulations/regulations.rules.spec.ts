import { describe, expect, it } from '@jest/globals';
import type { EducationAttendee, RegulationStatus } from '@gov/contracts-foreign-affairs';
import {
  attendanceCounts,
  attendanceProblems,
  canTakeEducationStep,
  canTakeRegulationStep,
  normalizedAttendees,
  regulationStatusAfter,
  repealDateOk,
  revisionDateOk,
  type RegulationStep,
} from './regulations.rules.js';
import { reasonOf } from '@gov/platform';

describe('外事制度规则: the steps (local setting of 外事科)', () => {
  it.each([
    ['revise', 'in_force', true, 'in_force'],
    ['repeal', 'in_force', true, 'repealed'],
    ['revise', 'repealed', false, 'repealed'],
    ['repeal', 'repealed', false, 'repealed'],
  ] as [RegulationStep, RegulationStatus, boolean, RegulationStatus][])('%s from %s: allowed %s, then %s', (step, from, allowed, after) => {
    expect(canTakeRegulationStep(step, from)).toBe(allowed);
    if (allowed) expect(regulationStatusAfter(step, from)).toBe(after);
  });

  it.each([
    ['2024-01-01', '2025-01-01', true],
    ['2024-01-01', '2024-01-01', true],
    ['2024-01-01', '2023-12-31', false],
  ] as const)('text in force from %s, next from %s: %s', (current, next, ok) => {
    expect(revisionDateOk(current, next)).toBe(ok);
  });

  it.each([
    ['2024-01-01', '2024-01-01', true],
    ['2024-01-01', '2026-06-30', true],
    ['2024-01-01', '2023-06-30', false],
  ] as const)('in force from %s, repealed %s: %s', (effectiveOn, repealedOn, ok) => {
    expect(repealDateOk(effectiveOn, repealedOn)).toBe(ok);
  });

  it.each([
    ['  新规定已替代  ', '新规定已替代'],
    ['废', null],
    [undefined, null],
  ] as const)('the reason %p is %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});

describe('外事教育: attendance (local rule of 外事科)', () => {
  const present = (name: string, unitName = '区发改局'): EducationAttendee => ({ name, unitName, present: true });
  const absent = (name: string, absenceReason?: string, unitName = '区发改局'): EducationAttendee => ({ name, unitName, present: false, ...(absenceReason === undefined ? {} : { absenceReason }) });

  it.each([
    ['all present', [present('张三'), present('李四')], []],
    ['absent with a reason', [present('张三'), absent('李四', '因公出差')], []],
    ['absent without a reason', [absent('李四')], ['absenceReasonMissing']],
    ['absent with a blank reason', [absent('李四', '  ')], ['absenceReasonMissing']],
    ['the same person twice', [present('张三'), present(' 张三 ')], ['duplicate']],
    ['same name, other unit', [present('张三'), present('张三', '区教育局')], []],
  ] as [string, EducationAttendee[], string[]][])('%s', (_name, attendees, codes) => {
    expect(attendanceProblems(attendees).map((p) => p.code)).toEqual(codes);
  });

  it('counts the present and the absent, and keeps a reason only for the absent', () => {
    const list = normalizedAttendees([{ name: ' 张三 ', unitName: '区发改局', present: true, absenceReason: '无关' }, absent('李四', ' 病假 ')]);
    expect(list).toEqual([
      { name: '张三', unitName: '区发改局', present: true },
      { name: '李四', unitName: '区发改局', present: false, absenceReason: '病假' },
    ]);
    expect(attendanceCounts(list)).toEqual({ presentCount: 1, absentCount: 1 });
  });

  it.each([
    ['update', 'recorded', true],
    ['withdraw', 'recorded', true],
    ['update', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTakeEducationStep(step, status)).toBe(allowed);
  });
});
