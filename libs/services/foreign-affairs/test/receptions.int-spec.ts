import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { ReceptionSubjects, ForeignAffairsPermissions as P, type ListReceptions, type ReceptionFields, type ReceptionView } from '@gov/contracts-foreign-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { foreignAffairsDefinition } from '../src/index.js';

const LEADER = { userId: randomUUID(), name: '王区长' };

function plan(over: Partial<ReceptionFields> = {}): ReceptionFields {
  return {
    title: '接待德国杜塞尔多夫市代表团',
    protocolLevel: 'important',
    purpose: '商谈陶瓷琉璃产业合作',
    startsAt: '2026-05-11T09:00:00+08:00',
    endsAt: '2026-05-11T17:00:00+08:00',
    location: '博山宾馆',
    guests: [{ name: 'Anna Schmidt', organization: '杜塞尔多夫市经济促进局', title: '局长', country: '德国' }],
    leaders: [LEADER],
    programme: [
      { at: '2026-05-11T09:30:00+08:00', item: '会见', location: '博山宾馆' },
      { at: '2026-05-11T14:00:00+08:00', item: '参观博山陶琉馆' },
    ],
    responsible: [{ name: '潘婷', duty: '迎送、翻译协调' }],
    gifts: [{ item: '琉璃摆件', recipient: 'Anna Schmidt', quantity: 1, unitValueFen: 38_000 }],
    ...over,
  };
}

/** 外宾接待 in foreign-affairs, against real PostgreSQL and the real bus. */
describe('foreign-affairs: receptions', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'waishi', permissions: [P.receptionsRead, P.receptionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.receptionsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.receptionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('foreign-affairs', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->>'receptionId' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
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

  it('a reception plan is scheduled onto the leaders’ calendars by an event in the activity shape; changed, it is re-sent; summarized after the visit', async () => {
    const created = await call<ReceptionView>(ReceptionSubjects.create, plan(), office);
    expect(created).toMatchObject({ status: 'planned', giftsTotalFen: 38_000, unitId: null, version: 1 });
    const scheduled = await call<ReceptionView>(ReceptionSubjects.schedule, { id: created.id, expectedVersion: 1 }, office);
    expect(scheduled.status).toBe('scheduled');
    const changed = await call<ReceptionView>(ReceptionSubjects.update, { id: created.id, expectedVersion: 2, ...plan({ location: '博山区政府会见厅' }) }, office);
    expect(changed).toMatchObject({ status: 'scheduled', location: '博山区政府会见厅', version: 3 });
    await expect(call(ReceptionSubjects.update, { id: created.id, expectedVersion: 2, ...plan() }, office)).rejects.toMatchObject({ spec: { code: 'RECEPTION.VERSION_CONFLICT' } });
    const held = await call<ReceptionView>(ReceptionSubjects.summarize, { id: created.id, expectedVersion: 3, summary: '双方签署合作备忘录，商定下半年回访。' }, office);
    expect(held).toMatchObject({ status: 'held', summary: '双方签署合作备忘录，商定下半年回访。' });

    const events = await outbox(created.id);
    const calendar = events.filter((e) => e.subject === 'evt.foreign-affairs.reception.scheduled');
    expect(calendar.map((e) => e.data)).toEqual([
      expect.objectContaining({ receptionId: created.id, kind: 'reception', title: '接待德国杜塞尔多夫市代表团', leaders: [LEADER], startsAt: '2026-05-11T01:00:00.000Z', location: '博山宾馆', version: 2 }),
      expect.objectContaining({ receptionId: created.id, location: '博山区政府会见厅', version: 3 }),
    ]);
    expect(events.filter((e) => e.subject.endsWith('task.opened')).map((e) => e.data.kind)).toContain('reception_summary');
    expect(events.filter((e) => e.subject.endsWith('task.closed')).map((e) => e.data.kind)).toContain('reception_summary');
  });

  it('a scheduled reception withdrawn leaves the calendars; times and withdrawals are checked', async () => {
    const created = await call<ReceptionView>(ReceptionSubjects.create, plan({ title: '接待日本友好城市代表团' }), office);
    await call(ReceptionSubjects.schedule, { id: created.id, expectedVersion: 1 }, office);
    await expect(call(ReceptionSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<ReceptionView>(ReceptionSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '外方行程取消' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '外方行程取消' });
    expect((await outbox(created.id)).find((e) => e.subject === 'evt.foreign-affairs.reception.cancelled')?.data).toMatchObject({ receptionId: created.id, reason: '外方行程取消', version: 3 });
    await expect(call(ReceptionSubjects.schedule, { id: created.id, expectedVersion: 3 }, office)).rejects.toMatchObject({ spec: { code: 'RECEPTION.INVALID_STATE' } });
    await expect(call(ReceptionSubjects.create, plan({ endsAt: '2026-05-11T08:00:00+08:00' }), office)).rejects.toMatchObject({ spec: { code: 'RECEPTION.BAD_TIMES' } });
    const future = await call<ReceptionView>(ReceptionSubjects.create, plan({ startsAt: '2099-05-11T09:00:00+08:00', endsAt: '2099-05-11T17:00:00+08:00', programme: [{ at: '2099-05-11T10:00:00+08:00', item: '会见' }] }), office);
    await call(ReceptionSubjects.schedule, { id: future.id, expectedVersion: 1 }, office);
    await expect(call(ReceptionSubjects.summarize, { id: future.id, expectedVersion: 2, summary: '尚未接待，不应能写总结。' }, office)).rejects.toMatchObject({ spec: { code: 'RECEPTION.NOT_YET_HELD' } });
  });

  it("a liaison sees and changes only their own unit's receptions; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<ReceptionView>(ReceptionSubjects.create, plan({ title: '可见性测试甲接待' }), liaison(U1));
    const theirs = await call<ReceptionView>(ReceptionSubjects.create, plan({ title: '可见性测试乙接待' }), liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListReceptions.Reply>(ReceptionSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListReceptions.Reply>(ReceptionSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(ReceptionSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'RECEPTION.NOT_FOUND' } });
    await expect(call(ReceptionSubjects.create, plan(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ReceptionSubjects.create, { ...plan(), title: '甲', gifts: [{ item: '茶', recipient: '某', quantity: 1, unitValueFen: 1.5 }] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ message: expect.stringContaining('须为整数（分）') })]),
    });
  });
});
