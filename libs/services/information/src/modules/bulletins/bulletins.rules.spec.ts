import { describe, expect, it } from '@jest/globals';
import type { BulletinKind, BulletinStatus } from '@gov/contracts-information';
import { canTake, labelOf, nextNumber, statusAfter, yearOf, type BulletinStep } from './bulletins.rules.js';
import { reasonOf } from '@gov/platform';

describe('《博山政务信息》: the states (审核 → 签发; immutable once released)', () => {
  it.each<[BulletinStep, BulletinStatus, boolean, BulletinStatus]>([
    ['update', 'draft', true, 'draft'],
    ['submit', 'draft', true, 'reviewing'],
    ['review', 'reviewing', true, 'approved'],
    ['send-back', 'reviewing', true, 'draft'],
    ['send-back', 'approved', true, 'draft'],
    ['sign', 'approved', true, 'released'],
    ['withdraw', 'draft', true, 'withdrawn'],
    ['sign', 'reviewing', false, 'reviewing'],
    ['sign', 'draft', false, 'draft'],
    ['update', 'reviewing', false, 'reviewing'],
    ['update', 'released', false, 'released'],
    ['withdraw', 'released', false, 'released'],
    ['send-back', 'released', false, 'released'],
    ['review', 'released', false, 'released'],
  ])('%s from %s: allowed %s', (step, status, allowed, after) => {
    expect(canTake(step, status)).toBe(allowed);
    if (allowed) expect(statusAfter(step, status)).toBe(after);
  });

  it.each<[number[], number]>([
    [[], 1],
    [[1, 2, 3], 4],
    [[2, 1], 3],
  ])('after %p the next 期号 is %d (gap-free)', (taken, next) => expect(nextNumber(taken)).toBe(next));

  it.each<[BulletinKind, number | null, number | null, string | null]>([
    ['regular', 2026, 12, '2026年第12期'],
    ['special', 2026, 1, '2026年专刊第1期'],
    ['supplement', 2027, 2, '2027年增刊第2期'],
    ['regular', null, null, null],
  ])('%s %p/%p is labelled %p', (kind, year, number, label) => expect(labelOf(kind, year, number)).toBe(label));

  it('numbers in the year of 签发; a reason needs two characters', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
    expect(reasonOf(' 需补充 ')).toBe('需补充');
    expect(reasonOf('否')).toBeNull();
  });
});
