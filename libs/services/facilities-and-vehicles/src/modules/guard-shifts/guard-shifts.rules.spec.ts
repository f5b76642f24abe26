import { describe, expect, it } from '@jest/globals';
import type { GuardShiftStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, normalName, statusAfter, type GuardShiftStep } from './guard-shifts.rules.js';
import { reasonOf } from '@gov/platform';

describe('门卫排班: the steps', () => {
  it.each<[GuardShiftStep, GuardShiftStatus, boolean]>([
    ['update', 'scheduled', true],
    ['cancel', 'scheduled', true],
    ['update', 'cancelled', false],
    ['cancel', 'cancelled', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => expect(canTake(step, from)).toBe(allowed));

  it('a cancellation ends in cancelled, a change keeps the state; a cancellation needs a reason', () => {
    expect(statusAfter('cancel', 'scheduled')).toBe('cancelled');
    expect(statusAfter('update', 'scheduled')).toBe('scheduled');
    expect(reasonOf(' 人员病假 ')).toBe('人员病假');
    expect(reasonOf('假')).toBeNull();
  });

  it.each([
    [' 刘建国 ', '刘建国'],
    ['刘 建国', '刘建国'],
    ['刘建国', '刘建国'],
  ])('the guard %s is %s', (given, name) => expect(normalName(given)).toBe(name));
});
