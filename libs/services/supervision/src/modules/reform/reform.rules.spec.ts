import { describe, expect, it } from '@jest/globals';
import { assessReform, type ReformCounts } from './reform.rules.js';

const unit = (name: string, counts: Partial<ReformCounts>): ReformCounts => ({
  unitId: name,
  unitName: name,
  tasksLed: 0,
  tasksCompleted: 0,
  tasksOnTime: 0,
  tasksLate: 0,
  problemsFound: 0,
  problemsVerified: 0,
  problemsLate: 0,
  evaluationAverage: null,
  ...counts,
});

describe('the yearly 放管服/“一次办好” assessment from the ledger', () => {
  it('weighs 按期完成率 50, 整改销号率 30 and the evaluation 20', () => {
    const [line] = assessReform([unit('甲局', { tasksLed: 4, tasksCompleted: 4, tasksOnTime: 3, tasksLate: 1, problemsFound: 2, problemsVerified: 1, evaluationAverage: 90 })]);
    expect(line.onTimeRate).toBe(75);
    expect(line.rectificationRate).toBe(50);
    // (75×50 + 50×30 + 90×20) / 100
    expect(line.score).toBe(70.5);
  });

  it('leaves out a part the unit has nothing in, and scales the rest to 100', () => {
    const [line] = assessReform([unit('乙局', { tasksLed: 2, tasksCompleted: 2, tasksOnTime: 2 })]);
    expect(line.rectificationRate).toBeNull();
    expect(line.score).toBe(100);
    expect(assessReform([unit('丙局', { problemsFound: 4, problemsVerified: 1, evaluationAverage: 80 })])[0].score).toBe(47);
  });

  it('ranks by score, equal scores sharing a rank', () => {
    const lines = assessReform([
      unit('甲局', { tasksLed: 2, tasksOnTime: 1 }),
      unit('乙局', { tasksLed: 1, tasksOnTime: 1 }),
      unit('丙局', { tasksLed: 4, tasksOnTime: 2 }),
    ]);
    expect(lines.map((l) => [l.unitName, l.score, l.rank])).toEqual([
      ['乙局', 100, 1],
      ['丙局', 50, 2],
      ['甲局', 50, 2],
    ]);
  });
});
