import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays, type CalendarYear } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { AssistanceRequestSubjects, DisclosurePermissions as P, type AssistanceRequestView, type ListAssistanceRequests } from '@gov/contracts-disclosure';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 协助调查件 in disclosure: the reply's deadline (stated or in working days, re-dated with the calendar), the reply, the 待办, who sees it. */
describe('disclosure: assistance requests', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.assistanceRequestsRead, P.assistanceRequestsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.assistanceRequestsRead] });
  // Even holding the read permission, a unit's liaison sees no 协助调查件: they concern the office's own handling.
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.assistanceRequestsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasksOf = async (id: string): Promise<{ subject: string; data: Record<string, unknown> }[]> =>
    app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id]);
  const year2026 = seedYearsFromChineseDays().find((y) => y.year === 2026) as CalendarYear;
  const publishYear = (year: CalendarYear) => app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  const request = (title: string, over: Record<string, unknown> = {}) => ({
    requesterKind: 'review_body',
    requester: '淄博市人民政府行政复议办公室',
    documentNumber: '淄政复〔2026〕15号',
    receivedOn: '2026-09-28',
    title,
    matter: '请于期限内提交作出答复的证据、依据和答复书',
    handler: '王承办',
    workingDays: 10,
    ...over,
  });

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

  it('registered with 10 working days across 国庆 (the make-up Saturday counted), red once late, replied with the date, text and attachments; the reply waits in the section’s 待办', async () => {
    const created = await call<AssistanceRequestView>(AssistanceRequestSubjects.create, request('张某某政府信息公开行政复议案答复'), office);
    expect(created).toMatchObject({ status: 'received', statusLabel: '待答复', requesterKindLabel: '行政复议机关', workingDays: 10, statedDueOn: null, dueDate: '2026-10-16', overdue: true, version: 1, createdBy: office.username });
    expect(created.dueExplanation[0]).toBe('答复期限：收文之日（2026-09-28）起 10 个工作日内（来文未载明期限）');
    const red = await call<ListAssistanceRequests.Reply>(AssistanceRequestSubjects.list, { overdue: 'true', limit: 100 }, office);
    expect(red.items.map((r) => r.id)).toContain(created.id);

    // The request states its own date: that date, explained by the request.
    const stated = await call<AssistanceRequestView>(AssistanceRequestSubjects.update, { id: created.id, expectedVersion: 1, ...request('张某某政府信息公开行政复议案答复', { workingDays: undefined, statedDueOn: '2026-10-20' }) }, office);
    expect(stated).toMatchObject({ dueDate: '2026-10-20', workingDays: null, statedDueOn: '2026-10-20', dueExplanation: ['答复期限：来文（淄政复〔2026〕15号）载明于 2026-10-20 前答复'], version: 2 });

    await expect(call(AssistanceRequestSubjects.reply, { id: created.id, expectedVersion: 2, repliedOn: '2026-09-27', text: '已提交答复书' }, office)).rejects.toMatchObject({
      spec: { code: 'ASSISTANCE_REQUEST.DATE_ORDER' },
      fieldErrors: [expect.objectContaining({ field: 'repliedOn', message: 'repliedOn：答复之日不能早于收文之日（2026-09-28）' })],
    });
    const replied = await call<AssistanceRequestView>(AssistanceRequestSubjects.reply, { id: created.id, expectedVersion: 2, repliedOn: '2026-10-19', text: '已提交行政复议答复书及证据材料', attachments: ['行政复议答复书.pdf', '证据目录.pdf'] }, office);
    expect(replied).toMatchObject({ status: 'replied', repliedOn: '2026-10-19', replyAttachments: ['行政复议答复书.pdf', '证据目录.pdf'], repliedBy: office.username, overdue: false, version: 3 });
    await expect(call(AssistanceRequestSubjects.withdraw, { id: created.id, expectedVersion: 3, reason: '已答复后撤回' }, office)).rejects.toMatchObject({ spec: { code: 'ASSISTANCE_REQUEST.INVALID_STATE' } });
    expect(await call<AssistanceRequestView>(AssistanceRequestSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id, version: 3 });
    expect(await subjectsOf(created.id)).toEqual(['evt.disclosure.assistance-request.created', 'evt.disclosure.assistance-request.updated', 'evt.disclosure.assistance-request.replied']);

    const tasks = await tasksOf(created.id);
    expect(tasks.map((t) => t.subject)).toEqual(['evt.disclosure.task.opened', 'evt.disclosure.task.opened', 'evt.disclosure.task.closed']);
    expect(tasks[0].data).toMatchObject({ kind: 'disclosure_assistance_reply', assignee: { type: 'role', id: 'section_staff' }, section: 'dashuju', deadline: { date: '2026-10-16' }, link: `/disclosure/assistance-requests/${created.id}` });
    expect(tasks[1].data).toMatchObject({ deadline: { date: '2026-10-20' } });
    expect(tasks[2].data).toMatchObject({ outcome: 'done', closedBy: office.userId });
  });

  it('a calendar correction re-dates a working-day deadline, not a stated one; a late reply stays red; withdrawn with a reason', async () => {
    const open = await call<AssistanceRequestView>(AssistanceRequestSubjects.create, request('举报核查：某局未公开财政预算', { requesterKind: 'superior', requester: '淄博市政务公开办公室', documentNumber: '淄政公开函〔2026〕7号', receivedOn: '2026-02-12', workingDays: 10 }), office);
    const fixed = await call<AssistanceRequestView>(AssistanceRequestSubjects.create, request('固定期限', { receivedOn: '2026-02-12', workingDays: undefined, statedDueOn: '2026-03-04' }), office);
    expect(open.dueDate).toBe('2026-03-04');
    await publishYear({ ...year2026, makeupWorkdays: year2026.makeupWorkdays.filter((d) => d.date !== '2026-02-28'), version: 2 });
    expect(await call<AssistanceRequestView>(AssistanceRequestSubjects.get, { id: open.id }, office)).toMatchObject({ dueDate: '2026-03-05', version: 2, updatedBy: 'system' });
    expect(await call<AssistanceRequestView>(AssistanceRequestSubjects.get, { id: fixed.id }, office)).toMatchObject({ dueDate: '2026-03-04', version: 1 });
    const late = await call<AssistanceRequestView>(AssistanceRequestSubjects.reply, { id: open.id, expectedVersion: 2, repliedOn: '2026-03-06', text: '经核查，该局已于门户网站公开' }, office);
    expect(late).toMatchObject({ status: 'replied', overdue: true });
    await expect(call(AssistanceRequestSubjects.withdraw, { id: fixed.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(AssistanceRequestSubjects.withdraw, { id: fixed.id, expectedVersion: 2, reason: '过期版本' }, office)).rejects.toMatchObject({ spec: { code: 'ASSISTANCE_REQUEST.VERSION_CONFLICT' } });
    const withdrawn = await call<AssistanceRequestView>(AssistanceRequestSubjects.withdraw, { id: fixed.id, expectedVersion: 1, reason: '来文机关撤回协助要求' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '来文机关撤回协助要求', overdue: false, version: 2 });
    expect((await tasksOf(fixed.id)).map((t) => [t.subject, t.data.outcome ?? null])).toEqual([
      ['evt.disclosure.task.opened', null],
      ['evt.disclosure.task.closed', 'withdrawn'],
    ]);
  });

  it('the section only: a reader cannot register, a liaison sees nothing; bad input is refused in Chinese with its code', async () => {
    await expect(call(AssistanceRequestSubjects.create, request('领导不能登记'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(AssistanceRequestSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const one = await call<AssistanceRequestView>(AssistanceRequestSubjects.create, request('可见性测试'), office);
    await expect(call(AssistanceRequestSubjects.get, { id: one.id }, liaison)).rejects.toMatchObject({ spec: { code: 'ASSISTANCE_REQUEST.NOT_FOUND' } });
    await expect(call(AssistanceRequestSubjects.create, request('两种期限', { statedDueOn: '2026-10-20' }), office)).rejects.toMatchObject({
      spec: { code: 'ASSISTANCE_REQUEST.DEADLINE' },
      fieldErrors: [expect.objectContaining({ field: 'workingDays' })],
    });
    await expect(call(AssistanceRequestSubjects.create, request('未来收文', { receivedOn: '2099-01-05' }), office)).rejects.toMatchObject({ spec: { code: 'ASSISTANCE_REQUEST.DATE_ORDER' } });
    await expect(call(AssistanceRequestSubjects.create, request('未知申请', { applicationId: randomUUID() }), office)).rejects.toMatchObject({ spec: { code: 'ASSISTANCE_REQUEST.APPLICATION' } });
    await expect(call(AssistanceRequestSubjects.create, request('甲', { requesterKind: 'citizen', workingDays: 61 }), office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'title' }),
        expect.objectContaining({ field: 'requesterKind', message: 'requesterKind：取值无效（行政复议机关、人民法院、上级机关或其他行政机关）' }),
        expect.objectContaining({ field: 'workingDays', message: 'workingDays：答复期限为 1–60 个工作日' }),
      ]),
    });
    expect((await call<ListAssistanceRequests.Reply>(AssistanceRequestSubjects.list, { q: '淄政复', requesterKind: 'review_body', status: 'received' }, reader)).items.map((r) => r.id)).toContain(one.id);
  });
});
