import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { StaffMemberSubjects, PersonnelFinancePermissions as P, type ListStaffMembers, type StaffMemberView } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 工作人员 in personnel-finance, against real PostgreSQL and the real bus. */
describe('personnel-finance: staff-members', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({ roles: ['section_staff'], sectionCode: 'renshi', permissions: [P.staffMembersRead, P.staffMembersManage, P.staffMembersPersonal] });
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.staffMembersRead, P.staffMembersPersonal] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.staffMembersRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.staffMembersRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const fields = {
    name: '王测试',
    gender: 'female',
    idNumber: '37030419900101123X',
    mobile: '13800001234',
    sectionCode: 'renshi',
    category: 'civil_servant',
    postTitle: '科员',
    rank: '一级科员',
    hiredOn: '2020-07-01',
    probationEndsOn: null,
    monthlySalaryFen: 1_200_000,
  };

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

  it('registered, read in full by the sections and masked by leaders, listed masked, changed at the version held, withdrawn with a reason', async () => {
    const created = await call<StaffMemberView>(StaffMemberSubjects.create, fields, renshi);
    expect(created).toMatchObject({ name: '王测试', status: 'active', idNumber: '37030419900101123X', monthlySalaryFen: 1_200_000, personalDataMasked: false, version: 1 });
    expect(await call<StaffMemberView>(StaffMemberSubjects.get, { id: created.id }, caiwu)).toMatchObject({ mobile: '13800001234', monthlySalaryFen: 1_200_000 });
    expect(await call<StaffMemberView>(StaffMemberSubjects.get, { id: created.id }, leader)).toMatchObject({
      idNumber: '370304********123X',
      mobile: '138****1234',
      monthlySalaryFen: null,
      personalDataMasked: true,
    });
    const listed = await call<ListStaffMembers.Reply>(StaffMemberSubjects.list, { q: '王测试' }, renshi);
    expect(listed.items).toEqual([expect.objectContaining({ id: created.id, idNumber: '370304********123X', monthlySalaryFen: null })]);

    const [raw] = (await app.parts.dataSource.query(`SELECT id_number_encrypted, mobile_encrypted, salary_encrypted FROM "${app.parts.schema}".staff_member WHERE id = $1`, [created.id])) as Record<string, string>[];
    expect(Object.values(raw).every((v) => v.startsWith('sm4:'))).toBe(true);
    expect(JSON.stringify(raw)).not.toContain('1200000');
    expect(JSON.stringify(raw)).not.toContain('13800001234');

    const changed = await call<StaffMemberView>(StaffMemberSubjects.update, { ...fields, id: created.id, expectedVersion: 1, rank: '四级主任科员' }, renshi);
    expect(changed).toMatchObject({ rank: '四级主任科员', version: 2 });
    await expect(call(StaffMemberSubjects.update, { ...fields, id: created.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.VERSION_CONFLICT' } });
    await expect(call(StaffMemberSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<StaffMemberView>(StaffMemberSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, renshi);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 3 });
    await expect(call(StaffMemberSubjects.update, { ...fields, id: created.id, expectedVersion: 3 }, renshi)).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual(['evt.personnel-finance.staff-member.created', 'evt.personnel-finance.staff-member.updated', 'evt.personnel-finance.staff-member.withdrawn']);
    const [event] = (await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq LIMIT 1`, [created.id])) as { envelope: unknown }[];
    expect(JSON.stringify(event.envelope)).not.toContain('37030419900101123X');
  });

  it('干部档案: entries added at the version held, a 处分 with its period and its bar on promotion, 处分 seen by 人事科 only, an entry voided with a reason', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    let m = await call<StaffMemberView>(StaffMemberSubjects.create, { ...fields, name: '档案测试' }, renshi);
    expect(m.recordEntries).toEqual([]);
    const add = (body: Record<string, unknown>) => call<StaffMemberView>(StaffMemberSubjects.addRecordEntry, { id: m.id, expectedVersion: m.version, ...body }, renshi);
    m = await add({ kind: 'education', startedOn: '2016-06-30', title: '山东大学法学专业大学本科、法学学士' });
    m = await add({ kind: 'registration', startedOn: '2020-09-01', title: '公务员登记', authority: '博山区委组织部', documentNumber: '370304-2020-0123' });
    await expect(add({ kind: 'penalty', startedOn: today, title: '违反工作纪律' })).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.ENTRY_RULE' }, fieldErrors: [expect.objectContaining({ field: 'subKind' })] });
    await expect(add({ kind: 'reward', subKind: 'commendation', startedOn: today, title: '年度考核优秀' })).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.ENTRY_RULE' }, fieldErrors: [expect.objectContaining({ field: 'documentNumber' })] });
    m = await add({ kind: 'penalty', subKind: 'demerit', startedOn: today, title: '违反工作纪律', authority: '博山区监察委员会', documentNumber: '博监处〔2026〕3号' });
    const penalty = m.recordEntries.find((e) => e.kind === 'penalty')!;
    expect(penalty).toMatchObject({ kindLabel: '处分', subKindLabel: '记过', effectiveUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), status: 'active', recordedBy: renshi.username });
    expect(Number(penalty.effectiveUntil!.slice(0, 4))).toBe(Number(today.slice(0, 4)) + 1); // 12 months
    expect(m.underPenalty).toEqual({ label: '记过', until: penalty.effectiveUntil, effect: '受处分期间不得晋升职务、职级和级别，不得晋升工资档次（《公务员法》第六十四条）' });
    expect(m.recordEntries.map((e) => e.kind)).toEqual(['education', 'registration', 'penalty']);
    expect(m.version).toBe(4);

    // A stale version is refused; the leader (no personal-data permission) sees the entries but not the 处分.
    await expect(call(StaffMemberSubjects.addRecordEntry, { id: m.id, expectedVersion: 2, kind: 'post', startedOn: '2020-07-01', title: '任人事科科员' }, renshi)).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.VERSION_CONFLICT' } });
    const byLeader = await call<StaffMemberView>(StaffMemberSubjects.get, { id: m.id }, leader);
    expect({ kinds: byLeader.recordEntries.map((e) => e.kind), under: byLeader.underPenalty }).toEqual({ kinds: ['education', 'registration'], under: null });
    const listed = await call<ListStaffMembers.Reply>(StaffMemberSubjects.list, { q: '档案测试' }, renshi);
    expect(listed.items[0].recordEntries).toEqual([]);

    // Entered in error: voided with a reason, kept and marked; the bar lifts.
    await expect(call(StaffMemberSubjects.voidRecordEntry, { id: m.id, expectedVersion: m.version, entryId: penalty.id, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    m = await call<StaffMemberView>(StaffMemberSubjects.voidRecordEntry, { id: m.id, expectedVersion: m.version, entryId: penalty.id, reason: '处分决定登记错人，已撤销' }, renshi);
    expect(m.recordEntries.find((e) => e.id === penalty.id)).toMatchObject({ status: 'voided', voidReason: '处分决定登记错人，已撤销', voidedBy: renshi.username });
    expect(m.underPenalty).toBeNull();
    await expect(call(StaffMemberSubjects.voidRecordEntry, { id: m.id, expectedVersion: m.version, entryId: penalty.id, reason: '再次作废' }, renshi)).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.ENTRY_NOT_FOUND' } });
    await expect(call(StaffMemberSubjects.addRecordEntry, { id: m.id, expectedVersion: m.version, kind: 'post', startedOn: '2020-07-01', title: '任人事科科员' }, caiwu)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect((await subjectsOf(m.id)).filter((x) => x.endsWith('staff-member.updated'))).toHaveLength(4);
  });

  it('退休: retired on a date with its approval, no longer changed as staff; the 离退休干部 services recorded on the record only once retired', async () => {
    let m = await call<StaffMemberView>(StaffMemberSubjects.create, { ...fields, name: '退休测试', hiredOn: '1990-07-01' }, renshi);
    const service = { kind: 'retiree_service', subKind: 'visit', startedOn: '2026-01-20', title: '春节走访慰问' };
    await expect(call(StaffMemberSubjects.addRecordEntry, { id: m.id, expectedVersion: m.version, ...service }, renshi)).rejects.toMatchObject({
      spec: { code: 'STAFF_MEMBER.ENTRY_RULE' },
      fieldErrors: [expect.objectContaining({ field: 'kind' })],
    });
    await expect(call(StaffMemberSubjects.retire, { id: m.id, expectedVersion: m.version, retiredOn: '1990-06-30', documentNumber: '博人社退〔2025〕12号' }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'retiredOn' })],
    });
    m = await call<StaffMemberView>(StaffMemberSubjects.retire, { id: m.id, expectedVersion: m.version, retiredOn: '2025-12-31', documentNumber: '博人社退〔2025〕12号' }, renshi);
    expect(m).toMatchObject({ status: 'retired', retiredOn: '2025-12-31', retirementDocument: '博人社退〔2025〕12号', version: 2 });
    await expect(call(StaffMemberSubjects.update, { ...fields, name: '退休测试', id: m.id, expectedVersion: m.version }, renshi)).rejects.toMatchObject({ spec: { code: 'STAFF_MEMBER.INVALID_STATE' }, message: expect.stringContaining('已退休') });
    m = await call<StaffMemberView>(StaffMemberSubjects.addRecordEntry, { id: m.id, expectedVersion: m.version, ...service }, renshi);
    expect(m.recordEntries).toEqual([expect.objectContaining({ kindLabel: '离退休干部服务', subKindLabel: '走访慰问', title: '春节走访慰问', documentNumber: null })]);
    const retirees = await call<ListStaffMembers.Reply>(StaffMemberSubjects.list, { status: 'retired', q: '退休测试' }, renshi);
    expect(retirees.items.map((x) => x.id)).toEqual([m.id]);
    expect(await subjectsOf(m.id)).toEqual(['evt.personnel-finance.staff-member.created', 'evt.personnel-finance.staff-member.retired', 'evt.personnel-finance.staff-member.updated']);
  });

  it('财务科 reads but cannot register; a liaison sees nothing; bad input is refused in Chinese', async () => {
    await expect(call(StaffMemberSubjects.create, fields, caiwu)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(StaffMemberSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(StaffMemberSubjects.create, { ...fields, idNumber: '123', mobile: '1', monthlySalaryFen: 1.5 }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'idNumber' }), expect.objectContaining({ field: 'mobile' }), expect.objectContaining({ field: 'monthlySalaryFen' })]),
    });
    await expect(call(StaffMemberSubjects.create, { ...fields, hiredOn: '2026-07-01', probationEndsOn: '2026-06-30' }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'probationEndsOn' })],
    });
  });
});
