import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@gov/contracts-common';
import { SecurityIncidentSubjects, FacilitiesAndVehiclesPermissions as P, type ListSecurityIncidents, type SecurityIncidentView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 安全事件 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: security-incidents', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.securityIncidentsRead, P.securityIncidentsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.securityIncidentsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.securityIncidentsRead] });
  const call = <T>(subject: string, payload: unknown, who: typeof office) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->>'incidentId' = $1 ORDER BY seq`,
      [id],
    )) as { subject: string; envelope: EventEnvelope }[];
  const incident = (extra: Record<string, unknown> = {}) => ({
    title: '东门栏杆被外来车辆撞坏',
    kind: 'damage',
    occurredAt: '2026-12-01T07:40:00+08:00',
    place: '区政府大院东门',
    description: '一辆外来货车倒车时撞坏东门升降栏杆。',
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

  it('recorded, read, listed, changed at the version held, closed with its handling; each step an event in the outbox', async () => {
    const created = await call<SecurityIncidentView>(SecurityIncidentSubjects.create, incident(), office);
    expect(created).toMatchObject({ kind: 'damage', kindLabel: '设施损坏', status: 'open', statusLabel: '处置中', escalated: false, handling: null, version: 1, createdBy: office.username });
    expect(created.occurredAt).toBe('2026-11-30T23:40:00.000Z');
    expect(await call<SecurityIncidentView>(SecurityIncidentSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    const listed = await call<ListSecurityIncidents.Reply>(SecurityIncidentSubjects.list, { q: '东门', kind: 'damage', from: '2026-12-01', to: '2026-12-01' }, office);
    expect(listed.items.map((r) => r.id)).toContain(created.id);
    expect((await call<ListSecurityIncidents.Reply>(SecurityIncidentSubjects.list, { q: '东门', from: '2026-12-02' }, office)).items.map((r) => r.id)).not.toContain(created.id);
    const changed = await call<SecurityIncidentView>(SecurityIncidentSubjects.update, { id: created.id, expectedVersion: 1, ...incident({ handling: '已拍照并联系车主' }) }, office);
    expect(changed).toMatchObject({ handling: '已拍照并联系车主', version: 2 });
    await expect(call(SecurityIncidentSubjects.update, { id: created.id, expectedVersion: 1, ...incident() }, office)).rejects.toMatchObject({ spec: { code: 'SECURITY_INCIDENT.VERSION_CONFLICT' } });
    await expect(call(SecurityIncidentSubjects.close, { id: created.id, expectedVersion: 2, handling: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const closed = await call<SecurityIncidentView>(SecurityIncidentSubjects.close, { id: created.id, expectedVersion: 2, handling: '车主已赔偿，栏杆已修复' }, office);
    expect(closed).toMatchObject({ status: 'closed', handling: '车主已赔偿，栏杆已修复', version: 3, updatedBy: office.username });
    expect(closed.closedAt).not.toBeNull();
    await expect(call(SecurityIncidentSubjects.withdraw, { id: created.id, expectedVersion: 3, reason: '误登记' }, office)).rejects.toMatchObject({ spec: { code: 'SECURITY_INCIDENT.INVALID_STATE' } });
    expect((await outbox(created.id)).map((r) => r.subject)).toEqual([
      'evt.facilities-and-vehicles.security-incident.created',
      'evt.facilities-and-vehicles.security-incident.updated',
      'evt.facilities-and-vehicles.security-incident.closed',
    ]);
  });

  it('escalated once to the duty office: one event keyed on the incident with what the urgent matter needs; a second escalation is refused', async () => {
    const created = await call<SecurityIncidentView>(
      SecurityIncidentSubjects.create,
      incident({ title: '东门外人员聚集', kind: 'gathering', place: '区政府大院东门外', description: '约二十人聚集反映拆迁补偿问题。', handling: '门卫劝导，已通知信访局' }),
      office,
    );
    await expect(call(SecurityIncidentSubjects.escalate, { id: created.id, expectedVersion: 1, level: 'urgent' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'level' })],
    });
    await expect(call(SecurityIncidentSubjects.escalate, { id: created.id, expectedVersion: 1, level: 'large' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const escalated = await call<SecurityIncidentView>(SecurityIncidentSubjects.escalate, { id: created.id, expectedVersion: 1, level: 'large', note: '请值班室知悉' }, office);
    expect(escalated).toMatchObject({ status: 'open', escalated: true, escalationLevel: 'large', escalatedBy: office.username, escalationNote: '请值班室知悉', version: 2 });
    await expect(call(SecurityIncidentSubjects.escalate, { id: created.id, expectedVersion: 2, level: 'major' }, office)).rejects.toMatchObject({ spec: { code: 'SECURITY_INCIDENT.ALREADY_ESCALATED' } });

    const events = await outbox(created.id);
    expect(events.map((r) => r.subject)).toEqual(['evt.facilities-and-vehicles.security-incident.created', 'evt.facilities-and-vehicles.security-incident.escalated']);
    const { envelope } = events[1];
    expect(envelope.id).toBe(created.id);
    expect(envelope.data).toEqual({
      incidentId: created.id,
      kind: 'gathering',
      title: '东门外人员聚集',
      level: 'large',
      occurredAt: '2026-11-30T23:40:00.000Z',
      receivedAt: escalated.escalatedAt,
      location: '区政府大院东门外',
      summary: '约二十人聚集反映拆迁补偿问题。\n已采取措施：门卫劝导，已通知信访局\n上报说明：请值班室知悉',
      escalatedBy: office.username,
    });
    expect((await call<ListSecurityIncidents.Reply>(SecurityIncidentSubjects.list, { escalated: true }, office)).items.map((r) => r.id)).toEqual([created.id]);

    const withdrawn = await call<SecurityIncidentView>(SecurityIncidentSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '与信访局登记重复' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '与信访局登记重复', escalated: true, version: 3 });
    await expect(call(SecurityIncidentSubjects.escalate, { id: created.id, expectedVersion: 3, level: 'large' }, office)).rejects.toMatchObject({ spec: { code: 'SECURITY_INCIDENT.INVALID_STATE' } });
  });

  it('the compound is no unit: a liaison sees nothing; a reader cannot record; a future time and bad input are refused in Chinese', async () => {
    const created = await call<SecurityIncidentView>(SecurityIncidentSubjects.create, incident({ title: '可见性测试' }), office);
    await expect(call(SecurityIncidentSubjects.get, { id: created.id }, liaison)).rejects.toMatchObject({ spec: { code: 'SECURITY_INCIDENT.NOT_FOUND' } });
    await expect(call(SecurityIncidentSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SecurityIncidentSubjects.create, incident(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SecurityIncidentSubjects.get, { id: randomUUID() }, office)).rejects.toMatchObject({ spec: { code: 'SECURITY_INCIDENT.NOT_FOUND' } });
    await expect(call(SecurityIncidentSubjects.create, incident({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }), office)).rejects.toMatchObject({
      spec: { code: 'SECURITY_INCIDENT.FUTURE_TIME' },
      fieldErrors: [expect.objectContaining({ field: 'occurredAt', message: 'occurredAt：发生时间不能晚于现在' })],
    });
    await expect(call(SecurityIncidentSubjects.create, { ...incident({ kind: 'riot', place: '' }) }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind', message: expect.stringContaining('类别取值无效') }), expect.objectContaining({ field: 'place' })]),
    });
  });
});
