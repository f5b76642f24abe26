import { describe, expect, it } from '@jest/globals';
import { computeDeadline, seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import { nextRequestState, requestClock, requestStepRefusal } from './request-rules.js';
import { ruleValueProblems } from '../archives/archive-legal-rule-values.js';

describe('请示 state machine', () => {
  it('拟办意见 → 领导决定 → 批复', () => {
    expect(nextRequestState('submitted', 'propose')).toBe('proposed');
    expect(nextRequestState('proposed', 'decide')).toBe('decided');
    expect(nextRequestState('decided', 'reply')).toBe('replied');
  });

  it('no decision without a 拟办意见, no 批复 before the decision, nothing after the 批复', () => {
    expect(nextRequestState('submitted', 'decide')).toBeNull();
    expect(nextRequestState('proposed', 'reply')).toBeNull();
    expect(nextRequestState('replied', 'propose')).toBeNull();
    expect(requestStepRefusal('submitted', 'reply')).toBe('当前状态“待拟办”不能批复');
  });
});

describe('请示办理时限 and the 批复 clock', () => {
  const calendar = new WorkingCalendar(seedYearsFromChineseDays());
  // The seeded local figure (migration RequestHandlingDeadline): 10 working days from the day after receipt.
  const seeded = { amount: 10, unit: 'working_days' as const };

  it.each([
    ['2026-03-02', '2026-03-16', 'an ordinary Monday: two working weeks, the receipt day not counted'],
    ['2026-03-07', '2026-03-20', 'received on a Saturday: counting starts on Monday'],
    ['2026-09-25', '2026-10-15', 'received on 中秋 2026: 国庆 10-01…10-07 skipped, the make-up Saturday 10-10 counts'],
  ])('received %s → due %s (%s)', (receivedOn, dueDate) => {
    expect(computeDeadline(calendar, { start: receivedOn, ...seeded }).dueDate).toBe(dueDate);
  });

  it.each<[string, 'submitted' | 'proposed' | 'decided' | 'replied', string, 'green' | 'yellow' | 'red', boolean]>([
    ['three working days before the due day', 'submitted', '2026-03-11', 'green', false],
    ['two working days before the due day', 'proposed', '2026-03-12', 'yellow', false],
    ['on the due day itself (it ends at 24:00)', 'decided', '2026-03-16', 'yellow', false],
    ['the day after the due day', 'decided', '2026-03-17', 'red', true],
    ['answered late is no longer on the clock', 'replied', '2026-04-30', 'green', false],
  ])('%s', (_name, state, today, light, overdue) => {
    const clock = requestClock(calendar, { state, dueDate: '2026-03-16', today });
    expect(clock).toMatchObject({ light, overdue });
    expect(clock.reason).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a 请示 without a deadline (received before the rule) is never overdue', () => {
    expect(requestClock(calendar, { state: 'submitted', dueDate: null, today: '2026-12-31' })).toMatchObject({ light: 'green', overdue: false });
  });

  it('the configured period is validated like the other periods', () => {
    expect(ruleValueProblems('requests.handling_period', seeded)).toEqual([]);
    expect(ruleValueProblems('requests.handling_period', { amount: 0, unit: 'working_days' })).toHaveLength(1);
    expect(ruleValueProblems('requests.handling_period', { amount: 10, unit: 'weeks' })).toHaveLength(1);
  });
});
