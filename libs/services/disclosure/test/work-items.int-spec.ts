import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays, shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { WorkItemSubjects, DisclosurePermissions as P, type ListWorkItems, type WorkItemDetail } from '@gov/contracts-disclosure';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';
import { WorkItemsReminderSweeper } from '../src/modules/work-items/work-items-reminder.sweeper.js';

/** 领导小组工作事项 in disclosure, against real PostgreSQL and the real bus: 交办, the units' reports, 报完成 → 确认 / 退回补充, lights and 待办. */
describe('disclosure: work items', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [LEAD, CO, OTHER] = [randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.workItemsRead, P.workItemsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.workItemsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.workItemsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const outboxOf = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [id],
    )) as { subject: string; data: Record<string, unknown> }[];
  const tasksOf = async (id: string) => (await outboxOf(id)).filter((r) => r.subject.startsWith('evt.disclosure.task.'));
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const plusDays = (days: number) => {
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  };
  let sequence = 0;
  const item = (over: Record<string, unknown> = {}) => ({
    year,
    number: `三、${(sequence += 1)}`,
    content: '推进基层政务公开标准化规范化，更新26个领域公开事项清单',
    basisDocument: `《博山区${year}年政务公开工作要点》`,
    leadUnitId: LEAD,
    coUnitIds: [CO],
    dueDate: plusDays(60),
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
    for (const calendarYear of seedYearsFromChineseDays().filter((y) => y.year >= year && y.year <= year + 1)) {
      await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished({ ...calendarYear, version: 1 }, tx));
    }
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('assigned far from its deadline: green, no 待办; the sweep on a day near it reminds the lead and co-units once', async () => {
    const created = await call<WorkItemDetail>(WorkItemSubjects.create, item(), office);
    expect(created).toMatchObject({ status: 'in_progress', statusLabel: '进行中', light: 'green', reminded: false, leadUnitId: LEAD, coUnitIds: [CO], version: 1, createdBy: office.username });
    expect(created.workingDaysLeft).toBeGreaterThan(20);
    expect(await tasksOf(created.id)).toEqual([]);

    const sweeper = app.nest.get(WorkItemsReminderSweeper, { strict: false });
    expect(await sweeper.sweep(today)).toBe(0);
    expect(await sweeper.sweep(created.dueDate)).toBeGreaterThanOrEqual(1);
    expect(await sweeper.sweep(created.dueDate)).toBe(0);
    const reminded = await call<WorkItemDetail>(WorkItemSubjects.get, { id: created.id }, reader);
    expect(reminded).toMatchObject({ reminded: true, version: 2, updatedBy: 'system' });
    expect(reminded.steps.map((s) => s.step)).toEqual(['assign', 'remind']);
    const tasks = await tasksOf(created.id);
    expect(tasks.map((t) => [t.subject, (t.data.assignee as { id: string }).id])).toEqual([
      ['evt.disclosure.task.opened', LEAD],
      ['evt.disclosure.task.opened', CO],
    ]);
    expect(tasks[0].data).toMatchObject({ kind: 'disclosure_work_item_report', deadline: { date: created.dueDate }, link: `/disclosure/work-items/${created.id}` });
    expect((await outboxOf(created.id)).map((r) => r.subject)).toEqual(['evt.disclosure.work-item.created', 'evt.disclosure.work-item.reminded', 'evt.disclosure.task.opened', 'evt.disclosure.task.opened']);
  });

  it('near its deadline at once: yellow with the units’ 待办; each unit reports for itself, the lead reports completion, the office returns it and then confirms', async () => {
    const created = await call<WorkItemDetail>(WorkItemSubjects.create, item({ dueDate: plusDays(1) }), office);
    expect(created).toMatchObject({ light: 'yellow', reminded: true });
    expect(created.workingDaysLeft).toBeLessThanOrEqual(1);
    expect((await tasksOf(created.id)).map((t) => t.data.kind)).toEqual(['disclosure_work_item_report', 'disclosure_work_item_report']);

    // The office neither reports for a unit; a co-unit reports progress but not completion.
    await expect(call(WorkItemSubjects.report, { id: created.id, expectedVersion: 1, text: '已完成清单梳理', reportedOn: today }, office)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(WorkItemSubjects.report, { id: created.id, expectedVersion: 1, text: '已完成清单梳理', reportedOn: today, completion: true }, liaison(CO))).rejects.toMatchObject({
      spec: { code: 'WORK_ITEM.NOT_LEAD_UNIT' },
      fieldErrors: [expect.objectContaining({ field: 'completion' })],
    });
    const progress = await call<WorkItemDetail>(WorkItemSubjects.report, { id: created.id, expectedVersion: 1, text: '配合梳理本领域公开事项 5 项', reportedOn: today, attachments: ['清单.xlsx'] }, liaison(CO));
    expect(progress).toMatchObject({ status: 'in_progress', lastReportedOn: today, version: 2 });
    expect(progress.reports).toEqual([expect.objectContaining({ unitId: CO, completion: false, attachments: ['清单.xlsx'] })]);
    await expect(call(WorkItemSubjects.report, { id: created.id, expectedVersion: 2, text: '未来的报送', reportedOn: '2099-01-01' }, liaison(LEAD))).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.DATE_ORDER' } });

    const done = await call<WorkItemDetail>(WorkItemSubjects.report, { id: created.id, expectedVersion: 2, text: '清单已更新并在政府网站公开', reportedOn: today, completion: true }, liaison(LEAD));
    expect(done).toMatchObject({ status: 'completion_reported', completionReportedOn: today, light: 'green', workingDaysLeft: null, version: 3 });
    await expect(call(WorkItemSubjects.confirm, { id: created.id, expectedVersion: 3, completedOn: today }, liaison(LEAD))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(WorkItemSubjects.return, { id: created.id, expectedVersion: 3, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const returned = await call<WorkItemDetail>(WorkItemSubjects.return, { id: created.id, expectedVersion: 3, reason: '请补充公开网址和截图' }, office);
    expect(returned).toMatchObject({ status: 'returned', statusLabel: '退回补充', returnReason: '请补充公开网址和截图', completionReportedOn: null, version: 4 });
    const again = await call<WorkItemDetail>(WorkItemSubjects.report, { id: created.id, expectedVersion: 4, text: '已补充公开网址和截图', reportedOn: today, completion: true, attachments: ['截图.png'] }, liaison(LEAD));
    expect(again.status).toBe('completion_reported');
    const confirmed = await call<WorkItemDetail>(WorkItemSubjects.confirm, { id: created.id, expectedVersion: 5, completedOn: today, note: '材料齐全' }, office);
    expect(confirmed).toMatchObject({ status: 'completed', statusLabel: '已完成', completedOn: today, confirmedBy: office.username, light: 'green', version: 6 });
    expect(confirmed.steps.map((s) => s.step)).toEqual(['assign', 'report', 'complete', 'return', 'complete', 'confirm']);
    expect(confirmed.reports.map((r) => [r.unitId, r.completion])).toEqual([
      [CO, false],
      [LEAD, true],
      [LEAD, true],
    ]);
    await expect(call(WorkItemSubjects.withdraw, { id: created.id, expectedVersion: 6, reason: '已完成的不能撤销' }, office)).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.INVALID_STATE' } });

    const events = await tasksOf(created.id);
    // A closed task names its id; the opened one with that id names the assignee.
    const assignees = new Map(events.filter((t) => t.data.assignee).map((t) => [t.data.taskId, (t.data.assignee as { id: string }).id]));
    const tasks = events.map((t) => [t.subject.replace('evt.disclosure.task.', ''), t.data.kind, assignees.get(t.data.taskId)]);
    expect(tasks).toEqual([
      ['opened', 'disclosure_work_item_report', LEAD],
      ['opened', 'disclosure_work_item_report', CO],
      // 报完成: the units' reminders close, the office's confirmation opens.
      ['closed', 'disclosure_work_item_report', LEAD],
      ['closed', 'disclosure_work_item_report', CO],
      ['opened', 'disclosure_work_item_confirmation', 'section_staff'],
      // 退回补充: the lead unit supplements, the co-unit's reminder reopens.
      ['closed', 'disclosure_work_item_confirmation', 'section_staff'],
      ['opened', 'disclosure_work_item_supplement', LEAD],
      ['opened', 'disclosure_work_item_report', CO],
      ['closed', 'disclosure_work_item_supplement', LEAD],
      ['closed', 'disclosure_work_item_report', CO],
      ['opened', 'disclosure_work_item_confirmation', 'section_staff'],
      ['closed', 'disclosure_work_item_confirmation', 'section_staff'],
    ]);
    expect((await tasksOf(created.id))[5].data).toMatchObject({ outcome: 'returned' });
  });

  it('a liaison sees only the items its unit leads or co-operates on; only the office assigns and withdraws; bad input is refused in Chinese', async () => {
    const created = await call<WorkItemDetail>(WorkItemSubjects.create, item({ content: '可见性测试：政策解读与回应关切' }), office);
    for (const unit of [LEAD, CO]) expect(await call<WorkItemDetail>(WorkItemSubjects.get, { id: created.id }, liaison(unit))).toMatchObject({ id: created.id });
    await expect(call(WorkItemSubjects.get, { id: created.id }, liaison(OTHER))).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.NOT_FOUND' } });
    await expect(call(WorkItemSubjects.report, { id: created.id, expectedVersion: 1, text: '越权报送', reportedOn: today }, liaison(OTHER))).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.NOT_FOUND' } });
    expect((await call<ListWorkItems.Reply>(WorkItemSubjects.list, { q: '可见性测试' }, liaison(OTHER))).items).toEqual([]);
    expect((await call<ListWorkItems.Reply>(WorkItemSubjects.list, { q: '可见性测试' }, liaison(CO))).items.map((r) => r.id)).toEqual([created.id]);
    expect((await call<ListWorkItems.Reply>(WorkItemSubjects.list, { q: '可见性测试', unitId: LEAD, year }, reader)).items.map((r) => r.id)).toEqual([created.id]);
    await expect(call(WorkItemSubjects.create, item(), liaison(LEAD))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(WorkItemSubjects.create, item({ number: created.number }), office)).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.DUPLICATE_NUMBER' } });
    await expect(call(WorkItemSubjects.create, item({ coUnitIds: [LEAD] }), office)).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.UNITS' }, fieldErrors: [expect.objectContaining({ field: 'coUnitIds' })] });
    await expect(call(WorkItemSubjects.create, { ...item(), year: 1999, content: '', dueDate: '2026-02-30', leadUnitId: 'x' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'year' }),
        expect.objectContaining({ field: 'content' }),
        expect.objectContaining({ field: 'dueDate' }),
        expect.objectContaining({ field: 'leadUnitId' }),
      ]),
    });

    // A later deadline keeps the units' 待办 closed; withdrawing (撤销) needs a reason and closes what it waited on.
    const near = await call<WorkItemDetail>(WorkItemSubjects.create, item({ content: '可见性测试：临期事项', dueDate: plusDays(1) }), office);
    const moved = await call<WorkItemDetail>(WorkItemSubjects.update, { id: near.id, expectedVersion: 1, ...item({ number: near.number, content: '可见性测试：临期事项', dueDate: plusDays(90) }) }, office);
    expect(moved).toMatchObject({ reminded: false, light: 'green', version: 2 });
    await expect(call(WorkItemSubjects.update, { id: near.id, expectedVersion: 1, ...item({ number: near.number }) }, office)).rejects.toMatchObject({ spec: { code: 'WORK_ITEM.VERSION_CONFLICT' } });
    const withdrawn = await call<WorkItemDetail>(WorkItemSubjects.withdraw, { id: near.id, expectedVersion: 2, reason: '工作要点调整，不再单列' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', statusLabel: '已撤销', light: 'none', withdrawalReason: '工作要点调整，不再单列', version: 3 });
    expect((await tasksOf(near.id)).map((t) => t.subject.replace('evt.disclosure.task.', ''))).toEqual(['opened', 'opened', 'closed', 'closed']);
    const overdue = await call<ListWorkItems.Reply>(WorkItemSubjects.list, { overdue: 'true', limit: 100 }, office);
    expect(overdue.items.map((r) => r.id)).not.toContain(near.id);
  });
});
