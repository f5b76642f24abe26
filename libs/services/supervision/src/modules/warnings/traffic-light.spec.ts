import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import { trafficLight, type LightInput } from './traffic-light.js';
import { computeItemDue, quarterMilestoneDue } from '../items/item-deadlines.js';

// The real 2026 arrangement: 中秋 Sep 25–27, 国庆 Oct 1–7, 调休上班 on Sunday Sep 20 and Saturday Oct 10.
const calendar = new WorkingCalendar(seedYearsFromChineseDays());
const base: Omit<LightInput, 'today'> = { status: 'assigned', dueDate: '2026-09-30', completionReportedOn: null, milestones: [], thresholdWorkingDays: 3 };
const lightOn = (today: string, extra: Partial<LightInput> = {}) => trafficLight(calendar, { ...base, today, ...extra }).light;

describe('traffic light of an item due on the last working day before 国庆 2026 (Wednesday 2026-09-30)', () => {
  it.each([
    ['2026-09-22', 'green', '5 working days left: 23, 24, 28, 29, 30'],
    ['2026-09-23', 'green', '4 left: 24, then 25–27 中秋 and weekend are skipped, 28, 29, 30'],
    ['2026-09-24', 'yellow', '3 left although 6 calendar days remain (中秋 Friday is not a working day)'],
    ['2026-09-26', 'yellow', 'a rest day inside the holiday still counts the 3 working days left'],
    ['2026-09-30', 'yellow', 'the due day itself'],
    ['2026-10-01', 'red', 'overdue from the day after the due day, even on 国庆节'],
    ['2026-10-08', 'red', 'first working day after the holiday'],
  ])('on %s it is %s (%s)', (today, expected) => {
    expect(lightOn(today)).toBe(expected);
  });

  it('counts the 调休 Sunday 2026-09-20 as a working day when the threshold is 8', () => {
    expect(lightOn('2026-09-17', { thresholdWorkingDays: 8 })).toBe('green'); // 18, 20, 21, 22, 23, 24, 28, 29, 30 = 9
    expect(lightOn('2026-09-18', { thresholdWorkingDays: 8 })).toBe('yellow'); // 20 (调休), 21–24, 28–30 = 8
  });

  it('says how late the item is in working days, skipping the holiday', () => {
    expect(trafficLight(calendar, { ...base, today: '2026-10-09' }).reason).toBe('已超过办理期限 2026-09-30（逾期 2 个工作日）');
  });

  it('turns red when a milestone date passes without a report, and yellow when one is near', () => {
    const milestones = [{ sequence: 1, target: '完成立项', dueDate: '2026-06-30', reportedOn: null }];
    const later = { dueDate: '2026-12-31', milestones };
    expect(lightOn('2026-06-26', later)).toBe('yellow'); // 29, 30 left
    expect(lightOn('2026-06-30', later)).toBe('yellow');
    expect(lightOn('2026-07-01', later)).toBe('red');
    expect(lightOn('2026-07-01', { dueDate: '2026-12-31', milestones: [{ ...milestones[0], reportedOn: '2026-06-29' }] })).toBe('green');
  });

  it('stays green while completion reported on time waits for verification, red if reported late, none once closed', () => {
    expect(lightOn('2026-10-09', { status: 'completion_reported', completionReportedOn: '2026-09-29' })).toBe('green');
    expect(lightOn('2026-10-09', { status: 'completion_reported', completionReportedOn: '2026-10-08' })).toBe('red');
    expect(lightOn('2026-10-09', { status: 'closed' })).toBe('none');
  });

  it('is off once the item is withdrawn, however late it was', () => {
    expect(trafficLight(calendar, { ...base, today: '2026-10-09', status: 'withdrawn' })).toEqual({ light: 'none', reason: '已撤销' });
  });

  it('is green without a due date', () => {
    expect(lightOn('2026-10-09', { dueDate: null })).toBe('green');
  });
});

describe('item due dates from the deadline engine', () => {
  it('counts the default 15 working days from 交办 over 国庆 2026, with the 调休 Saturday', () => {
    const due = computeItemDue(calendar, { basis: 'computed', start: '2026-09-24', givenDate: null, workingDays: 15, extensions: [] });
    // 28, 29, 30, (10-01..07 off), 08, 09, 10 (调休), 12–16, 19–22 = 15
    expect(due.dueDate).toBe('2026-10-22');
    expect(due.provisional).toBe(false);
    expect(due.explanation.join('\n')).toContain('2026-10-10（星期六）国庆节调休上班，计为工作日');
  });

  it('keeps a given date and runs an approved extension on in working days from it', () => {
    expect(computeItemDue(calendar, { basis: 'given', start: '2026-09-01', givenDate: '2026-09-30', workingDays: null, extensions: [] }).dueDate).toBe('2026-09-30');
    const extended = computeItemDue(calendar, { basis: 'given', start: '2026-09-01', givenDate: '2026-09-30', workingDays: null, extensions: [{ workingDays: 3, reason: '需协调用地' }] });
    expect(extended.dueDate).toBe('2026-10-10'); // 10-08, 10-09, 10-10 (调休上班)
    expect(extended.explanation[1]).toBe('延期 3 个工作日：需协调用地（自原到期日次日起算）');
  });

  it('dates quarterly milestones at the quarter end, moving a rest day to the next working day', () => {
    expect(quarterMilestoneDue(calendar, 2026, 1).dueDate).toBe('2026-03-31');
    expect(quarterMilestoneDue(calendar, 2026, 2).dueDate).toBe('2026-06-30');
    expect(quarterMilestoneDue(calendar, 2026, 3).dueDate).toBe('2026-09-30');
    expect(quarterMilestoneDue(calendar, 2026, 4).dueDate).toBe('2026-12-31');
    // 2022-12-31 was a Saturday: the Q4 milestone moves to Tuesday 2023-01-03 (元旦 Monday).
    expect(quarterMilestoneDue(calendar, 2022, 4).dueDate).toBe('2023-01-03');
    expect(quarterMilestoneDue(calendar, 2027, 1).provisional).toBe(true);
  });
});

describe('一事一期限: a linked 收文 copy with an earlier 承办期限', () => {
  const linkedDeadlines = [
    { unitName: '山头街道', dueDate: '2026-09-30' },
    { unitName: '城东街道', dueDate: '2026-10-20' },
  ];
  const item = { dueDate: '2026-10-30', linkedDeadlines };

  it('judges the item on the earliest 承办期限 and names the rule that chose it', () => {
    expect(lightOn('2026-09-22', item)).toBe('green');
    expect(trafficLight(calendar, { ...base, ...item, today: '2026-09-24' })).toEqual({
      light: 'yellow',
      reason: '距办理期限 2026-09-30 还有 3 个工作日（一事一期限：山头街道收文承办期限 2026-09-30 早于督办期限 2026-10-30，按较严格的期限判定）',
    });
    expect(lightOn('2026-10-01', item)).toBe('red');
    expect(lightOn('2026-10-01', { dueDate: '2026-10-30' })).toBe('green'); // without the link, the item's own deadline
  });

  it('keeps the item’s own deadline when it is the stricter or the same day', () => {
    expect(lightOn('2026-10-01', { dueDate: '2026-09-29', linkedDeadlines })).toBe('red');
    expect(trafficLight(calendar, { ...base, dueDate: '2026-09-30', linkedDeadlines, today: '2026-09-24' }).reason).toBe('距办理期限 2026-09-30 还有 3 个工作日');
  });

  it('uses the 承办期限 when the item has no deadline, and counts a completion reported after it as late', () => {
    expect(trafficLight(calendar, { ...base, dueDate: null, linkedDeadlines, today: '2026-10-08' }).reason).toBe(
      '已超过办理期限 2026-09-30（逾期 1 个工作日）（一事一期限：山头街道收文承办期限 2026-09-30 早于督办期限（未定），按较严格的期限判定）',
    );
    const reported = trafficLight(calendar, { ...base, ...item, status: 'completion_reported', completionReportedOn: '2026-10-08', today: '2026-10-09' });
    expect(reported.light).toBe('red');
    expect(reported.reason).toContain('逾期报办结：办理期限 2026-09-30，2026-10-08 报办结（一事一期限');
    expect(lightOn('2026-10-09', { ...item, status: 'closed' })).toBe('none');
  });
});
