import { describe, expect, it } from '@jest/globals';
import { canTake, minutesRefusal, statusAfter, type MeetingStep } from './leading-group-meetings.rules.js';

describe('党组会、主任办公会: the steps in order (议题 → 通知 → 召开 → 发布)', () => {
  it.each<[MeetingStep, string, boolean, string]>([
    ['update', 'planned', true, 'planned'],
    ['notify', 'planned', true, 'notified'],
    ['recordMinutes', 'planned', false, 'planned'],
    ['recordMinutes', 'notified', true, 'held'],
    ['publish', 'notified', false, 'notified'],
    ['publish', 'held', true, 'published'],
    ['withdraw', 'notified', true, 'withdrawn'],
    ['withdraw', 'held', false, 'held'],
    ['update', 'published', false, 'published'],
  ])('%s from %s: allowed %s', (step, from, allowed, to) => {
    expect(canTake(step, from as never)).toBe(allowed);
    if (allowed) expect(statusAfter(step, from as never)).toBe(to);
  });

  it('minutes only once the meeting day has come', () => {
    expect(minutesRefusal('2026-12-10', '2026-12-09')).toContain('召开后');
    expect(minutesRefusal('2026-12-10', '2026-12-10')).toBeNull();
  });
});
