import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { AssistanceRequestStatus } from '@gov/contracts-disclosure';
import { canTake, isOverdue, replyDeadline, statusAfter, termProblem, type AssistanceRequestStep } from './assistance-requests.rules.js';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());

describe('协助调查件: the rules', () => {
  it.each<[AssistanceRequestStep, AssistanceRequestStatus, boolean]>([
    ['update', 'received', true],
    ['reply', 'received', true],
    ['withdraw', 'received', true],
    ['update', 'replied', false],
    ['reply', 'replied', false],
    ['withdraw', 'replied', false],
    ['reply', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it('the steps end where they say', () => {
    expect(statusAfter('reply', 'received')).toBe('replied');
    expect(statusAfter('withdraw', 'received')).toBe('withdrawn');
    expect(statusAfter('update', 'received')).toBe('received');
  });

  it.each([
    [{ statedDueOn: '2026-06-20', workingDays: undefined }, null],
    [{ statedDueOn: undefined, workingDays: 10 }, null],
    [{ statedDueOn: undefined, workingDays: undefined }, 'statedDueOn'],
    [{ statedDueOn: '2026-06-20', workingDays: 10 }, 'workingDays'],
    [{ statedDueOn: '2026-06-01', workingDays: undefined }, 'statedDueOn'],
  ])('term %p → problem on %p', (term, field) => {
    const problem = termProblem({ receivedOn: '2026-06-05', documentNumber: '淄政复〔2026〕15号', ...term });
    expect(problem?.field ?? null).toBe(field);
  });

  it('a stated date is the due date, explained by the request that states it', () => {
    const due = replyDeadline(calendar, { receivedOn: '2026-06-05', documentNumber: '淄政复〔2026〕15号', statedDueOn: '2026-06-15' });
    expect(due.dueDate).toBe('2026-06-15');
    expect(due.explanation).toEqual(['答复期限：来文（淄政复〔2026〕15号）载明于 2026-06-15 前答复']);
  });

  it.each([
    ['2026-09-28', 10, '2026-10-16', '国庆 2026: 10-01…10-07 off, 10-10 a make-up Saturday'],
    ['2026-02-12', 5, '2026-02-26', '春节 2026: 02-14 is a make-up Saturday, 02-15…02-23 off'],
    ['2026-06-05', 5, '2026-06-12', 'an ordinary week: the day of receipt is not counted'],
  ])('received %s, %i working days → reply by %s (%s)', (receivedOn, days, due) => {
    const result = replyDeadline(calendar, { receivedOn, documentNumber: '鲁政办函〔2026〕3号', workingDays: days });
    expect(result.dueDate).toBe(due);
    expect(result.explanation[0]).toBe(`答复期限：收文之日（${receivedOn}）起 ${days} 个工作日内（来文未载明期限）`);
    expect(result.explanation.length).toBeGreaterThan(1);
  });

  it.each<[AssistanceRequestStatus, string | null, string | null, boolean]>([
    ['received', '2026-06-12', null, false],
    ['received', '2026-06-11', null, true],
    ['replied', '2026-06-11', '2026-06-11', false],
    ['replied', '2026-06-11', '2026-06-12', true],
    ['withdrawn', '2026-06-01', null, false],
  ])('%s due %s replied %s is red on 2026-06-12: %s', (status, dueDate, repliedOn, overdue) => {
    expect(isOverdue({ status, dueDate, repliedOn }, '2026-06-12')).toBe(overdue);
  });
});
