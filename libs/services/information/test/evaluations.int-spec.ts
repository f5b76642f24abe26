import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { EvaluationSubjects, SubmissionSubjects, InformationPermissions as P, type EvaluationDetailView, type ExportEvaluation, type ListEvaluations, type SubmissionDetailView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 业绩考评 (yearly) in information, against real PostgreSQL and the real bus: months summed, adjustments, 定稿 immutable. */
describe('information: evaluations', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.evaluationsRead, P.evaluationsManage, P.submissionsRead, P.submissionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.evaluationsRead, P.submissionsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: U1, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const monthIndex = Number(today.slice(5, 7)) - 1;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
    for (const [id, code, name] of [
      [U1, 'INF-E1', '考评测试甲局'],
      [U2, 'INF-E2', '考评测试乙镇'],
    ])
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('sums the months of the monthly notice per unit, adds reasoned adjustments (withdrawn ones kept, not counted), ranks, and 定稿 freezes it', async () => {
    const item = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '集成测试：考评计分信息', body: '用于年度考评的政务信息，采用后得分。', category: 'practice' }, liaison);
    await call(SubmissionSubjects.accept, { id: item.id, expectedVersion: 1 }, office);
    await call(SubmissionSubjects.adopt, { id: item.id, expectedVersion: 2, level: 'district_bulletin', adoptedOn: today }, office);

    const created = await call<EvaluationDetailView>(EvaluationSubjects.create, { year }, office);
    expect(created).toMatchObject({ year, status: 'draft', version: 1, finalizedBy: null, adjustments: [] });
    const first = created.lines.find((l) => l.unitId === U1);
    expect(first).toMatchObject({ rank: 1, unitName: '考评测试甲局', monthsTotal: 5, adjustment: 0, score: 5 });
    expect(first?.months[monthIndex]).toBe(5);
    await expect(call(EvaluationSubjects.create, { year }, office)).rejects.toMatchObject({ spec: { code: 'EVALUATION.DUPLICATE_YEAR' } });

    await expect(call(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 1, unitId: U2, points: 8, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 1, unitId: U2, points: 0, reason: '零分调整' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 1, unitId: randomUUID(), points: 3, reason: '未知单位' }, office)).rejects.toMatchObject({ spec: { code: 'EVALUATION.UNKNOWN_UNIT' } });
    await expect(call(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 1, unitId: U2, points: 8, reason: '专项约稿表现突出' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const adjusted = await call<EvaluationDetailView>(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 1, unitId: U2, points: 8, reason: '专项约稿表现突出' }, office);
    expect(adjusted.version).toBe(2);
    expect(adjusted.lines.map((l) => [l.unitName, l.score, l.rank])).toEqual(expect.arrayContaining([['考评测试乙镇', 8, 1], ['考评测试甲局', 5, 2]]));
    await expect(call(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 1, unitId: U1, points: -1, reason: '过期版本' }, office)).rejects.toMatchObject({ spec: { code: 'EVALUATION.VERSION_CONFLICT' } });
    const second = await call<EvaluationDetailView>(EvaluationSubjects.adjust, { id: created.id, expectedVersion: 2, unitId: U1, points: -2, reason: '迟报一次' }, office);
    const wrong = second.adjustments.find((a) => a.reason === '迟报一次');
    const withdrawn = await call<EvaluationDetailView>(EvaluationSubjects.withdrawAdjustment, { id: created.id, expectedVersion: 3, adjustmentId: wrong?.id, reason: '核实后不属迟报' }, office);
    expect(withdrawn.adjustments.find((a) => a.id === wrong?.id)).toMatchObject({ withdrawalReason: '核实后不属迟报', withdrawnBy: office.username });
    expect(withdrawn.lines.find((l) => l.unitId === U1)).toMatchObject({ adjustment: 0, score: 5 });

    const final = await call<EvaluationDetailView>(EvaluationSubjects.finalize, { id: created.id, expectedVersion: 4 }, office);
    expect(final).toMatchObject({ status: 'final', finalizedBy: office.username, version: 5 });
    // After 定稿 the lines are the snapshot: a later adoption changes the monthly notice, not the evaluation.
    await call(SubmissionSubjects.adopt, { id: item.id, expectedVersion: 3, level: 'city', adoptedOn: today }, office);
    const read = await call<EvaluationDetailView>(EvaluationSubjects.get, { id: created.id }, reader);
    expect(read.lines).toEqual(final.lines);
    for (const [subject, payload] of [
      [EvaluationSubjects.adjust, { id: created.id, expectedVersion: 5, unitId: U1, points: 1, reason: '定稿后调整' }],
      [EvaluationSubjects.withdrawAdjustment, { id: created.id, expectedVersion: 5, adjustmentId: wrong?.id, reason: '定稿后撤销' }],
      [EvaluationSubjects.finalize, { id: created.id, expectedVersion: 5 }],
    ] as const)
      await expect(call(subject, payload, office)).rejects.toMatchObject({ spec: { code: 'EVALUATION.FINALIZED' } });
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".evaluation SET year = year WHERE id = $1`, [created.id])).rejects.toThrow('已定稿的业绩考评不可更改');

    const file = await call<ExportEvaluation.Reply>(EvaluationSubjects.xlsx, { id: created.id }, reader);
    expect(file).toMatchObject({ rows: final.lines.length, mediaType: expect.stringContaining('spreadsheetml') });
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect((await call<ListEvaluations.Reply>(EvaluationSubjects.list, { year }, reader)).items.map((e) => e.id)).toEqual([created.id]);
    expect(await subjectsOf(created.id)).toEqual([
      'evt.information.evaluation.created',
      'evt.information.evaluation.adjusted',
      'evt.information.evaluation.adjusted',
      'evt.information.evaluation.adjusted',
      'evt.information.evaluation.finalized',
    ]);
  });

  it('a liaison has no access; bad input is refused in Chinese', async () => {
    await expect(call(EvaluationSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(EvaluationSubjects.get, { id: randomUUID() }, office)).rejects.toMatchObject({ spec: { code: 'EVALUATION.NOT_FOUND' } });
    await expect(call(EvaluationSubjects.create, { year: 1999 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'year' })]),
    });
  });
});
