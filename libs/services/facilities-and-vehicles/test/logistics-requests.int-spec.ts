import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { shanghaiDate } from '@gov/calendar';
import {
  LogisticsRequestSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type ExportLogisticsStatistics,
  type ListLogisticsRequests,
  type ListLogisticsRules,
  type LogisticsRequestView,
  type LogisticsStatistics,
} from '@gov/contracts-facilities-and-vehicles';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 后勤服务申请 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: logistics requests', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const section = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.logisticsRequestsRead, P.logisticsRequestsManage, P.logisticsRequestsOwn] });
  const clerk = caller({ roles: ['section_staff'], sectionCode: 'zonghe', permissions: [P.logisticsRequestsOwn] });
  const otherClerk = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.logisticsRequestsOwn] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.logisticsRequestsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.logisticsRequestsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasksOf = async (id: string) =>
    (
      (await app.parts.dataSource.query(
        `SELECT subject, envelope->'data'->>'kind' AS kind, envelope->'data'->'assignee'->>'type' AS type FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
        [id],
      )) as { subject: string; kind: string; type: string | null }[]
    ).map((r) => `${r.subject.split('.').pop()}:${r.kind}${r.type ? `:${r.type}` : ''}`);
  const repair = (over: Record<string, unknown> = {}) => ({ category: 'repair', urgency: 'normal', location: '区政府办公楼 3 楼 312 室', description: '空调不制冷', ...over });

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

  it('the deadline rules are seeded per urgency with their source; a new version cannot be backdated', async () => {
    const rules = await call<ListLogisticsRules.Reply>(LogisticsRequestSubjects.listRules, {}, leader);
    expect(rules.effective.map((r) => [r.urgency, r.responseAmount, r.responseUnit, r.completionAmount, r.completionUnit])).toEqual([
      ['urgent', 1, 'hours', 24, 'hours'],
      ['normal', 4, 'hours', 3, 'working_days'],
      ['routine', 1, 'working_days', 10, 'working_days'],
    ]);
    expect(rules.effective[0].source).toContain('机关事务管理科');
    await expect(
      call(LogisticsRequestSubjects.setRule, { urgency: 'urgent', responseAmount: 2, responseUnit: 'hours', completionAmount: 8, completionUnit: 'hours', effectiveFrom: '2020-01-01', source: '倒签' }, section),
    ).rejects.toMatchObject({ spec: { code: 'LOGISTICS_REQUEST.RETROACTIVE_RULE' } });
    await expect(
      call(LogisticsRequestSubjects.setRule, { urgency: 'urgent', responseAmount: 2, responseUnit: 'hours', completionAmount: 8, completionUnit: 'hours', effectiveFrom: shanghaiDate(new Date()), source: '越权' }, clerk),
    ).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('a request is submitted with its deadlines, assigned, completed and confirmed by its requester; each step in the timeline, the outbox and 待办', async () => {
    const submitted = await call<LogisticsRequestView>(LogisticsRequestSubjects.create, repair({ urgency: 'urgent', category: 'water' }), clerk);
    expect(submitted).toMatchObject({ status: 'submitted', urgencyLabel: '紧急', categoryLabel: '供水', light: 'green', requesterName: clerk.displayName });
    expect(new Date(submitted.responseDueAt).getTime() - new Date(submitted.submittedAt).getTime()).toBe(3600_000);
    expect(new Date(submitted.completionDueAt).getTime() - new Date(submitted.submittedAt).getTime()).toBe(24 * 3600_000);
    expect(submitted.dueExplanation.join('\n')).toContain('按自然时间连续计算');
    expect(submitted.deadlineRule).toContain('紧急');
    await expect(call(LogisticsRequestSubjects.assign, { id: submitted.id, expectedVersion: 1, assignee: '物业公司水电组' }, clerk)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const assigned = await call<LogisticsRequestView>(LogisticsRequestSubjects.assign, { id: submitted.id, expectedVersion: 1, assignee: '物业公司水电组 李师傅' }, section);
    expect(assigned).toMatchObject({ status: 'assigned', assignee: '物业公司水电组 李师傅', version: 2 });
    const completed = await call<LogisticsRequestView>(LogisticsRequestSubjects.complete, { id: submitted.id, expectedVersion: 2, note: '更换水管接头' }, section);
    expect(completed).toMatchObject({ status: 'completed', completionNote: '更换水管接头', late: false });
    await expect(call(LogisticsRequestSubjects.confirm, { id: submitted.id, expectedVersion: 3, satisfaction: 5 }, section)).rejects.toMatchObject({ spec: { code: 'LOGISTICS_REQUEST.NOT_REQUESTER' } });
    await expect(call(LogisticsRequestSubjects.confirm, { id: submitted.id, expectedVersion: 3, satisfaction: 6 }, clerk)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const reworked = await call<LogisticsRequestView>(LogisticsRequestSubjects.rework, { id: submitted.id, expectedVersion: 3, reason: '仍有渗水' }, clerk);
    expect(reworked).toMatchObject({ status: 'assigned', reason: '仍有渗水', completedAt: null });
    await call(LogisticsRequestSubjects.complete, { id: submitted.id, expectedVersion: 4, note: '重新密封' }, section);
    const confirmed = await call<LogisticsRequestView>(LogisticsRequestSubjects.confirm, { id: submitted.id, expectedVersion: 5, satisfaction: 4, feedback: '及时' }, clerk);
    expect(confirmed).toMatchObject({ status: 'confirmed', satisfaction: 4, version: 6 });
    expect(confirmed.timeline.map((t) => t.step)).toEqual(['create', 'assign', 'complete', 'rework', 'complete', 'confirm']);
    expect(await subjectsOf(submitted.id)).toEqual([
      'evt.facilities-and-vehicles.logistics-request.created',
      'evt.facilities-and-vehicles.logistics-request.assigned',
      'evt.facilities-and-vehicles.logistics-request.completed',
      'evt.facilities-and-vehicles.logistics-request.reworked',
      'evt.facilities-and-vehicles.logistics-request.completed',
      'evt.facilities-and-vehicles.logistics-request.confirmed',
    ]);
    expect(await tasksOf(submitted.id)).toEqual([
      'opened:logistics_assign:role',
      'closed:logistics_assign',
      'opened:logistics_complete:role',
      'closed:logistics_complete',
      'opened:logistics_confirm:person',
      'closed:logistics_confirm',
      'opened:logistics_complete:role',
      'closed:logistics_complete',
      'opened:logistics_confirm:person',
      'closed:logistics_confirm',
    ]);
  });

  it('a request goes red when its deadline passes unmet; the statistics count it late and export as .xlsx', async () => {
    const late = await call<LogisticsRequestView>(LogisticsRequestSubjects.create, repair({ category: 'power', description: '走廊灯不亮' }), clerk);
    // The clock moves on: the response deadline is now an hour past.
    await app.parts.dataSource.query(`UPDATE "${app.parts.schema}".logistics_request SET response_due_at = now() - interval '1 hour', submitted_at = now() - interval '5 hours' WHERE id = $1`, [late.id]);
    const red = await call<LogisticsRequestView>(LogisticsRequestSubjects.get, { id: late.id }, section);
    expect(red).toMatchObject({ light: 'red', late: true, lightReason: expect.stringContaining('已超过响应（派单）时限') });
    const listed = await call<ListLogisticsRequests.Reply>(LogisticsRequestSubjects.list, { category: 'power' }, section);
    expect(listed.items.find((i) => i.id === late.id)?.light).toBe('red');
    // From the day it was (back-dated as) submitted: five hours ago is yesterday in Shanghai between 00:00 and 05:00.
    const [from, to] = [shanghaiDate(new Date(Date.now() - 5 * 3_600_000)), shanghaiDate(new Date())];
    const stats = await call<LogisticsStatistics.Reply>(LogisticsRequestSubjects.statistics, { from, to }, leader);
    expect(stats.categories.find((c) => c.category === 'power')).toMatchObject({ total: 1, late: 1, completed: 0 });
    expect(stats.categories.find((c) => c.category === 'water')).toMatchObject({ total: 1, completed: 1, onTime: 1, rated: 1, averageSatisfaction: 4 });
    const exported = await call<ExportLogisticsStatistics.Reply>(LogisticsRequestSubjects.exportStatistics, { from, to }, leader);
    expect(exported).toMatchObject({ rows: 5, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await expect(call(LogisticsRequestSubjects.statistics, { from, to }, clerk)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it("a liaison sees their unit's requests, other staff their own only; withdrawal needs a reason; bad input is refused in Chinese", async () => {
    const mine = await call<LogisticsRequestView>(LogisticsRequestSubjects.create, repair({ category: 'greening', urgency: 'routine', location: '院内花坛' }), liaison(U1));
    expect(mine.unitId).toBe(U1);
    await expect(call(LogisticsRequestSubjects.get, { id: mine.id }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'LOGISTICS_REQUEST.NOT_FOUND' } });
    await expect(call(LogisticsRequestSubjects.get, { id: mine.id }, otherClerk)).rejects.toMatchObject({ spec: { code: 'LOGISTICS_REQUEST.NOT_FOUND' } });
    expect((await call<ListLogisticsRequests.Reply>(LogisticsRequestSubjects.list, {}, otherClerk)).items).toEqual([]);
    expect((await call<ListLogisticsRequests.Reply>(LogisticsRequestSubjects.list, {}, clerk)).items.every((i) => i.requesterName === clerk.displayName)).toBe(true);
    await expect(call(LogisticsRequestSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: ' ' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<LogisticsRequestView>(LogisticsRequestSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '已自行处理' }, liaison(U1))).toMatchObject({ status: 'withdrawn' });
    await expect(call(LogisticsRequestSubjects.create, { ...repair(), category: 'painting', urgency: 'now', photoFileIds: ['x'] }, clerk)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'category' }), expect.objectContaining({ field: 'urgency' }), expect.objectContaining({ field: 'photoFileIds' })]),
    });
    await expect(call(LogisticsRequestSubjects.create, repair(), caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.logisticsRequestsRead] }))).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
  });

  it('a calendar change re-dates the working-day deadlines of open requests only, in its transaction, once', async () => {
    const open = await call<LogisticsRequestView>(LogisticsRequestSubjects.create, repair({ category: 'cleaning', urgency: 'routine', location: '会议中心 2 楼' }), clerk);
    const closed = await call<LogisticsRequestView>(LogisticsRequestSubjects.create, repair({ category: 'cleaning', urgency: 'routine', location: '会议中心 3 楼' }), clerk);
    await call(LogisticsRequestSubjects.withdraw, { id: closed.id, expectedVersion: 1, reason: '重复报修' }, clerk);
    // The response is due at 24:00 of the first working day after today: that day becomes a holiday in a corrected year.
    const day = shanghaiDate(new Date(new Date(open.responseDueAt).getTime() - 1));
    const year = Number(day.slice(0, 4));
    const [copied] = (await app.parts.dataSource.query(`SELECT holidays, makeup_workdays, version FROM "${app.parts.schema}".calendar_year_copy WHERE year = $1`, [year])) as {
      holidays: { date: string; name: string }[];
      makeup_workdays: { date: string; name: string }[];
      version: number;
    }[];
    const corrected = {
      year,
      holidays: [...(copied?.holidays ?? []), { date: day, name: '测试调整' }],
      makeupWorkdays: copied?.makeup_workdays ?? [],
      source: `测试：${year} 年安排更正`,
      version: (copied?.version ?? 0) + 1,
    };
    const copy = app.nest.get(CalendarCopy);
    await app.parts.transactions.run((tx) => copy.applyWhenCalendarYearPublished(corrected, tx));

    const redated = await call<LogisticsRequestView>(LogisticsRequestSubjects.get, { id: open.id }, section);
    expect(redated.version).toBe(open.version + 1);
    expect(new Date(redated.responseDueAt).getTime()).toBeGreaterThan(new Date(open.responseDueAt).getTime());
    expect(new Date(redated.completionDueAt).getTime()).toBeGreaterThan(new Date(open.completionDueAt).getTime());
    expect(redated.timeline.at(-1)).toMatchObject({ step: 'redate', label: '时限重新计算', actor: 'system', note: expect.stringContaining(`${year} 年节假日安排调整`) });
    expect(redated.dueExplanation.slice(0, open.dueExplanation.length)).toEqual(open.dueExplanation);
    expect(redated.dueExplanation.join('\n')).toContain('测试调整');
    expect(await subjectsOf(open.id)).toContain('evt.facilities-and-vehicles.logistics-request.redated');
    expect(await tasksOf(open.id)).toEqual(['opened:logistics_assign:role', 'opened:logistics_assign:role']);
    const untouched = await call<LogisticsRequestView>(LogisticsRequestSubjects.get, { id: closed.id }, section);
    expect(untouched.version).toBe(2);
    expect(await subjectsOf(closed.id)).not.toContain('evt.facilities-and-vehicles.logistics-request.redated');

    // The same year again (a newer version, same days): nothing moves, nothing is published.
    await app.parts.transactions.run((tx) => copy.applyWhenCalendarYearPublished({ ...corrected, version: corrected.version + 1 }, tx));
    const again = await call<LogisticsRequestView>(LogisticsRequestSubjects.get, { id: open.id }, section);
    expect(again.version).toBe(redated.version);
    expect((await subjectsOf(open.id)).filter((s) => s.endsWith('.redated'))).toHaveLength(1);
  });
});
