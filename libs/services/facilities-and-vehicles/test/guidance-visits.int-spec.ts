import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { GuidanceVisitSubjects, FacilitiesAndVehiclesPermissions as P, type GuidanceVisitView, type ListGuidanceVisits } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 指导检查 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: guidance-visits', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.guidanceVisitsRead, P.guidanceVisitsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.guidanceVisitsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.guidanceVisitsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasksOf = async (id: string) =>
    (
      (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
        subject: string;
        data: { kind: string; assignee?: { type: string; id: string }; deadline?: { date?: string } };
      }[]
    ).map((r) => [r.subject.split('.').pop(), r.data.kind, r.data.assignee?.id ?? null, r.data.deadline?.date ?? null]);
  const today = shanghaiDate(new Date());
  const later = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000));
  const visit = (unitId: string, extra: Record<string, unknown> = {}) => ({
    visitDate: today,
    unitId,
    unitName: '池上镇',
    visitors: '王强、李娜',
    findings: '镇政府办公楼三楼两间办公室超标；公车停放未集中管理',
    items: [
      { content: '超标办公室调整使用', deadline: later(30) },
      { content: '公车集中停放', deadline: later(10) },
    ],
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

  it('recorded by the section; the unit reports its rectification (due by the earliest deadline); returned, reported again, closed; each step an event and its 待办', async () => {
    const created = await call<GuidanceVisitView>(GuidanceVisitSubjects.create, visit(U1), office);
    expect(created).toMatchObject({ unitId: U1, status: 'rectifying', dueDate: later(10), overdue: false, version: 1, createdBy: office.username });
    await expect(call(GuidanceVisitSubjects.create, visit(U1), liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(GuidanceVisitSubjects.close, { id: created.id, expectedVersion: 1 }, office)).rejects.toMatchObject({ spec: { code: 'GUIDANCE_VISIT.INVALID_STATE' } });
    await expect(call(GuidanceVisitSubjects.report, { id: created.id, expectedVersion: 1, report: '已整改' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'GUIDANCE_VISIT.NOT_FOUND' } });

    const reported = await call<GuidanceVisitView>(GuidanceVisitSubjects.report, { id: created.id, expectedVersion: 1, report: '公车已集中停放；超标办公室已调整为会议室' }, liaison(U1));
    expect(reported).toMatchObject({ status: 'reported', rectificationReport: '公车已集中停放；超标办公室已调整为会议室', version: 2 });
    await expect(call(GuidanceVisitSubjects.close, { id: created.id, expectedVersion: 2 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const returned = await call<GuidanceVisitView>(GuidanceVisitSubjects.return, { id: created.id, expectedVersion: 2, reason: '请附调整后的房间使用情况' }, office);
    expect(returned).toMatchObject({ status: 'rectifying', version: 3 });
    await call(GuidanceVisitSubjects.report, { id: created.id, expectedVersion: 3, report: '已补充房间调整情况' }, liaison(U1));
    await expect(call(GuidanceVisitSubjects.close, { id: created.id, expectedVersion: 3 }, office)).rejects.toMatchObject({ spec: { code: 'GUIDANCE_VISIT.VERSION_CONFLICT' } });
    const closed = await call<GuidanceVisitView>(GuidanceVisitSubjects.close, { id: created.id, expectedVersion: 4, note: '整改到位' }, office);
    expect(closed).toMatchObject({ status: 'closed', closingNote: '整改到位', closedBy: office.username, version: 5 });
    expect(closed.history.map((h) => h.step)).toEqual(['record', 'report', 'return', 'report', 'close']);

    expect(await subjectsOf(created.id)).toEqual([
      'evt.facilities-and-vehicles.guidance-visit.created',
      'evt.facilities-and-vehicles.guidance-visit.reported',
      'evt.facilities-and-vehicles.guidance-visit.returned',
      'evt.facilities-and-vehicles.guidance-visit.reported',
      'evt.facilities-and-vehicles.guidance-visit.closed',
    ]);
    const tasks = await tasksOf(created.id);
    expect(tasks[0]).toEqual(['opened', 'guidance_rectification', U1, later(10)]);
    expect(tasks.map(([event, kind]) => `${event}:${kind}`)).toEqual([
      'opened:guidance_rectification',
      'closed:guidance_rectification',
      'opened:guidance_closure',
      'closed:guidance_closure',
      'opened:guidance_rectification',
      'closed:guidance_rectification',
      'opened:guidance_closure',
      'closed:guidance_closure',
    ]);
  });

  it("a liaison sees only their own unit's visits; a visit with nothing to put right is closed; bad dates and a withdrawal without a reason are refused", async () => {
    const mine = await call<GuidanceVisitView>(GuidanceVisitSubjects.create, visit(U2, { unitName: '可见性测试甲镇' }), office);
    const clean = await call<GuidanceVisitView>(GuidanceVisitSubjects.create, visit(U1, { unitName: '可见性测试乙镇', items: [] }), office);
    expect(clean).toMatchObject({ status: 'closed', dueDate: null, closingNote: '未发现须整改的问题' });
    expect((await call<ListGuidanceVisits.Reply>(GuidanceVisitSubjects.list, { q: '可见性测试' }, liaison(U2))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListGuidanceVisits.Reply>(GuidanceVisitSubjects.list, { q: '可见性测试' }, reader)).items.map((r) => r.id).sort()).toEqual([mine.id, clean.id].sort());
    expect((await call<ListGuidanceVisits.Reply>(GuidanceVisitSubjects.list, { q: '可见性测试', status: 'closed' }, reader)).items.map((r) => r.id)).toEqual([clean.id]);
    await expect(call(GuidanceVisitSubjects.get, { id: clean.id }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'GUIDANCE_VISIT.NOT_FOUND' } });

    await expect(call(GuidanceVisitSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<GuidanceVisitView>(GuidanceVisitSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '误录被检查单位' }, office)).toMatchObject({ status: 'withdrawn', withdrawalReason: '误录被检查单位' });
    await expect(call(GuidanceVisitSubjects.create, visit(U1, { visitDate: later(3) }), office)).rejects.toMatchObject({ spec: { code: 'GUIDANCE_VISIT.BAD_DATES' }, fieldErrors: [expect.objectContaining({ field: 'visitDate' })] });
    await expect(call(GuidanceVisitSubjects.create, visit(U1, { items: [{ content: '过期', deadline: today }] }), office)).rejects.toMatchObject({
      spec: { code: 'GUIDANCE_VISIT.BAD_DATES' },
      fieldErrors: [expect.objectContaining({ field: 'items.0.deadline' })],
    });
    await expect(call(GuidanceVisitSubjects.create, visit(U1, { visitors: '', items: [{ content: '缺期限' }] }), office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'visitors' })]),
    });
  });
});
