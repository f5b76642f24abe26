import { describe, expect, it } from '@jest/globals';
import { oneDeadline } from './incoming-rules.js';

describe('一事一期限: the stricter of the 收文承办期限 and the 督办期限', () => {
  it('the routing earlier: the 承办期限 is the one deadline, with the rule that chose it', () => {
    expect(oneDeadline('2026-12-18', '2026-12-31')).toEqual({
      dueDate: '2026-12-18',
      source: 'routing',
      explanation: '收文承办期限 2026-12-18 早于督办期限 2026-12-31，按较严格的期限执行（一事一期限）',
    });
  });

  it('the item earlier: the 督办期限 is the one deadline', () => {
    expect(oneDeadline('2026-12-31', '2026-12-18')).toEqual({
      dueDate: '2026-12-18',
      source: 'item',
      explanation: '督办期限 2026-12-18 早于收文承办期限 2026-12-31，按较严格的期限执行（一事一期限）',
    });
  });

  it('the same day: the copy keeps its own 承办期限 (no change of side on a tie)', () => {
    expect(oneDeadline('2026-12-18', '2026-12-18')).toEqual({
      dueDate: '2026-12-18',
      source: 'routing',
      explanation: '收文承办期限与督办期限同为 2026-12-18，按较严格的期限执行（一事一期限）',
    });
  });

  it('one day apart decides the side (edge of the comparison, across a month end)', () => {
    expect(oneDeadline('2026-12-01', '2026-11-30')).toMatchObject({ dueDate: '2026-11-30', source: 'item' });
    expect(oneDeadline('2026-11-30', '2026-12-01')).toMatchObject({ dueDate: '2026-11-30', source: 'routing' });
  });

  it('an approved extension making the item later leaves the 承办期限 the stricter and says so', () => {
    const before = oneDeadline('2026-12-18', '2026-12-10');
    expect(before).toMatchObject({ dueDate: '2026-12-10', source: 'item' });
    expect(oneDeadline('2026-12-18', '2027-01-15', true)).toEqual({
      dueDate: '2026-12-18',
      source: 'routing',
      explanation: '收文承办期限 2026-12-18 早于经批准延期后的督办期限 2027-01-15，按较严格的期限执行（一事一期限）',
    });
  });

  it('only one side known: that one, said so; neither: none', () => {
    expect(oneDeadline('2026-12-18', null)).toMatchObject({ dueDate: '2026-12-18', source: 'routing' });
    expect(oneDeadline(null, '2026-12-31')).toMatchObject({ dueDate: '2026-12-31', source: 'item' });
    expect(oneDeadline(null, null)).toBeNull();
  });
});
