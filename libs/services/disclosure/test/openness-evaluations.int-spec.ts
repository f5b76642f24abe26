import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { DataResourceSubjects, OpennessEvaluationSubjects as S, DisclosurePermissions as P, type DataResourceDetail, type ListOpennessEvaluations, type OpennessEvaluationDetail } from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 政务公开考评 (迎接考核) in disclosure: prepared, self-assessed, submitted, the result recorded and frozen; real PostgreSQL and bus. */
describe('disclosure: openness-evaluations', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const UNIT = randomUUID();
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.opennessEvaluationsRead, P.opennessEvaluationsManage, P.dataResourcesManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.opennessEvaluationsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: UNIT, permissions: [P.opennessEvaluationsRead, P.opennessEvaluationsManage] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const today = shanghaiDate(new Date());
  const indicators = [
    { name: '政府信息公开平台建设', maxPoints: 10 },
    { name: '政策解读', maxPoints: 5.5 },
  ];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
    await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, 'OE-U1', '考评测试责任单位', 'department', 'active', 1)`, [UNIT]);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('prepared with evidence linking our records, self-assessed within the points, submitted, the result recorded and frozen; the 待办 follows the deadline', async () => {
    const created = await call<OpennessEvaluationDetail>(S.create, { year: 2031, evaluator: 'city', title: '2031年度市政务公开工作考评', dueOn: '2031-11-30', indicators }, office);
    expect(created).toMatchObject({ status: 'preparing', statusLabel: '准备中', totalPoints: 15.5, selfTotal: 0, assessedCount: 0, indicatorCount: 2, version: 1 });
    await expect(call(S.create, { year: 2031, evaluator: 'city', title: '重复登记', dueOn: '2031-11-30', indicators }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.DUPLICATE' } });
    const [platform, policy] = created.indicators;

    const resource = await call<DataResourceDetail>(DataResourceSubjects.create, { name: '考评佐证数据资源', code: 'OE-DR-0001', unitId: UNIT, category: 'basic', dataItems: [{ name: '名称', type: 'string' }], format: 'api', updateCycle: 'monthly', sharingType: 'unconditional', openType: 'open' }, office);
    await expect(call(S.addEvidence, { id: created.id, expectedVersion: 1, indicatorId: platform.id, description: '链接不存在的记录', links: [{ kind: 'publication', recordId: randomUUID() }] }, office)).rejects.toMatchObject({
      spec: { code: 'OPENNESS_EVALUATION.UNKNOWN_LINK' },
      fieldErrors: [expect.objectContaining({ field: 'links[0].recordId' })],
    });
    await expect(call(S.addEvidence, { id: created.id, expectedVersion: 1, indicatorId: platform.id, description: '未知责任单位', responsibleUnitId: randomUUID() }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.UNKNOWN_UNIT' } });
    let current = await call<OpennessEvaluationDetail>(S.addEvidence, {
      id: created.id,
      expectedVersion: 1,
      indicatorId: platform.id,
      description: '政务数据资源目录已发布',
      links: [{ kind: 'data-resource', recordId: resource.id }],
      attachments: ['目录截图.png'],
      responsibleUnitId: UNIT,
    }, office);
    expect(current.indicators[0].evidence).toEqual([expect.objectContaining({ description: '政务数据资源目录已发布', links: [{ kind: 'data-resource', recordId: resource.id }], attachments: ['目录截图.png'], responsibleUnitId: UNIT, voidedReason: null })]);

    await expect(call(S.selfAssess, { id: created.id, expectedVersion: 2, scores: [{ indicatorId: policy.id, score: 5.6 }] }, office)).rejects.toMatchObject({
      spec: { code: 'OPENNESS_EVALUATION.SCORE' },
      fieldErrors: [expect.objectContaining({ field: 'scores[0].score', message: expect.stringContaining('超过其分值 5.5 分') })],
    });
    current = await call<OpennessEvaluationDetail>(S.selfAssess, { id: created.id, expectedVersion: 2, scores: [{ indicatorId: platform.id, score: 9.5, note: '平台运行良好' }, { indicatorId: policy.id, score: 5 }] }, office);
    expect(current).toMatchObject({ selfTotal: 14.5, assessedCount: 2, version: 3 });
    // 政策解读 claims points without evidence: not yet submittable.
    await expect(call(S.submit, { id: created.id, expectedVersion: 3, submittedOn: today }, office)).rejects.toMatchObject({
      spec: { code: 'OPENNESS_EVALUATION.INCOMPLETE' },
      fieldErrors: [expect.objectContaining({ message: '指标“政策解读”自评 5 分，但没有佐证材料' })],
    });
    current = await call<OpennessEvaluationDetail>(S.addEvidence, { id: created.id, expectedVersion: 3, indicatorId: policy.id, description: '政策解读稿件 12 篇' }, office);
    const wrong = await call<OpennessEvaluationDetail>(S.addEvidence, { id: created.id, expectedVersion: 4, indicatorId: policy.id, description: '误传的材料' }, office);
    const voided = await call<OpennessEvaluationDetail>(S.voidEvidence, { id: created.id, expectedVersion: 5, evidenceId: wrong.indicators[1].evidence[1].id, reason: '误传' }, office);
    expect(voided.indicators[1].evidence.map((e) => e.voidedReason)).toEqual([null, '误传']);
    await expect(call(S.update, { id: created.id, expectedVersion: 6, title: '删指标', dueOn: '2031-11-30', indicators: [{ name: '新指标', maxPoints: 3 }] }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.INDICATORS' } });
    await expect(call(S.submit, { id: created.id, expectedVersion: 6, submittedOn: today }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const submitted = await call<OpennessEvaluationDetail>(S.submit, { id: created.id, expectedVersion: 6, submittedOn: today }, office);
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: today, version: 7 });
    await expect(call(S.selfAssess, { id: created.id, expectedVersion: 7, scores: [{ indicatorId: policy.id, score: 4 }] }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.INVALID_STATE' } });

    const deduction = { indicatorId: policy.id, points: 1.5, reason: '解读形式单一', rectification: '增加图解、视频解读' };
    await expect(call(S.recordResult, { id: created.id, expectedVersion: 7, resultOn: today, score: 15.6, rank: 2, deductions: [] }, office)).rejects.toMatchObject({ fieldErrors: [expect.objectContaining({ field: 'score' })] });
    await expect(call(S.recordResult, { id: created.id, expectedVersion: 7, resultOn: today, score: 12, rank: 2, deductions: [{ ...deduction, points: 6 }] }, office)).rejects.toMatchObject({ fieldErrors: [expect.objectContaining({ field: 'deductions[0].points' })] });
    const resulted = await call<OpennessEvaluationDetail>(S.recordResult, { id: created.id, expectedVersion: 7, resultOn: today, score: 14, rank: 2, rankOf: 9, deductions: [deduction] }, office);
    expect(resulted).toMatchObject({ status: 'resulted', statusLabel: '结果已录入', resultScore: 14, resultRank: 2, version: 8 });
    expect(resulted.result).toMatchObject({ score: 14, rank: 2, rankOf: 9, deductions: [{ ...deduction, indicatorName: '政策解读' }], recordedBy: office.username });
    await expect(call(S.addEvidence, { id: created.id, expectedVersion: 8, indicatorId: platform.id, description: '冻结后补材料' }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.FROZEN' } });
    await expect(call(S.withdraw, { id: created.id, expectedVersion: 8, reason: '冻结后撤销' }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.FROZEN' } });
    const [frozen] = await app.parts.dataSource.query(`SELECT frozen_snapshot->'result'->>'score' AS score, jsonb_array_length(frozen_snapshot->'indicators') AS n FROM "${app.parts.schema}".openness_evaluation WHERE id = $1`, [created.id]);
    expect(frozen).toEqual({ score: '14', n: 2 });
    expect(resulted.steps.map((s) => s.step)).toEqual(['create', 'add-evidence', 'self-assess', 'add-evidence', 'add-evidence', 'void-evidence', 'submit', 'record-result']);

    const tasks: { subject: string; data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [created.id],
    );
    expect(tasks.map((t) => `${t.subject.replace('evt.disclosure.task.', '')}:${String(t.data.kind)}`)).toEqual(['opened:disclosure_evaluation_submission', 'closed:disclosure_evaluation_submission']);
    expect(tasks[0].data).toMatchObject({ assignee: { type: 'role', id: 'section_staff' }, section: 'dashuju', deadline: { date: '2031-11-30' }, link: `/disclosure/openness-evaluations/${created.id}` });
    expect(tasks[1].data).toMatchObject({ outcome: 'done', closedBy: office.userId });
    const events = ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [created.id])) as { subject: string }[]).map((r) => r.subject);
    expect(events[0]).toBe('evt.disclosure.openness-evaluation.created');
    expect(events.slice(-2)).toEqual(['evt.disclosure.openness-evaluation.submitted', 'evt.disclosure.openness-evaluation.resulted']);
  });

  it('only the office sees evaluations; withdrawn with a reason frees the year; a stale version conflicts; bad input is refused in Chinese', async () => {
    const created = await call<OpennessEvaluationDetail>(S.create, { year: 2032, evaluator: 'province', title: '2032年度省政务公开考评', dueOn: '2032-10-31', indicators }, office);
    await expect(call(S.get, { id: created.id }, liaison)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.NOT_FOUND' } });
    await expect(call(S.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect(await call<OpennessEvaluationDetail>(S.get, { id: created.id }, reader)).toMatchObject({ id: created.id, evaluator: 'province' });
    const listed = await call<ListOpennessEvaluations.Reply>(S.list, { year: 2032, evaluator: 'province' }, reader);
    expect(listed.items.map((e) => e.id)).toEqual([created.id]);
    await expect(call(S.update, { id: created.id, expectedVersion: 3, title: '过期', dueOn: '2032-10-31', indicators }, office)).rejects.toMatchObject({ spec: { code: 'OPENNESS_EVALUATION.VERSION_CONFLICT' } });
    await expect(call(S.create, { year: 2033, evaluator: 'county', title: '坏', dueOn: '2033-02-30', indicators: [{ name: '指', maxPoints: 1.25 }] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'evaluator' }), expect.objectContaining({ field: 'dueOn' })]),
    });
    await expect(call(S.withdraw, { id: created.id, expectedVersion: 1, reason: '' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<OpennessEvaluationDetail>(S.withdraw, { id: created.id, expectedVersion: 1, reason: '省里今年改为专项评估' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '省里今年改为专项评估' });
    const again = await call<OpennessEvaluationDetail>(S.create, { year: 2032, evaluator: 'province', title: '2032年度省政务公开考评（重新登记）', dueOn: '2032-10-31', indicators }, office);
    expect(again.status).toBe('preparing');
    const closed: { data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE subject = 'evt.disclosure.task.closed' AND envelope->'data'->'recordRef'->>'id' = $1`,
      [created.id],
    );
    expect(closed.map((c) => c.data)).toEqual([expect.objectContaining({ kind: 'disclosure_evaluation_submission', outcome: 'withdrawn' })]);
  });
});
