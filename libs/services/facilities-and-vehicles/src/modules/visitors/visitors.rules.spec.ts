import { describe, expect, it } from '@jest/globals';
import type { VisitorStatus } from '@gov/contracts-facilities-and-vehicles';
import { maskIdNumber, reasonOf } from '@gov/platform';
import { canTake, idNumberProblem, statusAfter, type VisitorStep } from './visitors.rules.js';

describe('来访登记: the steps', () => {
  it.each<[VisitorStep, VisitorStatus, boolean]>([
    ['leave', 'in', true],
    ['void', 'in', true],
    ['leave', 'left', false],
    ['void', 'left', false],
    ['leave', 'voided', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => expect(canTake(step, from)).toBe(allowed));

  it('leaving ends in left, voiding in voided; voiding needs a reason', () => {
    expect(statusAfter('leave')).toBe('left');
    expect(statusAfter('void')).toBe('voided');
    expect(reasonOf(' 重复登记 ')).toBe('重复登记');
    expect(reasonOf('')).toBeNull();
  });
});

describe('公民身份号码 (GB 11643-1999): the check character of ISO 7064 MOD 11-2', () => {
  it.each<[string, RegExp | null]>([
    ['11010519491231002X', null],
    ['110105194912310021', /校验码不符/],
    ['370304198801010019', /校验码不符/],
    ['370304198802300011', /出生日期 1988-02-30 不存在/],
    ['37030419880101001', /18 位/],
    ['37030419880101001x', /18 位/],
  ])('%s', (id, problem) => {
    const found = idNumberProblem(id);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it('a 身份证号 is masked to its region code and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
