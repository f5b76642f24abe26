import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { EstablishmentPostSubjects, StaffMemberSubjects, PersonnelFinancePermissions as P, type EstablishmentPostView, type ListEstablishmentPosts, type StaffMemberView } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 机构编制 in personnel-finance, against real PostgreSQL and the real bus: filled and vacant from the staff records. */
describe('personnel-finance: establishment-posts', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.establishmentPostsRead, P.establishmentPostsManage, P.staffMembersRead, P.staffMembersManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.establishmentPostsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.establishmentPostsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

  const person = (i: number, postTitle: string, category = 'civil_servant') => ({
    name: `编制人员${i}`,
    gender: 'male',
    idNumber: `37030419900101${String(i).padStart(3, '0')}X`,
    mobile: `1390000${String(i).padStart(4, '0')}`,
    sectionCode: 'renshi',
    category,
    postTitle,
    rank: '一级科员',
    hiredOn: '2015-07-01',
    monthlySalaryFen: 800_000,
  });
  const line = (over: Record<string, unknown>) => ({
    unitName: '博山区人民政府办公室',
    kind: 'administrative',
    level: 'general',
    title: '一般工作人员',
    postTitles: [],
    approvedCount: 3,
    basisNumber: '博编发〔2026〕1号',
    basisDate: '2026-01-10',
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it("the office's filled and vacant counts come from the staff records; a change is a new version on its own 批文; withdrawn with a reason", async () => {
    await call<StaffMemberView>(StaffMemberSubjects.create, person(1, '副主任'), renshi);
    await call<StaffMemberView>(StaffMemberSubjects.create, person(2, '副主任'), renshi);
    await call<StaffMemberView>(StaffMemberSubjects.create, person(3, '科员'), renshi);
    const driver = await call<StaffMemberView>(StaffMemberSubjects.create, person(4, '驾驶员', 'worker'), renshi);

    const deputies = await call<EstablishmentPostView>(EstablishmentPostSubjects.create, line({ level: 'deputy_section', title: '副主任', postTitles: ['副主任'], approvedCount: 1 }), renshi);
    expect(deputies).toMatchObject({ status: 'in_force', approvedCount: 1, filled: 2, vacant: 0, overstaffed: 1, fillSource: 'staff_records', version: 1 });
    const general = await call<EstablishmentPostView>(EstablishmentPostSubjects.create, line({}), renshi);
    expect(general).toMatchObject({ filled: 1, vacant: 2, overstaffed: 0 });
    const workers = await call<EstablishmentPostView>(EstablishmentPostSubjects.create, line({ kind: 'worker', title: '工勤人员', approvedCount: 1 }), renshi);
    expect(workers).toMatchObject({ filled: 1, vacant: 0 });

    await expect(call(EstablishmentPostSubjects.create, line({}), renshi)).rejects.toMatchObject({ spec: { code: 'ESTABLISHMENT_POST.DUPLICATE' } });
    await expect(call(EstablishmentPostSubjects.update, { ...line({ level: 'deputy_section', title: '副主任', postTitles: ['副主任'], approvedCount: 2 }), id: deputies.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'basisNumber' })],
    });
    const raised = await call<EstablishmentPostView>(
      EstablishmentPostSubjects.update,
      { ...line({ level: 'deputy_section', title: '副主任', postTitles: ['副主任'], approvedCount: 2, basisNumber: '博编发〔2026〕7号', basisDate: '2026-06-01', note: '增加副主任职数' }), id: deputies.id, expectedVersion: 1 },
      renshi,
    );
    expect(raised).toMatchObject({ approvedCount: 2, filled: 2, vacant: 0, overstaffed: 0, basisNumber: '博编发〔2026〕7号', version: 2 });
    expect(raised.revisions.map((r) => [r.version, r.approvedCount, r.basisNumber, r.by])).toEqual([
      [1, 1, '博编发〔2026〕1号', renshi.username],
      [2, 2, '博编发〔2026〕7号', renshi.username],
    ]);
    await expect(call(EstablishmentPostSubjects.update, { ...line({}), id: deputies.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'ESTABLISHMENT_POST.VERSION_CONFLICT' } });

    // A staff member withdrawn no longer fills a post.
    await call(StaffMemberSubjects.withdraw, { id: driver.id, expectedVersion: 1, reason: '调离本办' }, renshi);
    expect(await call<EstablishmentPostView>(EstablishmentPostSubjects.get, { id: workers.id }, leader)).toMatchObject({ filled: 0, vacant: 1 });

    await expect(call(EstablishmentPostSubjects.withdraw, { id: general.id, expectedVersion: 1, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<EstablishmentPostView>(EstablishmentPostSubjects.withdraw, { id: general.id, expectedVersion: 1, reason: '录入错误' }, renshi);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '录入错误', version: 2 });
    await expect(call(EstablishmentPostSubjects.update, { ...line({}), id: general.id, expectedVersion: 2 }, renshi)).rejects.toMatchObject({ spec: { code: 'ESTABLISHMENT_POST.INVALID_STATE' } });
    expect(await subjectsOf(deputies.id)).toEqual(['evt.personnel-finance.establishment-post.created', 'evt.personnel-finance.establishment-post.updated']);
    expect(await subjectsOf(general.id)).toEqual(['evt.personnel-finance.establishment-post.created', 'evt.personnel-finance.establishment-post.withdrawn']);
  });

  it("a subordinate unit's line uses its reported figure; the office's cannot be reported; readers read, liaisons see nothing", async () => {
    const unitId = randomUUID();
    const unit = await call<EstablishmentPostView>(EstablishmentPostSubjects.create, line({ unitId, unitName: '区机关事务服务中心', kind: 'institution', approvedCount: 12, reportedFilled: 9 }), renshi);
    expect(unit).toMatchObject({ unitId, filled: 9, vacant: 3, fillSource: 'reported' });
    await expect(call(EstablishmentPostSubjects.create, line({ title: '办事员', reportedFilled: 2 }), renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'reportedFilled', message: expect.stringContaining('工作人员名册') })],
    });
    const units = await call<ListEstablishmentPosts.Reply>(EstablishmentPostSubjects.list, { ownOffice: 'false' }, leader);
    expect(units.items.map((i) => i.id)).toEqual([unit.id]);
    expect((await call<ListEstablishmentPosts.Reply>(EstablishmentPostSubjects.list, { q: '机关事务' }, renshi)).items.map((i) => i.id)).toEqual([unit.id]);
    await expect(call(EstablishmentPostSubjects.create, line({ title: '只读用户' }), leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(EstablishmentPostSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(EstablishmentPostSubjects.get, { id: unit.id }, liaison)).rejects.toMatchObject({ spec: { code: 'ESTABLISHMENT_POST.NOT_FOUND' } });
    await expect(call(EstablishmentPostSubjects.create, line({ approvedCount: -1, basisNumber: '', kind: 'x' }), renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'approvedCount' }), expect.objectContaining({ field: 'basisNumber' }), expect.objectContaining({ field: 'kind' })]),
    });
  });
});
