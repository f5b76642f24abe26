import { describe, expect, it } from '@jest/globals';
import { attendanceRate, canTake, holdRefusal, preparationOf, statusAfter, type GroupSessionStep } from './group-sessions.rules.js';

describe('中心组学习、民主生活会: the rules', () => {
  it.each<[GroupSessionStep, 'central_group_study' | 'democratic_life', string, boolean]>([
    ['prepare', 'democratic_life', 'planned', true],
    ['prepare', 'central_group_study', 'planned', false],
    ['hold', 'central_group_study', 'planned', true],
    ['hold', 'democratic_life', 'held', false],
    ['rectify', 'democratic_life', 'held', true],
    ['rectify', 'democratic_life', 'planned', false],
    ['rectify', 'central_group_study', 'held', false],
    ['withdraw', 'democratic_life', 'planned', true],
    ['withdraw', 'democratic_life', 'held', false],
    ['update', 'central_group_study', 'rectified', false],
  ])('%s a %s from %s: %s', (step, kind, status, allowed) => {
    expect(canTake(step, kind, status as never)).toBe(allowed);
  });

  it('rectified once every item is done', () => {
    expect(statusAfter('rectify', 'held', [{ completedOn: '2026-05-01' }, { completedOn: null }])).toBe('held');
    expect(statusAfter('rectify', 'held', [{ completedOn: '2026-05-01' }, { completedOn: '2026-05-02' }])).toBe('rectified');
    expect(statusAfter('hold', 'planned', [])).toBe('held');
  });

  it('a 民主生活会 is held only after its four preparation steps and with a rectification list; never in the future', () => {
    const todo = preparationOf('democratic_life');
    expect(todo.map((p) => p.label)).toEqual(['会前学习研讨', '广泛征求意见', '开展谈心谈话', '撰写对照检查材料']);
    expect(holdRefusal('democratic_life', todo, 2, '2026-05-01', '2026-05-01')).toMatchObject({ code: 'preparation', message: expect.stringContaining('撰写对照检查材料') });
    const done = todo.map((p) => ({ ...p, doneOn: '2026-04-20' }));
    expect(holdRefusal('democratic_life', done, 0, '2026-05-01', '2026-05-01')).toMatchObject({ code: 'rectification' });
    expect(holdRefusal('democratic_life', done, 2, '2026-05-01', '2026-05-01')).toBeNull();
    expect(holdRefusal('central_group_study', preparationOf('central_group_study'), 0, '2026-05-01', '2026-05-01')).toBeNull();
    expect(holdRefusal('central_group_study', [], 0, '2026-05-02', '2026-05-01')).toMatchObject({ code: 'date' });
  });

  it.each([
    [9, 8, 88],
    [9, 9, 100],
    [3, 1, 33],
    [0, 0, 0],
  ])('%i due, %i present: %i%%', (members, attendees, rate) => {
    expect(attendanceRate(members, attendees)).toBe(rate);
  });
});
