import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar, seedYearsFromChineseDays } from '@gov/calendar';
import { computeDue } from './due-date.js';
import { canAddRole, handlingModeOf, mergeProblem, pendingSignersOf, rate, ruleInForce, signersOf } from './suggestion-rules.js';

const u = (n: number) => `00000000-0000-0000-0000-00000000000${n}`;

describe('交办 rules', () => {
  it.each([
    [[{ unitId: u(1), role: 'host' }], { mode: 'lead' }],
    [[{ unitId: u(1), role: 'host' }, { unitId: u(2), role: 'assisting' }, { unitId: u(3), role: 'joint' }], { mode: 'lead' }],
    [[{ unitId: u(1), role: 'separate' }, { unitId: u(2), role: 'separate' }], { mode: 'separate' }],
    [[{ unitId: u(1), role: 'assisting' }], { error: '须指定一个主办单位（协办、会办单位向主办单位提出意见）' }],
    [[{ unitId: u(1), role: 'host' }, { unitId: u(2), role: 'host' }], { error: '只能指定一个主办单位' }],
    [[{ unitId: u(1), role: 'host' }, { unitId: u(2), role: 'separate' }], { error: '分办时每个单位各自答复，不能同时指定主办、协办或会办' }],
    [[{ unitId: u(1), role: 'host' }, { unitId: u(1), role: 'assisting' }], { error: '同一单位不能重复交办' }],
  ] as const)('%j → %j', (targets, expected) => {
    expect(handlingModeOf(targets)).toEqual(expected);
  });

  it('re-assignment keeps the handling mode and one 主办', () => {
    expect(canAddRole('lead', 'host', ['assisting'])).toBeNull();
    expect(canAddRole('lead', 'host', ['host'])).toBe('该件已有主办单位');
    expect(canAddRole('lead', 'separate', [])).toBe('该件为主办办理，不能增加分办单位');
    expect(canAddRole('separate', 'separate', ['separate'])).toBeNull();
    expect(canAddRole('separate', 'joint', [])).toBe('该件为分办，只能增加分办单位');
  });
});

describe('rule versions', () => {
  const rules = [
    { id: 'a', code: 'reply_months', amount: 3, unit: 'months', effectiveFrom: '2000-01-01', ruleVersion: 1 },
    { id: 'b', code: 'reply_months', amount: 2, unit: 'months', effectiveFrom: '2027-01-01', ruleVersion: 2 },
    { id: 'c', code: 'reply_months', amount: 4, unit: 'months', effectiveFrom: '2027-01-01', ruleVersion: 3 },
    { id: 'd', code: 'return_days', amount: 5, unit: 'calendar_days', effectiveFrom: '2000-01-01', ruleVersion: 1 },
  ];
  it('takes the version in force on the day, the newest of the same effective date', () => {
    expect(ruleInForce(rules, 'reply_months', '2026-12-31')?.id).toBe('a');
    expect(ruleInForce(rules, 'reply_months', '2027-01-01')?.id).toBe('c');
    expect(ruleInForce(rules, 'return_days', '2026-06-01')?.id).toBe('d');
    expect(ruleInForce(rules, 'reply_months', '1999-12-31')).toBeUndefined();
  });
});

describe('rates', () => {
  it('rounds to four places and has no rate without a denominator', () => {
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0, 0)).toBeNull();
    expect(rate(4, 4)).toBe(1);
  });
});

describe('deadlines of 建议提案 (RULES.md 2.5) by the engine', () => {
  const calendar = new WorkingCalendar(seedYearsFromChineseDays().filter((y) => y.year === 2026));
  it('3 months from 交办 on 2026-07-01 end on 10-01, a National Day holiday, so move to the first working day after it', () => {
    const due = computeDue(calendar, { start: '2026-07-01', amount: 3, unit: 'months' });
    expect(due.dueDate).toBe('2026-10-08');
    expect(due.explanation.join('\n')).toContain('《民法典》第203条');
  });
  it('3 months from 08-31 end on 11-30 (no 31st), a Monday', () => {
    expect(computeDue(calendar, { start: '2026-08-31', amount: 3, unit: 'months' }).dueDate).toBe('2026-11-30');
  });
  it('the 5-day return period counts calendar days and a Sunday end moves to Monday', () => {
    expect(computeDue(calendar, { start: '2026-03-10', amount: 5, unit: 'calendar_days' }).dueDate).toBe('2026-03-16');
  });
  it('an extension reason leads the explanation', () => {
    const due = computeDue(calendar, { start: '2026-03-02', amount: 6, unit: 'months', note: '延期：涉及多部门协调' });
    expect(due.explanation[0]).toBe('延期：涉及多部门协调');
    expect(due.dueDate).toBe('2026-09-02');
  });
});

describe('联名件逐人答复 (jointly signed items are answered to each signer)', () => {
  it.each([
    [{ proposer: '王代表', coSigners: ['李代表', '赵代表'] }, ['王代表', '李代表', '赵代表']],
    [{ proposer: '王代表', coSigners: [] }, ['王代表']],
    [{ proposer: '王代表', coSigners: [' 李代表 ', '王代表', '', '李代表'] }, ['王代表', '李代表']],
  ])('%j answers go to %j', (suggestion, expected) => {
    expect(signersOf(suggestion)).toEqual(expected);
  });

  const host = { id: 'a1', unitId: u(1), round: 1, status: 'replied', answering: true };
  it.each([
    ['nobody answered yet', [host], [], ['王代表', '李代表']],
    ['one answered', [host], [{ assignmentId: 'a1', round: 1, signer: '王代表' }], ['李代表']],
    ['both answered', [host], [{ assignmentId: 'a1', round: 1, signer: '王代表' }, { assignmentId: 'a1', round: 1, signer: '李代表' }], []],
    ['an answer of an earlier round does not count in a re-handling round', [{ ...host, round: 2 }], [{ assignmentId: 'a1', round: 1, signer: '王代表' }], ['王代表', '李代表']],
    ['a unit still handling owes no answer yet', [{ ...host, status: 'handling' }], [], []],
    ['a 协办 unit answers no signer', [{ ...host, answering: false }], [], []],
  ] as const)('%s', (_case, assignments, answers, expected) => {
    expect(pendingSignersOf(['王代表', '李代表'], assignments, answers).map((p) => p.signer)).toEqual(expected);
  });
});

describe('并案 (merged items are answered separately)', () => {
  const s = (id: string, extra: Partial<{ mergedIntoId: string | null; status: string }> = {}) => ({ id, mergedIntoId: null, status: 'assigned', ...extra });
  it.each([
    ['a plain item into another', s('b'), s('a'), 0, null],
    ['into itself', s('a'), s('a'), 0, '不能并入本件'],
    ['into a missing item', s('b'), null, 0, '并入的主件不存在或已撤销'],
    ['into a withdrawn item', s('b'), s('a', { status: 'withdrawn' }), 0, '并入的主件不存在或已撤销'],
    ['an item already merged', s('b', { mergedIntoId: 'c' }), s('a'), 0, '该件已并案，不能再次并入'],
    ['into an item itself merged', s('b'), s('a', { mergedIntoId: 'c' }), 0, '并入的主件本身已并入其他件，请并入最终的主件'],
    ['a main item with others merged into it', s('b'), s('a'), 1, '已有其他件并入本件，本件只能作为主件'],
    ['a closed item', s('b', { status: 'closed' }), s('a'), 0, '该件已办结，不能并案'],
  ] as const)('%s', (_case, suggestion, into, mergedCount, expected) => {
    expect(mergeProblem(suggestion, into, mergedCount)).toBe(expected);
  });
});
