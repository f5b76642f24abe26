import { describe, expect, it } from '@jest/globals';
import type { SecurityIncidentStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, escalationSummary, isInFuture, statusAfter, type SecurityIncidentStep } from './security-incidents.rules.js';
import { reasonOf } from '@gov/platform';

describe('安全事件: the steps', () => {
  it.each<[SecurityIncidentStep, SecurityIncidentStatus, boolean]>([
    ['update', 'open', true],
    ['update', 'closed', false],
    ['update', 'withdrawn', false],
    ['close', 'open', true],
    ['close', 'closed', false],
    ['close', 'withdrawn', false],
    ['escalate', 'open', true],
    ['escalate', 'closed', true],
    ['escalate', 'withdrawn', false],
    ['withdraw', 'open', true],
    ['withdraw', 'closed', false],
    ['withdraw', 'withdrawn', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => expect(canTake(step, from)).toBe(allowed));

  it.each<[SecurityIncidentStep, SecurityIncidentStatus, SecurityIncidentStatus]>([
    ['close', 'open', 'closed'],
    ['withdraw', 'open', 'withdrawn'],
    ['update', 'open', 'open'],
    ['escalate', 'open', 'open'],
    ['escalate', 'closed', 'closed'],
  ])('%s from %s ends in %s', (step, from, to) => expect(statusAfter(step, from)).toBe(to));

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  误登记  ')).toBe('误登记');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });

  it('a time more than five minutes ahead of the clock is refused', () => {
    const now = new Date('2026-12-05T02:00:00Z');
    expect(isInFuture(new Date('2026-12-05T02:04:59Z'), now)).toBe(false);
    expect(isInFuture(new Date('2026-12-05T02:05:01Z'), now)).toBe(true);
    expect(isInFuture(new Date('2026-12-04T23:00:00Z'), now)).toBe(false);
  });
});

describe('安全事件: what the duty office reads', () => {
  it.each<[string, string | null, string | null, string]>([
    ['东门栏杆被撞', null, null, '东门栏杆被撞'],
    ['东门栏杆被撞', '已拍照留证', null, '东门栏杆被撞\n已采取措施：已拍照留证'],
    ['东门栏杆被撞', '  ', '请值班室知悉', '东门栏杆被撞\n上报说明：请值班室知悉'],
    ['东门栏杆被撞', '已报警', '请值班室知悉', '东门栏杆被撞\n已采取措施：已报警\n上报说明：请值班室知悉'],
  ])('%s / %s / %s', (description, handling, note, summary) => expect(escalationSummary(description, handling, note)).toBe(summary));

  it('a long text is cut to the 4000 characters an urgent matter holds', () => {
    const summary = escalationSummary('经过'.repeat(2100), null, null);
    expect(summary).toHaveLength(4000);
    expect(summary.endsWith('…')).toBe(true);
  });
});
