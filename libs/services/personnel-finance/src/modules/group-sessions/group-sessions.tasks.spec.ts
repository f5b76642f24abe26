import { describe, expect, it } from '@jest/globals';
import type { GroupSessionRow } from './group-sessions.repository.js';
import { groupSessionTaskChange, groupSessionTasks } from './group-sessions.tasks.js';

const item = (id: string, sequence: number, completedOn: string | null) => ({ id, sequence, content: '健全调查研究制度', responsible: '李明', dueDate: '2027-03-31', completedOn, result: completedOn ? '已印发' : null, completedBy: completedOn ? 'renshi_ky' : null });
const session = (extra: Partial<GroupSessionRow>): GroupSessionRow =>
  ({ id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', kind: 'democratic_life', topic: '2026年度民主生活会', status: 'held', rectifications: [], version: 2, ...extra }) as GroupSessionRow;

describe('待办 of a 民主生活会 整改清单 (人事科)', () => {
  it('each item not yet completed, with its due date', () => {
    const tasks = groupSessionTasks(session({ rectifications: [item('a', 1, null), item('b', 2, '2026-12-20')] }));
    expect(tasks).toEqual([
      {
        step: 'rectification-a',
        kind: 'group_session_rectification',
        title: '民主生活会整改（1）：健全调查研究制度（责任人 李明；2026年度民主生活会）',
        assignee: { type: 'role', id: 'section_staff' },
        section: 'renshi',
        deadline: { date: '2027-03-31', explanation: '整改清单确定的完成时限 2027-03-31' },
        link: '/personnel-finance/group-sessions/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
      },
    ]);
  });

  it('none before it is held or once rectified; completing the last item closes its task', () => {
    expect(groupSessionTasks(session({ status: 'planned', rectifications: [item('a', 1, null)] }))).toEqual([]);
    const change = groupSessionTaskChange(session({ rectifications: [item('a', 1, null)] }), session({ status: 'rectified', rectifications: [item('a', 1, '2027-01-10')], version: 3 }));
    expect(change.before).toHaveLength(1);
    expect(change.after).toEqual([]);
    expect(change.outcome).toBe('done');
  });
});
