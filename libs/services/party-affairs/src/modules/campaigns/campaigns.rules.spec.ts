import { describe, expect, it } from '@jest/globals';
import type { CampaignCompletion, CampaignTask } from '@gov/contracts-party-affairs';
import { canTake, completionDateOk, dueOutsidePeriod, keptCompletions, mergeTasks, progressOf, withCompletion } from './campaigns.rules.js';

const task = (id: string, branchIds: string[], dueOn: string): CampaignTask => ({ id, content: `任务${id}`, branchIds, dueOn });
const done = (taskId: string, branchId: string, completedOn = '2026-04-01'): CampaignCompletion => ({ taskId, branchId, completedOn, evidence: '学习记录', recordedBy: 'u', recordedAt: '2026-04-01T00:00:00.000Z' });
const branches = [
  { id: 'b1', name: '第一支部', unitId: 'u1' },
  { id: 'b2', name: '第二支部', unitId: null },
];

describe('主题教育: the rules (local: RULES.md §2.11 is silent)', () => {
  it.each([
    ['complete', 'open', true],
    ['update', 'open', true],
    ['withdraw', 'open', true],
    ['complete', 'withdrawn', false],
    ['update', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('progress per branch: assigned, done, overdue (not done, due before today; due today is not), rate', () => {
    const tasks = [task('t1', ['b1', 'b2'], '2026-04-30'), task('t2', ['b1'], '2026-05-31'), task('t3', ['b2'], '2026-06-30')];
    const progress = progressOf(tasks, [done('t1', 'b1')], branches, '2026-05-31');
    expect(progress).toEqual([
      { branchId: 'b1', branchName: '第一支部', unitId: 'u1', assigned: 2, done: 1, overdue: 0, overdueTaskIds: [], completionRate: 50 },
      { branchId: 'b2', branchName: '第二支部', unitId: null, assigned: 2, done: 0, overdue: 1, overdueTaskIds: ['t1'], completionRate: 0 },
    ]);
    expect(progressOf(tasks, [done('t1', 'b1')], branches, '2026-06-01')[0]).toMatchObject({ overdue: 1, overdueTaskIds: ['t2'] });
  });

  it.each([
    ['2026-03-01', '2026-03-01', '2026-08-31', null],
    ['2026-08-31', '2026-03-01', '2026-08-31', null],
    ['2026-02-28', '2026-03-01', '2026-08-31', '2026-02-28'],
    ['2026-09-01', '2026-03-01', '2026-08-31', '2026-09-01'],
  ])('a task due %s in %s – %s: outside %p', (dueOn, startsOn, endsOn, outside) => {
    expect(dueOutsidePeriod([{ dueOn }], startsOn, endsOn)).toBe(outside);
  });

  it.each([
    ['2026-03-01', '2026-03-01', '2026-05-01', true],
    ['2026-02-28', '2026-03-01', '2026-05-01', false],
    ['2026-05-01', '2026-03-01', '2026-05-01', true],
    ['2026-05-02', '2026-03-01', '2026-05-01', false],
  ])('completed on %s (campaign from %s, today %s): %p', (on, startsOn, today, ok) => {
    expect(completionDateOk(on, startsOn, today)).toBe(ok);
  });

  it('a change keeps tasks by id and drops completions of removed tasks or branches; a second completion replaces the first', () => {
    const merged = mergeTasks([task('t1', ['b1'], '2026-04-30')], [{ id: 't1', content: '改', branchIds: ['b1', 'b1'], dueOn: '2026-04-30' }, { content: '新', branchIds: ['b2'], dueOn: '2026-05-30' }], () => 'n');
    expect(merged.tasks.map((t) => [t.id, t.branchIds])).toEqual([
      ['t1', ['b1']],
      ['n', ['b2']],
    ]);
    expect(mergeTasks([], [{ id: 'x', content: '某', branchIds: ['b1'], dueOn: '2026-04-30' }], () => 'n').unknownId).toBe('x');
    expect(keptCompletions([done('t1', 'b1'), done('t1', 'b2'), done('t9', 'b1')], merged.tasks)).toEqual([done('t1', 'b1')]);
    expect(withCompletion([done('t1', 'b1')], done('t1', 'b1', '2026-04-05'))).toEqual([done('t1', 'b1', '2026-04-05')]);
  });
});
