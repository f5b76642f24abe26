import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays } from '@gov/calendar';
import type { CalendarYearPublished, CallerContext } from '@gov/contracts-common';
import {
  AnnualReportSubjects,
  ApplicationSubjects,
  DisclosurePermissions as P,
  type AnnualReportView,
  type ApplicationView,
  type ExportAnnualReport,
  type ListApplications,
} from '@gov/contracts-disclosure';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 依申请公开 in disclosure, against real PostgreSQL and the real bus: the case from intake to answer, its clock and the annual report. */
describe('disclosure: applications', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.applicationsRead, P.applicationsManage] });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'dashuju', permissions: [P.applicationsRead, P.applicationsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.applicationsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.applicationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const outbox = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasks = async (id: string) =>
    (
      (await app.parts.dataSource.query(
        `SELECT subject, envelope->'data'->>'kind' AS kind FROM "${app.parts.schema}".outbox WHERE subject LIKE '%.task.%' AND envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
        [id],
      )) as { subject: string; kind: string }[]
    ).map((r) => `${r.subject.endsWith('opened') ? 'opened' : 'closed'}:${r.kind}`);
  const seed = seedYearsFromChineseDays();
  const publish = (year: CalendarYearPublished.Event) => app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  const person = (over: Record<string, unknown> = {}) => ({
    title: '某街道2025年度老旧小区改造资金使用情况',
    content: '请提供该项目资金拨付明细',
    channel: 'in_person',
    submittedOn: '2025-09-26',
    applicantType: 'natural_person',
    applicantName: '张某某',
    idNumber: '370304199001011234',
    phone: '13800001234',
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
    for (const year of seed.filter((y) => y.year === 2025 || y.year === 2026)) await publish({ ...year, version: 1 });
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('intake per channel fixes the date of receipt (第三十一条) and keeps personal data encrypted, masked in lists', async () => {
    await expect(call(ApplicationSubjects.create, person({ channel: 'registered_post' }), office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.RECEIPT_DATE' },
      fieldErrors: [expect.objectContaining({ field: 'signedOn', message: expect.stringContaining('第三十一条') })],
    });
    const posted = await call<ApplicationView>(ApplicationSubjects.create, person({ channel: 'registered_post', submittedOn: '2025-09-22', signedOn: '2025-09-26', title: '邮寄申请测试' }), office);
    expect(posted).toMatchObject({ receivedOn: '2025-09-26', clockStart: '2025-09-26', dueDate: '2025-10-30', correctionNoticeDueOn: '2025-10-13', status: 'processing', idNumber: '370304199001011234', phone: '13800001234' });
    expect(posted.dueExplanation.join('；')).toContain('跳过 2025-10-01 至 2025-10-08 国庆节、中秋节假期');
    expect(posted.timeline).toEqual([expect.objectContaining({ step: 'create', note: expect.stringContaining('签收之日') })]);
    const listed = await call<ListApplications.Reply>(ApplicationSubjects.list, { q: '邮寄申请测试' }, office);
    expect(listed.items).toEqual([expect.objectContaining({ id: posted.id, idNumber: '370***********1234', phone: '138****1234' })]);
    const [stored] = await app.parts.dataSource.query(`SELECT row_to_json(a)::text AS text FROM "${app.parts.schema}".application a WHERE id = $1`, [posted.id]);
    expect(stored.text).not.toContain('370304199001011234');
    expect(stored.text).not.toContain('13800001234');
    expect(await tasks(posted.id)).toEqual(['opened:disclosure_answer']);
  });

  it('a case from intake to delivery: consultation pauses the clock, the head extends it, 保密审查 before release, the fee, the proof, a 复议', async () => {
    const created = await call<ApplicationView>(ApplicationSubjects.create, person({ title: '全流程测试案件' }), office);
    expect(created.dueDate).toBe('2025-10-30');
    const consulting = await call<ApplicationView>(ApplicationSubjects.consult, { id: created.id, expectedVersion: 1, kind: 'third_party', party: '某建筑公司', sentOn: '2025-10-09' }, office);
    expect(consulting).toMatchObject({ status: 'consulting', dueDate: null, consultations: [expect.objectContaining({ party: '某建筑公司', dueOn: '2025-10-29' })] });
    await expect(call(ApplicationSubjects.answer, { id: created.id, expectedVersion: 2, answerCode: 'withheld_third_party', answeredOn: '2025-10-15', answerText: '不予公开' }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.INVALID_STATE' },
    });
    const resumed = await call<ApplicationView>(
      ApplicationSubjects.recordOpinion,
      { id: created.id, expectedVersion: 2, consultationId: consulting.consultations[0].id, opinion: 'agree', repliedOn: '2025-10-20' },
      office,
    );
    expect(resumed).toMatchObject({ status: 'processing', dueDate: '2025-11-11' });
    expect(resumed.dueExplanation.join('；')).toContain('暂停 8 个工作日（2025-10-10 至 2025-10-20 不计入）');

    const requested = await call<ApplicationView>(ApplicationSubjects.requestExtension, { id: created.id, expectedVersion: 3, reason: '涉及多个部门，需调取档案' }, office);
    expect(requested.extensionStatus).toBe('requested');
    expect(await tasks(created.id)).toContain('opened:disclosure_extension_approval');
    await expect(call(ApplicationSubjects.decideExtension, { id: created.id, expectedVersion: 4, approve: true, noticeOn: '2025-11-10' }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.EXTENSION_RULE' },
    });
    const extended = await call<ApplicationView>(ApplicationSubjects.decideExtension, { id: created.id, expectedVersion: 4, approve: true, noticeOn: '2025-11-10' }, chief);
    expect(extended).toMatchObject({ extensionStatus: 'approved', extensionDecidedBy: chief.username, dueDate: '2025-12-09' });
    await expect(call(ApplicationSubjects.requestExtension, { id: created.id, expectedVersion: 5, reason: '再次延期' }, office)).rejects.toMatchObject({ spec: { code: 'APPLICATION.EXTENSION_RULE' } });

    await expect(call(ApplicationSubjects.answer, { id: created.id, expectedVersion: 5, answerCode: 'disclosed', answeredOn: '2025-11-20', answerText: '予以公开' }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.SECRECY_REVIEW_REQUIRED' },
    });
    await call(ApplicationSubjects.reviewSecrecy, { id: created.id, expectedVersion: 5, conclusion: 'cleared', reviewedOn: '2025-11-19' }, office);
    const answered = await call<ApplicationView>(
      ApplicationSubjects.answer,
      { id: created.id, expectedVersion: 6, answerCode: 'disclosed', answeredOn: '2025-11-20', answerText: '予以公开，提供资金拨付明细复印件', feeMethod: 'by_pages', pages: 120 },
      office,
    );
    expect(answered).toMatchObject({ status: 'answered', feeFen: 110_000, feeScale: '国办函〔2020〕109号', concludedOn: '2025-11-20' });
    expect(answered.answerLabel).toContain('第三十六条');
    const delivered = await call<ApplicationView>(ApplicationSubjects.deliver, { id: created.id, expectedVersion: 7, method: 'post', deliveredOn: '2025-11-21', proof: 'EMS 1234567890' }, office);
    expect(delivered).toMatchObject({ status: 'closed', deliveryProof: 'EMS 1234567890' });
    const challenged = await call<ApplicationView>(ApplicationSubjects.fileChallenge, { id: created.id, expectedVersion: 8, kind: 'review', body: '淄博市博山区人民政府', filedOn: '2025-12-01' }, office);
    expect(challenged.challenges).toEqual([expect.objectContaining({ outcome: 'pending', decisionDueOn: '2026-01-30' })]);
    const decided = await call<ApplicationView>(ApplicationSubjects.decideChallenge, { id: created.id, expectedVersion: 9, challengeId: challenged.challenges[0].id, outcome: 'upheld', decidedOn: '2026-01-20' }, office);
    expect(decided.challenges[0]).toMatchObject({ outcome: 'upheld', decidedOn: '2026-01-20' });
    expect(decided.timeline.map((s) => s.step)).toEqual([
      'create',
      'consult',
      'record-opinion',
      'request-extension',
      'decide-extension',
      'review-secrecy',
      'answer',
      'deliver',
      'file-challenge',
      'decide-challenge',
    ]);
    expect(await outbox(created.id)).toContain('evt.disclosure.application.answered');
    expect(await tasks(created.id)).toEqual([
      'opened:disclosure_answer',
      'closed:disclosure_answer',
      'opened:disclosure_consultation',
      'closed:disclosure_consultation',
      'opened:disclosure_answer',
      'opened:disclosure_extension_approval',
      'closed:disclosure_extension_approval',
      'opened:disclosure_answer',
      'closed:disclosure_answer',
      'opened:disclosure_delivery',
      'closed:disclosure_delivery',
    ]);
  });

  it('补正: one notice within 7 working days, the clock restarts from the supplement; not supplemented in time ⇒ abandoned (第三十条)', async () => {
    const created = await call<ApplicationView>(
      ApplicationSubjects.create,
      person({ title: '补正测试案件', channel: 'online', submittedOn: '2026-02-11', confirmedOn: '2026-02-12', applicantType: 'commercial', applicantName: '某商贸有限公司', idNumber: '91370304MA3C000000', phone: undefined }),
      office,
    );
    expect(created).toMatchObject({ receivedOn: '2026-02-12', correctionNoticeDueOn: '2026-02-28', dueDate: '2026-03-18' });
    await expect(call(ApplicationSubjects.requestCorrection, { id: created.id, expectedVersion: 1, noticeOn: '2026-03-02', items: '请明确所需信息的名称', workingDays: 10 }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.CORRECTION_RULE' },
      fieldErrors: [expect.objectContaining({ field: 'noticeOn', message: expect.stringContaining('第三十条') })],
    });
    const waiting = await call<ApplicationView>(ApplicationSubjects.requestCorrection, { id: created.id, expectedVersion: 1, noticeOn: '2026-02-13', items: '请明确所需信息的名称、文号', workingDays: 10 }, office);
    expect(waiting).toMatchObject({ status: 'awaiting_correction', dueDate: null, correctionDueOn: '2026-03-05' });
    const restarted = await call<ApplicationView>(ApplicationSubjects.supplement, { id: created.id, expectedVersion: 2, supplementedOn: '2026-03-02' }, office);
    expect(restarted).toMatchObject({ status: 'processing', clockStart: '2026-03-02', dueDate: '2026-03-30' });
    await expect(call(ApplicationSubjects.requestCorrection, { id: created.id, expectedVersion: 3, noticeOn: '2026-03-03', items: '再次补正', workingDays: 5 }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.CORRECTION_RULE' },
    });

    const silent = await call<ApplicationView>(ApplicationSubjects.create, person({ title: '逾期不补正案件', submittedOn: '2026-03-02' }), office);
    const noticed = await call<ApplicationView>(ApplicationSubjects.requestCorrection, { id: silent.id, expectedVersion: 1, noticeOn: '2026-03-03', items: '请提供身份证明', workingDays: 5 }, office);
    expect(noticed.correctionDueOn).toBe('2026-03-10');
    await expect(call(ApplicationSubjects.abandon, { id: silent.id, expectedVersion: 2, decidedOn: '2026-03-10', reason: '逾期未补正' }, office)).rejects.toMatchObject({ spec: { code: 'APPLICATION.CORRECTION_RULE' } });
    const abandoned = await call<ApplicationView>(ApplicationSubjects.abandon, { id: silent.id, expectedVersion: 2, decidedOn: '2026-03-11', reason: '申请人无正当理由逾期未补正' }, office);
    expect(abandoned).toMatchObject({ status: 'abandoned', answerCode: 'other_overdue_correction', concludedOn: '2026-03-11' });
  });

  it('a corrected calendar re-dates every open case, and the change shows in its timeline', async () => {
    const open = await call<ApplicationView>(ApplicationSubjects.create, person({ title: '日历变更测试', submittedOn: '2026-02-12' }), office);
    expect(open.dueDate).toBe('2026-03-18');
    const year2026 = seed.find((y) => y.year === 2026)!;
    await publish({ ...year2026, makeupWorkdays: year2026.makeupWorkdays.filter((d) => d.date !== '2026-02-28'), version: 2 });
    const redated = await call<ApplicationView>(ApplicationSubjects.get, { id: open.id }, office);
    expect(redated).toMatchObject({ dueDate: '2026-03-19', version: 2 });
    expect(redated.timeline.at(-1)).toMatchObject({ step: 'redate', by: 'system', note: '答复期限由 2026-03-18 改为 2026-03-19' });
    await publish({ ...year2026, version: 3 });
    expect((await call<ApplicationView>(ApplicationSubjects.get, { id: open.id }, office)).dueDate).toBe('2026-03-18');
  });

  it('the annual report is computed from the records, balances, and exports as .xlsx; liaisons cannot read it', async () => {
    const report = await call<AnnualReportView>(AnnualReportSubjects.preview, { year: 2025 }, reader);
    const row = (code: string) => report.rows.find((r) => r.code === code)!.counts;
    expect(report.crossCheckHolds).toBe(true);
    expect(row('new')[6]).toBe(row('total_handled')[6] + row('carried_out')[6] - row('carried_in')[6]);
    expect(row('group_disclosed')[0]).toBeGreaterThanOrEqual(1);
    expect(report.feesFen).toBeGreaterThanOrEqual(110_000);
    expect(report.challenges[0]).toMatchObject({ label: '行政复议' });
    expect(report.departmentDeadline).toBe('2026-01-31');
    const file = await call<ExportAnnualReport.Reply>(AnnualReportSubjects.exportXlsx, { year: 2025 }, office);
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(file.filename).toContain('2025年度');
    await expect(call(AnnualReportSubjects.preview, { year: 2025 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it("a liaison sees and changes only their own unit's cases; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<ApplicationView>(ApplicationSubjects.create, person({ title: '可见性测试甲' }), liaison(U1));
    const theirs = await call<ApplicationView>(ApplicationSubjects.create, person({ title: '可见性测试乙' }), liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListApplications.Reply>(ApplicationSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListApplications.Reply>(ApplicationSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(ApplicationSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'APPLICATION.NOT_FOUND' } });
    await expect(call(ApplicationSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'APPLICATION.NOT_FOUND' } });
    await expect(call(ApplicationSubjects.create, person(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const withdrawn = await call<ApplicationView>(ApplicationSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '申请人来电撤回' }, liaison(U1));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', closingReason: '申请人来电撤回', version: 2 });
    await expect(call(ApplicationSubjects.update, { id: mine.id, expectedVersion: 1, title: '过期版本', content: '—' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'APPLICATION.VERSION_CONFLICT' } });
    await expect(call(ApplicationSubjects.create, { ...person(), title: '甲', channel: 'pigeon', idNumber: '1' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'channel' }), expect.objectContaining({ field: 'idNumber' })]),
    });
  });
});
