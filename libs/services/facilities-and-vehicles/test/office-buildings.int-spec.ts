import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import {
  OfficeBuildingSubjects,
  OfficeRoomSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type ListOfficeBuildings,
  type OfficeBuildingUnificationSummary,
  type OfficeBuildingView,
  type OfficeRoomView,
} from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';
import { RemindersJob } from '../src/modules/reminders/reminders.job.js';
import { addDays } from '../src/modules/reminders/reminders.rules.js';

/** 办公用房楼宇 and their 六统一 record in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: office-buildings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const today = shanghaiDate(new Date());
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.officeBuildingsRead, P.officeBuildingsManage, P.officeRoomsRead, P.officeRoomsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.officeBuildingsRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.officeBuildingsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
      subject: string;
      data: Record<string, unknown>;
    }[];
  const building = (name: string) => call<OfficeBuildingView>(OfficeBuildingSubjects.create, { name, address: '人民路 1 号', usingUnits: ['区政府办公室', '区发改局'], totalFloorAreaM2: 12000.5, builtYear: 2005 }, office);
  const add = (b: OfficeBuildingView, entry: Record<string, unknown>) => call<OfficeBuildingView>(OfficeBuildingSubjects.addEntry, { id: b.id, expectedVersion: b.version, ...entry }, office);

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

  it('registers a building (name unique), shows the rooms that name it by use, and keeps its 六统一 record entry by entry', async () => {
    const created = await building('集成测试综合楼');
    expect(created).toMatchObject({ status: 'in_use', statusLabel: '在用', version: 1, ownershipRegistered: false, ownershipLabel: '权属未统一登记', usingUnits: ['区政府办公室', '区发改局'], totalFloorAreaM2: 12000.5 });
    expect(created.unification.filter((u) => u.recorded)).toEqual([]);
    await expect(building('集成测试综合楼')).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.DUPLICATE' }, fieldErrors: [expect.objectContaining({ field: 'name' })] });

    // 统一配置: the rooms of office-rooms whose 楼宇 is the building's name.
    const room = await call<OfficeRoomView>(OfficeRoomSubjects.create, { building: '集成测试综合楼', roomNumber: '301', usableAreaM2: 18, use: 'office' }, office);
    await call<OfficeRoomView>(OfficeRoomSubjects.create, { building: '集成测试综合楼', roomNumber: '101', usableAreaM2: 120.25, use: 'service' }, office);
    await call(OfficeRoomSubjects.allocate, { id: room.id, expectedVersion: room.version, people: [{ personName: '张三', rank: 'section_principal' }], since: '2026-01-05' }, office);
    const seen = await call<OfficeBuildingView>(OfficeBuildingSubjects.get, { id: created.id }, reader);
    expect(seen.areaByUse).toEqual([
      { use: 'office', useLabel: '办公室', rooms: 1, usableAreaM2: 18 },
      { use: 'technical', useLabel: '技术业务用房', rooms: 0, usableAreaM2: 0 },
      { use: 'service', useLabel: '服务用房', rooms: 1, usableAreaM2: 120.25 },
    ]);
    expect(seen.rooms.map((r) => [r.roomNumber, r.occupants, r.overStandard])).toEqual([
      ['101', 0, false],
      ['301', 1, false],
    ]);
    expect(seen.unification.find((u) => u.kind === 'allocation')).toMatchObject({ recorded: true, note: '2 间在用房间由机关事务管理科统一调配' });
    // Renaming would orphan the rooms: refused.
    await expect(
      call(OfficeBuildingSubjects.update, { id: created.id, expectedVersion: 1, name: '改名楼', address: '人民路 1 号', usingUnits: [], totalFloorAreaM2: 12000.5, builtYear: 2005 }, office),
    ).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.INVALID_STATE' } });

    // 统一权属: the title in the name of the 机关事务管理部门 only.
    await expect(add(created, { kind: 'ownership', ownerUnit: '区发改局', certificateNumber: '鲁（2026）不动产权第0001号', date: '2026-01-10' })).rejects.toMatchObject({
      spec: { code: 'OFFICE_BUILDING.OWNER_NOT_AUTHORITY' },
      fieldErrors: [expect.objectContaining({ field: 'ownerUnit' })],
    });
    await expect(add(created, { kind: 'ownership', ownerUnit: '区机关事务服务中心' })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'certificateNumber' }), expect.objectContaining({ field: 'date' })]),
    });
    let b = await add(created, { kind: 'ownership', ownerUnit: '区机关事务服务中心', certificateNumber: '鲁（2026）不动产权第0001号', date: '2026-01-10' });
    expect(b).toMatchObject({ version: 2, ownershipRegistered: true, ownershipLabel: '权属已统一登记' });
    expect(b.entries[0]).toMatchObject({ kind: 'ownership', kindLabel: '统一权属', status: 'current', createdBy: office.username });
    expect(b.entries[0].ruleNote).toContain('区机关事务服务中心');

    // 统一规划; 统一维修 (an approval document from 50000.00 元 on, in 分).
    b = await add(b, { kind: 'planning', year: 2027, content: '外立面节能改造', approvalDocument: '区机关事务〔2026〕5号' });
    b = await add(b, { kind: 'maintenance', date: '2026-03-01', content: '更换门锁', amountFen: 80_000 });
    await expect(add(b, { kind: 'maintenance', date: '2026-03-02', content: '屋面防水', amountFen: 6_000_000 })).rejects.toMatchObject({
      spec: { code: 'OFFICE_BUILDING.APPROVAL_REQUIRED' },
      fieldErrors: [expect.objectContaining({ field: 'approvalDocument' })],
    });
    await expect(add(b, { kind: 'maintenance', date: '2026-03-02', content: '屋面防水', amountFen: 12.5 })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    b = await add(b, { kind: 'maintenance', date: '2026-03-02', content: '屋面防水', amountFen: 6_000_000, approvalDocument: '区机关事务〔2026〕8号' });
    expect(b.unification.find((u) => u.kind === 'maintenance')).toMatchObject({ recorded: true, note: '共 2 次，合计 60800.00 元' });

    // 统一物业服务: ending in 20 days → in 待办 at once; a renewal closes it.
    b = await add(b, { kind: 'property', company: '甲物业公司', periodStart: addDays(today, -345), periodEnd: addDays(today, 20), scope: '保洁、安保、绿化', amountFen: 36_000_000 });
    const tasks = async () => (await outbox(created.id)).filter((e) => e.subject.includes('.task.'));
    expect((await tasks()).map((e) => [e.subject.split('.').pop(), e.data.kind])).toEqual([['opened', 'building_property_contract_ending']]);
    expect((await tasks())[0].data).toMatchObject({ deadline: { date: addDays(today, 20) }, section: 'jiguan_shiwu', link: `/facilities-and-vehicles/office-buildings/${created.id}` });
    expect((await app.nest.get(RemindersJob).run(today)).changed).toBe(0);
    b = await add(b, { kind: 'property', company: '甲物业公司', periodStart: addDays(today, 21), periodEnd: addDays(today, 386), scope: '保洁、安保、绿化', amountFen: 36_000_000 });
    expect((await tasks()).map((e) => [e.subject.split('.').pop(), e.data.outcome ?? null])).toEqual([
      ['opened', null],
      ['closed', 'done'],
    ]);
    expect(b.unification.filter((u) => u.recorded).map((u) => u.label)).toEqual(['统一规划', '统一权属', '统一配置', '统一维修', '统一物业服务']);

    // Voided with a reason, kept: the ownership is no longer current.
    const ownership = b.entries.find((e) => e.kind === 'ownership');
    await expect(call(OfficeBuildingSubjects.voidEntry, { id: b.id, expectedVersion: b.version, entryId: ownership?.id, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    b = await call<OfficeBuildingView>(OfficeBuildingSubjects.voidEntry, { id: b.id, expectedVersion: b.version, entryId: ownership?.id, reason: '证号登记错误' }, office);
    expect(b.entries.find((e) => e.id === ownership?.id)).toMatchObject({ status: 'voided', voidReason: '证号登记错误', voidedBy: office.username });
    expect(b.ownershipLabel).toBe('权属未统一登记');
    await expect(call(OfficeBuildingSubjects.voidEntry, { id: b.id, expectedVersion: b.version, entryId: ownership?.id, reason: '再次作废' }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.ENTRY_NOT_FOUND' } });
    await expect(add({ ...b, version: 1 }, { kind: 'planning', year: 2028, content: '过期版本', approvalDocument: '区文〔2026〕1号' })).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.VERSION_CONFLICT' } });

    const listed = await call<ListOfficeBuildings.Reply>(OfficeBuildingSubjects.list, { q: '集成测试', ownership: 'missing' }, reader);
    expect(listed.items.map((i) => [i.name, i.ownershipLabel])).toEqual([['集成测试综合楼', '权属未统一登记']]);
    expect(listed.items[0].entries).toEqual([]);
    expect(b.timeline.map((t) => t.label)).toEqual(['登记', '记录', '记录', '记录', '记录', '记录', '记录', '作废记录']);
    const subjects = (await outbox(created.id)).filter((e) => !e.subject.includes('.task.')).map((e) => e.subject.split('.').pop());
    expect(subjects).toEqual(['created', 'entry-added', 'entry-added', 'entry-added', 'entry-added', 'entry-added', 'entry-added', 'entry-voided']);
  });

  it('统一处置 needs an approval document and the rooms emptied; the building is then 已处置 and read-only; the summary counts the six', async () => {
    const b = await building('集成测试待处置楼');
    await expect(add(b, { kind: 'disposal', disposalKind: 'auction', date: '2026-05-01' })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'approvalDocument', message: 'approvalDocument：须写明批准文件（至少 2 个字）' })]),
    });
    const room = await call<OfficeRoomView>(OfficeRoomSubjects.create, { building: '集成测试待处置楼', roomNumber: '201', usableAreaM2: 15, use: 'office' }, office);
    await expect(add(b, { kind: 'disposal', disposalKind: 'auction', date: '2026-05-01', approvalDocument: '区政府〔2026〕9号' })).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.INVALID_STATE' } });
    await call(OfficeRoomSubjects.retire, { id: room.id, expectedVersion: room.version, reason: '楼宇拟处置' }, office);
    const disposed = await add(b, { kind: 'disposal', disposalKind: 'auction', date: '2026-05-01', approvalDocument: '区政府〔2026〕9号', content: '公开拍卖' });
    expect(disposed).toMatchObject({ status: 'disposed', statusLabel: '已处置', version: 2 });
    expect(disposed.unification.find((u) => u.kind === 'disposal')).toMatchObject({ recorded: true, note: '拍卖（区政府〔2026〕9号）' });
    await expect(add(disposed, { kind: 'planning', year: 2027, content: '处置后规划', approvalDocument: '区文〔2026〕2号' })).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.INVALID_STATE' } });
    await expect(call(OfficeBuildingSubjects.withdraw, { id: b.id, expectedVersion: 2, reason: '处置后撤回' }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.INVALID_STATE' } });
    expect((await outbox(b.id)).map((e) => e.subject.split('.').pop())).toEqual(['created', 'disposed']);

    const summary = await call<OfficeBuildingUnificationSummary.Reply>(OfficeBuildingSubjects.summary, {}, reader);
    const row = summary.items.find((i) => i.id === b.id);
    expect(row).toMatchObject({ statusLabel: '已处置', ownershipLabel: '权属未统一登记' });
    expect(row?.unification.filter((u) => u.recorded).map((u) => u.kind)).toEqual(['disposal']);
    expect(summary.counts.map((c) => c.label)).toEqual(['统一规划', '统一权属', '统一配置', '统一维修', '统一处置', '统一物业服务']);
    expect(summary.counts.find((c) => c.kind === 'disposal')?.recorded).toBeGreaterThanOrEqual(1);
    expect(summary.basis).toContain('鲁办发〔2018〕49号');
  });

  it('a wrong registration is withdrawn with a reason; a reader cannot change; no liaison sees a building; bad input is refused in Chinese', async () => {
    const b = await building('集成测试误登记楼');
    await expect(call(OfficeBuildingSubjects.withdraw, { id: b.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<OfficeBuildingView>(OfficeBuildingSubjects.withdraw, { id: b.id, expectedVersion: 1, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 2 });
    // The name is free again once withdrawn.
    expect((await building('集成测试误登记楼')).status).toBe('in_use');
    await expect(call(OfficeBuildingSubjects.create, { name: '只读用户楼', address: '—地址', usingUnits: [], totalFloorAreaM2: 10, builtYear: 2000 }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(OfficeBuildingSubjects.get, { id: b.id }, liaison)).rejects.toMatchObject({ spec: { code: 'OFFICE_BUILDING.NOT_FOUND' } });
    await expect(call(OfficeBuildingSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(OfficeBuildingSubjects.create, { name: '甲', address: 1, usingUnits: '区政府', totalFloorAreaM2: 10.123, builtYear: 1800 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining(['name', 'address', 'usingUnits', 'totalFloorAreaM2', 'builtYear'].map((field) => expect.objectContaining({ field }))),
    });
    await expect(call(OfficeBuildingSubjects.addEntry, { id: b.id, expectedVersion: 2, kind: 'lease' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'kind' })] });
  });
});
