import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import { acceptanceDue, extensionRefusal, handlingDue, letterOverdue, letterStepRefusal, nextLetterState } from './letter-rules.js';

describe('人民来信 state machine', () => {
  it('登记 → 交办 → 回复 → 审核通过（办结）', () => {
    expect(nextLetterState('registered', 'hand')).toBe('assigned');
    expect(nextLetterState('assigned', 'reply', 'assign')).toBe('replied');
    expect(nextLetterState('replied', 'approve', 'assign')).toBe('closed');
  });

  it('a reply sent back returns to the unit; an extension keeps the unit handling it', () => {
    expect(nextLetterState('replied', 'return', 'assign')).toBe('assigned');
    expect(nextLetterState('assigned', 'extend', 'transfer')).toBe('assigned');
  });

  it('a 转办 letter may be closed without a reply, a 交办 one may not', () => {
    expect(nextLetterState('assigned', 'close', 'transfer')).toBe('closed');
    expect(nextLetterState('assigned', 'close', 'assign')).toBeNull();
    expect(letterStepRefusal('assigned', 'close', 'assign')).toBe('交办件须经承办单位回复并审核后方可办结');
  });

  it('withdrawn while open, never after 办结; nothing after withdrawal', () => {
    expect(nextLetterState('registered', 'withdraw')).toBe('withdrawn');
    expect(nextLetterState('replied', 'withdraw', 'assign')).toBe('withdrawn');
    expect(nextLetterState('closed', 'withdraw', 'assign')).toBeNull();
    expect(nextLetterState('withdrawn', 'hand')).toBeNull();
    expect(letterStepRefusal('closed', 'withdraw')).toBe('当前状态“已办结”不能撤回');
  });

  it('no reply before it is handed on, no review before a reply, no extension before 受理', () => {
    expect(nextLetterState('registered', 'reply')).toBeNull();
    expect(nextLetterState('assigned', 'approve', 'assign')).toBeNull();
    expect(nextLetterState('registered', 'extend')).toBeNull();
    expect(nextLetterState('assigned', 'hand', 'assign')).toBeNull();
  });
});

describe('人民来信 deadlines (calendar engine, working days)', () => {
  const calendar = new WorkingCalendar(seedYearsFromChineseDays());
  const fifteen = { amount: 15, unit: 'working_days' as const };
  const sixty = { amount: 60, unit: 'working_days' as const };

  it('告知是否受理: 15 working days from the day after receipt, across the National Day holiday, with the source', () => {
    // 2025-09-30 (Tue) received; 10-01..10-08 are holidays, 09-28 and 10-11 are make-up working days.
    const due = acceptanceDue(calendar, '2025-09-30', fifteen, '信访工作条例[待核]');
    // Working days from 10-09: 09,10,11(补班),13,14,15,16,17,20,21,22,23,24,27,28 → the 15th is 10-28.
    expect(due.dueDate).toBe('2025-10-28');
    expect(due.provisional).toBe(false);
    expect(due.explanation.at(-1)).toBe('依据：信访工作条例[待核]');
  });

  it('a letter received on a Friday starts counting on Monday; the start day itself is never counted', () => {
    expect(acceptanceDue(calendar, '2025-06-06', { amount: 1, unit: 'working_days' }, 's').dueDate).toBe('2025-06-09');
    expect(acceptanceDue(calendar, '2025-06-09', { amount: 1, unit: 'working_days' }, 's').dueDate).toBe('2025-06-10');
  });

  it('办理 60 working days from 受理, and an approved extension of 30 days is added after it', () => {
    const plain = handlingDue(calendar, { handedOn: '2025-03-03', period: sixty, source: '条例' });
    const extended = handlingDue(calendar, {
      handedOn: '2025-03-03',
      period: sixty,
      source: '条例',
      extension: { days: 30, reason: '情况复杂', unit: 'working_days', source: '延期条款' },
    });
    // From 03-04: 清明 04-04, the 04-27 make-up day and 劳动节 05-01..05 → the 60th working day is 05-29.
    expect(plain.dueDate).toBe('2025-05-29');
    // 30 more working days after 05-29, skipping 端午 05-31..06-02 → 07-11.
    expect(extended.dueDate).toBe('2025-07-11');
    expect(extended.explanation).toContain('延期依据：延期条款');
  });

  it('an extension: once only, 1 to the maximum (30) days', () => {
    expect(extensionRefusal({ alreadyExtended: false, days: 30, max: 30 })).toBeNull();
    expect(extensionRefusal({ alreadyExtended: false, days: 1, max: 30 })).toBeNull();
    expect(extensionRefusal({ alreadyExtended: false, days: 31, max: 30 })).toBe('延长期限不得超过 30 日');
    expect(extensionRefusal({ alreadyExtended: false, days: 0, max: 30 })).toBe('延长日数应为正整数');
    expect(extensionRefusal({ alreadyExtended: true, days: 5, max: 30 })).toBe('办理期限已延长过一次，不能再次延长');
  });

  it('overdue from the day after the due day, only for the deadline still owed', () => {
    const base = { acceptanceDue: '2025-10-28', handlingDue: '2025-12-31' };
    expect(letterOverdue({ ...base, state: 'registered', today: '2025-10-28' }).acceptance).toBe(false);
    expect(letterOverdue({ ...base, state: 'registered', today: '2025-10-29' }).acceptance).toBe(true);
    // Once handed on, the 告知 deadline is met; the 办理 one runs until 办结.
    expect(letterOverdue({ ...base, state: 'assigned', today: '2025-11-30' })).toEqual({ acceptance: false, handling: false });
    expect(letterOverdue({ ...base, state: 'replied', today: '2026-01-01' }).handling).toBe(true);
    expect(letterOverdue({ ...base, state: 'closed', today: '2026-01-01' })).toEqual({ acceptance: false, handling: false });
    expect(letterOverdue({ ...base, state: 'withdrawn', today: '2026-01-01' })).toEqual({ acceptance: false, handling: false });
  });
});
