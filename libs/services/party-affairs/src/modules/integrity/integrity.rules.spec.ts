import { describe, expect, it } from '@jest/globals';
import type { ResponsibilityItem } from '@gov/contracts-party-affairs';
import { canTake, clueCheckConfigOf, clueCheckConfigOn, clueCheckOverdue, type ClueCheckConfig, clueStatusAfter, completionOf, dispositionProblem, dueOutsideYear, mergeItems, percent, stepDateOk } from './integrity.rules.js';
import { reasonOf } from '@gov/platform';

const item = (id: string, dueOn: string, doneOn: string | null = null): ResponsibilityItem => ({ id, content: '落实谈心谈话', responsible: '王书记', dueOn, doneOn, evidence: doneOn ? '会议记录' : null, completedBy: doneOn ? 'u' : null });

describe('党风廉政 责任清单: the rules (local: RULES.md §2.11 is silent; 《党委（党组）落实全面从严治党主体责任规定》)', () => {
  it.each([
    ['update', 'open', true],
    ['complete', 'open', true],
    ['withdraw', 'open', true],
    ['update', 'withdrawn', false],
    ['complete', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it.each([
    ['  不再需要  ', '不再需要'],
    ['重复', '重复'],
    [' 无 ', null],
    ['', null],
    [undefined, null],
  ])('a withdrawal reason %p is %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });

  it.each([
    [0, 0, 0],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [3, 3, 100],
    [0, 5, 0],
  ])('%i of %i done is %p %', (done, total, rate) => {
    expect(percent(done, total)).toBe(rate);
  });

  it('completion as of a day: done items count, undone items due before the day are overdue (due on the day is not)', () => {
    const items = [item('a', '2026-03-31', '2026-03-30'), item('b', '2026-06-30'), item('c', '2026-07-01'), item('d', '2026-06-29')];
    expect(completionOf(items, '2026-06-30')).toEqual({ total: 4, done: 1, overdue: 1, completionRate: 25 });
    expect(completionOf([], '2026-06-30')).toEqual({ total: 0, done: 0, overdue: 0, completionRate: 0 });
  });

  it('a yearly list: the first due date outside the year (edges: 1 January and 31 December are inside)', () => {
    expect(dueOutsideYear([{ dueOn: '2026-01-01' }, { dueOn: '2026-12-31' }], 2026)).toBeNull();
    expect(dueOutsideYear([{ dueOn: '2026-01-01' }, { dueOn: '2027-01-01' }], 2026)).toBe('2027-01-01');
    expect(dueOutsideYear([{ dueOn: '2025-12-31' }], 2026)).toBe('2025-12-31');
  });

  it('a change keeps the completion of the items it names, adds new ones, refuses an unknown id', () => {
    const existing = [item('a', '2026-03-31', '2026-03-30'), item('b', '2026-06-30')];
    let n = 0;
    const next = mergeItems(existing, [{ id: 'a', content: '改写', responsible: '李委员', dueOn: '2026-04-30' }, { content: '新增', responsible: '张三', dueOn: '2026-09-30' }], () => `new-${++n}`);
    expect(next.items.map((i) => [i.id, i.content, i.doneOn])).toEqual([
      ['a', '改写', '2026-03-30'],
      ['new-1', '新增', null],
    ]);
    expect(mergeItems(existing, [{ id: 'zzz', content: '某项', responsible: '张三', dueOn: '2026-09-30' }], () => 'x').unknownId).toBe('zzz');
  });
});

describe('问题线索: handling steps and the 初核 deadline (LOCAL SETTING: 30 days; 《监督执纪工作规则》 for the dispositions)', () => {
  it.each([
    ['registered', 'check', 'checking'],
    ['checking', 'dispose', 'disposed'],
    ['disposed', 'close', 'closed'],
    ['registered', 'dispose', null],
    ['registered', 'close', null],
    ['checking', 'close', null],
    ['checking', 'check', null],
    ['closed', 'check', null],
    ['closed', 'close', null],
  ] as const)('%s then %s → %p', (status, step, after) => {
    expect(clueStatusAfter(status, step)).toBe(after);
  });

  it.each([
    ['dispose', undefined, 'required'],
    ['dispose', 'inquiry', null],
    ['check', undefined, null],
    ['check', 'concluded', 'unexpected'],
    ['close', 'transferred', 'unexpected'],
  ] as const)('step %s with disposition %p: %p', (step, disposition, problem) => {
    expect(dispositionProblem(step, disposition)).toBe(problem);
  });

  it('the 初核 limit in force is the latest version effective on the day; a clue keeps the version it was registered under', () => {
    const configs: ClueCheckConfig[] = [
      { version: 'v1', effectiveFrom: '2018-01-01', days: 30, source: '本地设定一' },
      { version: 'v2', effectiveFrom: '2026-07-01', days: 20, source: '本地设定二' },
    ];
    expect(clueCheckConfigOn('2026-06-30', configs).version).toBe('v1');
    expect(clueCheckConfigOn('2026-07-01', configs).version).toBe('v2');
    expect(clueCheckConfigOn('2017-12-31', configs).version).toBe('v1');
    expect(clueCheckConfigOf('v1', '2026-08-01', configs).days).toBe(30);
    expect(clueCheckConfigOf('unknown', '2026-08-01', configs).version).toBe('v2');
    expect(clueCheckConfigOn('2026-12-05')).toMatchObject({ days: 30, source: expect.stringContaining('本地设定') });
  });

  it.each([
    ['registered', '2026-01-31', '2026-01-31', false],
    ['registered', '2026-01-31', '2026-02-01', true],
    ['checking', '2026-01-31', '2026-02-01', true],
    ['disposed', '2026-01-31', '2026-03-01', false],
    ['closed', '2026-01-31', '2026-03-01', false],
  ] as const)('%s, due %s, on %s: overdue %p', (status, dueOn, today, overdue) => {
    expect(clueCheckOverdue(status, dueOn, today)).toBe(overdue);
  });

  it.each([
    ['2026-03-01', '2026-03-01', '2026-03-05', true],
    ['2026-03-01', '2026-02-28', '2026-03-05', false],
    ['2026-03-01', '2026-03-05', '2026-03-05', true],
    ['2026-03-01', '2026-03-06', '2026-03-05', false],
  ])('previous %s, step on %s, today %s: %p', (previous, on, today, ok) => {
    expect(stepDateOk(previous, on, today)).toBe(ok);
  });
});
