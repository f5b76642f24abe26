import { describe, expect, it } from '@jest/globals';
import { trendStart } from './overdue-trend.js';

describe('trendStart: the first day of the trend’s first month', () => {
  it.each([
    ['2026-12-05', 12, '2026-01-01'],
    ['2026-12-31', 1, '2026-12-01'],
    ['2026-01-15', 2, '2025-12-01'],
    ['2026-03-31', 24, '2024-04-01'],
    ['2027-01-01', 13, '2026-01-01'],
  ])('%s over %i months starts on %s', (today, months, start) => {
    expect(trendStart(today, months)).toBe(start);
  });
});
