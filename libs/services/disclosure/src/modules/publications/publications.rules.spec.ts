import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import type { PublicationStatus } from '@gov/contracts-disclosure';
import { canTake, categoryOfDocType, indexNumberOf, isLate, publicationDeadline, statusAfter, type PublicationStep } from './publications.rules.js';
import { reasonOf } from '@gov/platform';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());

describe('主动公开信息: the rules', () => {
  it.each([
    ['2025-09-26', '2025-10-30', '国庆/中秋 2025 with make-up days 09-28 and 10-11'],
    ['2026-02-12', '2026-03-18', '春节 2026 with make-up Saturdays 02-14 and 02-28'],
  ])('made %s → published by %s (第二十六条, %s)', (madeOn, due) => {
    const result = publicationDeadline(calendar, madeOn);
    expect(result.dueDate).toBe(due);
    expect(result.explanation[0]).toContain('第二十六条');
  });

  it.each<[PublicationStep, PublicationStatus, boolean]>([
    ['review', 'queued', true],
    ['review', 'cleared', false],
    ['publish', 'queued', false],
    ['publish', 'cleared', true],
    ['withdraw', 'published', true],
    ['withdraw', 'withdrawn', false],
    ['withdraw', 'held', false],
    ['update', 'published', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it('a review clears or holds; publishing and withdrawal end where they say', () => {
    expect(statusAfter('review', 'queued', true)).toBe('cleared');
    expect(statusAfter('review', 'queued', false)).toBe('held');
    expect(statusAfter('publish', 'cleared')).toBe('published');
    expect(statusAfter('withdraw', 'published')).toBe('withdrawn');
  });

  it.each([
    [{ status: 'queued', dueDate: '2026-03-18', publishedOn: null }, '2026-03-18', false],
    [{ status: 'queued', dueDate: '2026-03-18', publishedOn: null }, '2026-03-19', true],
    [{ status: 'published', dueDate: '2026-03-18', publishedOn: '2026-03-19' }, '2026-03-20', true],
    [{ status: 'published', dueDate: '2026-03-18', publishedOn: '2026-03-18' }, '2026-12-01', false],
    [{ status: 'withdrawn', dueDate: '2026-03-18', publishedOn: null }, '2026-12-01', false],
  ] as const)('late: %o on %s → %s', (row, today, late) => {
    expect(isLate(row, today)).toBe(late);
  });

  it('categories, 索引号 and reasons', () => {
    expect(categoryOfDocType('办法', '博山区政府信息公开工作管理办法')).toBe('normative_document');
    expect(categoryOfDocType('通知', '关于做好防汛工作的通知')).toBe('announcement');
    expect(categoryOfDocType('意见', '关于推进数字博山建设的实施意见')).toBe('policy_document');
    expect(indexNumberOf(2026, 12)).toBe('2026-00012');
    expect(reasonOf('  内容有误  ')).toBe('内容有误');
    expect(reasonOf(' 无 ')).toBeNull();
  });
});
