import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays, type CalendarYear } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { InspectionSubjects, DisclosurePermissions as P, type DisclosureInspectionView, type ListDisclosureInspections } from '@gov/contracts-disclosure';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 公开巡查 in disclosure: findings, the rectification deadline in working days (re-dated with the calendar), the unit's rectification. */
describe('disclosure: inspections', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.inspectionsRead, P.inspectionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.inspectionsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.inspectionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const year2026 = seedYearsFromChineseDays().find((y) => y.year === 2026) as CalendarYear;
  const publishYear = (year: CalendarYear) => app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  const inspection = (title: string, over: Record<string, unknown> = {}) => ({ unitId: U1, title, inspectedOn: '2026-02-12', content: '公开指南未更新办公地址；政策解读栏目半年未更新', workingDays: 10, ...over });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
    await publishYear({ ...year2026, version: 1 });
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('findings open a rectification due 10 working days after the inspection across 春节 (make-up Saturdays counted); the unit rectifies', async () => {
    const created = await call<DisclosureInspectionView>(InspectionSubjects.create, inspection('区应急管理局 政府信息公开专栏'), office);
    expect(created).toMatchObject({ status: 'rectifying', statusLabel: '整改中', unitId: U1, workingDays: 10, dueDate: '2026-03-04', overdue: true, version: 1, createdBy: office.username });
    expect(created.dueExplanation[0]).toBe('整改期限：巡查之日（2026-02-12）起 10 个工作日内');
    const overdue = await call<ListDisclosureInspections.Reply>(InspectionSubjects.list, { overdue: 'true', limit: 100 }, office);
    expect(overdue.items.map((r) => r.id)).toContain(created.id);

    await expect(call(InspectionSubjects.rectify, { id: created.id, expectedVersion: 1, rectifiedOn: '2026-02-11', note: '已更新' }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'INSPECTION.DATE_ORDER' },
      fieldErrors: [expect.objectContaining({ field: 'rectifiedOn', message: 'rectifiedOn：整改完成之日不能早于巡查之日（2026-02-12）' })],
    });
    const unitLiaison = liaison(U1);
    const rectified = await call<DisclosureInspectionView>(InspectionSubjects.rectify, { id: created.id, expectedVersion: 1, rectifiedOn: '2026-03-03', note: '已更新办公地址，补发政策解读 3 篇' }, unitLiaison);
    expect(rectified).toMatchObject({ status: 'rectified', rectifiedOn: '2026-03-03', rectifiedBy: unitLiaison.username, overdue: false, version: 2 });
    await expect(call(InspectionSubjects.rectify, { id: created.id, expectedVersion: 2, rectifiedOn: '2026-03-03', note: '再次整改' }, office)).rejects.toMatchObject({ spec: { code: 'INSPECTION.INVALID_STATE' } });
    expect(await call<DisclosureInspectionView>(InspectionSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id, version: 2 });
    expect(await subjectsOf(created.id)).toEqual(['evt.disclosure.inspection.created', 'evt.disclosure.inspection.rectified']);
    // While 整改中 the rectification waited in the unit's 待办 with its deadline; the rectification closed it.
    const tasks: { subject: string; data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [created.id],
    );
    expect(tasks.map((t) => t.subject)).toEqual(['evt.disclosure.task.opened', 'evt.disclosure.task.closed']);
    expect(tasks[0].data).toMatchObject({ kind: 'disclosure_inspection_rectification', assignee: { type: 'unit', id: U1 }, deadline: { date: '2026-03-04' }, link: `/disclosure/inspections/${created.id}` });
    expect(tasks[1].data).toMatchObject({ outcome: 'done', closedBy: unitLiaison.userId });
  });

  it('a calendar correction re-dates the open rectification with its explanation; a late rectification is marked overdue', async () => {
    const open = await call<DisclosureInspectionView>(InspectionSubjects.create, inspection('区应急管理局 公开目录'), office);
    expect(open.dueDate).toBe('2026-03-04');
    await publishYear({ ...year2026, makeupWorkdays: year2026.makeupWorkdays.filter((d) => d.date !== '2026-02-28'), version: 2 });
    const redated = await call<DisclosureInspectionView>(InspectionSubjects.get, { id: open.id }, office);
    expect(redated).toMatchObject({ dueDate: '2026-03-05', version: 2, updatedBy: 'system' });
    expect(await subjectsOf(open.id)).toEqual(['evt.disclosure.inspection.created', 'evt.disclosure.inspection.updated']);
    const late = await call<DisclosureInspectionView>(InspectionSubjects.rectify, { id: open.id, expectedVersion: 2, rectifiedOn: '2026-03-06', note: '已补充公开目录条目' }, office);
    expect(late).toMatchObject({ status: 'rectified', overdue: true });
  });

  it('no findings: passed without a deadline; only the section inspects and withdraws; a liaison sees only their unit; bad input is refused in Chinese', async () => {
    const passed = await call<DisclosureInspectionView>(InspectionSubjects.create, inspection('区应急管理局 公开指南', { content: '', workingDays: undefined }), office);
    expect(passed).toMatchObject({ status: 'passed', dueDate: null, workingDays: null, overdue: false });
    await expect(call(InspectionSubjects.create, inspection('缺整改期限', { workingDays: undefined }), office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'workingDays', message: 'workingDays：发现问题的，须确定整改期限（工作日）' })],
    });
    await expect(call(InspectionSubjects.create, inspection('未来日期', { inspectedOn: '2099-01-04' }), office)).rejects.toMatchObject({ spec: { code: 'INSPECTION.DATE_ORDER' } });
    await expect(call(InspectionSubjects.create, inspection('联络员不能登记'), liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InspectionSubjects.create, { ...inspection('甲'), workingDays: 61, unitId: 'x' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'title' }),
        expect.objectContaining({ field: 'unitId', message: 'unitId：单位 id 无效' }),
        expect.objectContaining({ field: 'workingDays', message: 'workingDays：整改期限为 1–60 个工作日' }),
      ]),
    });

    const theirs = await call<DisclosureInspectionView>(InspectionSubjects.create, inspection('可见性测试乙', { unitId: U2 }), office);
    await expect(call(InspectionSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'INSPECTION.NOT_FOUND' } });
    await expect(call(InspectionSubjects.rectify, { id: theirs.id, expectedVersion: 1, rectifiedOn: '2026-03-01', note: '越权整改' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'INSPECTION.NOT_FOUND' } });
    expect((await call<ListDisclosureInspections.Reply>(InspectionSubjects.list, { q: '可见性测试' }, liaison(U2))).items.map((r) => r.id)).toEqual([theirs.id]);
    expect((await call<ListDisclosureInspections.Reply>(InspectionSubjects.list, { q: '可见性测试' }, liaison(U1))).items).toEqual([]);
    await expect(call(InspectionSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '单位自行撤回' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InspectionSubjects.withdraw, { id: theirs.id, expectedVersion: 2, reason: '过期版本' }, office)).rejects.toMatchObject({ spec: { code: 'INSPECTION.VERSION_CONFLICT' } });
    await expect(call(InspectionSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<DisclosureInspectionView>(InspectionSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '巡查对象登记错误' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '巡查对象登记错误', version: 2 });
  });
});
