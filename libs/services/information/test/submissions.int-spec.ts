import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  SubmissionSubjects,
  InformationPermissions as P,
  type ListScoreWeights,
  type ListSubmissions,
  type ListSubmissionVersions,
  type MonthlyReport,
  type MonthlyReportXlsx,
  type SubmissionDetailView,
} from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 报送信息 in information, against real PostgreSQL and the real bus: report, screen, version, merge, adopt, score, notice. */
describe('information: submissions', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2, U3] = [randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.submissionsRead, P.submissionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.submissionsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->>'submissionId' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [id],
    )) as { subject: string; data: Record<string, unknown> }[];
  const body = (text: string) => `${text}。这是一条用于集成测试的政务信息正文，内容充实。`;
  const thisMonth = new Date().toISOString().slice(0, 7);
  const today = new Date().toISOString().slice(0, 10);

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

  it('a liaison reports; 信息科 returns it with a reason; the liaison revises it (a new version with its diff); it is accepted, adopted at two levels and scored, a 批示 adds to it', async () => {
    const created = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：镇街经验做法', body: body('第一稿'), category: 'practice' }, liaison(U1));
    expect(created).toMatchObject({ status: 'submitted', unitId: U1, creditUnitIds: [U1], textVersion: 1, urgent: false, version: 1, score: 0 });
    expect(created.timeline.map((s) => s.step)).toEqual(['submit']);

    await expect(call(SubmissionSubjects.return, { id: created.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(SubmissionSubjects.accept, { id: created.id, expectedVersion: 1 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const returned = await call<SubmissionDetailView>(SubmissionSubjects.return, { id: created.id, expectedVersion: 1, reason: '数据不完整，请补充' }, office);
    expect(returned).toMatchObject({ status: 'returned', reason: '数据不完整，请补充', version: 2 });
    await expect(call(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 2, level: 'city', adoptedOn: today }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.INVALID_STATE' } });

    const revised = await call<SubmissionDetailView>(SubmissionSubjects.update, { id: created.id, expectedVersion: 2, title: '集成测试：镇街经验做法', body: body('第二稿'), category: 'practice', note: '补充数据' }, liaison(U1));
    expect(revised).toMatchObject({ status: 'submitted', textVersion: 2, reason: null, version: 3 });
    const versions = await call<ListSubmissionVersions.Reply>(SubmissionSubjects.versions, { id: created.id }, office);
    expect(versions.items.map((v) => v.textVersion)).toEqual([1, 2]);
    expect(versions.items[1].diff.filter((d) => d.kind !== 'same').map((d) => d.kind)).toEqual(['removed', 'added']);
    await expect(call(SubmissionSubjects.update, { id: created.id, expectedVersion: 1, title: '过期', body: body('过期'), category: 'practice' }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'SUBMISSION.VERSION_CONFLICT' },
    });

    const accepted = await call<SubmissionDetailView>(SubmissionSubjects.accept, { id: created.id, expectedVersion: 3, note: '拟编入区刊' }, office);
    expect(accepted).toMatchObject({ status: 'accepted', version: 4 });
    await expect(call(SubmissionSubjects.update, { id: created.id, expectedVersion: 4, title: '联络员不能改', body: body('第三稿'), category: 'practice' }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'SUBMISSION.INVALID_STATE' },
    });
    await expect(call(SubmissionSubjects.instruct, { id: created.id, expectedVersion: 4, level: 'district', leaderName: '王区长', content: '很好', instructedOn: today }, office)).rejects.toMatchObject({
      spec: { code: 'SUBMISSION.NOT_ADOPTED' },
    });

    const bulletin = await call<SubmissionDetailView>(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 4, level: 'district_bulletin', adoptedOn: today, outlet: '《博山政务信息》第 1 期' }, office);
    expect(bulletin.adoptions).toEqual([expect.objectContaining({ level: 'district_bulletin', points: 5, weightVersion: 'BS-XX-2025-1', outlet: '《博山政务信息》第 1 期' })]);
    const city = await call<SubmissionDetailView>(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 5, level: 'city', adoptedOn: today }, office);
    expect({ score: city.score, levels: city.adoptedLevels }).toEqual({ score: 25, levels: ['district_bulletin', 'city'] });
    await expect(call(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 6, level: 'city', adoptedOn: today }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.ALREADY_ADOPTED' } });
    await expect(call(SubmissionSubjects.adopt, { id: created.id, expectedVersion: 6, level: 'province', adoptedOn: '2024-06-01' }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.NO_SCORE_WEIGHTS' } });
    const instructed = await call<SubmissionDetailView>(SubmissionSubjects.instruct, { id: created.id, expectedVersion: 6, level: 'city', leaderName: '李市长', content: '请市有关部门学习借鉴', instructedOn: today }, office);
    expect(instructed).toMatchObject({ score: 55, version: 7, instructions: [expect.objectContaining({ level: 'city', points: 30, leaderName: '李市长' })] });
    expect(instructed.timeline.map((s) => s.step)).toEqual(['submit', 'return', 'revise', 'accept', 'adopt', 'adopt', 'instruct']);

    const subjects = (await outbox(created.id)).map((r) => r.subject);
    expect(subjects.filter((s) => s.startsWith('evt.information.submission.'))).toEqual([
      'evt.information.submission.created',
      'evt.information.submission.returned',
      'evt.information.submission.updated',
      'evt.information.submission.accepted',
      'evt.information.submission.adopted',
      'evt.information.submission.adopted',
      'evt.information.submission.instructed',
    ]);
    // 待办: screening by 信息科 → (returned) revision by the unit → screening again → closed when accepted.
    expect(subjects.filter((s) => s.includes('.task.'))).toEqual([
      'evt.information.task.opened',
      'evt.information.task.closed',
      'evt.information.task.opened',
      'evt.information.task.closed',
      'evt.information.task.opened',
      'evt.information.task.closed',
    ]);
  });

  it('an urgent submission reaches the duty office as an event; several are merged into one 综合 item credited to their units', async () => {
    const urgent = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：突发道路塌陷', body: body('紧急'), category: 'urgent' }, liaison(U2));
    expect(urgent.urgent).toBe(true);
    const urgentEvents = (await outbox(urgent.id)).filter((r) => r.subject === 'evt.information.submission.urgent-reported');
    expect(urgentEvents.map((r) => r.data)).toEqual([expect.objectContaining({ submissionId: urgent.id, unitId: U2, title: '集成测试：突发道路塌陷' })]);

    const a = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：综合来源甲', body: body('甲'), category: 'trend' }, liaison(U2));
    const b = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：综合来源乙', body: body('乙'), category: 'trend', unitId: U3 }, office);
    await expect(call(SubmissionSubjects.create, { title: '缺单位', body: body('缺'), category: 'trend' }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.UNIT_REQUIRED' } });
    await expect(call(SubmissionSubjects.merge, { sourceIds: [a.id, a.id], title: '综合', body: body('综合'), category: 'trend' }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.MERGE_SOURCES' } });
    const merged = await call<SubmissionDetailView>(SubmissionSubjects.merge, { sourceIds: [a.id, b.id], title: '集成测试：全区综合', body: body('综合'), category: 'trend' }, office);
    expect(merged).toMatchObject({ status: 'accepted', unitId: null, mergedFromIds: [a.id, b.id] });
    expect([...merged.creditUnitIds].sort()).toEqual([U2, U3].sort());
    expect(await call<SubmissionDetailView>(SubmissionSubjects.get, { id: a.id }, liaison(U2))).toMatchObject({ status: 'merged', mergedIntoId: merged.id });
    await expect(call(SubmissionSubjects.merge, { sourceIds: [a.id, urgent.id], title: '再综合', body: body('再'), category: 'trend' }, office)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.MERGE_SOURCES' } });
    await call(SubmissionSubjects.adopt, { id: merged.id, expectedVersion: 1, level: 'province', adoptedOn: today }, office);

    const report = await call<MonthlyReport.Reply>(SubmissionSubjects.monthly, { month: thisMonth }, office);
    const row = (unitId: string) => report.rows.find((r) => r.unitId === unitId);
    expect(row(U1)).toMatchObject({ submitted: 1, score: 55, instructions: 1, adopted: expect.objectContaining({ district_bulletin: 1, city: 1 }) });
    expect(row(U2)).toMatchObject({ submitted: 2, score: 40, adopted: expect.objectContaining({ province: 1 }) });
    expect(row(U3)).toMatchObject({ submitted: 1, score: 40 });
    expect(row(U1)!.rank).toBeLessThan(row(U2)!.rank);
    expect(row(U2)!.rank).toBe(row(U3)!.rank);
    expect(report.weightVersions).toEqual(['BS-XX-2025-1']);
    const quiet = await call<MonthlyReport.Reply>(SubmissionSubjects.monthly, { month: '2020-01' }, office);
    expect(quiet.rows.every((r) => r.score === 0 && r.submitted === 0)).toBe(true);
    await expect(call(SubmissionSubjects.monthly, { month: '2026-13' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(SubmissionSubjects.monthly, { month: thisMonth }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const xlsx = await call<MonthlyReportXlsx.Reply>(SubmissionSubjects.monthlyXlsx, { month: thisMonth }, reader);
    expect(xlsx.filename).toBe(`政务信息采用情况通报-${thisMonth}.xlsx`);
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const weights = await call<ListScoreWeights.Reply>(SubmissionSubjects.weights, {}, office);
    expect(weights.items[0]).toMatchObject({ version: 'BS-XX-2025-1', effectiveFrom: '2025-01-01', adoption: { state_council: 80 } });
  });

  it("a liaison sees and changes only their own unit's records; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '可见性测试甲', body: body('甲'), category: 'problem' }, liaison(U1));
    const theirs = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '可见性测试乙', body: body('乙'), category: 'problem' }, liaison(U2));
    expect((await call<ListSubmissions.Reply>(SubmissionSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListSubmissions.Reply>(SubmissionSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(SubmissionSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'SUBMISSION.NOT_FOUND' } });
    await expect(call(SubmissionSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'SUBMISSION.NOT_FOUND' } });
    const withdrawn = await call<SubmissionDetailView>(SubmissionSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '重复报送' }, liaison(U1));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', reason: '重复报送' });
    await expect(call(SubmissionSubjects.create, { title: '只读用户', body: body('只读'), category: 'trend', unitId: U1 }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SubmissionSubjects.create, { title: '甲', body: 1, category: '杂项' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'body' }), expect.objectContaining({ field: 'category' })]),
    });
  });
});
