import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { IncidentSubjects, ForeignAffairsPermissions as P, type IncidentFields, type IncidentView, type ListIncidents } from '@gov/contracts-foreign-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';

function facts(over: Partial<IncidentFields> = {}): IncidentFields {
  return {
    kind: 'consular',
    title: '我区务工人员在德国遭遇交通事故',
    level: 'large',
    occurredAt: '2026-06-01T08:00:00+08:00',
    receivedAt: '2026-06-01T10:30:00+08:00',
    location: '德国 杜塞尔多夫',
    country: '德国',
    summary: '一名我区务工人员受伤住院，家属请求协助。',
    units: [{ name: '博山区人力资源和社会保障局' }],
    contacts: [{ name: '张某家属', relation: '家属', phone: '13805331234' }],
    ...over,
  };
}

/** 涉外案事件 and 领事保护 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: incidents', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.incidentsRead, P.incidentsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.incidentsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.incidentsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('foreign-affairs', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->>'incidentId' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [id],
    )) as { subject: string; data: Record<string, unknown> }[];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, foreignAffairsDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('received and sent to the duty office as an urgent matter; reported 初报 → 续报 → 终报, acted on, closed; the phone encrypted at rest', async () => {
    const created = await call<IncidentView>(IncidentSubjects.create, facts(), office);
    expect(created).toMatchObject({ status: 'open', levelLabel: '较大', contacts: [{ phone: '13805331234' }] });
    const [stored] = (await app.parts.dataSource.query(`SELECT contacts::text AS contacts FROM "${app.parts.schema}".incident WHERE id = $1`, [created.id])) as { contacts: string }[];
    expect(stored.contacts).not.toContain('13805331234');
    expect((await call<ListIncidents.Reply>(IncidentSubjects.list, { q: '交通事故' }, office)).items[0].contacts[0].phone).toBe('138****1234');

    await expect(call(IncidentSubjects.report, { id: created.id, expectedVersion: 1, stage: 'follow_up', reportedAt: '2026-06-01T11:00:00+08:00', to: '区政府值班室', content: '续报' }, office)).rejects.toMatchObject({ spec: { code: 'INCIDENT.REPORT_CHAIN' } });
    let v = await call<IncidentView>(IncidentSubjects.report, { id: created.id, expectedVersion: 1, stage: 'initial', reportedAt: '2026-06-01T10:45:00+08:00', to: '区政府值班室', content: '初步情况' }, office);
    v = await call<IncidentView>(IncidentSubjects.act, { id: created.id, expectedVersion: v.version, at: '2026-06-01T12:00:00+08:00', action: '联系驻杜塞尔多夫总领馆' }, office);
    v = await call<IncidentView>(IncidentSubjects.report, { id: created.id, expectedVersion: v.version, stage: 'follow_up', reportedAt: '2026-06-02T09:00:00+08:00', to: '市外办', content: '伤者病情稳定' }, office);
    await expect(call(IncidentSubjects.close, { id: created.id, expectedVersion: v.version, outcome: '伤者已出院回国' }, office)).rejects.toMatchObject({ spec: { code: 'INCIDENT.REPORT_CHAIN' } });
    v = await call<IncidentView>(IncidentSubjects.report, { id: created.id, expectedVersion: v.version, stage: 'final', reportedAt: '2026-06-10T09:00:00+08:00', to: '区政府值班室', content: '处置完毕' }, office);
    expect(v.reports.map((r) => r.label)).toEqual(['初报', '续报一', '终报']);
    const closed = await call<IncidentView>(IncidentSubjects.close, { id: created.id, expectedVersion: v.version, outcome: '伤者已出院回国' }, office);
    expect(closed).toMatchObject({ status: 'closed', outcome: '伤者已出院回国' });

    const events = await outbox(created.id);
    expect(events.find((e) => e.subject === 'evt.foreign-affairs.incident.reported')?.data).toEqual({
      incidentId: created.id,
      kind: 'consular',
      title: '我区务工人员在德国遭遇交通事故',
      level: 'large',
      occurredAt: '2026-06-01T00:00:00.000Z',
      receivedAt: '2026-06-01T02:30:00.000Z',
      location: '德国 杜塞尔多夫',
      summary: '（德国）一名我区务工人员受伤住院，家属请求协助。',
    });
    expect(JSON.stringify(events)).not.toContain('13805331234');
    expect(events.filter((e) => e.subject.endsWith('task.opened')).map((e) => e.data.kind)).toEqual(['foreign_incident']);
    expect(events.filter((e) => e.subject.endsWith('task.closed')).map((e) => e.data.kind)).toEqual(['foreign_incident']);
  });

  it("a liaison sees only their own unit's incidents; withdrawals need a reason; bad input is refused in Chinese", async () => {
    const mine = await call<IncidentView>(IncidentSubjects.create, facts({ title: '可见性测试甲事件' }), liaison(U1));
    const theirs = await call<IncidentView>(IncidentSubjects.create, facts({ title: '可见性测试乙事件' }), liaison(U2));
    expect((await call<ListIncidents.Reply>(IncidentSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    await expect(call(IncidentSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'INCIDENT.NOT_FOUND' } });
    await expect(call(IncidentSubjects.create, facts(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(IncidentSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<IncidentView>(IncidentSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '误报' }, liaison(U1));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '误报' });
    await expect(call(IncidentSubjects.create, facts({ receivedAt: '2026-05-01T00:00:00+08:00' }), office)).rejects.toMatchObject({ spec: { code: 'INCIDENT.BAD_TIMES' } });
    await expect(call(IncidentSubjects.create, { ...facts(), level: 'huge', contacts: [{ name: '某', relation: '家属', phone: 'abc' }] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'level' }), expect.objectContaining({ message: expect.stringContaining('电话号码格式不正确') })]),
    });
  });
});
