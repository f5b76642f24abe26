import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  AnnualReportRecordSubjects,
  DepartmentReportSubjects,
  DisclosurePermissions as P,
  type AnnualReportOfYear,
  type DepartmentReportRoundView,
  type DepartmentReportView,
  type ListDepartmentReportRounds,
  type ListDepartmentReports,
} from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 部门政府信息公开工作年度报告 in disclosure: the year's collection, the units' submissions, the check, the 统一发布, the 待办 (1/31 and 3/31). */
describe('disclosure: department reports', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2, U3] = [randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.departmentReportsRead, P.departmentReportsManage, P.applicationsRead, P.applicationsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.departmentReportsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.departmentReportsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasksOf = async (id: string): Promise<{ subject: string; data: Record<string, unknown> }[]> =>
    app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id]);
  const figures = { newApplications: 12, carriedOver: 1, concluded: 12, carriedForward: 1, reviews: 1, lawsuits: 0 };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('the section opens 2025’s collection: every unit’s 1/31 待办, the section’s collection, and the year’s own report with its 3/31 待办', async () => {
    const round = await call<DepartmentReportRoundView>(DepartmentReportSubjects.openRound, { year: 2025, unitIds: [U1, U2, U3] }, office);
    expect(round).toMatchObject({ year: 2025, status: 'collecting', dueDate: '2026-01-31', submittedCount: 0, missingCount: 3, version: 1 });
    expect(round.dueExplanation[0]).toContain('第四十九条');
    expect(round.units.map((u) => [u.unitId, u.state, u.late])).toEqual([
      [U1, 'missing', true],
      [U2, 'missing', true],
      [U3, 'missing', true],
    ]);
    await expect(call(DepartmentReportSubjects.openRound, { year: 2025, unitIds: [U1] }, office)).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.ROUND_EXISTS' } });
    const opened = await tasksOf(round.id);
    expect(opened.map((t) => [t.subject, t.data.kind, (t.data.assignee as { id: string }).id])).toEqual([
      ['evt.disclosure.task.opened', 'disclosure_department_report_submission', U1],
      ['evt.disclosure.task.opened', 'disclosure_department_report_submission', U2],
      ['evt.disclosure.task.opened', 'disclosure_department_report_submission', U3],
      ['evt.disclosure.task.opened', 'disclosure_department_report_collection', 'section_staff'],
    ]);
    expect(opened[0].data).toMatchObject({ deadline: { date: '2026-01-31' } });

    const own = await call<AnnualReportOfYear>(AnnualReportRecordSubjects.get, { year: 2025 }, office);
    expect(own.record).toMatchObject({ year: 2025, status: 'draft' });
    const ownTasks = await tasksOf(own.record?.id ?? '');
    expect(ownTasks.map((t) => t.subject)).toEqual(['evt.disclosure.task.opened']);
    expect(ownTasks[0].data).toMatchObject({ kind: 'disclosure_annual_report_publication', section: 'dashuju', deadline: { date: '2026-03-31' } });
  });

  it('a liaison submits its own unit’s report (late after 1/31), sees only its own; the section returns it with the reason, it is re-submitted and passed; publishing waits for every check', async () => {
    await expect(call(DepartmentReportSubjects.submit, { year: 2025, text: '  ' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.CONTENT' } });
    await expect(call(DepartmentReportSubjects.submit, { year: 2025, text: '报告正文', figures: { ...figures, concluded: 11 } }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'DEPARTMENT_REPORT.CROSS_CHECK' },
      fieldErrors: [expect.objectContaining({ field: 'figures' })],
    });
    await expect(call(DepartmentReportSubjects.submit, { year: 2024, text: '报告正文' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.NO_ROUND' } });
    await expect(call(DepartmentReportSubjects.submit, { year: 2025, text: '科室不能代报' }, office)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    const mine = await call<DepartmentReportView>(DepartmentReportSubjects.submit, { year: 2025, text: '一、总体情况……', attachments: ['2025年度报告.pdf'], figures }, liaison(U1));
    expect(mine).toMatchObject({ unitId: U1, status: 'submitted', statusLabel: '待审核', dueDate: '2026-01-31', late: true, figures, version: 1 });
    expect(mine.steps.map((s) => s.actionLabel)).toEqual(['报送']);
    await expect(call(DepartmentReportSubjects.submit, { year: 2025, text: '第二份' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.EXISTS' } });
    const theirs = await call<DepartmentReportView>(DepartmentReportSubjects.submit, { year: 2025, attachments: ['乙单位报告.docx'] }, liaison(U2));

    // A liaison sees its own unit's report only: another unit's is 404, its list holds its own.
    await expect(call(DepartmentReportSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.NOT_FOUND' } });
    await expect(call(DepartmentReportSubjects.resubmit, { id: theirs.id, expectedVersion: 1, text: '越权修改' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.NOT_FOUND' } });
    expect((await call<ListDepartmentReports.Reply>(DepartmentReportSubjects.list, { year: 2025 }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListDepartmentReports.Reply>(DepartmentReportSubjects.list, { year: 2025 }, reader)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(DepartmentReportSubjects.listRounds, {}, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    await expect(call(DepartmentReportSubjects.review, { id: mine.id, expectedVersion: 1, decision: 'return' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(DepartmentReportSubjects.review, { id: mine.id, expectedVersion: 1, decision: 'pass' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const returned = await call<DepartmentReportView>(DepartmentReportSubjects.review, { id: mine.id, expectedVersion: 1, decision: 'return', reason: '缺少第四部分复议诉讼情况' }, office);
    expect(returned).toMatchObject({ status: 'returned', returnReason: '缺少第四部分复议诉讼情况', version: 2 });
    await expect(call(DepartmentReportSubjects.review, { id: mine.id, expectedVersion: 2, decision: 'pass' }, office)).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.INVALID_STATE' } });
    const again = await call<DepartmentReportView>(DepartmentReportSubjects.resubmit, { id: mine.id, expectedVersion: 2, text: '一、总体情况……四、复议诉讼情况……', figures }, liaison(U1));
    expect(again).toMatchObject({ status: 'submitted', returnReason: null, attachments: [], late: true, version: 3 });
    const passed = await call<DepartmentReportView>(DepartmentReportSubjects.review, { id: mine.id, expectedVersion: 3, decision: 'pass' }, office);
    expect(passed).toMatchObject({ status: 'passed', reviewedBy: office.username, version: 4 });
    expect(passed.steps.map((s) => [s.action, s.note])).toEqual([
      ['submit', null],
      ['return', '缺少第四部分复议诉讼情况'],
      ['resubmit', null],
      ['pass', null],
    ]);

    const reportTasks = await tasksOf(mine.id);
    expect(reportTasks.map((t) => [t.subject, t.data.kind])).toEqual([
      ['evt.disclosure.task.opened', 'disclosure_department_report_review'],
      ['evt.disclosure.task.closed', 'disclosure_department_report_review'],
      ['evt.disclosure.task.opened', 'disclosure_department_report_submission'],
      ['evt.disclosure.task.closed', 'disclosure_department_report_submission'],
      ['evt.disclosure.task.opened', 'disclosure_department_report_review'],
      ['evt.disclosure.task.closed', 'disclosure_department_report_review'],
    ]);
    expect(reportTasks[1].data).toMatchObject({ outcome: 'returned' });
    expect(reportTasks[2].data).toMatchObject({ assignee: { type: 'unit', id: U1 } });

    const [round] = (await call<ListDepartmentReportRounds.Reply>(DepartmentReportSubjects.listRounds, { year: 2025 }, reader)).items;
    await expect(call(DepartmentReportSubjects.publishRound, { id: round.id, expectedVersion: round.version, publishedOn: '2026-12-01' }, office)).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.UNCHECKED' } });
    await expect(call(DepartmentReportSubjects.publishRound, { id: round.id, expectedVersion: round.version, publishedOn: '2025-12-31' }, office)).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.DATE_ORDER' } });
    await call(DepartmentReportSubjects.review, { id: theirs.id, expectedVersion: 1, decision: 'return', reason: '附件无法打开' }, office);
    await expect(call(DepartmentReportSubjects.publishRound, { id: round.id, expectedVersion: round.version, publishedOn: '2026-12-01' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const published = await call<DepartmentReportRoundView>(DepartmentReportSubjects.publishRound, { id: round.id, expectedVersion: round.version, publishedOn: '2026-12-01' }, office);
    expect(published).toMatchObject({ status: 'published', statusLabel: '已统一发布', publishedOn: '2026-12-01', publishedBy: office.username, submittedCount: 2, lateCount: 2, missingCount: 1 });
    expect(published.units.map((u) => [u.unitId, u.state])).toEqual([
      [U1, 'published'],
      [U2, 'returned'],
      [U3, 'missing'],
    ]);
    expect(await call<DepartmentReportView>(DepartmentReportSubjects.get, { id: mine.id }, liaison(U1))).toMatchObject({ status: 'published', publishedOn: '2026-12-01' });
    expect(await subjectsOf(mine.id)).toEqual([
      'evt.disclosure.department-report.submitted',
      'evt.disclosure.department-report.returned',
      'evt.disclosure.department-report.submitted',
      'evt.disclosure.department-report.passed',
      'evt.disclosure.department-report.published',
    ]);
    // The round's 待办: U1's and U2's closed by their submissions, the collection by the 统一发布; U3's still open.
    const roundTasks = await tasksOf(round.id);
    const closed = roundTasks.filter((t) => t.subject === 'evt.disclosure.task.closed').map((t) => t.data.kind);
    expect(closed.sort()).toEqual(['disclosure_department_report_collection', 'disclosure_department_report_submission', 'disclosure_department_report_submission']);
    expect(await subjectsOf(round.id)).toEqual([
      'evt.disclosure.department-report-round.opened',
      'evt.disclosure.department-report-round.updated',
      'evt.disclosure.department-report-round.updated',
      'evt.disclosure.department-report-round.published',
    ]);
  });

  it('before 1/31 a submission is on time; the units can be changed at the version held; a future year cannot be opened', async () => {
    await expect(call(DepartmentReportSubjects.openRound, { year: 2099, unitIds: [U1] }, office)).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.DATE_ORDER' } });
    await expect(call(DepartmentReportSubjects.openRound, { year: 2026, unitIds: [U1, U1] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'unitIds', message: 'unitIds：单位不能重复' })],
    });
    const round = await call<DepartmentReportRoundView>(DepartmentReportSubjects.openRound, { year: 2026, unitIds: [U1] }, office);
    const changed = await call<DepartmentReportRoundView>(DepartmentReportSubjects.changeRoundUnits, { id: round.id, expectedVersion: 1, unitIds: [U1, U2] }, office);
    expect(changed).toMatchObject({ unitIds: [U1, U2], missingCount: 2, version: 2 });
    await expect(call(DepartmentReportSubjects.changeRoundUnits, { id: round.id, expectedVersion: 1, unitIds: [U1] }, office)).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.VERSION_CONFLICT' } });
    const onTime = await call<DepartmentReportView>(DepartmentReportSubjects.submit, { year: 2026, text: '2026年度报告' }, liaison(U2));
    expect(onTime).toMatchObject({ dueDate: '2027-01-31', late: false });
    const view = await call<DepartmentReportRoundView>(DepartmentReportSubjects.getRound, { id: round.id }, reader);
    expect(view.units.map((u) => [u.unitId, u.state, u.late])).toEqual([
      [U1, 'missing', false],
      [U2, 'submitted', false],
    ]);
    await expect(call(DepartmentReportSubjects.getRound, { id: round.id }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'DEPARTMENT_REPORT.ROUND_NOT_FOUND' } });
  });
});
