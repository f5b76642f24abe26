import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import {
  AssessmentSubjects,
  PayslipSubjects,
  PersonnelFinancePermissions as P,
  SalaryChangeSubjects,
  StaffMemberSubjects,
  type AssessmentView,
  type ListSalaryChanges,
  type ListSalaryStepsDue,
  type PayslipView,
  type SalaryChangeView,
  type StaffMemberView,
} from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 工资晋级晋档 in personnel-finance, against real PostgreSQL and the real bus: the annual results, the payroll from the effective month. */
describe('personnel-finance: salary-changes', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.staffMembersRead, P.staffMembersManage, P.assessmentsRead, P.assessmentsManage, P.salaryChangesRead, P.salaryChangesManage] });
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.payslipsRead, P.payslipsManage, P.salaryChangesRead] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.staffMembersRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const person = (name: string, idNumber: string) => ({ name, gender: 'male', idNumber, mobile: '13900001111', sectionCode: 'renshi', category: 'civil_servant', postTitle: '科员', rank: '二级主任科员', hiredOn: '2010-07-01', monthlySalaryFen: 2_000_000 });
  const change = (staffMemberId: string, extra: Record<string, unknown> = {}) => ({
    staffMemberId,
    kind: 'regular_step',
    before: { grade: 22, step: 3, baseSalaryFen: 300_000 },
    after: { grade: 22, step: 4, baseSalaryFen: 310_000 },
    effectiveYear: 2027,
    effectiveMonth: 1,
    basisDocument: '博人社发〔2027〕1号',
    approvedBy: '王科长',
    approvedOn: '2027-01-10',
    ...extra,
  });
  let good: StaffMemberView;
  let weak: StaffMemberView;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    good = await call<StaffMemberView>(StaffMemberSubjects.create, person('钱称职', '370304198501011234'), renshi);
    weak = await call<StaffMemberView>(StaffMemberSubjects.create, person('孙基本', '370304198601011236'), renshi);
    for (const [year, weakGrade] of [
      [2025, 'competent'],
      [2026, 'basically_competent'],
    ] as const) {
      let a = await call<AssessmentView>(AssessmentSubjects.create, { year, title: `${year} 年度考核`, staffMemberIds: [good.id, weak.id] }, renshi);
      a = await call<AssessmentView>(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: good.id, grade: 'competent' }, renshi);
      a = await call<AssessmentView>(AssessmentSubjects.grade, { id: a.id, expectedVersion: a.version, staffMemberId: weak.id, grade: weakGrade }, renshi);
      await call(AssessmentSubjects.finalize, { id: a.id, expectedVersion: a.version }, renshi);
    }
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('正常晋升档次 rests on the two finalised annual results; the due list; the payroll uses the new 基本工资 from the effective month; voided with a reason', async () => {
    const due = await call<ListSalaryStepsDue.Reply>(SalaryChangeSubjects.due, { year: 2027 }, renshi);
    expect(due.items.map((i) => i.name)).toEqual(['钱称职']);
    expect(due.items[0]).toMatchObject({ current: null, lastRegularStep: null, grades: ['2025 年称职', '2026 年称职'] });
    expect(due.rule).toContain('《公务员工资制度改革方案》');

    await expect(call(SalaryChangeSubjects.create, change(weak.id), renshi)).rejects.toMatchObject({ spec: { code: 'SALARY_CHANGE.NOT_ELIGIBLE' } });
    await expect(call(SalaryChangeSubjects.create, change(good.id, { after: { grade: 22, step: 5, baseSalaryFen: 320_000 } }), renshi)).rejects.toMatchObject({
      spec: { code: 'SALARY_CHANGE.CHANGE_RULE' },
      fieldErrors: [expect.objectContaining({ field: 'after' })],
    });
    const made = await call<SalaryChangeView>(SalaryChangeSubjects.create, change(good.id), renshi);
    expect(made).toMatchObject({ name: '钱称职', status: 'effective', version: 1, after: { grade: 22, step: 4, baseSalaryFen: 310_000 }, approvedBy: '王科长', createdBy: renshi.username });
    expect(made.checkNote).toContain('2025 年称职、2026 年称职');
    const [raw] = (await app.parts.dataSource.query(`SELECT amounts_encrypted FROM "${app.parts.schema}".salary_change WHERE id = $1`, [made.id])) as { amounts_encrypted: string }[];
    expect(raw.amounts_encrypted).not.toContain('310000');
    expect((await call<ListSalaryStepsDue.Reply>(SalaryChangeSubjects.due, { year: 2027 }, renshi)).items).toEqual([]);

    await expect(call(SalaryChangeSubjects.create, change(good.id, { kind: 'grade_promotion', after: { grade: 21, step: 1, baseSalaryFen: 330_000 }, effectiveMonth: 1 }), renshi)).rejects.toMatchObject({
      spec: { code: 'SALARY_CHANGE.MONTH_ORDER' },
    });
    await expect(call(SalaryChangeSubjects.create, change(good.id, { kind: 'grade_promotion', after: { grade: 21, step: 1, baseSalaryFen: 330_000 }, effectiveMonth: 6 }), renshi)).rejects.toMatchObject({
      spec: { code: 'SALARY_CHANGE.BEFORE_MISMATCH' },
    });

    // the payroll: ¥20,000 on the record, ¥100 more 基本工资 from 2027-01
    const slip = await call<PayslipView>(PayslipSubjects.create, { staffMemberId: good.id, year: 2027, month: 1, specialAdditionalFen: 0 }, caiwu);
    expect(slip.figures?.grossFen).toBe(2_010_000);
    const earlier = await call<PayslipView>(PayslipSubjects.create, { staffMemberId: good.id, year: 2026, month: 12, specialAdditionalFen: 0 }, caiwu);
    expect(earlier.figures?.grossFen).toBe(2_000_000);

    const listed = await call<ListSalaryChanges.Reply>(SalaryChangeSubjects.list, { staffMemberId: good.id }, caiwu);
    expect(listed.items.map((r) => r.id)).toEqual([made.id]);
    await expect(call(SalaryChangeSubjects.void, { id: made.id, expectedVersion: 1, reason: '财务科只读' }, caiwu)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SalaryChangeSubjects.void, { id: made.id, expectedVersion: 1, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(SalaryChangeSubjects.void, { id: made.id, expectedVersion: 2, reason: '过期版本' }, renshi)).rejects.toMatchObject({ spec: { code: 'SALARY_CHANGE.VERSION_CONFLICT' } });
    const voided = await call<SalaryChangeView>(SalaryChangeSubjects.void, { id: made.id, expectedVersion: 1, reason: '执行月份有误' }, renshi);
    expect(voided).toMatchObject({ status: 'voided', voidReason: '执行月份有误', version: 2 });
    await expect(call(SalaryChangeSubjects.void, { id: made.id, expectedVersion: 2, reason: '再次作废' }, renshi)).rejects.toMatchObject({ spec: { code: 'SALARY_CHANGE.INVALID_STATE' } });
    expect((await call<ListSalaryStepsDue.Reply>(SalaryChangeSubjects.due, { year: 2027 }, renshi)).items.map((i) => i.name)).toEqual(['钱称职']);
    expect(await subjectsOf(made.id)).toEqual(['evt.personnel-finance.salary-change.created', 'evt.personnel-finance.salary-change.voided']);
  });

  it('no leader or liaison sees salary changes; bad input is refused in Chinese', async () => {
    await expect(call(SalaryChangeSubjects.list, {}, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: '00000000-0000-4000-8000-000000000001', permissions: [P.salaryChangesRead] });
    await expect(call(SalaryChangeSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SalaryChangeSubjects.create, change(good.id, { kind: 'other', after: { grade: 22, step: 3, baseSalaryFen: 305_000 }, effectiveMonth: 3 }), renshi)).rejects.toMatchObject({
      spec: { code: 'SALARY_CHANGE.CHANGE_RULE' },
      fieldErrors: [expect.objectContaining({ field: 'basis' })],
    });
    await expect(call(SalaryChangeSubjects.create, { ...change(good.id), before: { grade: 30, step: 0, baseSalaryFen: 1.5 }, effectiveMonth: 13 }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'effectiveMonth' })]),
    });
  });
});
