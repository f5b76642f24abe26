import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  StaffMemberSubjects,
  StaffTrainingSubjects,
  PersonnelFinancePermissions as P,
  type GetTrainingHours,
  type ListTrainingPlans,
  type ListTrainingSessions,
  type StaffMemberView,
  type TrainingPlanView,
  type TrainingSessionView,
} from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 培训 against real PostgreSQL and the real bus: plans, sessions with attendance, hours per person against the standard. */
describe('personnel-finance: staff trainings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.staffMembersRead, P.staffMembersManage, P.staffTrainingsRead, P.staffTrainingsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.staffTrainingsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.staffTrainingsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  let zhang: StaffMemberView;
  let li: StaffMemberView;
  let wang: StaffMemberView;

  const person = (i: number, name: string) => ({
    name,
    gender: 'male',
    idNumber: `370304198801${String(i).padStart(5, '0')}X`,
    mobile: `1390000${String(i).padStart(4, '0')}`,
    sectionCode: 'zonghe',
    category: 'civil_servant',
    postTitle: '科员',
    rank: '一级科员',
    hiredOn: '2015-07-01',
    probationEndsOn: null,
    monthlySalaryFen: 700_000,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    zhang = await call<StaffMemberView>(StaffMemberSubjects.create, person(1, '张培训'), renshi);
    li = await call<StaffMemberView>(StaffMemberSubjects.create, person(2, '李培训'), renshi);
    wang = await call<StaffMemberView>(StaffMemberSubjects.create, person(3, '王培训'), renshi);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a plan is created, changed at the version held and withdrawn with a reason; each step an event', async () => {
    const plan = await call<TrainingPlanView>(StaffTrainingSubjects.planCreate, { year: 2026, title: '新录用公务员初任培训', kind: 'initial', plannedHours: 96 }, renshi);
    expect(plan).toMatchObject({ status: 'planned', sessions: 0, deliveredHours: 0, version: 1, createdBy: renshi.username });
    const changed = await call<TrainingPlanView>(StaffTrainingSubjects.planUpdate, { id: plan.id, expectedVersion: 1, year: 2026, title: '新录用公务员初任培训（第一期）', kind: 'initial', plannedHours: 100 }, renshi);
    expect(changed).toMatchObject({ plannedHours: 100, version: 2 });
    await expect(call(StaffTrainingSubjects.planUpdate, { id: plan.id, expectedVersion: 1, year: 2026, title: '过期版本', kind: 'initial', plannedHours: 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'TRAINING.VERSION_CONFLICT' } });
    expect(await call<TrainingPlanView>(StaffTrainingSubjects.planWithdraw, { id: plan.id, expectedVersion: 2, reason: '与市里统一组织重复' }, renshi)).toMatchObject({ status: 'withdrawn', withdrawalReason: '与市里统一组织重复' });
    await expect(call(StaffTrainingSubjects.sessionCreate, { planId: plan.id, title: '第一期', heldOn: '2026-04-01', hours: 8, days: 1, organiser: '区委组织部', attendees: [{ staffMemberId: zhang.id, attended: true }] }, renshi)).rejects.toMatchObject({
      spec: { code: 'TRAINING.INVALID_STATE' },
    });
    expect(await subjectsOf(plan.id)).toEqual(['created', 'updated', 'withdrawn'].map((s) => `evt.personnel-finance.training-plan.${s}`));
    expect((await call<ListTrainingPlans.Reply>(StaffTrainingSubjects.planList, { year: 2026, kind: 'initial' }, leader)).items.map((p) => p.id)).toContain(plan.id);
  });

  it('sessions record attendance with absence reasons, refuse strangers and dates outside the plan year; hours per person show who is below 12 天 / 90 学时', async () => {
    const plan = await call<TrainingPlanView>(StaffTrainingSubjects.planCreate, { year: 2025, title: '在职干部能力提升培训', kind: 'in_service', plannedHours: 96 }, renshi);
    const specialized = await call<TrainingPlanView>(StaffTrainingSubjects.planCreate, { year: 2025, title: '财务专门业务培训', kind: 'specialized', plannedHours: 40 }, renshi);
    const base = { planId: plan.id, organiser: '区委党校' };
    await expect(call(StaffTrainingSubjects.sessionCreate, { ...base, title: '跨年', heldOn: '2026-01-02', hours: 8, days: 1, attendees: [{ staffMemberId: zhang.id, attended: true }] }, renshi)).rejects.toMatchObject({
      spec: { code: 'TRAINING_SESSION.OUTSIDE_PLAN_YEAR' },
    });
    await expect(call(StaffTrainingSubjects.sessionCreate, { ...base, title: '缺席无因', heldOn: '2025-03-02', hours: 8, days: 1, attendees: [{ staffMemberId: zhang.id, attended: false }] }, renshi)).rejects.toMatchObject({
      spec: { code: 'TRAINING_SESSION.ABSENCE_REASON_REQUIRED' },
    });
    await expect(call(StaffTrainingSubjects.sessionCreate, { ...base, title: '陌生人', heldOn: '2025-03-02', hours: 8, days: 1, attendees: [{ staffMemberId: randomUUID(), attended: true }] }, renshi)).rejects.toMatchObject({
      spec: { code: 'TRAINING_SESSION.UNKNOWN_ATTENDEE' },
    });
    await expect(call(StaffTrainingSubjects.sessionCreate, { ...base, title: '重复', heldOn: '2025-03-02', hours: 8, days: 1, attendees: [{ staffMemberId: zhang.id, attended: true }, { staffMemberId: zhang.id, attended: true }] }, renshi)).rejects.toMatchObject({
      spec: { code: 'TRAINING_SESSION.DUPLICATE_ATTENDEE' },
    });

    // 张: 60 + 32 = 92 学时 (meets by hours); 李: 60 学时 over 12 days (meets by days) and absent once; 王: 40 专门业务 only (below: 90 short).
    const first = await call<TrainingSessionView>(
      StaffTrainingSubjects.sessionCreate,
      { ...base, title: '第一期：集中脱产', heldOn: '2025-04-07', hours: 60, days: 12, attendees: [{ staffMemberId: zhang.id, attended: true }, { staffMemberId: li.id, attended: true }, { staffMemberId: wang.id, attended: false, absenceReason: '脱产参加专门业务培训' }] },
      renshi,
    );
    expect(first).toMatchObject({ kind: 'in_service', year: 2025, planTitle: '在职干部能力提升培训', attendees: [{ name: '张培训', attended: true }, { name: '李培训' }, { name: '王培训', attended: false, absenceReason: '脱产参加专门业务培训' }] });
    let second = await call<TrainingSessionView>(
      StaffTrainingSubjects.sessionCreate,
      { ...base, title: '第二期：网络专题', heldOn: '2025-09-01', hours: 32, days: 0, attendees: [{ staffMemberId: zhang.id, attended: true }, { staffMemberId: li.id, attended: false, absenceReason: '值班' }] },
      renshi,
    );
    await call<TrainingSessionView>(StaffTrainingSubjects.sessionCreate, { planId: specialized.id, title: '预算管理', heldOn: '2025-05-01', hours: 40, days: 5, organiser: '区财政局', attendees: [{ staffMemberId: wang.id, attended: true }] }, renshi);
    const wrong = await call<TrainingSessionView>(StaffTrainingSubjects.sessionCreate, { ...base, title: '误登记', heldOn: '2025-10-01', hours: 90, days: 12, attendees: [{ staffMemberId: wang.id, attended: true }] }, renshi);
    await call<TrainingSessionView>(StaffTrainingSubjects.sessionWithdraw, { id: wrong.id, expectedVersion: 1, reason: '重复登记' }, renshi);
    second = await call<TrainingSessionView>(StaffTrainingSubjects.sessionUpdate, { id: second.id, expectedVersion: 1, title: '第二期：网络专题', heldOn: '2025-09-01', hours: 32, days: 0, organiser: '区委党校', attendees: [{ staffMemberId: zhang.id, attended: true }, { staffMemberId: li.id, attended: false, absenceReason: '值班（经批准）' }] }, renshi);
    expect(second).toMatchObject({ version: 2, attendees: [{ attended: true }, { absenceReason: '值班（经批准）' }] });
    expect(await subjectsOf(second.id)).toEqual(['evt.personnel-finance.training-session.recorded', 'evt.personnel-finance.training-session.updated']);

    const hours = await call<GetTrainingHours.Reply>(StaffTrainingSubjects.hours, { year: 2025 }, leader);
    expect(hours.standard).toMatchObject({ version: 'PX-2019', days: 12, hours: 90 });
    const of = (id: string) => hours.rows.find((r) => r.staffMemberId === id);
    expect(of(zhang.id)).toMatchObject({ countedHours: 92, countedDays: 12, meetsStandard: true, shortfallHours: 0 });
    expect(of(li.id)).toMatchObject({ countedHours: 60, countedDays: 12, meetsStandard: true, absences: 1 });
    expect(of(wang.id)).toMatchObject({ totalHours: 40, hoursByKind: { specialized: 40, in_service: 0 }, countedHours: 0, meetsStandard: false, shortfallHours: 90, absences: 1 });
    const below = await call<GetTrainingHours.Reply>(StaffTrainingSubjects.hours, { year: 2025, belowOnly: true }, leader);
    expect(below.rows.map((r) => r.staffMemberId)).toContain(wang.id);
    expect(below.rows.map((r) => r.staffMemberId)).not.toContain(zhang.id);
    expect(below.below).toBe(below.rows.length);
    expect((await call<ListTrainingSessions.Reply>(StaffTrainingSubjects.sessionList, { staffMemberId: wang.id, year: 2025 }, leader)).total).toBe(3);
    expect(await call<TrainingPlanView>(StaffTrainingSubjects.planGet, { id: plan.id }, leader)).toMatchObject({ sessions: 2, deliveredHours: 92 });
  });

  it('nobody outside the office sees a thing; a reader cannot change; bad input is refused in Chinese', async () => {
    const plan = await call<TrainingPlanView>(StaffTrainingSubjects.planCreate, { year: 2026, title: '保密教育培训', kind: 'specialized', plannedHours: 4 }, renshi);
    await expect(call(StaffTrainingSubjects.planGet, { id: plan.id }, liaison)).rejects.toMatchObject({ spec: { code: 'TRAINING_PLAN.NOT_FOUND' } });
    await expect(call(StaffTrainingSubjects.hours, { year: 2026 }, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(StaffTrainingSubjects.planWithdraw, { id: plan.id, expectedVersion: 1, reason: '领导撤回' }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(StaffTrainingSubjects.planCreate, { year: 26, title: '甲', kind: 'online', plannedHours: 0 }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining(['year', 'title', 'kind', 'plannedHours'].map((field) => expect.objectContaining({ field }))),
    });
  });
});
