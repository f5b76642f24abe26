import { describe, expect, it } from '@jest/globals';
import { ruleValueProblems } from './archive-legal-rule-values.js';

describe('archive and legal-affairs rule values', () => {
  it('accepts well-formed values', () => {
    expect(ruleValueProblems('archives.fonds', { fondsCode: 'J001', categoryCode: 'WS' })).toEqual([]);
    expect(ruleValueProblems('archives.organizations', { organizations: [{ code: 'WMK', name: '文秘科' }] })).toEqual([]);
    expect(ruleValueProblems('filings.period', { amount: 30, unit: 'calendar_days' })).toEqual([]);
    expect(ruleValueProblems('agreements.review_period', { amount: 5, unit: 'working_days' })).toEqual([]);
  });

  it.each<[Parameters<typeof ruleValueProblems>[0], Record<string, unknown>, string]>([
    ['archives.fonds', { fondsCode: 'J1', categoryCode: 'WS' }, '全宗号'],
    ['archives.fonds', { fondsCode: 'J001', categoryCode: 'ws' }, '门类'],
    ['archives.organizations', { organizations: [] }, '非空'],
    ['archives.organizations', { organizations: [{ code: 'WMK', name: '文秘科' }, { code: 'WMK', name: '重复' }] }, '重复'],
    ['archives.organizations', { organizations: [{ code: 'wmk', name: '' }] }, '代码'],
    ['filings.period', { amount: 0, unit: 'calendar_days' }, 'amount'],
    ['agreements.review_period', { amount: 5, unit: 'weeks' }, 'unit'],
  ])('refuses %s %o', (code, value, fragment) => {
    expect(ruleValueProblems(code, value).join('；')).toContain(fragment);
  });
});
