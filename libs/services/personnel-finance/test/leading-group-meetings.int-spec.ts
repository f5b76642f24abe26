import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { LeadingGroupMeetingSubjects, PersonnelFinancePermissions as P, type LeadingGroupMeetingView, type ListLeadingGroupMeetings } from '@gov/contracts-personnel-finance';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';
import { LeadingGroupMeetingsService } from '../src/modules/leading-group-meetings/leading-group-meetings.service.js';

/** 党组会、主任办公会 against real PostgreSQL and the real bus: steps in order, each decided item published for supervision. */
describe('personnel-finance: leading-group meetings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.leadingGroupMeetingsRead, P.leadingGroupMeetingsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.leadingGroupMeetingsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.leadingGroupMeetingsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const [U1, U2] = [randomUUID(), randomUUID()];
  const meeting = (over: Record<string, unknown> = {}) => ({
    kind: 'party_group',
    title: '2026年第12次党组会',
    meetingDate: '2026-01-05',
    chairName: '孙建国',
    agenda: [
      { title: '研究2027年度部门预算', sectionCode: 'caiwu' },
      { title: '研究年度考核优秀等次人选', sectionCode: 'renshi' },
    ],
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('议题 → 通知 → 召开 → 发布, none skipped; each decided item is an event in the meetings contract shape', async () => {
    let m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.create, meeting(), renshi);
    expect(m).toMatchObject({ status: 'planned', agenda: [expect.objectContaining({ sectionCode: 'caiwu' }), expect.objectContaining({ sectionCode: 'renshi' })] });
    const minutes = { attendees: ['孙建国', '杨帆', '钱伟'], absentees: ['李明（出差）'], minutesNumber: '〔2026〕12号', minutes: '会议研究了部门预算和年度考核。', decisions: [
      { content: '同意2027年度部门预算草案，由财务科报区财政局', leadUnitId: U1, coUnitIds: [U2], dueDate: '2026-01-31' },
      { content: '年度考核优秀等次人选按程序公示', leadUnitId: U2, coUnitIds: [] },
    ] };
    await expect(call(LeadingGroupMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 1, ...minutes }, renshi)).rejects.toMatchObject({ spec: { code: 'LEADING_GROUP_MEETING.INVALID_STATE' } });
    await expect(call(LeadingGroupMeetingSubjects.publish, { id: m.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'LEADING_GROUP_MEETING.INVALID_STATE' } });
    m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.notify, { id: m.id, expectedVersion: 1, approvedBy: '孙建国' }, renshi);
    expect(m).toMatchObject({ status: 'notified', agendaApprovedBy: '孙建国' });
    await expect(call(LeadingGroupMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 2, ...minutes }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 2, ...minutes }, renshi);
    expect(m).toMatchObject({ status: 'held', attendees: ['孙建国', '杨帆', '钱伟'], decisions: [expect.objectContaining({ sequence: 1 }), expect.objectContaining({ sequence: 2 })] });
    m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.publish, { id: m.id, expectedVersion: 3 }, renshi);
    expect(m.status).toBe('published');

    const published = (await app.parts.dataSource.query(`SELECT envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE subject = 'evt.personnel-finance.leading-group-meeting.decision-published' AND envelope->'data'->>'meetingId' = $1 ORDER BY seq`, [m.id])) as { data: Record<string, unknown> }[];
    expect(published.map((p) => p.data)).toEqual([
      expect.objectContaining({ decisionId: m.decisions[0].id, meetingKind: 'party_group', meetingTitle: '2026年第12次党组会', meetingDate: '2026-01-05', minutesNumber: '〔2026〕12号', sequence: 1, leadUnitId: U1, coUnitIds: [U2], dueDate: '2026-01-31', chairName: '孙建国', secrecyLevel: 0 }),
      expect.objectContaining({ decisionId: m.decisions[1].id, sequence: 2, leadUnitId: U2, coUnitIds: [] }),
    ]);
    await expect(call(LeadingGroupMeetingSubjects.withdraw, { id: m.id, expectedVersion: 4, reason: '误建' }, renshi)).rejects.toMatchObject({ spec: { code: 'LEADING_GROUP_MEETING.INVALID_STATE' } });
  });

  it('a meeting not yet held takes no minutes; a withdrawal needs a reason; a liaison sees none', async () => {
    const future = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.create, meeting({ kind: 'director_office', title: '主任办公会', meetingDate: '2099-01-01' }), renshi);
    const notified = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.notify, { id: future.id, expectedVersion: 1, approvedBy: '孙建国' }, renshi);
    await expect(
      call(LeadingGroupMeetingSubjects.recordMinutes, { id: future.id, expectedVersion: notified.version, attendees: ['孙建国'], minutesNumber: '1', minutes: '纪要内容', decisions: [] }, renshi),
    ).rejects.toMatchObject({ spec: { code: 'LEADING_GROUP_MEETING.INVALID_STATE' }, message: expect.stringContaining('召开后') });
    await expect(call(LeadingGroupMeetingSubjects.withdraw, { id: future.id, expectedVersion: 2, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.withdraw, { id: future.id, expectedVersion: 2, reason: '会议取消' }, renshi)).toMatchObject({ status: 'withdrawn' });
    await expect(call(LeadingGroupMeetingSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect((await call<ListLeadingGroupMeetings.Reply>(LeadingGroupMeetingSubjects.list, { kind: 'director_office' }, leader)).items.map((i) => i.id)).toEqual([future.id]);
    await expect(call(LeadingGroupMeetingSubjects.create, meeting({ agenda: [] }), renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });
  it('督办 results: each change of a decided item\'s item shows on it and adds a timeline line, the version stays; an older change does not undo a later one', async () => {
    let m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.create, meeting({ title: '回流党组会' }), renshi);
    m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.notify, { id: m.id, expectedVersion: 1, approvedBy: '孙建国' }, renshi);
    m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 2, attendees: ['孙建国'], minutesNumber: '〔2026〕13号', minutes: '纪要', decisions: [
      { content: '事项一', leadUnitId: U1, coUnitIds: [U2], dueDate: '2026-03-31' },
      { content: '事项二', leadUnitId: U2, coUnitIds: [] },
    ] }, renshi);
    m = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.publish, { id: m.id, expectedVersion: 3 }, renshi);
    const decision = m.decisions[1];
    const itemId = randomUUID();
    const change = (over: Partial<SupervisionItemChanged.Event>): SupervisionItemChanged.Event => ({
      id: itemId, kind: 'meeting_decision', title: '回流党组会议定事项（2）', status: 'assigned', sourceKind: 'leading_group_decision', sourceId: decision.id,
      leadUnitId: U2, coUnitIds: [], dueDate: '2026-03-31', light: 'green', leaderName: null, version: 2, action: 'assigned', note: null, actor: 'ducha_jia',
      at: '2026-02-01T01:00:00.000Z', lightReason: null, units: [{ unitId: U2, role: 'lead', lastReportedAt: null, lastReport: null, reports: 0 }], ...over,
    });
    const service = app.nest.get(LeadingGroupMeetingsService);
    const deliver = (event: SupervisionItemChanged.Event) => app.parts.transactions.run((tx) => service.onDecisionItemChanged(event, tx));
    await deliver(change({ status: 'acknowledged', action: 'acknowledged', version: 3, at: '2026-02-02T01:00:00.000Z', actor: 'liaison_b' }));
    // The earlier 交办 arrives late: it is a line of its own, but the decided item keeps the later state.
    await deliver(change({}));
    // An item of another source (or of no decided item here) changes nothing.
    await deliver(change({ id: randomUUID(), sourceId: randomUUID(), status: 'closed', action: 'closed' }));

    const read = await call<LeadingGroupMeetingView>(LeadingGroupMeetingSubjects.get, { id: m.id }, leader);
    expect(read.version).toBe(m.version);
    expect(read.decisions[0].supervision).toBeUndefined();
    expect(read.decisions[1].supervision).toMatchObject({ itemId, status: 'acknowledged', statusLabel: '已签收', light: 'green', dueDate: '2026-03-31', lastAction: 'acknowledged', units: [expect.objectContaining({ unitId: U2, role: 'lead', roleLabel: '主责单位' })] });
    const lines = read.timeline.filter((l) => l.step.startsWith('议定事项'));
    expect(lines).toEqual([
      { at: '2026-02-02T01:00:00.000Z', by: 'liaison_b', step: '议定事项（2）责任单位签收', note: expect.stringContaining('督办状态：已签收') },
      { at: '2026-02-01T01:00:00.000Z', by: 'ducha_jia', step: '议定事项（2）督办交办', note: expect.stringContaining('期限：2026-03-31') },
    ]);
    // The clerk's If-Match is still the meeting's: a step at the version read is judged on its own (here: already published).
    await expect(call(LeadingGroupMeetingSubjects.withdraw, { id: m.id, expectedVersion: read.version, reason: '误建' }, renshi)).rejects.toMatchObject({ spec: { code: 'LEADING_GROUP_MEETING.INVALID_STATE' } });
  });
});
