import { describe, expect, it } from '@jest/globals';
import type { ComplianceLight } from '@gov/contracts-party-affairs';
import { branchCompliance, complianceLine, configOn, dueItems, periodsOf, worst, type FrequencyConfig } from './compliance.rules.js';

const SOURCE = '《中国共产党支部工作条例（试行）》';

/** 《支部工作条例》: 党员大会 quarterly, 支委会 monthly, 党课 yearly — a period without its meeting is red once it ended. */
describe('组织生活: the compliance view', () => {
  it('cuts a year into months, quarters and the year', () => {
    expect(periodsOf(2026, 'quarter')).toEqual([
      { period: '2026-Q1', from: '2026-01-01', dueOn: '2026-03-31' },
      { period: '2026-Q2', from: '2026-04-01', dueOn: '2026-06-30' },
      { period: '2026-Q3', from: '2026-07-01', dueOn: '2026-09-30' },
      { period: '2026-Q4', from: '2026-10-01', dueOn: '2026-12-31' },
    ]);
    expect(periodsOf(2024, 'month')[1]).toEqual({ period: '2024-02', from: '2024-02-01', dueOn: '2024-02-29' });
    expect(periodsOf(2026, 'year')).toEqual([{ period: '2026', from: '2026-01-01', dueOn: '2026-12-31' }]);
  });

  const cases: [string, string[], string, ComplianceLight[]][] = [
    ['no 党员大会 in Q1 is red once Q1 ended', [], '2026-04-01', ['red', 'yellow', 'grey', 'grey']],
    ['on the last day of Q1 it is still yellow', [], '2026-03-31', ['yellow', 'grey', 'grey', 'grey']],
    ['held on the last day of the quarter is green', ['2026-03-31'], '2026-05-01', ['green', 'yellow', 'grey', 'grey']],
    ['a meeting of Q2 does not cover Q1', ['2026-04-02'], '2026-05-01', ['red', 'green', 'grey', 'grey']],
    ['all four quarters held', ['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01'], '2027-01-05', ['green', 'green', 'green', 'green']],
  ];
  it.each(cases)('%s', (_name, heldOn, today, lights) => {
    const line = complianceLine('party_congress', 'quarter', SOURCE, 2026, heldOn, today, '2020-01-01');
    expect(line.periods.map((p) => p.light)).toEqual(lights);
    expect(line.requirement).toBe('每季度至少 1 次');
  });

  it('leaves out the periods that ended before the branch existed', () => {
    const line = complianceLine('party_congress', 'quarter', SOURCE, 2026, [], '2026-12-01', '2026-05-10');
    expect(line.periods.map((p) => p.period)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('the worst light wins: red over yellow over green; grey only alone', () => {
    expect(worst(['green', 'yellow', 'red'])).toBe('red');
    expect(worst(['green', 'yellow', 'grey'])).toBe('yellow');
    expect(worst(['green', 'grey'])).toBe('green');
    expect(worst(['grey'])).toBe('grey');
    expect(worst([])).toBe('grey');
  });

  it('a yearly 党课 held once is green for the year', () => {
    const lines = branchCompliance([{ kind: 'lecture', heldOn: '2026-06-01' }], 2026, '2026-12-31', '2020-01-01');
    expect(lines.find((l) => l.kind === 'lecture')).toMatchObject({ light: 'green', requirement: '每年至少 1 次' });
    expect(lines.find((l) => l.kind === 'committee')).toMatchObject({ light: 'red' });
    expect(lines.map((l) => l.kind).sort()).toEqual(['appraisal', 'committee', 'group', 'heart_talk', 'lecture', 'life_meeting', 'party_congress', 'theme_day']);
  });

  it('uses the configuration version in force on the day judged', () => {
    const local: FrequencyConfig[] = [
      { version: 'A', effectiveFrom: '2018-10-28', source: '条例', frequencies: { lecture: 'year' } },
      { version: 'B', effectiveFrom: '2026-07-01', source: '本地规定：党课每季度 1 次', frequencies: { lecture: 'quarter' } },
    ];
    expect(configOn('2026-06-30', local).version).toBe('A');
    expect(configOn('2026-07-01', local).version).toBe('B');
    const lines = branchCompliance([{ kind: 'lecture', heldOn: '2026-02-01' }], 2026, '2026-08-01', '2020-01-01', configOn('2026-08-01', local));
    expect(lines[0]).toMatchObject({ requirement: '每季度至少 1 次', source: '本地规定：党课每季度 1 次', light: 'red' });
  });
});

describe('组织生活: what a branch owes (待办)', () => {
  const only = (kind: 'party_congress' | 'lecture'): FrequencyConfig => ({ version: 'T', effectiveFrom: '2018-10-28', source: SOURCE, frequencies: { [kind]: kind === 'party_congress' ? 'quarter' : 'year' } });
  const cases: [string, { kind: 'party_congress'; heldOn: string }[], string, string, string[]][] = [
    ['nothing held: the quarter under way and the missed ones of the last year', [], '2026-05-10', '2020-01-01', ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']],
    ['held this quarter: nothing owed (a later meeting makes up for the missed ones)', [{ kind: 'party_congress', heldOn: '2026-04-15' }], '2026-05-10', '2020-01-01', []],
    ['held last quarter: only this quarter', [{ kind: 'party_congress', heldOn: '2026-02-15' }], '2026-05-10', '2020-01-01', ['2026-Q2']],
    ['a branch elected in March owes nothing before', [], '2026-05-10', '2026-03-20', ['2026-Q1', '2026-Q2']],
  ];
  it.each(cases)('%s', (_name, meetings, today, since, periods) => {
    expect(dueItems(meetings, today, since, only('party_congress')).map((d) => d.period)).toEqual(periods);
  });

  it('a yearly 党课 is owed by the end of the year', () => {
    expect(dueItems([], '2026-05-10', '2026-01-01', only('lecture'))).toEqual([{ kind: 'lecture', frequency: 'year', period: '2026', from: '2026-01-01', dueOn: '2026-12-31' }]);
  });
});
