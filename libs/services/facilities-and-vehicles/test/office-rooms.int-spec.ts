import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { OfficeRoomSubjects, FacilitiesAndVehiclesPermissions as P, type ListOfficeRooms, type ListOfficeStandards, type ListOverStandardRooms, type OfficeRoomView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 办公用房 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: office rooms', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.officeRoomsRead, P.officeRoomsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.officeRoomsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.officeRoomsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

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

  it('the per-person standards of 县级机关 are seeded with their source', async () => {
    const standards = await call<ListOfficeStandards.Reply>(OfficeRoomSubjects.standards, {}, leader);
    expect(standards.effective.map((s) => [s.rank, s.areaM2])).toEqual([
      ['county_principal', 30],
      ['county_deputy', 24],
      ['section_principal', 18],
      ['section_deputy', 12],
      ['below_section', 9],
    ]);
    expect(standards.effective[0].source).toContain('党政机关办公用房建设标准');
  });

  it('a room is allocated within the standard, refused beyond it citing the rule, and listed over the standard once an occupant leaves', async () => {
    const room = await call<OfficeRoomView>(OfficeRoomSubjects.create, { building: '区政府办公楼', roomNumber: '305', usableAreaM2: 21, use: 'office', unitId: U1 }, office);
    expect(room).toMatchObject({ status: 'in_use', usableAreaM2: 21, occupants: [], overStandard: false, version: 1 });
    await expect(call(OfficeRoomSubjects.create, { building: '区政府办公楼', roomNumber: '305', usableAreaM2: 10, use: 'office' }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_ROOM.DUPLICATE' } });
    await expect(call(OfficeRoomSubjects.allocate, { id: room.id, expectedVersion: 1, people: [{ personName: '李科长', rank: 'section_principal' }], since: '2026-01-05' }, office)).rejects.toMatchObject({
      spec: { code: 'OFFICE_ROOM.OVER_STANDARD' },
      message: expect.stringContaining('党政机关办公用房建设标准'),
    });
    // 21 m² for a 正科 alone is over (18); shared with a 科员 it is 27 m² of standard, within.
    const two = await call<OfficeRoomView>(
      OfficeRoomSubjects.allocate,
      { id: room.id, expectedVersion: 1, people: [{ personName: '李科长', rank: 'section_principal' }, { personName: '王科员', rank: 'below_section' }], since: '2026-01-05' },
      office,
    );
    expect(two).toMatchObject({ standardM2: 27, overStandard: false, version: 2 });
    await expect(call(OfficeRoomSubjects.allocate, { id: room.id, expectedVersion: 1, people: [{ personName: '赵科员', rank: 'below_section' }], since: '2026-01-05' }, office)).rejects.toMatchObject({
      spec: { code: 'OFFICE_ROOM.VERSION_CONFLICT' },
    });
    const wang = two.occupants.find((o) => o.personName === '王科员') as OfficeRoomView['occupants'][number];
    await expect(call(OfficeRoomSubjects.release, { id: room.id, expectedVersion: 2, occupantId: wang.id, until: '2026-06-30', reason: ' ' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    const released = await call<OfficeRoomView>(OfficeRoomSubjects.release, { id: room.id, expectedVersion: 2, occupantId: wang.id, until: '2026-06-30', reason: '调任其他科室，移交钥匙' }, office);
    expect(released).toMatchObject({ overStandard: true, occupants: [expect.objectContaining({ personName: '李科长' })] });
    expect(released.timeline.map((t) => t.step)).toEqual(['create', 'allocate', 'release']);
    expect(released.timeline[2].note).toContain('列入超标准清单');
    const over = await call<ListOverStandardRooms.Reply>(OfficeRoomSubjects.overStandard, {}, leader);
    expect(over.items.map((r) => r.id)).toContain(room.id);
    expect(over.basis).toContain('县级正职 30');
    await expect(call(OfficeRoomSubjects.retire, { id: room.id, expectedVersion: 3, reason: '改作档案室' }, office)).rejects.toMatchObject({ spec: { code: 'OFFICE_ROOM.INVALID_STATE' } });
    expect(await subjectsOf(room.id)).toEqual([
      'evt.facilities-and-vehicles.office-room.created',
      'evt.facilities-and-vehicles.office-room.allocated',
      'evt.facilities-and-vehicles.office-room.released',
    ]);
  });

  it("technical rooms are not allocated to people; a liaison sees only their unit's rooms and cannot allocate; bad input is refused in Chinese", async () => {
    const lab = await call<OfficeRoomView>(OfficeRoomSubjects.create, { building: '区政府办公楼', roomNumber: 'B1-机房', usableAreaM2: 60, use: 'technical', unitId: U2 }, office);
    await expect(call(OfficeRoomSubjects.allocate, { id: lab.id, expectedVersion: 1, people: [{ personName: '网管', rank: 'below_section' }], since: '2026-01-05' }, office)).rejects.toMatchObject({
      spec: { code: 'OFFICE_ROOM.NOT_OFFICE' },
    });
    await expect(call(OfficeRoomSubjects.get, { id: lab.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'OFFICE_ROOM.NOT_FOUND' } });
    expect((await call<ListOfficeRooms.Reply>(OfficeRoomSubjects.list, {}, liaison(U2))).items.map((r) => r.id)).toEqual([lab.id]);
    await expect(call(OfficeRoomSubjects.retire, { id: lab.id, expectedVersion: 1, reason: '本单位自行停用' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect(await call<OfficeRoomView>(OfficeRoomSubjects.retire, { id: lab.id, expectedVersion: 1, reason: '机房迁至新楼' }, office)).toMatchObject({ status: 'retired', retireReason: '机房迁至新楼' });
    await expect(call(OfficeRoomSubjects.create, { building: '楼', roomNumber: '', usableAreaM2: 12.345, use: 'garage' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'roomNumber' }), expect.objectContaining({ field: 'usableAreaM2' }), expect.objectContaining({ field: 'use' })]),
    });
  });
});
