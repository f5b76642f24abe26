import { describe, expect, it } from '@jest/globals';
import { maskPassport, reasonOf } from '@gov/platform';
import { canTake, statusAfter } from './invitations.rules.js';

describe('外国人来华邀请: the steps', () => {
  it.each([
    ['update', 'draft', true],
    ['update', 'submitted', false],
    ['submit', 'draft', true],
    ['decide', 'submitted', true],
    ['decide', 'draft', false],
    ['issue', 'approved', true],
    ['issue', 'submitted', false],
    ['withdraw', 'approved', true],
    ['withdraw', 'issued', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it.each([
    ['submit', 'draft', undefined, 'submitted'],
    ['decide', 'submitted', 'approve', 'approved'],
    ['decide', 'submitted', 'return', 'draft'],
    ['issue', 'approved', undefined, 'issued'],
    ['withdraw', 'submitted', undefined, 'withdrawn'],
    ['update', 'draft', undefined, 'draft'],
  ] as const)('%s from %s (%s) ends in %s', (step, from, decision, to) => {
    expect(statusAfter(step, from, decision)).toBe(to);
  });

  it('reasons and masked passports', () => {
    expect(reasonOf(' 行程取消 ')).toBe('行程取消');
    expect(reasonOf('x')).toBeNull();
    expect(maskPassport('C01234567')).toBe('C******67');
  });
});
