import { describe, expect, it } from '@jest/globals';
import { canTake, checkAttendance, statusAfter } from './trainings.rules.js';
import { reasonOf } from '@gov/platform';

const U = '00000000-0000-4000-8000-000000000001';

// Issue 16 §6: training sessions are recorded with their attendance (absences with reasons).
describe('培训: the rules', () => {
  it.each([
    ['update', 'recorded', true],
    ['withdraw', 'recorded', true],
    ['update', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, expected) => {
    expect(canTake(step, status)).toBe(expected);
  });

  it('a withdrawal ends in withdrawn; a change keeps the state', () => {
    expect(statusAfter('withdraw', 'recorded')).toBe('withdrawn');
    expect(statusAfter('update', 'recorded')).toBe('recorded');
  });

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  不再需要  ')).toBe('不再需要');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });

  it.each([
    [[{ unitId: U, name: ' 张三 ', attended: true, absenceReason: '多余' }], { ok: true, attendees: [{ unitId: U, name: '张三', attended: true, absenceReason: null }] }],
    [[{ name: '李四', attended: false, absenceReason: ' 出差 ' }], { ok: true, attendees: [{ unitId: null, name: '李四', attended: false, absenceReason: '出差' }] }],
    [[{ name: '李四', attended: false }], { ok: false, refusal: 'absence_reason', name: '李四' }],
    [[{ name: '李四', attended: false, absenceReason: '病' }], { ok: false, refusal: 'absence_reason', name: '李四' }],
    [
      [
        { unitId: U, name: '王五', attended: true },
        { unitId: U, name: '王五 ', attended: false, absenceReason: '请假' },
      ],
      { ok: false, refusal: 'duplicate', name: '王五' },
    ],
  ])('attendance %#', (attendees, expected) => {
    expect(checkAttendance(attendees)).toEqual(expected);
  });
});
