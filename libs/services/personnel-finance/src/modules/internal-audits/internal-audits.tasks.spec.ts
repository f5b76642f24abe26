import { describe, expect, it } from '@jest/globals';
import type { AuditFindingView } from '@gov/contracts-personnel-finance';
import type { InternalAuditRow } from './internal-audits.repository.js';
import { internalAuditTaskChange, internalAuditTasks } from './internal-audits.tasks.js';

const finding = (sequence: number, status: AuditFindingView['status']): AuditFindingView => ({
  id: `00000000-0000-4000-8000-00000000000${sequence}`,
  sequence,
  category: 'assets',
  description: '固定资产账实不符',
  amountFen: 120_000,
  requirement: '清查并调整账目',
  dueDate: '2026-06-30',
  status,
  rectification: null,
  verification: null,
  rejections: 0,
});

const audit = (status: InternalAuditRow['status'], findings: AuditFindingView[]): InternalAuditRow => ({
  id: '11111111-1111-4111-8111-111111111111',
  unitId: '22222222-2222-4222-8222-222222222222',
  unitName: '区机关事务服务中心',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  scope: '2025 年度财务收支',
  team: ['王审计', '李会计'],
  plannedOn: '2026-03-01',
  startedOn: '2026-03-02',
  reportNumber: null,
  reportedOn: null,
  closedOn: null,
  findings,
  status,
  withdrawalReason: null,
  timeline: [],
  version: 3,
  createdAt: new Date(),
  createdBy: 'a',
  updatedAt: new Date(),
  updatedBy: 'a',
});

describe('内部审计: the 待办 of 财务科', () => {
  it('each finding not yet verified waits, with its rectification due date, for 财务科 staff', () => {
    const tasks = internalAuditTasks(audit('reported', [finding(1, 'open'), finding(2, 'rectified'), finding(3, 'verified')]));
    expect(tasks.map((t) => t.step)).toEqual([`rectification-${finding(1, 'open').id}`, `rectification-${finding(2, 'open').id}`]);
    expect(tasks[0]).toMatchObject({ kind: 'internal_audit_rectification', section: 'caiwu', assignee: { type: 'role', id: 'section_staff' }, deadline: { date: '2026-06-30' } });
  });

  it.each<[InternalAuditRow['status'], number]>([
    ['planned', 0],
    ['fieldwork', 1],
    ['reported', 1],
    ['closed', 0],
    ['withdrawn', 0],
  ])('an audit %s waits on %d task(s) for one open finding', (status, count) => {
    expect(internalAuditTasks(audit(status, [finding(1, 'open')]))).toHaveLength(count);
  });

  it('a verification closes the finding’s task', () => {
    const change = internalAuditTaskChange(audit('reported', [finding(1, 'rectified')]), audit('reported', [finding(1, 'verified')]), 'u1');
    expect(change.before).toHaveLength(1);
    expect(change.after).toHaveLength(0);
    expect(change.outcome).toBe('done');
  });
});
