import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { InfoUpwardReportSubjects, SubmissionSubjects, InformationPermissions as P, type InfoUpwardReportView, type ListInfoUpwardReports, type SubmissionDetailView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 上报登记 in information, against real PostgreSQL and the real bus: sent upward, feedback recorded on the items and scored once. */
describe('information: upward reports', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const U1 = randomUUID();
  const office = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.upwardReportsRead, P.upwardReportsManage, P.submissionsRead, P.submissionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.upwardReportsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: U1, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const accepted = async (title: string) => {
    const item = await call<SubmissionDetailView>(SubmissionSubjects.create, { title, body: `${title}：向上报送的政务信息正文。`, category: 'practice' }, liaison);
    await call(SubmissionSubjects.accept, { id: item.id, expectedVersion: 1 }, office);
    return item.id;
  };
  const detail = (id: string) => call<SubmissionDetailView>(SubmissionSubjects.get, { id }, office);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('sent to the city: 报市 recorded on each item; the city adopts one (市采用, once however often it is reported), a 批示 follows; withdrawn with a reason', async () => {
    const [a, b] = [await accepted('集成测试：上报甲'), await accepted('集成测试：上报乙')];
    const pending = (await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：未采纳', body: '未经筛选的信息不能上报。', category: 'other' }, liaison)).id;
    await expect(call(InfoUpwardReportSubjects.create, { submissionIds: [a, pending], office: 'city_info', sentOn: today, channel: 'system' }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.INVALID_STATE' } });

    const sent = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.create, { submissionIds: [a, b], office: 'city_info', sentOn: today, channel: 'system', note: '第 12 期约稿' }, office);
    expect(sent).toMatchObject({ status: 'sent', office: 'city_info', sentOn: today, version: 1, items: [{ submissionId: a, title: '集成测试：上报甲' }, { submissionId: b, title: '集成测试：上报乙' }], feedback: [] });
    expect((await detail(a)).adoptions.map((x) => [x.level, x.points])).toEqual([['reported_city', 2]]);

    const adoption = { id: sent.id, expectedVersion: 1, submissionId: a, kind: 'adopted', receivedOn: today, outlet: '《淄博政务信息》第 30 期' };
    const adopted = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.feedback, adoption, office);
    expect(adopted.version).toBe(2);
    expect(adopted.feedback).toEqual([expect.objectContaining({ submissionId: a, kind: 'adopted', level: 'city', points: 20, weightVersion: 'BS-XX-2025-1', alreadyRecorded: false })]);
    // The same feedback again changes nothing (idempotent).
    expect(await call<InfoUpwardReportView>(InfoUpwardReportSubjects.feedback, adoption, office)).toMatchObject({ version: 2, feedback: [expect.objectContaining({ level: 'city' })] });
    // Reported again in a second 报送 and adopted again: recorded as feedback, scored nothing (one adoption per level per item).
    const again = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.create, { submissionIds: [a], office: 'city_info', sentOn: today, channel: 'email' }, office);
    const twice = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.feedback, { ...adoption, id: again.id }, office);
    expect(twice.feedback).toEqual([expect.objectContaining({ level: 'city', points: 0, weightVersion: null, alreadyRecorded: true })]);
    expect((await detail(a)).adoptions.map((x) => [x.level, x.points])).toEqual([
      ['reported_city', 2],
      ['city', 20],
    ]);

    await expect(call(InfoUpwardReportSubjects.feedback, { id: sent.id, expectedVersion: 2, submissionId: b, kind: 'instructed', receivedOn: today }, office)).rejects.toMatchObject({
      spec: { code: 'UPWARD_REPORT.INSTRUCTION_INCOMPLETE' },
    });
    await expect(call(InfoUpwardReportSubjects.feedback, { id: sent.id, expectedVersion: 2, submissionId: randomUUID(), kind: 'adopted', receivedOn: today }, office)).rejects.toMatchObject({
      spec: { code: 'UPWARD_REPORT.ITEM_NOT_IN_REPORT' },
    });
    await expect(call(InfoUpwardReportSubjects.feedback, { id: sent.id, expectedVersion: 2, submissionId: b, kind: 'adopted', receivedOn: '2000-01-01' }, office)).rejects.toMatchObject({
      spec: { code: 'UPWARD_REPORT.FEEDBACK_BEFORE_SENT' },
    });
    const instructed = await call<InfoUpwardReportView>(
      InfoUpwardReportSubjects.feedback,
      { id: sent.id, expectedVersion: 2, submissionId: a, kind: 'instructed', receivedOn: today, instructionLevel: 'city', leaderName: '王市长', content: '请各区县学习借鉴。' },
      office,
    );
    expect(instructed.feedback[1]).toMatchObject({ kind: 'instructed', level: 'city', leaderName: '王市长', points: 30 });
    expect((await detail(a)).score).toBe(52);

    await expect(call(InfoUpwardReportSubjects.withdraw, { id: sent.id, expectedVersion: 2, reason: '过期版本' }, office)).rejects.toMatchObject({ spec: { code: 'UPWARD_REPORT.VERSION_CONFLICT' } });
    const withdrawn = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.withdraw, { id: sent.id, expectedVersion: 3, reason: '登记有误，重新登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '登记有误，重新登记', version: 4 });
    await expect(call(InfoUpwardReportSubjects.feedback, { ...adoption, expectedVersion: 4, submissionId: b }, office)).rejects.toMatchObject({ spec: { code: 'UPWARD_REPORT.INVALID_STATE' } });
    expect(await subjectsOf(sent.id)).toEqual([
      'evt.information.upward-report.created',
      'evt.information.upward-report.feedback-recorded',
      'evt.information.upward-report.feedback-recorded',
      'evt.information.upward-report.withdrawn',
    ]);

    const listed = await call<ListInfoUpwardReports.Reply>(InfoUpwardReportSubjects.list, { submissionId: a }, reader);
    expect(listed.items.map((r) => r.id).sort()).toEqual([sent.id, again.id].sort());
  });

  it('sent to the province: nothing scored until it adopts (省采用); a liaison and a reader cannot register; bad input in Chinese', async () => {
    const c = await accepted('集成测试：报省');
    const sent = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.create, { submissionIds: [c], office: 'province_office', sentOn: today, channel: 'secure_network' }, office);
    expect((await detail(c)).adoptions).toEqual([]);
    const adopted = await call<InfoUpwardReportView>(InfoUpwardReportSubjects.feedback, { id: sent.id, expectedVersion: 1, submissionId: c, kind: 'adopted', receivedOn: today }, office);
    expect(adopted.feedback[0]).toMatchObject({ level: 'province', points: 40 });
    await expect(call(InfoUpwardReportSubjects.create, { submissionIds: [c], office: 'city_info', sentOn: today, channel: 'fax' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InfoUpwardReportSubjects.get, { id: sent.id }, liaison)).rejects.toMatchObject({ spec: { code: 'UPWARD_REPORT.NOT_FOUND' } });
    await expect(call(InfoUpwardReportSubjects.create, { submissionIds: [c], office: 'city_info', sentOn: '2999-01-01', channel: 'fax' }, office)).rejects.toMatchObject({ spec: { code: 'UPWARD_REPORT.SENT_IN_FUTURE' } });
    await expect(call(InfoUpwardReportSubjects.create, { submissionIds: [], office: 'town', sentOn: today, channel: 'pigeon' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'submissionIds' }), expect.objectContaining({ field: 'office' }), expect.objectContaining({ field: 'channel' })]),
    });
  });
});
