import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { TownSpaceReportSubjects, FacilitiesAndVehiclesPermissions as P, type ListTownSpaceReports, type TownSpaceReportView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 镇街办公用房报送 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: town-space-reports', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2, U3] = [randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.townSpaceReportsRead, P.townSpaceReportsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.townSpaceReportsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.townSpaceReportsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasksOf = async (id: string) =>
    (
      (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
        subject: string;
        data: { kind: string; assignee?: { type: string; id: string } };
      }[]
    ).map((r) => [r.subject.split('.').pop(), r.data.kind, r.data.assignee?.type ?? null]);
  const figures = (extra: Record<string, unknown> = {}) => ({
    year: 2026,
    unitName: '城东街道',
    buildings: 2,
    totalAreaM2: 3200,
    officeAreaM2: 300,
    staff: { county_principal: 0, county_deputy: 0, section_principal: 2, section_deputy: 6, below_section: 20 },
    carsHeld: 5,
    carsQuota: 4,
    ...extra,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a town reports its year, assessed against the office standard; returned with a reason, corrected, approved; each step an event and its 待办', async () => {
    const created = await call<TownSpaceReportView>(TownSpaceReportSubjects.create, figures(), liaison(U1));
    expect(created).toMatchObject({ unitId: U1, status: 'submitted', staffTotal: 28, standardAreaM2: 288, excessAreaM2: 12, overStandard: true, perPersonAreaM2: 10.71, carsOverQuota: 1, version: 1 });
    expect(created.standardRule).toContain('正科级 18 平方米/人');
    expect(created.standardRule).toContain('党政机关办公用房建设标准');
    await expect(call(TownSpaceReportSubjects.create, figures({ unitName: '城东街道（重复）' }), liaison(U1))).rejects.toMatchObject({ spec: { code: 'TOWN_SPACE_REPORT.DUPLICATE' } });
    await expect(call(TownSpaceReportSubjects.approve, { id: created.id, expectedVersion: 1 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(TownSpaceReportSubjects.return, { id: created.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });

    const returned = await call<TownSpaceReportView>(TownSpaceReportSubjects.return, { id: created.id, expectedVersion: 1, reason: '办公室面积与房产台账不符，请核实' }, office);
    expect(returned).toMatchObject({ status: 'returned', reviewNote: '办公室面积与房产台账不符，请核实', reviewedBy: office.username, version: 2 });
    await expect(call(TownSpaceReportSubjects.approve, { id: created.id, expectedVersion: 2 }, office)).rejects.toMatchObject({ spec: { code: 'TOWN_SPACE_REPORT.INVALID_STATE' } });
    await expect(call(TownSpaceReportSubjects.update, { id: created.id, expectedVersion: 1, ...figures() }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'TOWN_SPACE_REPORT.VERSION_CONFLICT' } });
    const corrected = await call<TownSpaceReportView>(TownSpaceReportSubjects.update, { id: created.id, expectedVersion: 2, ...figures({ officeAreaM2: 280 }) }, liaison(U1));
    expect(corrected).toMatchObject({ status: 'submitted', excessAreaM2: 0, overStandard: false, reviewNote: null, version: 3 });
    const approved = await call<TownSpaceReportView>(TownSpaceReportSubjects.approve, { id: created.id, expectedVersion: 3, note: '数据属实' }, office);
    expect(approved).toMatchObject({ status: 'approved', reviewNote: '数据属实', version: 4 });
    expect(approved.history.map((h) => h.step)).toEqual(['submit', 'return', 'update', 'approve']);
    await expect(call(TownSpaceReportSubjects.withdraw, { id: created.id, expectedVersion: 4, reason: '已通过后撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'TOWN_SPACE_REPORT.INVALID_STATE' } });

    expect(await subjectsOf(created.id)).toEqual([
      'evt.facilities-and-vehicles.town-space-report.created',
      'evt.facilities-and-vehicles.town-space-report.returned',
      'evt.facilities-and-vehicles.town-space-report.updated',
      'evt.facilities-and-vehicles.town-space-report.approved',
    ]);
    expect(await tasksOf(created.id)).toEqual([
      ['opened', 'town_space_report_review', 'role'],
      ['closed', 'town_space_report_review', null],
      ['opened', 'town_space_report_revise', 'unit'],
      ['closed', 'town_space_report_revise', null],
      ['opened', 'town_space_report_review', 'role'],
      ['closed', 'town_space_report_review', null],
    ]);
  });

  it("a liaison sees and reports only their own unit's; the section reports for a unit; withdrawn frees the year; bad figures refused in Chinese", async () => {
    const mine = await call<TownSpaceReportView>(TownSpaceReportSubjects.create, figures({ unitName: '可见性测试甲镇', unitId: U3 }), liaison(U2));
    expect(mine.unitId).toBe(U2);
    const forU3 = await call<TownSpaceReportView>(TownSpaceReportSubjects.create, figures({ unitName: '可见性测试乙镇', unitId: U3 }), office);
    expect(forU3.unitId).toBe(U3);
    await expect(call(TownSpaceReportSubjects.create, figures({ unitName: '未指明单位' }), office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'unitId' })] });
    expect((await call<ListTownSpaceReports.Reply>(TownSpaceReportSubjects.list, { q: '可见性测试' }, liaison(U2))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListTownSpaceReports.Reply>(TownSpaceReportSubjects.list, { q: '可见性测试', year: 2026 }, reader)).items.map((r) => r.id).sort()).toEqual([mine.id, forU3.id].sort());
    expect((await call<ListTownSpaceReports.Reply>(TownSpaceReportSubjects.list, { q: '可见性测试', year: 2025 }, reader)).items).toEqual([]);
    await expect(call(TownSpaceReportSubjects.get, { id: forU3.id }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'TOWN_SPACE_REPORT.NOT_FOUND' } });
    await expect(call(TownSpaceReportSubjects.withdraw, { id: forU3.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'TOWN_SPACE_REPORT.NOT_FOUND' } });
    await expect(call(TownSpaceReportSubjects.create, figures({ unitId: U3 }), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    const withdrawn = await call<TownSpaceReportView>(TownSpaceReportSubjects.withdraw, { id: forU3.id, expectedVersion: 1, reason: '代报有误，由镇里自行报送' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '代报有误，由镇里自行报送', version: 2 });
    expect((await call<TownSpaceReportView>(TownSpaceReportSubjects.create, figures({ unitName: '可见性测试乙镇' }), liaison(U3))).status).toBe('submitted');

    await expect(call(TownSpaceReportSubjects.create, figures({ year: 2027, officeAreaM2: 5000 }), liaison(U2))).rejects.toMatchObject({
      spec: { code: 'TOWN_SPACE_REPORT.BAD_FIGURES' },
      fieldErrors: [expect.objectContaining({ field: 'officeAreaM2' })],
    });
    await expect(call(TownSpaceReportSubjects.create, { ...figures({ year: 2027, totalAreaM2: 12.345 }), staff: { section_principal: -1 } }, liaison(U2))).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'totalAreaM2' })]),
    });
  });
});
