import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import { PayslipSubjects, StaffMemberSubjects, PersonnelFinancePermissions as P, type ExportPayrollSheet, type ListPayslips, type PayslipView, type StaffMemberView } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

const Y = 100;

/** 工资扣缴 against real PostgreSQL and the real bus: a year of months equals the hand computation to the 分. */
describe('personnel-finance: payslips', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.staffMembersRead, P.staffMembersManage] });
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.payslipsRead, P.payslipsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.staffMembersRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  let person: StaffMemberView;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    person = await call<StaffMemberView>(
      StaffMemberSubjects.create,
      { name: '赵工资', gender: 'male', idNumber: '370304198501011234', mobile: '13900001111', sectionCode: 'caiwu', category: 'civil_servant', postTitle: '科员', rank: '二级主任科员', hiredOn: '2010-07-01', monthlySalaryFen: 2_000_000 },
      renshi,
    );
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('twelve months of ¥20,000 (三险一金 26%, 专项附加 ¥2,000): the IIT of each month and the year equal the hand computation', async () => {
    const hand = [234, 234, 234, 234, 444, 780, 780, 780, 780, 780, 780, 780].map((v) => v * Y);
    const withheld: number[] = [];
    for (let month = 1; month <= 12; month++) {
      const slip = await call<PayslipView>(PayslipSubjects.create, { staffMemberId: person.id, year: 2026, month, specialAdditionalFen: 2_000 * Y }, caiwu);
      expect(slip.figures).toMatchObject({ grossFen: 20_000 * Y, pensionFen: 1_600 * Y, medicalFen: 400 * Y, annuityFen: 800 * Y, housingFundFen: 2_400 * Y, monthsEmployed: month });
      withheld.push(slip.figures!.iitFen);
      expect(slip.figures!.netFen).toBe(20_000 * Y - 5_200 * Y - slip.figures!.iitFen);
      if (month === 3) {
        // the next month cannot be computed while this one is pending
        await expect(call(PayslipSubjects.create, { staffMemberId: person.id, year: 2026, month: 4, specialAdditionalFen: 0 }, caiwu)).rejects.toMatchObject({ spec: { code: 'PAYSLIP.OUT_OF_ORDER' } });
      }
      await call<PayslipView>(PayslipSubjects.confirm, { id: slip.id, expectedVersion: slip.version }, caiwu);
    }
    expect(withheld).toEqual(hand);
    expect(withheld.reduce((a, b) => a + b, 0)).toBe(6_840 * Y);

    await expect(call(PayslipSubjects.create, { staffMemberId: person.id, year: 2026, month: 12, specialAdditionalFen: 0 }, caiwu)).rejects.toMatchObject({ spec: { code: 'PAYSLIP.DUPLICATE' } });
    const [raw] = (await app.parts.dataSource.query(`SELECT figures_encrypted FROM "${app.parts.schema}".payslip WHERE staff_member_id = $1 LIMIT 1`, [person.id])) as { figures_encrypted: string }[];
    expect(raw.figures_encrypted.startsWith('sm4:')).toBe(true);

    const listed = await call<ListPayslips.Reply>(PayslipSubjects.list, { year: 2026, staffMemberId: person.id }, caiwu);
    expect(listed.total).toBe(12);
    expect(listed.items.every((i) => i.figures === null)).toBe(true);
    const sheet = await call<ExportPayrollSheet.Reply>(PayslipSubjects.exportSheet, { year: 2026, month: 12 }, caiwu);
    expect(sheet).toMatchObject({ rows: 1, filename: '工资表_2026-12.xlsx' });
  });

  it('a pending month is recomputed and withdrawn with a reason; others than 财务科 see no payslip', async () => {
    let slip = await call<PayslipView>(PayslipSubjects.create, { staffMemberId: person.id, year: 2027, month: 1, specialAdditionalFen: 0 }, caiwu);
    expect(slip.figures).toMatchObject({ iitFen: 29_400, monthsEmployed: 1 });
    slip = await call<PayslipView>(PayslipSubjects.update, { id: slip.id, expectedVersion: 1, grossFen: 25_000 * Y, specialAdditionalFen: 1_000 * Y }, caiwu);
    expect(slip.figures).toMatchObject({ grossFen: 25_000 * Y, pensionFen: 2_000 * Y, specialAdditionalFen: 1_000 * Y });
    expect(slip.figures!.explanation).toContain('国家税务总局公告2018年第61号');
    await expect(call(PayslipSubjects.withdraw, { id: slip.id, expectedVersion: 1, reason: '重复' }, caiwu)).rejects.toMatchObject({ spec: { code: 'PAYSLIP.VERSION_CONFLICT' } });
    slip = await call<PayslipView>(PayslipSubjects.withdraw, { id: slip.id, expectedVersion: 2, reason: '工资调整后重算' }, caiwu);
    expect(slip).toMatchObject({ status: 'withdrawn', withdrawalReason: '工资调整后重算' });
    await expect(call(PayslipSubjects.list, {}, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(PayslipSubjects.get, { id: slip.id }, leader)).rejects.toMatchObject({ spec: { code: 'PAYSLIP.NOT_FOUND' } });
  });
});
