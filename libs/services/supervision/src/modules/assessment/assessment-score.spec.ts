import { describe, expect, it } from '@jest/globals';
import { rankByScore, scoreUnit } from './assessment-score.js';

const weights = [
  { code: 'on_time' as const, weight: 60 },
  { code: 'not_overdue' as const, weight: 25 },
  { code: 'sent_back' as const, weight: 15 },
];

describe('考核 score of a unit from its items', () => {
  it('counts on time, overdue and sent back as the documented formula says', () => {
    const tally = scoreUnit(
      [
        { dueDate: '2026-09-30', completedOn: '2026-09-29', closed: true, sentBackCount: 0 }, // on time
        { dueDate: '2026-09-30', completedOn: '2026-10-08', closed: true, sentBackCount: 1 }, // late, sent back once
        { dueDate: '2026-09-30', completedOn: null, closed: false, sentBackCount: 0 }, // open past due: overdue
        { dueDate: '2026-12-31', completedOn: null, closed: false, sentBackCount: 0 }, // open, not yet due
      ],
      weights,
      '2026-10-09',
    );
    expect(tally).toMatchObject({ itemCount: 4, onTimeCount: 1, overdueCount: 2, sentBackCount: 1 });
    expect(tally.indicatorScores).toEqual({ on_time: 25, not_overdue: 50, sent_back: 90 });
    expect(tally.baseScore).toBe(41); // (60×25 + 25×50 + 15×90) / 100 = 41
  });

  it('gives a unit without items full marks', () => {
    expect(scoreUnit([], weights, '2026-10-09').baseScore).toBe(100);
  });

  it('ranks equal scores equally', () => {
    const ranked = rankByScore([{ id: 'a', score: 80 }, { id: 'b', score: 95 }, { id: 'c', score: 80 }, { id: 'd', score: 70 }]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([['b', 1], ['a', 2], ['c', 2], ['d', 4]]);
  });
});
