import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import {
  CommitteeMeetingSubjects,
  CommitteeReportSubjects,
  ForeignAffairsPermissions as P,
  type CommitteeMeetingDecisionPublished,
  type CommitteeMeetingView,
  type CommitteeReportView,
  type ListCommitteeMeetings,
  type ListCommitteeReports,
} from '@gov/contracts-foreign-affairs';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';
import { CommitteeService } from '../src/modules/committee/committee.service.js';

/** 外事委会议 and 外事委报告 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: committee (外事委办公室)', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [LEAD, CO] = [randomUUID(), randomUUID()];
  const staff = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.committeeRead, P.committeeManage] });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'waishi', permissions: [P.committeeRead, P.committeeManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.committeeRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: LEAD, permissions: [P.committeeRead, P.committeeManage] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext = staff) => client.rpc.call<T>('foreign-affairs', subject, payload, who);
  const outbox = async (sql: string, id: string) =>
    (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE ${sql} = $1 ORDER BY seq`, [id])) as { subject: string; data: Record<string, unknown> }[];
  const meeting = (extra: Record<string, unknown> = {}) => ({
    kind: 'plenary',
    title: '区委外事工作委员会2026年第1次全体会议',
    meetingDate: '2026-06-10',
    chairName: '王志强',
    agenda: [
      { title: '研究2026年因公出国（境）计划', submittingUnit: '区委外办' },
      { title: '审议友好城市交流方案', submittingUnit: '区商务局' },
    ],
    ...extra,
  });
  const minutes = (extra: Record<string, unknown> = {}) => ({
    heldOn: '2026-06-10',
    attendees: ['王志强', '李明', '赵敏'],
    absentees: [{ name: '孙强', reason: '出差' }],
    minutesNumber: '〔2026〕1号',
    minutes: '会议研究了年度出国计划和友城交流方案。',
    decisions: [
      { content: '区商务局牵头制定友城经贸交流方案', leadUnitId: LEAD, coUnitIds: [CO, LEAD], dueDate: '2026-09-30' },
      { content: '各成员单位报送下半年外事计划', leadUnitId: CO, coUnitIds: [] },
    ],
    ...extra,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, foreignAffairsDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a meeting goes 议题征集 → 通知 → 召开 → 发布 in order, each decided item one decision-published event for supervision', async () => {
    let m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.create, meeting());
    expect(m).toMatchObject({ status: 'planned', version: 1, agenda: [{ submittingUnit: '区委外办' }, { submittingUnit: '区商务局' }], decisions: [], timeline: [{ step: 'create', toStatus: 'planned', by: staff.username }] });
    await expect(call(CommitteeMeetingSubjects.publish, { id: m.id, expectedVersion: 1 })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.INVALID_STATE' } });
    await expect(call(CommitteeMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 1, ...minutes() })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.INVALID_STATE' } });
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.update, { id: m.id, expectedVersion: 1, ...meeting({ kind: 'director', title: '区委外事工作委员会2026年第1次主任会议' }) });
    expect(m).toMatchObject({ kind: 'director', version: 2 });
    await expect(call(CommitteeMeetingSubjects.notify, { id: m.id, expectedVersion: 1, noticeNumber: '区外委办〔2026〕1号', issuedOn: '2026-06-01' })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.VERSION_CONFLICT' } });
    await expect(call(CommitteeMeetingSubjects.notify, { id: m.id, expectedVersion: 2, noticeNumber: '区外委办〔2026〕1号', issuedOn: '2026-06-11' })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'issuedOn' })],
    });
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.notify, { id: m.id, expectedVersion: 2, noticeNumber: '区外委办〔2026〕1号', issuedOn: '2026-06-01' });
    expect(m).toMatchObject({ status: 'notified', noticeNumber: '区外委办〔2026〕1号', noticeIssuedOn: '2026-06-01', version: 3 });

    // Not before the day it is held; no decided item due before the meeting.
    await expect(call(CommitteeMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 3, ...minutes({ heldOn: '2099-01-10' }) })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.NOT_HELD_YET' } });
    await expect(
      call(CommitteeMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 3, ...minutes({ decisions: [{ content: '提前到期的事项', leadUnitId: LEAD, coUnitIds: [], dueDate: '2026-06-09' }] }) }),
    ).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'decisions.0.dueDate' })] });
    await expect(call(CommitteeMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 3, ...minutes({ absentees: [{ name: '孙强' }] }) })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 3, ...minutes() });
    expect(m).toMatchObject({ status: 'held', heldOn: '2026-06-10', absentees: [{ name: '孙强', reason: '出差' }], minutesNumber: '〔2026〕1号', version: 4 });
    expect(m.decisions).toEqual([
      expect.objectContaining({ sequence: 1, leadUnitId: LEAD, coUnitIds: [CO], dueDate: '2026-09-30' }), // the lead is not its own co-unit
      expect.objectContaining({ sequence: 2, leadUnitId: CO, coUnitIds: [] }),
    ]);
    await expect(call(CommitteeMeetingSubjects.withdraw, { id: m.id, expectedVersion: 4, reason: '会议已召开' })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.INVALID_STATE' } });
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.publish, { id: m.id, expectedVersion: 4 });
    expect(m).toMatchObject({ status: 'published', version: 5 });
    expect(m.publishedAt).not.toBeNull();
    expect(m.timeline.map((t) => t.step)).toEqual(['create', 'update', 'notify', 'recordMinutes', 'publish']);
    await expect(call(CommitteeMeetingSubjects.publish, { id: m.id, expectedVersion: 5 })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.INVALID_STATE' } });

    expect((await outbox(`envelope->'data'->>'id'`, m.id)).map((r) => r.subject)).toEqual([
      'evt.foreign-affairs.committee-meeting.created',
      'evt.foreign-affairs.committee-meeting.updated',
      'evt.foreign-affairs.committee-meeting.notified',
      'evt.foreign-affairs.committee-meeting.held',
      'evt.foreign-affairs.committee-meeting.published',
    ]);
    const decisions = await outbox(`envelope->'data'->>'meetingId'`, m.id);
    expect(decisions.map((r) => r.subject)).toEqual(['evt.foreign-affairs.committee-meeting.decision-published', 'evt.foreign-affairs.committee-meeting.decision-published']);
    const first = decisions[0].data as unknown as CommitteeMeetingDecisionPublished.Event;
    expect(first).toMatchObject({
      decisionId: m.decisions[0].id,
      meetingTitle: '区委外事工作委员会2026年第1次主任会议',
      meetingKind: 'director',
      meetingDate: '2026-06-10',
      minutesNumber: '〔2026〕1号',
      sequence: 1,
      leadUnitId: LEAD,
      coUnitIds: [CO],
      dueDate: '2026-09-30',
      chairName: '王志强',
      secrecyLevel: 0,
    });
    expect(decisions[1].data).not.toHaveProperty('dueDate');
  });

  it('withdrawn with a reason before it is held; nothing to publish without decided items; office only', async () => {
    const a = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.create, meeting({ kind: 'office', title: '外事委办公室会议（撤回测试）' }));
    await expect(call(CommitteeMeetingSubjects.withdraw, { id: a.id, expectedVersion: 1, reason: ' ' })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.withdraw, { id: a.id, expectedVersion: 1, reason: '议题并入全体会议' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '议题并入全体会议', version: 2 });
    await expect(call(CommitteeMeetingSubjects.notify, { id: a.id, expectedVersion: 2, noticeNumber: '—', issuedOn: '2026-06-01' })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.INVALID_STATE' } });

    let b = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.create, meeting({ kind: 'office', title: '外事委办公室会议（无议定事项）' }));
    b = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.notify, { id: b.id, expectedVersion: 1, noticeNumber: '区外委办〔2026〕2号', issuedOn: '2026-06-01' });
    b = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.recordMinutes, { id: b.id, expectedVersion: 2, ...minutes({ decisions: [] }) });
    await expect(call(CommitteeMeetingSubjects.publish, { id: b.id, expectedVersion: 3 })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.NO_DECISIONS' } });

    const listed = await call<ListCommitteeMeetings.Reply>(CommitteeMeetingSubjects.list, { q: '外事委办公室会议', kind: 'office' }, reader);
    expect(listed.items.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await call<ListCommitteeMeetings.Reply>(CommitteeMeetingSubjects.list, { q: '外事委办公室会议', status: 'withdrawn' })).items.map((r) => r.id)).toEqual([a.id]);
    await expect(call(CommitteeMeetingSubjects.create, meeting(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(CommitteeMeetingSubjects.get, { id: a.id }, liaison)).rejects.toMatchObject({ spec: { code: 'COMMITTEE_MEETING.NOT_FOUND' } });
    await expect(call(CommitteeMeetingSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(CommitteeMeetingSubjects.create, { ...meeting(), kind: 'annual', agenda: [] })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'agenda' })]),
    });
  });

  it('a report: due date from the deadline engine (re-dated when the year is published), approved by another, sent, overdue and red when late', async () => {
    const body = { title: '2026年前三季度外事工作情况报告', kind: 'work', recipient: 'city_foreign_affairs_office', period: '2026年前三季度', requestedOn: '2026-09-30', workingDays: 1, content: '一、基本情况……' };
    let r = await call<CommitteeReportView>(CommitteeReportSubjects.create, body);
    // 2026 is not yet in this copy: judged on weekends alone, provisional.
    expect(r).toMatchObject({ status: 'drafted', draftedBy: staff.username, dueDate: '2026-10-01', dueProvisional: true, version: 1 });
    const year2026 = seedYearsFromChineseDays().find((y) => y.year === 2026)!;
    await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished({ ...year2026, version: 1 }, tx));
    r = await call<CommitteeReportView>(CommitteeReportSubjects.get, { id: r.id });
    expect(r).toMatchObject({ dueDate: '2026-10-08', dueProvisional: false, version: 2, overdue: true, light: 'red' }); // 国庆节 skipped
    expect(r.dueExplanation[0]).toContain('1 个工作日');
    expect(r.timeline.at(-1)).toMatchObject({ step: 'redate', by: '系统' });

    await expect(call(CommitteeReportSubjects.send, { id: r.id, expectedVersion: 2, sentOn: '2026-10-09' })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_REPORT.INVALID_STATE' } });
    await expect(call(CommitteeReportSubjects.approve, { id: r.id, expectedVersion: 2 })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_REPORT.SAME_APPROVER' } });
    r = await call<CommitteeReportView>(CommitteeReportSubjects.approve, { id: r.id, expectedVersion: 2 }, chief);
    expect(r).toMatchObject({ status: 'approved', approvedBy: chief.username, version: 3 });
    await expect(call(CommitteeReportSubjects.update, { id: r.id, expectedVersion: 3, ...body })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_REPORT.INVALID_STATE' } });
    await expect(call(CommitteeReportSubjects.send, { id: r.id, expectedVersion: 3, sentOn: '2026-09-29' })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'sentOn' })],
    });
    r = await call<CommitteeReportView>(CommitteeReportSubjects.send, { id: r.id, expectedVersion: 3, sentOn: '2026-10-09' });
    expect(r).toMatchObject({ status: 'sent', sentOn: '2026-10-09', overdue: true, light: 'red', version: 4 });
    expect(r.timeline.at(-1)?.note).toContain('超过报送期限 2026-10-08');
    await expect(call(CommitteeReportSubjects.withdraw, { id: r.id, expectedVersion: 4, reason: '报错了' })).rejects.toMatchObject({ spec: { code: 'COMMITTEE_REPORT.INVALID_STATE' } });
    expect((await outbox(`envelope->'data'->>'id'`, r.id)).map((e) => [e.subject, e.data.status])).toEqual([
      ['evt.foreign-affairs.committee-report.changed', 'drafted'],
      ['evt.foreign-affairs.committee-report.changed', 'drafted'],
      ['evt.foreign-affairs.committee-report.changed', 'approved'],
      ['evt.foreign-affairs.committee-report.changed', 'sent'],
    ]);
  });

  it('a report changed while drafted gets a new due date; withdrawn with a reason; office only', async () => {
    const body = { title: '友城交流专题报告', kind: 'special', recipient: 'district_committee', period: '2026年', requestedOn: '2026-11-06', workingDays: 5, content: '草稿' };
    let r = await call<CommitteeReportView>(CommitteeReportSubjects.create, body);
    expect(r).toMatchObject({ dueDate: '2026-11-13', dueProvisional: false });
    r = await call<CommitteeReportView>(CommitteeReportSubjects.update, { id: r.id, expectedVersion: 1, ...body, workingDays: 10 });
    expect(r).toMatchObject({ dueDate: '2026-11-20', version: 2 });
    await expect(call(CommitteeReportSubjects.create, { ...body, workingDays: 0, recipient: 'province' })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'workingDays' }), expect.objectContaining({ field: 'recipient' })]),
    });
    r = await call<CommitteeReportView>(CommitteeReportSubjects.withdraw, { id: r.id, expectedVersion: 2, reason: '并入年度工作报告' });
    expect(r).toMatchObject({ status: 'withdrawn', withdrawalReason: '并入年度工作报告', light: 'none', overdue: false });
    const listed = await call<ListCommitteeReports.Reply>(CommitteeReportSubjects.list, { q: '友城交流' }, reader);
    expect(listed.items.map((i) => i.id)).toEqual([r.id]);
    await expect(call(CommitteeReportSubjects.get, { id: r.id }, liaison)).rejects.toMatchObject({ spec: { code: 'COMMITTEE_REPORT.NOT_FOUND' } });
    await expect(call(CommitteeReportSubjects.create, body, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });
  it('督办 results: a change of a decided item\'s item shows on it and as a 督办 line on the timeline, without a new version', async () => {
    let m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.create, meeting({ title: '回流外事委会议' }));
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.notify, { id: m.id, expectedVersion: 1, noticeNumber: '区外委办〔2026〕9号', issuedOn: '2026-06-01' });
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.recordMinutes, { id: m.id, expectedVersion: 2, ...minutes() });
    m = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.publish, { id: m.id, expectedVersion: 3 });
    const itemId = randomUUID();
    const withdrawn: SupervisionItemChanged.Event = {
      id: itemId, kind: 'meeting_decision', title: '回流外事委会议议定事项（1）', status: 'withdrawn', sourceKind: 'foreign_affairs_committee_decision', sourceId: m.decisions[0].id,
      leadUnitId: LEAD, coUnitIds: [CO], dueDate: '2026-09-30', light: 'none', leaderName: null, version: 4, action: 'withdrawn', note: '撤销：并入年度计划', actor: 'ducha_jia',
      at: '2026-07-01T01:00:00.000Z', lightReason: null, units: [{ unitId: LEAD, role: 'lead', lastReportedAt: null, lastReport: null, reports: 0 }, { unitId: CO, role: 'co', lastReportedAt: null, lastReport: null, reports: 0 }],
    };
    const service = app.nest.get(CommitteeService);
    await app.parts.transactions.run((tx) => service.onDecisionItemChanged(withdrawn, tx));
    await app.parts.transactions.run((tx) => service.onDecisionItemChanged({ ...withdrawn, id: randomUUID(), sourceId: randomUUID() }, tx));

    const read = await call<CommitteeMeetingView>(CommitteeMeetingSubjects.get, { id: m.id }, reader);
    expect(read.version).toBe(m.version);
    expect(read.decisions[0].supervision).toMatchObject({ itemId, status: 'withdrawn', statusLabel: '已撤销', lastNote: '撤销：并入年度计划', units: [expect.objectContaining({ unitId: LEAD, roleLabel: '主责单位' }), expect.objectContaining({ unitId: CO, roleLabel: '配合单位' })] });
    expect(read.decisions[1].supervision).toBeUndefined();
    expect(read.timeline.filter((l) => l.step.startsWith('supervision_'))).toEqual([
      { step: 'supervision_withdrawn', fromStatus: 'published', toStatus: 'published', note: expect.stringMatching(/^议定事项（1）督办事项已撤销；督办状态：已撤销；.*撤销：并入年度计划$/), at: '2026-07-01T01:00:00.000Z', by: 'ducha_jia' },
    ]);
  });
});
