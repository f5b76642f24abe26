import { describe, expect, it } from '@jest/globals';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import { decidedItemChangeEntry } from './supervision-feedback.js';

const change = (over: Partial<SupervisionItemChanged.Event>): SupervisionItemChanged.Event => ({
  id: '0b9d1c1e-6a0e-4c39-9b7a-0d6f3c1c2a10',
  kind: 'meeting_decision',
  title: '党组会议定事项（2）',
  status: 'acknowledged',
  sourceKind: 'leading_group_decision',
  sourceId: '5f0c8a8e-2f1e-4a53-9e43-3c0f6f9a7b21',
  leadUnitId: null,
  coUnitIds: [],
  dueDate: '2027-01-15',
  light: 'green',
  leaderName: null,
  version: 3,
  action: 'acknowledged',
  note: null,
  actor: 'liaison_a',
  at: '2026-12-05T02:00:00.000Z',
  lightReason: null,
  units: [],
  ...over,
});

describe('the timeline line of a 督办 change on a 党组会 decided item', () => {
  it('names the decided item and the change, with the state, light and deadline after it, by whoever changed it, when it happened', () => {
    expect(decidedItemChangeEntry(2, change({}))).toEqual({
      at: '2026-12-05T02:00:00.000Z',
      by: 'liaison_a',
      step: '议定事项（2）责任单位签收',
      note: '督办状态：已签收；灯色：绿灯（正常推进）；期限：2027-01-15',
    });
  });

  it('keeps the change\'s own note (a withdrawal\'s reason) and shows 系统 for the system\'s changes', () => {
    const withdrawn = decidedItemChangeEntry(1, change({ action: 'withdrawn', status: 'withdrawn', light: 'none', note: '撤销：已另行部署', dueDate: null }));
    expect(withdrawn.step).toBe('议定事项（1）督办事项已撤销');
    expect(withdrawn.note).toBe('督办状态：已撤销；灯色：不再预警（已销号或已撤销）；撤销：已另行部署');
    expect(decidedItemChangeEntry(1, change({ action: 'light_changed', light: 'yellow', actor: 'system' })).by).toBe('系统');
  });
});
