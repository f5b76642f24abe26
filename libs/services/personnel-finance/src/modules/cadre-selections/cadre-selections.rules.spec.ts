import { describe, expect, it } from '@jest/globals';
import { seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import {
  candidateRefusal,
  checkStep,
  dateOrderRefusal,
  decisionCheck,
  objectionsRefusal,
  probationPeriod,
  publicityOverRefusal,
  publicityPeriod,
  recommendationRefusal,
  statusAfter,
  type CadreSelectionStep,
} from './cadre-selections.rules.js';

const calendar = new WorkingCalendar(seedYearsFromChineseDays());

describe('干部选拔任用: the steps in order (动议 → 民主推荐 → 考察 → 讨论决定 → 任前公示 → 任职)', () => {
  it.each<[CadreSelectionStep, string, boolean, string]>([
    ['recommend', 'proposed', true, 'recommended'],
    ['inspect', 'recommended', true, 'inspected'],
    ['decide', 'inspected', true, 'decided'],
    ['publicize', 'decided', true, 'publicizing'],
    ['recordObjection', 'publicizing', true, 'publicizing'],
    ['resolveObjection', 'publicizing', true, 'publicizing'],
    ['appoint', 'publicizing', true, 'appointed'],
    ['withdraw', 'publicizing', true, 'withdrawn'],
    ['withdraw', 'proposed', true, 'withdrawn'],
    ['inspect', 'proposed', false, ''],
    ['decide', 'recommended', false, ''],
    ['publicize', 'inspected', false, ''],
    ['appoint', 'decided', false, ''],
    ['recommend', 'recommended', false, ''],
    ['recordObjection', 'decided', false, ''],
  ])('%s from %s: allowed %s', (step, from, allowed, to) => {
    const check = checkStep(step, from as never);
    expect(check.ok).toBe(allowed);
    if (allowed) expect(statusAfter(step, from as never)).toBe(to);
  });

  it('a skipped step is refused naming the step that must come first; nothing after 任职 or withdrawal', () => {
    expect(checkStep('appoint', 'decided')).toMatchObject({ ok: false, terminal: false, message: expect.stringContaining('“任职”须在“任前公示”之后办理') });
    expect(checkStep('withdraw', 'appointed')).toMatchObject({ ok: false, terminal: true });
    expect(checkStep('recommend', 'withdrawn')).toMatchObject({ ok: false, terminal: true });
  });

  it('dates follow each other', () => {
    expect(dateOrderRefusal('2026-03-10', '动议', '2026-03-09', '民主推荐')).toContain('早于动议日期');
    expect(dateOrderRefusal('2026-03-10', '动议', '2026-03-10', '民主推荐')).toBeNull();
  });
});

describe('干部选拔任用: 民主推荐, 考察对象 and 讨论决定', () => {
  it('votes never exceed the participants; names are not repeated', () => {
    expect(recommendationRefusal(30, [{ name: '王芳', votes: 31 }])).toContain('多于参加推荐人数');
    expect(recommendationRefusal(30, [{ name: '王芳', votes: 20 }, { name: '王芳', votes: 3 }])).toContain('重复');
    expect(recommendationRefusal(30, [{ name: '王芳', votes: 30 }, { name: '李强', votes: 0 }])).toBeNull();
  });

  it('the 考察对象 is one of those recommended', () => {
    expect(candidateRefusal('赵敏', [{ name: '王芳', votes: 20 }])).toContain('不在推荐结果中');
    expect(candidateRefusal(' 王芳 ', [{ name: '王芳', votes: 20 }])).toBeNull();
  });

  it.each([
    ['7 due, 5 present (≥ 2/3), 4 for (> 3.5): decided', 7, 5, 4, 1, 0, null],
    ['7 due, 4 present: under two thirds', 7, 4, 4, 0, 0, '三分之二以上成员到会'],
    ['6 due, 4 present is exactly two thirds; 3 for is not more than half', 6, 4, 3, 1, 0, '超过应到会成员半数'],
    ['6 due, 4 present, 4 for: decided', 6, 4, 4, 0, 0, null],
    ['votes beyond those present', 7, 5, 4, 1, 1, '多于实到'],
    ['present beyond those due', 5, 6, 5, 0, 0, '多于应到'],
  ])('%s', (_, total, present, votesFor, against, abstain, refusal) => {
    const check = decisionCheck({ membersTotal: total, membersPresent: present, votesFor, votesAgainst: against, votesAbstain: abstain });
    if (refusal === null) {
      expect(check.refusal).toBeNull();
      expect(check.explanation).toContain(`应到 ${total} 人，实到 ${present} 人`);
    } else expect(check.refusal).toContain(refusal);
  });
});

describe('干部选拔任用: 任前公示 (5 working days from the engine), objections, 任职 and 试用期', () => {
  it.each([
    ['published on a Monday: the next five working days', '2026-03-02', '2026-03-09'],
    ['across the National Day holiday and its make-up Saturday', '2026-09-29', '2026-10-12'],
  ])('%s', (_, publishedOn, endsOn) => {
    const period = publicityPeriod(calendar, publishedOn);
    expect(period.dueDate).toBe(endsOn);
    expect(period.explanation[0]).toContain('不少于 5 个工作日');
  });

  it('任职 only after the last day of the 公示', () => {
    expect(publicityOverRefusal('2026-03-09', '2026-03-09')).toContain('最早 2026-03-09 的次日');
    expect(publicityOverRefusal('2026-03-09', '2026-03-10')).toBeNull();
  });

  it('every objection resolved, none standing in the way', () => {
    expect(objectionsRefusal([{ outcome: null, summary: '群众来信' }])).toMatchObject({ code: 'open' });
    expect(objectionsRefusal([{ outcome: 'blocking', summary: '个人有关事项未如实报告' }])).toMatchObject({ code: 'blocking', message: expect.stringContaining('请撤回') });
    expect(objectionsRefusal([{ outcome: 'unfounded', summary: '—' }, { outcome: 'not_affecting', summary: '—' }])).toBeNull();
    expect(objectionsRefusal([])).toBeNull();
  });

  it('the 试用期 ends a year after 任职', () => {
    expect(probationPeriod(calendar, '2026-03-10').dueDate).toBe('2027-03-10');
  });
});
