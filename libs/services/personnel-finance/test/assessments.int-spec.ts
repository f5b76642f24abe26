import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { AssessmentSubjects, StaffMemberSubjects, PersonnelFinancePermissions as P, type AssessmentView, type ListAssessments, type StaffMemberView } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 年度考核 against real PostgreSQL and the real bus: the 21st 优秀 of 100 is refused without an approval. */
describe('personnel-finance: assessments', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.staffMembersRead, P.staffMembersManage, P.staffMembersPersonal, P.assessmentsRead, P.assessmentsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.assessmentsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.assessmentsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const staff: StaffMemberView[] = [];
  let probationer: StaffMemberView;

  const person = (i: number, probationEndsOn: string | null = null) => ({
    name: `考核人员${String(i).padStart(3, '0')}`,
    gender: i % 2 ? 'male' : 'female',
    idNumber: `370304199001${String(i).padStart(5, '0')}X`,
    mobile: `1380000${String(i).padStart(4, '0')}`,
    sectionCode: 'zonghe',
    category: 'civil_servant',
    postTitle: '科员',
    rank: '一级科员',
    hiredOn: probationEndsOn ? '2026-08-01' : '2015-07-01',
    probationEndsOn,
    monthlySalaryFen: 800_000,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    for (let i = 1; i <= 100; i++) staff.push(await call<StaffMemberView>(StaffMemberSubjects.create, person(i), renshi));
    probationer = await call<StaffMemberView>(StaffMemberSubjects.create, person(101, '2027-07-31'), renshi);
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('100 assessed and a probationer: 20 优秀 pass, the 21st is refused citing the rule; after a recorded approval up to 25; finalised as a snapshot', async () => {
    let a = await call<AssessmentView>(AssessmentSubjects.create, { year: 2026, title: '2026 年度考核', staffMemberIds: [...staff.map((s) => s.id), probationer.id] }, renshi);
    expect(a).toMatchObject({ status: 'open', quota: { version: 'KH-2020', assessed: 100, allowed: 20, percent: 20 } });
    expect(a.entries.find((e) => e.staffMemberId === probationer.id)).toMatchObject({ probationer: true, grade: null });
    await expect(call(AssessmentSubjects.create, { year: 2026, title: '重复' }, renshi)).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.DUPLICATE_YEAR' } });

    for (let i = 0; i < 20; i++) a = await call<AssessmentView>(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: staff[i].id, grade: 'excellent' }, renshi);
    expect(a.quota).toMatchObject({ excellent: 20, allowed: 20 });
    await expect(call(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: staff[20].id, grade: 'excellent' }, renshi)).rejects.toMatchObject({
      spec: { code: 'ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED' },
      message: expect.stringContaining('《公务员考核规定》'),
    });
    await expect(call(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: probationer.id, grade: 'competent' }, renshi)).rejects.toMatchObject({
      spec: { code: 'ASSESSMENT.PROBATIONER_NOT_GRADED' },
    });
    a = await call<AssessmentView>(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: probationer.id, comment: '试用期表现良好' }, renshi);
    await expect(call(AssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version }, renshi)).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.UNGRADED' } });

    a = await call<AssessmentView>(AssessmentSubjects.approveQuota, { id: a.id, expectedVersion: a.version, documentNumber: '博组字〔2026〕12号', approver: '中共博山区委组织部', approvedOn: '2026-12-20' }, renshi);
    expect(a.quota).toMatchObject({ allowed: 25, percent: 25 });
    for (let i = 20; i < 25; i++) a = await call<AssessmentView>(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: staff[i].id, grade: 'excellent' }, renshi);
    await expect(call(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: staff[25].id, grade: 'excellent' }, renshi)).rejects.toMatchObject({
      spec: { code: 'ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED' },
    });
    for (let i = 25; i < 100; i++) a = await call<AssessmentView>(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: staff[i].id, grade: i === 99 ? 'basically_competent' : 'competent' }, renshi);

    await expect(call(AssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version - 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.VERSION_CONFLICT' } });
    await expect(call(AssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    a = await call<AssessmentView>(AssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version }, renshi);
    expect(a).toMatchObject({ status: 'finalized', quota: { excellent: 25, assessed: 100 } });
    await expect(call(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: staff[99].id, grade: 'competent' }, renshi)).rejects.toMatchObject({
      spec: { code: 'ASSESSMENT.INVALID_STATE' },
    });

    const [stored] = (await app.parts.dataSource.query(`SELECT results FROM "${app.parts.schema}".assessment WHERE id = $1`, [a.id])) as { results: { grade: string | null }[] }[];
    expect(stored.results.filter((r) => r.grade === 'excellent')).toHaveLength(25);
    const [finalized] = (await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE subject = 'evt.personnel-finance.assessment.finalized' AND envelope->'data'->>'id' = $1`, [a.id])) as {
      envelope: { data: { results: unknown[] } };
    }[];
    expect(finalized.envelope.data.results).toHaveLength(101);
    expect((await call<ListAssessments.Reply>(AssessmentSubjects.list, { year: 2026 }, leader)).items.map((i) => i.id)).toEqual([a.id]);
  }, 120_000);

  it('a liaison sees no assessment; a withdrawal needs a reason', async () => {
    await expect(call(AssessmentSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const a = await call<AssessmentView>(AssessmentSubjects.create, { year: 2025, title: '2025 年度考核', staffMemberIds: [staff[0].id] }, renshi);
    await expect(call(AssessmentSubjects.get, { id: a.id }, liaison)).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.NOT_FOUND' } });
    await expect(call(AssessmentSubjects.withdraw, { id: a.id, expectedVersion: 1, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<AssessmentView>(AssessmentSubjects.withdraw, { id: a.id, expectedVersion: 1, reason: '年度选错' }, renshi)).toMatchObject({ status: 'withdrawn', withdrawalReason: '年度选错' });
    await expect(call(AssessmentSubjects.create, { year: 2025, title: '2025', staffMemberIds: [randomUUID()] }, renshi)).rejects.toMatchObject({ spec: { code: 'ASSESSMENT.NO_PARTICIPANTS' } });
  });
});
