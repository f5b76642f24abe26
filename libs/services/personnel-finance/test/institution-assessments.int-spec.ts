import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { InstitutionAssessmentSubjects, PersonnelFinancePermissions as P, type InstitutionAssessmentView, type ListInstitutionAssessments } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 事业单位绩效考核 in personnel-finance, against real PostgreSQL and the real bus. */
describe('personnel-finance: institution-assessments', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const units = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.institutionAssessmentsRead, P.institutionAssessmentsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.institutionAssessmentsRead] });
  const liaisons = new Map<string, CallerContext>();
  const liaison = (unitId: string): CallerContext => {
    if (!liaisons.has(unitId)) liaisons.set(unitId, caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.institutionAssessmentsOwn] }));
    return liaisons.get(unitId) as CallerContext;
  };
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const indicators = [
    { key: 'duty', name: '履职尽责', weight: 50 },
    { key: 'management', name: '内部管理', weight: 30 },
    { key: 'service', name: '服务质量', weight: 20 },
  ];
  const scores = (duty: number, management: number, service: number, note?: string) => [
    { indicatorKey: 'duty', score: duty, ...(duty < 50 && note ? { note } : {}) },
    { indicatorKey: 'management', score: management, ...(management < 30 && note ? { note } : {}) },
    { indicatorKey: 'service', score: service, ...(service < 20 && note ? { note } : {}) },
  ];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    for (const [i, id] of units.entries()) {
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, `SY${i}`, `事业单位${'甲乙丙丁'[i]}`]);
    }
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('scheme → self-scores by each liaison → review with reasons, grades from the bands, 优秀 within the quota → final results, immutable', async () => {
    await expect(call(InstitutionAssessmentSubjects.create, { year: 2026, title: '权重不足', indicators: indicators.slice(0, 2), unitIds: units }, office)).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.SCHEME_INVALID' },
      fieldErrors: [expect.objectContaining({ field: 'indicators', message: expect.stringContaining('合计须为 100，现为 80') })],
    });
    await expect(call(InstitutionAssessmentSubjects.create, { year: 2026, title: '未知单位', indicators, unitIds: [...units, randomUUID()] }, office)).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.UNKNOWN_UNIT' },
    });
    let a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.create, { year: 2026, title: '2026年度事业单位绩效考核', indicators, unitIds: units }, office);
    expect(a).toMatchObject({ status: 'self_assessment', configVersion: 'SYDW-KH-2026', bands: { excellentMin: 90, goodMin: 80, passMin: 60 }, quota: { units: 4, percent: 30, allowed: 1, used: 0 }, version: 1 });
    expect(a.units.map((u) => u.unitName)).toEqual(['事业单位甲', '事业单位乙', '事业单位丙', '事业单位丁']);
    await expect(call(InstitutionAssessmentSubjects.create, { year: 2026, title: '重复', indicators, unitIds: units }, office)).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.DUPLICATE_YEAR' } });

    // each liaison enters its own unit's, and sees only its own line
    await expect(call(InstitutionAssessmentSubjects.selfScore, { id: a.id, expectedVersion: a.version, unitId: units[1], scores: scores(50, 30, 20) }, liaison(units[0]))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InstitutionAssessmentSubjects.selfScore, { id: a.id, expectedVersion: a.version, unitId: units[0], scores: scores(50, 30, 20) }, office)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InstitutionAssessmentSubjects.startReview, { id: a.id, expectedVersion: a.version }, office)).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.INCOMPLETE' } });
    for (const [i, unitId] of units.entries()) {
      const own = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.get, { id: a.id }, liaison(unitId));
      const seen = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.selfScore, { id: a.id, expectedVersion: own.version, unitId, scores: scores(50 - i, 30, 20) }, liaison(unitId));
      expect(seen.units.map((u) => u.unitId)).toEqual([unitId]);
      expect(seen.units[0]).toMatchObject({ selfTotal: 100 - i, selfSubmittedBy: liaison(unitId).username });
      expect(seen.timeline.filter((t) => t.step === '自评').map((t) => t.note)).toEqual([`事业单位${'甲乙丙丁'[i]}：自评 ${100 - i} 分`]);
      a = seen;
    }
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.get, { id: a.id }, office);
    expect(a.units.map((u) => u.selfTotal)).toEqual([100, 99, 98, 97]);
    await expect(call(InstitutionAssessmentSubjects.update, { id: a.id, expectedVersion: a.version, title: '改方案', indicators }, office)).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.INVALID_STATE' } });
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.startReview, { id: a.id, expectedVersion: a.version }, office);
    expect(a.status).toBe('reviewing');
    await expect(call(InstitutionAssessmentSubjects.selfScore, { id: a.id, expectedVersion: a.version, unitId: units[0], scores: scores(50, 30, 20) }, liaison(units[0]))).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.INVALID_STATE' } });

    // review: a deduction needs its reason; 优秀 beyond ⌊4 × 30 %⌋ = 1 is refused; a lower grade may be chosen
    await expect(call(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: a.version, unitId: units[0], scores: scores(45, 30, 20) }, office)).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.SCORES_INVALID' },
      fieldErrors: [expect.objectContaining({ field: 'scores', message: expect.stringContaining('须说明扣分理由') })],
    });
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: a.version, unitId: units[0], scores: scores(48, 30, 20, '台账不全') }, office);
    expect(a.units[0]).toMatchObject({ total: 98, grade: 'excellent', reviewedBy: office.username });
    expect(a.quota).toEqual({ units: 4, percent: 30, allowed: 1, used: 1 });
    await expect(call(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: a.version, unitId: units[1], scores: scores(45, 30, 20, '进度滞后') }, office)).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED' },
    });
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: a.version, unitId: units[1], scores: scores(45, 30, 20, '进度滞后'), grade: 'good' }, office);
    await expect(call(InstitutionAssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version }, office)).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.INCOMPLETE' } });
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: a.version, unitId: units[2], scores: scores(40, 25, 20, '考核扣分') }, office);
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: a.version, unitId: units[3], scores: scores(30, 20, 5, '多项未完成') }, office);
    expect(a.units.map((u) => [u.total, u.grade])).toEqual([
      [98, 'excellent'],
      [95, 'good'],
      [85, 'good'],
      [55, 'fail'],
    ]);
    const final = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version }, office);
    expect(final).toMatchObject({ status: 'finalized', finalizedAt: expect.any(String) });
    await expect(call(InstitutionAssessmentSubjects.review, { id: a.id, expectedVersion: final.version, unitId: units[3], scores: scores(50, 30, 20) }, office)).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.INVALID_STATE' },
    });
    await expect(call(InstitutionAssessmentSubjects.withdraw, { id: a.id, expectedVersion: final.version, reason: '结果确定后撤回' }, office)).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.INVALID_STATE' } });
    // the trigger: the final results cannot be changed even by SQL
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".institution_assessment_unit SET total = 100 WHERE assessment_id = $1`, [a.id])).rejects.toThrow('结果已确定');
    const [stored] = (await app.parts.dataSource.query(`SELECT results FROM "${app.parts.schema}".institution_assessment WHERE id = $1`, [a.id])) as { results: { grade: string }[] }[];
    expect(stored.results.map((r) => r.grade)).toEqual(['excellent', 'good', 'good', 'fail']);
    expect(await subjectsOf(a.id)).toEqual([
      'evt.personnel-finance.institution-assessment.created',
      ...units.map(() => 'evt.personnel-finance.institution-assessment.self-scored'),
      'evt.personnel-finance.institution-assessment.review-started',
      ...units.map(() => 'evt.personnel-finance.institution-assessment.reviewed'),
      'evt.personnel-finance.institution-assessment.finalized',
    ]);
  });

  it("a liaison sees only the assessments its unit takes part in, and only its own line; a reader cannot change; stale versions and bad input are refused", async () => {
    const outsider = randomUUID();
    let a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.create, { year: 2027, title: '2027年度事业单位绩效考核', indicators, unitIds: units.slice(0, 2), excellentQuotaPercent: 50 }, office);
    expect(a.quota).toMatchObject({ percent: 50, allowed: 1 });
    expect((await call<ListInstitutionAssessments.Reply>(InstitutionAssessmentSubjects.list, { year: 2027 }, liaison(units[0]))).items.map((r) => r.units.map((u) => u.unitId))).toEqual([[units[0]]]);
    expect((await call<ListInstitutionAssessments.Reply>(InstitutionAssessmentSubjects.list, { year: 2027 }, liaison(units[3]))).items).toEqual([]);
    expect((await call<ListInstitutionAssessments.Reply>(InstitutionAssessmentSubjects.list, { year: 2027 }, reader)).items.map((r) => r.id)).toEqual([a.id]);
    await expect(call(InstitutionAssessmentSubjects.get, { id: a.id }, liaison(outsider))).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.NOT_FOUND' } });
    await expect(call(InstitutionAssessmentSubjects.selfScore, { id: a.id, expectedVersion: 1, unitId: outsider, scores: scores(50, 30, 20) }, liaison(outsider))).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.NOT_FOUND' },
    });
    await expect(call(InstitutionAssessmentSubjects.withdraw, { id: a.id, expectedVersion: 1, reason: '越权撤回' }, liaison(units[0]))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InstitutionAssessmentSubjects.create, { year: 2028, title: '只读用户', indicators, unitIds: units }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    a = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.update, { id: a.id, expectedVersion: 1, title: '2027年度事业单位绩效考核（修订）', indicators, bands: { excellentMin: 92, goodMin: 82, passMin: 62 } }, office);
    expect(a).toMatchObject({ version: 2, bands: { excellentMin: 92 }, quota: { percent: 50 } });
    await expect(call(InstitutionAssessmentSubjects.update, { id: a.id, expectedVersion: 1, title: '过期版本', indicators }, office)).rejects.toMatchObject({ spec: { code: 'INSTITUTION_ASSESSMENT.VERSION_CONFLICT' } });
    await expect(call(InstitutionAssessmentSubjects.selfScore, { id: a.id, expectedVersion: a.version, unitId: units[0], scores: [{ indicatorKey: 'duty', score: 51 }] }, liaison(units[0]))).rejects.toMatchObject({
      spec: { code: 'INSTITUTION_ASSESSMENT.SCORES_INVALID' },
    });
    await expect(call(InstitutionAssessmentSubjects.create, { year: 1999, title: '甲', indicators: [{ key: 'A', name: '', weight: 0 }], unitIds: ['x'] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'year' }), expect.objectContaining({ field: 'unitIds' })]),
    });
    const withdrawn = await call<InstitutionAssessmentView>(InstitutionAssessmentSubjects.withdraw, { id: a.id, expectedVersion: a.version, reason: '方案重新制定' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '方案重新制定' });
  });
});
