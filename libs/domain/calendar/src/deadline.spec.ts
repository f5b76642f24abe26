import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar, type CalendarYear } from './calendar.js';
import { seedYearsFromChineseDays } from './chinese-days-seed.js';
import { computeDeadline, isDeadlineOverdue, workingDaysBetween, type DeadlineRequest } from './deadline.js';

// The real arrangements 2004–2026 from chinese-days; 2027 is not published yet.
const calendar = new WorkingCalendar(seedYearsFromChineseDays());
const due = (request: DeadlineRequest) => computeDeadline(calendar, request);
const NOT_PUBLISHED_2027 = '2027年节假日安排尚未发布，按周末推算，发布后将重新计算';

describe('working-day periods (《政府信息公开条例》第33条, start day not counted per 《民法典》第201条)', () => {
  it.each([
    ['2025-09-26', 20, '2025-10-30', '国庆/中秋 2025 with make-up days 09-28 (Sun) and 10-11 (Sat)'],
    ['2026-09-28', 20, '2026-10-30', '国庆 2026 with make-up Saturday 10-10'],
    ['2026-09-24', 7, '2026-10-12', '补正 notice window across 中秋 and 国庆 2026'],
    ['2025-01-24', 3, '2025-02-05', '春节 2025: make-up Sunday 01-26 counts'],
    ['2025-02-06', 2, '2025-02-08', 'ends on the 春节 make-up Saturday 2025-02-08'],
    ['2026-02-12', 5, '2026-02-26', '春节 2026: make-up Saturday 02-14 counts'],
    ['2025-04-25', 5, '2025-05-06', '劳动节 2025: make-up Sunday 04-27 counts'],
    ['2026-04-29', 5, '2026-05-09', 'ends on the 劳动节 make-up Saturday 2026-05-09'],
    ['2026-09-18', 1, '2026-09-20', 'the make-up Sunday 2026-09-20 is the first working day'],
    ['2025-10-03', 1, '2025-10-09', 'received during the holiday'],
    ['2026-03-07', 1, '2026-03-09', 'received on an ordinary Saturday'],
  ])('from %s, %i working days → %s (%s)', (start, amount, dueDate) => {
    const result = due({ start, amount, unit: 'working_days' });
    expect(result).toMatchObject({ dueDate, provisional: false, provisionalReasons: [] });
  });

  it('explains each skipped holiday and counted make-up day', () => {
    expect(due({ start: '2025-09-26', amount: 20, unit: 'working_days' }).explanation).toEqual([
      '起算日 2025-09-26（当日不计入，次日起算）',
      '期限 20 个工作日',
      '2025-09-28（星期日）国庆节调休上班，计为工作日',
      '跳过 2025-10-01 至 2025-10-08 国庆节、中秋节假期',
      '2025-10-11（星期六）国庆节调休上班，计为工作日',
      '到期日 2025-10-30（星期四）',
    ]);
  });
});

describe('calendar-day periods (a last day that is a rest day moves on, 《民法典》第203条)', () => {
  it.each([
    ['2025-09-16', 15, '2025-10-09', 'ends on 国庆 2025-10-01 → first working day after the holiday'],
    ['2026-09-10', 15, '2026-09-28', 'ends on 中秋 2026-09-25 → Monday 09-28'],
    ['2025-03-01', 14, '2025-03-17', 'ends on an ordinary Saturday → Monday'],
    ['2025-10-01', 10, '2025-10-11', 'ends on the make-up Saturday 2025-10-11: a working day, no move'],
    ['2026-06-01', 30, '2026-07-01', 'ends on a working day'],
    ['2026-03-07', 0, '2026-03-09', 'zero days from a Saturday'],
  ])('from %s, %i days → %s (%s)', (start, amount, dueDate) => {
    expect(due({ start, amount, unit: 'calendar_days' }).dueDate).toBe(dueDate);
  });

  it('explains the move past the holiday', () => {
    expect(due({ start: '2025-09-16', amount: 15, unit: 'calendar_days' }).explanation).toEqual([
      '起算日 2025-09-16（当日不计入，次日起算）',
      '期限 15 日',
      '期间最后一日 2025-10-01 为法定节假日（国庆节），顺延至 2025-10-09（《民法典》第203条）',
      '到期日 2025-10-09（星期四）',
    ]);
  });
});

describe('month periods (corresponding day or the month end, 《民法典》第202条)', () => {
  it.each([
    ['2026-08-31', 3, '2026-11-30', 'no 11-31: the month end, a Monday'],
    ['2025-08-31', 3, '2025-12-01', 'month end 2025-11-30 is a Sunday → Monday'],
    ['2026-07-01', 3, '2026-10-08', '2026-10-01 is 国庆 → the day after the holiday'],
    ['2026-01-31', 1, '2026-02-28', 'month end 02-28 is the 春节 make-up Saturday: stays'],
    ['2026-03-15', 6, '2026-09-15', 'six months for a complex 建议/提案'],
  ])('from %s, %i months → %s (%s)', (start, amount, dueDate) => {
    expect(due({ start, amount, unit: 'months' }).dueDate).toBe(dueDate);
  });

  it('says when the final month had no corresponding day', () => {
    expect(due({ start: '2026-08-31', amount: 3, unit: 'months' }).explanation).toEqual([
      '起算日 2026-08-31（当日不计入，次日起算）',
      '期限 3 个月',
      '到期月无对应日，以月末 2026-11-30 为期间最后一日（《民法典》第202条）',
      '到期日 2026-11-30（星期一）',
    ]);
  });
});

describe('pauses (paused time is not counted, 《政府信息公开条例》第33条第2款)', () => {
  // Without the pause: 2026-03-02 + 20 working days = 2026-03-30.
  const base: DeadlineRequest = { start: '2026-03-02', amount: 20, unit: 'working_days' };

  it('moves the due date out by the paused working days', () => {
    const result = due({ ...base, pauses: [{ from: '2026-03-05', to: '2026-03-10', reason: '补正' }] });
    expect(result.dueDate).toBe('2026-04-02'); // 03-06, 03-09, 03-10 not counted
    expect(result.explanation).toContain('补正暂停 3 个工作日（2026-03-06 至 2026-03-10 不计入）');
  });

  it('does not double-count a holiday inside the pause', () => {
    // Paused 2026-09-30 … 10-09: working days lost are 09-30, 10-08 and 10-09; 国庆 is not "skipped" again.
    const result = due({
      start: '2026-09-28',
      amount: 20,
      unit: 'working_days',
      pauses: [{ from: '2026-09-29', to: '2026-10-09', reason: '征求第三方意见' }],
    });
    expect(result.dueDate).toBe('2026-11-04');
    expect(result.explanation).toContain('征求第三方意见暂停 3 个工作日（2026-09-30 至 2026-10-09 不计入）');
    expect(result.explanation.some((line) => line.startsWith('跳过'))).toBe(false);
  });

  it('counts paused calendar days in a calendar-day period', () => {
    const result = due({
      start: '2026-06-01',
      amount: 30,
      unit: 'calendar_days',
      pauses: [{ from: '2026-06-10', to: '2026-06-15', reason: '征求第三方意见' }],
    });
    expect(result.dueDate).toBe('2026-07-06');
    expect(result.explanation).toContain('征求第三方意见暂停 5 日（2026-06-11 至 2026-06-15 不计入）');
  });

  it('ignores a pause outside the period and says so', () => {
    const result = due({ ...base, pauses: [{ from: '2026-04-10', to: '2026-04-20', reason: '补正' }] });
    expect(result.dueDate).toBe('2026-03-30');
    expect(result.explanation).toContain('补正暂停（2026-04-10 至 2026-04-20）不在计算期间内，不影响到期日');
  });

  it('gives no due date while an open pause stops the clock, and says what remains', () => {
    const result = due({ ...base, pauses: [{ from: '2026-03-05', reason: '补正' }] });
    expect(result).toMatchObject({
      dueDate: null,
      provisional: true,
      provisionalReasons: ['计时暂停中（补正），恢复计时后计算到期日'],
    });
    expect(result.explanation.slice(-3)).toEqual([
      '补正暂停中（自 2026-03-06 起不计入，尚未恢复计时）',
      '计时暂停中（补正），恢复计时后计算到期日',
      '恢复计时后尚余 17 个工作日，暂无到期日',
    ]);
  });

  it('stays final when an open pause begins after the period ran out', () => {
    const result = due({ ...base, pauses: [{ from: '2026-04-10', reason: '补正' }] });
    expect(result).toMatchObject({ dueDate: '2026-03-30', provisional: false });
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() => due({ ...base, pauses: [{ from: '2026-03-10', to: '2026-03-05', reason: '补正' }] })).toThrow(
      '暂停恢复日 2026-03-05 早于暂停开始日 2026-03-10',
    );
  });
});

describe('extensions', () => {
  it('adds 20 working days after the original due date (《政府信息公开条例》第33条)', () => {
    const result = due({
      start: '2026-03-02',
      amount: 20,
      unit: 'working_days',
      pauses: [{ from: '2026-03-05', to: '2026-03-10', reason: '补正' }],
      extensions: [{ amount: 20, unit: 'working_days', reason: '需检索档案，经信息公开工作机构负责人同意' }],
    });
    expect(result.dueDate).toBe('2026-05-06');
    expect(result.explanation).toEqual([
      '起算日 2026-03-02（当日不计入，次日起算）',
      '期限 20 个工作日',
      '补正暂停 3 个工作日（2026-03-06 至 2026-03-10 不计入）',
      '延期 20 个工作日：需检索档案，经信息公开工作机构负责人同意（自原到期日 2026-04-02 次日起算）',
      '跳过 2026-04-04 至 2026-04-06 清明节假期',
      '跳过 2026-05-01 至 2026-05-05 劳动节假期',
      '到期日 2026-05-06（星期三）',
    ]);
  });

  it('runs a calendar-day extension from the moved due date', () => {
    const result = due({
      start: '2026-03-02',
      amount: 60,
      unit: 'calendar_days',
      extensions: [{ amount: 30, unit: 'calendar_days', reason: '案情复杂' }],
    });
    expect(result.dueDate).toBe('2026-06-05');
    expect(result.explanation).toContain('期间最后一日 2026-05-01 为法定节假日（劳动节），顺延至 2026-05-06（《民法典》第203条）');
    expect(result.explanation).toContain('延期 30 日：案情复杂（自原到期日 2026-05-06 次日起算）');
  });

  it('defers an extension while the clock is stopped', () => {
    const result = due({
      start: '2026-03-02',
      amount: 20,
      unit: 'working_days',
      pauses: [{ from: '2026-03-05', reason: '征求第三方意见' }],
      extensions: [{ amount: 20, unit: 'working_days', reason: '情况复杂' }],
    });
    expect(result.dueDate).toBeNull();
    expect(result.explanation).toContain('延期 20 个工作日：情况复杂（恢复计时后一并计算）');
  });
});

describe('years not yet published (never silently final)', () => {
  it('counts 2027 on weekends alone and marks the result provisional', () => {
    const result = due({ start: '2026-12-15', amount: 20, unit: 'working_days' });
    expect(result).toMatchObject({ dueDate: '2027-01-12', provisional: true, provisionalReasons: [NOT_PUBLISHED_2027] });
    expect(result.explanation.slice(-2)).toEqual([NOT_PUBLISHED_2027, '到期日 2027-01-12（星期二，暂定）']);
  });

  it.each<[DeadlineRequest, string, boolean]>([
    [{ start: '2026-12-31', amount: 1, unit: 'working_days' }, '2027-01-01', true],
    [{ start: '2026-11-30', amount: 3, unit: 'months' }, '2027-03-01', true], // 2027-02-28 is a Sunday
    [{ start: '2026-12-20', amount: 10, unit: 'calendar_days' }, '2026-12-30', false], // never looks at 2027
  ])('%o → %s, provisional %s', (request, dueDate, provisional) => {
    expect(due(request)).toMatchObject({ dueDate, provisional });
  });

  it('becomes final once the year is loaded', () => {
    // A fictional 2027 entry for the test only, not the real arrangement.
    const y2027: CalendarYear = { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: 'test', version: 1 };
    const withNextYear = new WorkingCalendar([...seedYearsFromChineseDays(), y2027]);
    expect(computeDeadline(withNextYear, { start: '2026-12-15', amount: 20, unit: 'working_days' })).toMatchObject({
      dueDate: '2027-01-13',
      provisional: false,
      provisionalReasons: [],
    });
  });
});

describe('input checks', () => {
  it.each([
    [{ start: '2026-02-30', amount: 1, unit: 'working_days' }, '日期无效：2026-02-30'],
    [{ start: '2026-03-02', amount: -1, unit: 'working_days' }, '期限 -1 无效，应为非负整数'],
    [{ start: '2026-03-02', amount: 1.5, unit: 'months' }, '期限 1.5 无效，应为非负整数'],
  ] as [DeadlineRequest, string][])('refuses %o', (request, message) => {
    expect(() => due(request)).toThrow(message);
  });
});

describe('isDeadlineOverdue (the last day ends at 24:00, 《民法典》第203条)', () => {
  it.each<[string | null, string, boolean]>([
    ['2026-10-30', '2026-10-29', false],
    ['2026-10-30', '2026-10-30', false],
    ['2026-10-30', '2026-10-31', true],
    [null, '2030-01-01', false],
  ])('due %s, today %s → %s', (dueDate, today, overdue) => {
    expect(isDeadlineOverdue(dueDate, today)).toBe(overdue);
  });
});

describe('workingDaysBetween (from not counted, to counted)', () => {
  it.each([
    ['2026-09-28', '2026-10-30', 20],
    ['2025-09-26', '2025-10-30', 20],
    ['2026-09-30', '2026-10-08', 1],
    ['2026-10-09', '2026-10-12', 2], // make-up Saturday 10-10 and Monday 10-12
    ['2026-10-30', '2026-10-30', 0],
    ['2026-10-30', '2026-09-28', -20],
  ])('%s → %s: %i', (from, to, count) => {
    expect(workingDaysBetween(calendar, from, to)).toBe(count);
  });
});
