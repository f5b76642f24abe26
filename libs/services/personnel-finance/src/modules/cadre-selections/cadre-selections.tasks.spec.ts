import { describe, expect, it } from '@jest/globals';
import type { CadreSelectionRow } from './cadre-selections.repository.js';
import { cadreSelectionTaskChange, cadreSelectionTasks } from './cadre-selections.tasks.js';

const row = (extra: Partial<CadreSelectionRow>): CadreSelectionRow =>
  ({
    id: '7b0d3c1e-2f44-4c55-9a66-0f1e2d3c4b5a',
    title: '综合科副科长选任',
    unitName: '区政府办公室',
    postTitle: '综合科副科长',
    status: 'proposed',
    objections: [],
    publicity: null,
    publicityEndsOn: null,
    version: 1,
    ...extra,
  }) as CadreSelectionRow;
const publicity = { publishedOn: '2026-12-01', channel: '区政府网站', endsOn: '2026-12-07', workingDays: 5, explanation: [], by: 'renshi_ky' };
const objection = (id: string, outcome: 'unfounded' | null) => ({ id, receivedOn: '2026-12-02', source: '来信', summary: '反映工作作风问题', recordedBy: 'renshi_ky', resolvedOn: null, finding: null, outcome, resolvedBy: null });

describe('待办 of a 干部选拔任用 procedure (人事科)', () => {
  it.each([
    ['proposed', '民主推荐'],
    ['recommended', '考察'],
    ['inspected', '讨论决定'],
    ['decided', '任前公示'],
  ] as const)('while %s it waits on %s', (status, label) => {
    const [task] = cadreSelectionTasks(row({ status }));
    expect(task).toMatchObject({ kind: 'cadre_selection_step', title: `${label}：综合科副科长选任（区政府办公室综合科副科长）`, section: 'renshi', assignee: { type: 'role', id: 'section_staff' } });
  });

  it('during the 公示 each open reported problem is to be checked by the day it ends; then 任职, from the day after', () => {
    const during = row({ status: 'publicizing', publicity, publicityEndsOn: '2026-12-07', objections: [objection('a', null), objection('b', 'unfounded')] as CadreSelectionRow['objections'] });
    expect(cadreSelectionTasks(during)).toEqual([
      expect.objectContaining({ step: 'objection-a', kind: 'cadre_selection_objection', deadline: { date: '2026-12-07', explanation: '任前公示 2026-12-07 期满（5 个工作日）' } }),
    ]);
    const resolved = row({ status: 'publicizing', publicity, publicityEndsOn: '2026-12-07', objections: [objection('b', 'unfounded')] as CadreSelectionRow['objections'] });
    expect(cadreSelectionTasks(resolved)).toEqual([expect.objectContaining({ step: 'appoint', title: '任职：综合科副科长选任（区政府办公室综合科副科长）（任前公示 2026-12-07 期满后办理）' })]);
  });

  it('nothing waits once appointed or withdrawn; a withdrawal closes the open task as withdrawn', () => {
    expect(cadreSelectionTasks(row({ status: 'appointed' }))).toEqual([]);
    const change = cadreSelectionTaskChange(row({ status: 'inspected', version: 3 }), row({ status: 'withdrawn', version: 4 }), 'u1');
    expect(change).toMatchObject({ record: { type: 'cadre-selection' }, after: [], outcome: 'withdrawn', version: 4 });
    expect(change.before).toHaveLength(1);
  });
});
