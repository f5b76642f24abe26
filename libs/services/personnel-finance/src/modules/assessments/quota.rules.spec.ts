import { describe, expect, it } from '@jest/globals';
import { checkGrade, excellentQuota, quotaOn, type Grade } from './quota.rules.js';

const quota = quotaOn('2026-12-01')!;

describe('年度考核 优秀 quota (《公务员考核规定》（2020年）: 20%, up to 25% with approval; probationers not graded)', () => {
  it.each([
    [100, false, 20],
    [100, true, 25],
    [9, false, 1],
    [4, false, 0],
    [4, true, 1],
    [0, false, 0],
    [37, false, 7],
    [37, true, 9],
  ])('%s assessed, raised %s → %s 优秀 at most', (assessed, raised, allowed) => {
    expect(excellentQuota(assessed, quota, raised)).toBe(allowed);
  });

  it.each<[Grade, boolean, number, number, boolean, string | null]>([
    ['excellent', false, 100, 19, false, null],
    ['excellent', false, 100, 20, false, 'quota'],
    ['excellent', false, 100, 20, true, null],
    ['excellent', false, 100, 25, true, 'quota'],
    ['competent', false, 100, 25, false, null],
    ['incompetent', false, 100, 25, false, null],
    ['competent', true, 100, 0, false, 'probationer'],
    ['excellent', true, 100, 0, true, 'probationer'],
  ])('%s, probationer %s, %s assessed, %s others 优秀, raised %s → %s', (grade, probationer, assessed, excellentOthers, raised, refusal) => {
    const result = checkGrade({ grade, probationer, assessed, excellentOthers, raised, quota });
    expect(result?.code ?? null).toBe(refusal);
    if (result) expect(result.message).toContain('《公务员考核规定》');
  });

  it('the 21st 优秀 of 100 without approval names the limit and the approval that would raise it', () => {
    expect(checkGrade({ grade: 'excellent', probationer: false, assessed: 100, excellentOthers: 20, raised: false, quota })?.message).toMatch(/20 人.*25%/);
  });

  it('the quota is versioned with its source', () => {
    expect(quota).toMatchObject({ version: 'KH-2020', normalPercent: 20, raisedPercent: 25 });
    expect(quotaOn('2019-01-01')).toBeNull();
  });
});
