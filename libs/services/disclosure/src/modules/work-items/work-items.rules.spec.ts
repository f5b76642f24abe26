import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { WorkItemLight, WorkItemStatus } from '@gov/contracts-disclosure';
import { canTake, dateProblem, isOfficeStep, needsReminder, responsibleUnits, statusAfter, unitsProblem, workingDaysLeft, workItemLight, type WorkItemStep } from './work-items.rules.js';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());

describe('领导小组工作事项: the rules', () => {
  it.each<[WorkItemStep, WorkItemStatus, boolean]>([
    ['update', 'in_progress', true],
    ['update', 'returned', true],
    ['update', 'completion_reported', false],
    ['report', 'in_progress', true],
    ['report', 'completion_reported', true],
    ['report', 'completed', false],
    ['complete', 'in_progress', true],
    ['complete', 'returned', true],
    ['complete', 'completion_reported', false],
    ['confirm', 'completion_reported', true],
    ['confirm', 'in_progress', false],
    ['return', 'completion_reported', true],
    ['return', 'returned', false],
    ['withdraw', 'in_progress', true],
    ['withdraw', 'completion_reported', true],
    ['withdraw', 'completed', false],
    ['withdraw', 'withdrawn', false],
    ['remind', 'in_progress', true],
    ['remind', 'completion_reported', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it.each<[WorkItemStep, WorkItemStatus, WorkItemStatus]>([
    ['report', 'in_progress', 'in_progress'],
    ['report', 'completion_reported', 'completion_reported'],
    ['complete', 'in_progress', 'completion_reported'],
    ['complete', 'returned', 'completion_reported'],
    ['confirm', 'completion_reported', 'completed'],
    ['return', 'completion_reported', 'returned'],
    ['withdraw', 'returned', 'withdrawn'],
    ['update', 'returned', 'returned'],
  ])('%s from %s → %s', (step, status, after) => {
    expect(statusAfter(step, status)).toBe(after);
  });

  it('the office assigns, changes, confirms, returns and withdraws; the units report', () => {
    expect((['update', 'confirm', 'return', 'withdraw', 'remind'] as const).every(isOfficeStep)).toBe(true);
    expect(isOfficeStep('report')).toBe(false);
    expect(isOfficeStep('complete')).toBe(false);
  });

  // 2026: 国庆 10-01…10-07 off, 10-10 (Saturday) a make-up working day; 春节 02-15…02-23 off, 02-14 and 02-28 make-up days.
  it.each<[string, string, WorkItemLight, string]>([
    ['2026-06-19', '2026-06-05', 'green', '正常推进'],
    ['2026-06-12', '2026-06-05', 'yellow', '距办理期限 2026-06-12 还有 5 个工作日'],
    ['2026-06-05', '2026-06-05', 'yellow', '今天（2026-06-05）是办理期限'],
    ['2026-06-04', '2026-06-05', 'red', '已超过办理期限 2026-06-04（逾期 1 个工作日）'],
    ['2026-10-09', '2026-09-29', 'yellow', '距办理期限 2026-10-09 还有 3 个工作日'],
    ['2026-10-12', '2026-09-29', 'yellow', '距办理期限 2026-10-12 还有 5 个工作日'],
    ['2026-10-16', '2026-09-29', 'green', '正常推进'],
  ])('an open item due %s on %s: %s (%s)', (dueDate, today, light, reason) => {
    expect(workItemLight(calendar, { status: 'in_progress', dueDate, completionReportedOn: null }, today)).toEqual({ light, reason });
    expect(needsReminder(calendar, { status: 'in_progress', dueDate, completionReportedOn: null }, today)).toBe(light !== 'green');
  });

  it.each<[WorkItemStatus, string | null, WorkItemLight]>([
    ['completion_reported', '2026-06-05', 'green'],
    ['completion_reported', '2026-06-08', 'red'],
    ['completed', '2026-06-01', 'green'],
    ['completed', '2026-06-30', 'red'],
    ['withdrawn', null, 'none'],
  ])('%s (reported complete %s) for a deadline of 2026-06-05 is %s, whatever today', (status, reportedOn, light) => {
    expect(workItemLight(calendar, { status, dueDate: '2026-06-05', completionReportedOn: reportedOn }, '2026-12-01').light).toBe(light);
    expect(needsReminder(calendar, { status, dueDate: '2026-06-05', completionReportedOn: reportedOn }, '2026-12-01')).toBe(false);
  });

  it('the working days left: counted over the calendar while open, negative when past, none once done', () => {
    expect(workingDaysLeft(calendar, { status: 'in_progress', dueDate: '2026-10-13' }, '2026-09-29')).toBe(6);
    expect(workingDaysLeft(calendar, { status: 'returned', dueDate: '2026-06-05' }, '2026-06-09')).toBe(-2);
    expect(workingDaysLeft(calendar, { status: 'completed', dueDate: '2026-06-05' }, '2026-06-01')).toBeNull();
  });

  it('the responsible units: the lead unit first, a co-unit neither the lead nor twice', () => {
    expect(responsibleUnits({ leadUnitId: 'a', coUnitIds: ['b', 'c'] })).toEqual(['a', 'b', 'c']);
    expect(unitsProblem('a', ['b', 'c'])).toBeNull();
    expect(unitsProblem('a', ['b', 'a'])).toBe('coUnitIds：牵头单位不能同时为配合单位');
    expect(unitsProblem('a', ['b', 'b'])).toBe('coUnitIds：配合单位重复');
  });

  it.each<[string, string | null, string | null]>([
    ['2026-06-10', '2026-06-01', null],
    ['2026-05-31', '2026-06-01', 'completedOn：不能早于报完成之日（2026-06-01）'],
    ['2026-07-01', null, 'completedOn：日期不能晚于今天'],
  ])('confirmed on %s after completion reported %s: %s', (on, after, message) => {
    expect(dateProblem('completedOn', on, '2026-06-30', { on: after, what: '报完成之日' })).toBe(message);
  });
});
