import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar, seedYearsFromChineseDays } from '@gov/calendar';
import { conclusionsProblem, higherInspectionStep, higherReplyDue, higherReplyLight, inspectionStep } from './inspection-rules.js';

describe('督查 steps (《政府督查工作条例》: a 督查方案 first, conclusions after the inspection)', () => {
  it.each([
    ['draft', 'update', { to: 'draft' }],
    ['draft', 'approve', { to: 'approved' }],
    ['approved', 'conduct', { to: 'conducted' }],
    ['conducted', 'conclude', { to: 'concluded' }],
    ['draft', 'withdraw', { to: 'withdrawn' }],
    ['approved', 'withdraw', { to: 'withdrawn' }],
    ['conducted', 'withdraw', { to: 'withdrawn' }],
    ['draft', 'conduct', { error: '督查方案须先经批准才能实施（《政府督查工作条例》：督查应当制定督查方案）' }],
    ['approved', 'update', { error: '只有拟定中的督查方案可以修改' }],
    ['approved', 'conclude', { error: '督查实施后才能反馈督查结论' }],
    ['concluded', 'withdraw', { error: '已反馈结论或已撤回的督查不能撤回' }],
    ['withdrawn', 'approve', { error: '只有拟定中的督查方案可以批准' }],
  ] as const)('%s --%s--> %j', (status, step, expected) => {
    expect(inspectionStep(status, step)).toEqual(expected);
  });
});

describe('the reply to a 上级督查事项: drafted → approved → sent', () => {
  it.each([
    ['received', 'draft', { to: 'drafted' }],
    ['drafted', 'draft', { to: 'drafted' }],
    ['drafted', 'approve', { to: 'approved' }],
    ['approved', 'send', { to: 'sent' }],
    ['received', 'withdraw', { to: 'withdrawn' }],
    ['received', 'approve', { error: '只有已拟稿的答复可以审定' }],
    ['drafted', 'send', { error: '答复须先审定才能上报' }],
    ['approved', 'draft', { error: '答复已审定或已上报，不能再修改' }],
    ['sent', 'withdraw', { error: '已上报或已撤回的事项不能撤回' }],
  ] as const)('%s --%s--> %j', (status, step, expected) => {
    expect(higherInspectionStep(status, step)).toEqual(expected);
  });
});

describe('督查结论 are fed back to every inspected unit, once each', () => {
  const names = new Map([
    ['a', '应急局'],
    ['b', '教体局'],
    ['c', '卫健局'],
  ]);
  it.each([
    [['a', 'b'], ['b', 'a'], null],
    [['a', 'b'], ['a'], '督查结论须反馈每个被督查单位，尚缺：教体局'],
    [['a', 'b'], ['a', 'b', 'c'], '以下单位不在本次督查范围内：卫健局'],
    [['a', 'b'], ['a', 'a', 'b'], '同一单位只能有一条督查结论：应急局'],
  ] as const)('inspected %j, concluded %j → %s', (inspected, concluded, expected) => {
    expect(conclusionsProblem(inspected, concluded, names)).toBe(expected);
  });
});

describe('the reply deadline of a 上级督查事项 comes from the deadline engine', () => {
  const calendar = new WorkingCalendar(seedYearsFromChineseDays().filter((y) => y.year === 2026));
  it.each([
    // Received on Monday 2026-09-28: 09-29, 09-30, then the 国庆 holiday (10-01…10-07), 10-08, 10-09 and the
    // Saturday make-up working day 10-10 (调休上班) make five.
    ['2026-09-28', 5, '2026-10-10'],
    // Received on Friday 2026-12-04: ten working days from Monday 12-07.
    ['2026-12-04', 10, '2026-12-18'],
  ])('received %s with %d working days is due %s', (receivedOn, days, due) => {
    const result = higherReplyDue(calendar, receivedOn, days);
    expect(result.dueDate).toBe(due);
    expect(result.provisional).toBe(false);
    expect(result.explanation[0]).toBe(`上级要求 ${days} 个工作日内答复，自接收日次日起算`);
  });
});

describe('the light of a reply to a 上级督查事项 (the 督办 items’ model, threshold 3 working days)', () => {
  const calendar = new WorkingCalendar(seedYearsFromChineseDays().filter((y) => y.year === 2026));
  it.each([
    ['received, due in a week', { status: 'received', dueDate: '2026-12-18', sentOn: null }, '2026-12-09', 'green'],
    ['drafted, due in 3 working days', { status: 'drafted', dueDate: '2026-12-14', sentOn: null }, '2026-12-09', 'yellow'],
    ['approved, due date passed', { status: 'approved', dueDate: '2026-12-08', sentOn: null }, '2026-12-09', 'red'],
    // 10-08 is 2 working days before 10-10 (10-09, 10-10 调休上班) although the calendar shows 9 days of 国庆 before it.
    ['received on 09-30, due 10-10, judged on 10-08', { status: 'received', dueDate: '2026-10-10', sentOn: null }, '2026-10-08', 'yellow'],
    ['sent on time', { status: 'sent', dueDate: '2026-12-08', sentOn: '2026-12-08' }, '2026-12-20', 'none'],
    ['sent late', { status: 'sent', dueDate: '2026-12-08', sentOn: '2026-12-09' }, '2026-12-20', 'red'],
    ['withdrawn', { status: 'withdrawn', dueDate: '2026-12-08', sentOn: null }, '2026-12-20', 'none'],
  ] as const)('%s → %s', (_case, reply, today, light) => {
    expect(higherReplyLight(calendar, reply, today, 3).light).toBe(light);
  });
});
