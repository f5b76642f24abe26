import { describe, expect, it } from '@jest/globals';
import { canTake, dateRefusal, levelOnAdoption, levelOnSending } from './upward-reports.rules.js';
import { reasonOf } from '@gov/platform';

// Issue 16 §7 and RULES.md §2.7 (报市 / 市采用 / 省采用 / 国办采用 are scored levels).
describe('上报登记: the rules', () => {
  it.each([
    ['feedback', 'sent', true],
    ['withdraw', 'sent', true],
    ['feedback', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, expected) => {
    expect(canTake(step, status)).toBe(expected);
  });

  it.each([
    ['city_info', 'reported_city', 'city'],
    ['province_office', null, 'province'],
    ['state_council', null, 'state_council'],
  ] as const)('to %s: sending records %p, adoption records %p', (office, sending, adoption) => {
    expect(levelOnSending(office)).toBe(sending);
    expect(levelOnAdoption(office)).toBe(adoption);
  });

  it.each([
    ['sent', '2026-12-05', '2026-12-05', false],
    ['sent', '2026-12-06', '2026-12-05', true],
    ['feedback', '2026-12-04', '2026-12-05', true],
    ['feedback', '2026-12-05', '2026-12-05', false],
  ] as const)('%s dated %s against %s refused: %s', (kind, date, bound, expected) => {
    expect(dateRefusal(kind, date, bound)).toBe(expected);
  });

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  报错机关  ')).toBe('报错机关');
    expect(reasonOf(' 错 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });
});
