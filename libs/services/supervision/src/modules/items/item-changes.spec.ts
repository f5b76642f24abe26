import { describe, expect, it } from '@jest/globals';
import { unitStandings } from './item-changes.js';
import type { FeedbackRow } from './items.repository.js';

const LEAD = '00000000-0000-4000-8000-00000000000a';
const CO = '00000000-0000-4000-8000-00000000000b';
const feedback = (unitId: string, content: string, at: string, kind: FeedbackRow['kind'] = 'progress'): FeedbackRow => ({
  id: `${unitId}-${at}`,
  itemId: 'item',
  milestoneId: null,
  unitId,
  kind,
  content,
  reportedBy: 'liaison',
  reportedAt: new Date(at),
});

describe('where each unit of an item stands (the units of `item.changed`)', () => {
  it.each([
    ['no unit yet (待确认责任单位)', { leadUnitId: null, coUnitIds: [] }, [], []],
    [
      'lead and co-unit before any report',
      { leadUnitId: LEAD, coUnitIds: [CO] },
      [],
      [
        { unitId: LEAD, role: 'lead', lastReportedAt: null, lastReport: null, reports: 0 },
        { unitId: CO, role: 'co', lastReportedAt: null, lastReport: null, reports: 0 },
      ],
    ],
    [
      'the latest report of each unit, counted per unit, the lead listed once even when named as a co-unit',
      { leadUnitId: LEAD, coUnitIds: [LEAD, CO] },
      [feedback(LEAD, '第二次进展', '2026-12-02T02:00:00Z'), feedback(LEAD, '第一次进展', '2026-12-01T02:00:00Z'), feedback(CO, '配合意见', '2026-12-01T03:00:00Z', 'co_input'), feedback(LEAD, '已办结', '2026-12-03T02:00:00Z', 'completion')],
      [
        { unitId: LEAD, role: 'lead', lastReportedAt: '2026-12-03T02:00:00.000Z', lastReport: '已办结', reports: 3 },
        { unitId: CO, role: 'co', lastReportedAt: '2026-12-01T03:00:00.000Z', lastReport: '配合意见', reports: 1 },
      ],
    ],
  ] as const)('%s', (_case, item, rows, expected) => {
    expect(unitStandings({ leadUnitId: item.leadUnitId, coUnitIds: [...item.coUnitIds] }, [...rows])).toEqual(expected);
  });

  it('keeps the first 200 characters of a long report', () => {
    const [standing] = unitStandings({ leadUnitId: LEAD, coUnitIds: [] }, [feedback(LEAD, '进'.repeat(300), '2026-12-01T00:00:00Z')]);
    expect(standing.lastReport).toHaveLength(200);
  });
});
