import { describe, expect, it } from '@jest/globals';
import { countdown, ruleInForce, stageLabel, urgentDeadlines, type UrgentReportRule } from './urgent-deadlines.js';

const rule = (level: UrgentReportRule['level'], phoneMinutes: number, writtenMinutes: number, effectiveFrom = '2020-01-01'): UrgentReportRule => ({
  id: `${level}-${effectiveFrom}`,
  level,
  phoneMinutes,
  writtenMinutes,
  effectiveFrom,
  source: '测试依据',
});

describe('urgent matter report deadlines (RULES.md 2.7)', () => {
  it.each([
    ['especially_major', 15, 30, '2026-10-01T16:07:00.000Z', '2026-10-01T16:22:00.000Z', '2026-10-01T16:37:00.000Z'],
    ['major', 15, 30, '2026-10-01T16:07:00.000Z', '2026-10-01T16:22:00.000Z', '2026-10-01T16:37:00.000Z'],
    ['large', 30, 60, '2026-10-01T23:50:00.000Z', '2026-10-02T00:20:00.000Z', '2026-10-02T00:50:00.000Z'],
    ['general', 30, 60, '2026-02-16T15:45:00.000Z', '2026-02-16T16:15:00.000Z', '2026-02-16T16:45:00.000Z'],
  ] as const)('a %s matter: %i minutes to the phone report, %i to the written one, counted by the clock across midnight and holidays from %s', (level, phone, written, received, phoneDue, writtenDue) => {
    const result = urgentDeadlines(new Date(received), rule(level, phone, written));
    expect(result.phoneDeadline.toISOString()).toBe(phoneDue);
    expect(result.writtenDeadline.toISOString()).toBe(writtenDue);
    expect(result.explanation.join('\n')).toContain(`电话初报时限 ${phone} 分钟`);
  });

  it('explains in Beijing time', () => {
    const result = urgentDeadlines(new Date('2026-10-01T16:07:00Z'), rule('major', 15, 30));
    expect(result.explanation[0]).toBe('接报时间 2026-10-02 00:07，重大事件');
    expect(result.explanation[1]).toBe('电话初报时限 15 分钟，至 2026-10-02 00:22');
  });

  it('counts down, reaches zero at the deadline and goes negative and overdue after it', () => {
    const deadline = new Date('2026-10-01T08:15:00Z');
    expect(countdown(deadline, null, new Date('2026-10-01T08:00:00Z'))).toEqual({ remainingSeconds: 900, overdue: false });
    expect(countdown(deadline, null, deadline)).toEqual({ remainingSeconds: 0, overdue: false });
    expect(countdown(deadline, null, new Date('2026-10-01T08:15:01Z'))).toEqual({ remainingSeconds: -1, overdue: true });
  });

  it('stops the clock when the report is made: on time stays on time, late stays late', () => {
    const deadline = new Date('2026-10-01T08:15:00Z');
    const later = new Date('2026-10-02T00:00:00Z');
    expect(countdown(deadline, new Date('2026-10-01T08:10:00Z'), later)).toEqual({ remainingSeconds: 300, overdue: false });
    expect(countdown(deadline, new Date('2026-10-01T08:20:00Z'), later)).toEqual({ remainingSeconds: -300, overdue: true });
  });

  it('takes the rule in force on the day of receipt, not a later one', () => {
    const rules = [rule('major', 15, 30, '2020-01-01'), rule('major', 20, 40, '2026-06-01'), rule('large', 30, 60)];
    expect(ruleInForce(rules, 'major', '2026-05-31')?.phoneMinutes).toBe(15);
    expect(ruleInForce(rules, 'major', '2026-06-01')?.phoneMinutes).toBe(20);
    expect(ruleInForce(rules, 'general', '2026-06-01')).toBeUndefined();
  });

  it('names the report chain 初报 → 续报一、二… → 终报', () => {
    expect([stageLabel('initial', 0), stageLabel('follow_up', 1), stageLabel('follow_up', 2), stageLabel('follow_up', 12), stageLabel('final', 3)]).toEqual(['初报', '续报一', '续报二', '续报十二', '终报']);
  });
});
