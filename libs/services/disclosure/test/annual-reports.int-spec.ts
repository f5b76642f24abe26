import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import type { CallerContext } from '@gov/contracts-common';
import {
  AnnualReportRecordSubjects,
  AnnualReportSubjects,
  DisclosurePermissions as P,
  type AnnualReportRecord,
  type ExportAnnualReport,
  type GetAnnualReportRecord,
  type RenderAnnualReportPdf,
} from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** The worksheet XML of an .xlsx written by writeXlsx (a ZIP read through its central directory). */
function sheetOf(buffer: Buffer): string {
  const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(endAt + 16);
  for (let i = 0; i < buffer.readUInt16LE(endAt + 10); i++) {
    const nameLength = buffer.readUInt16LE(at + 28);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localAt = buffer.readUInt32LE(at + 42);
    const dataAt = localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28);
    const data = buffer.subarray(dataAt, dataAt + buffer.readUInt32LE(at + 20));
    if (name === 'xl/worksheets/sheet1.xml') return (buffer.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  throw new Error('no worksheet in the .xlsx');
}

/** The annual report as a record: entered 主动公开 tables and narrative, 定稿 (an immutable snapshot), 更正, the PDF — real PostgreSQL and bus. */
describe('disclosure: the annual report’s tables, 定稿 and PDF', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const staff = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.applicationsRead, P.applicationsManage] });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'dashuju', permissions: [P.applicationsRead, P.applicationsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.applicationsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.applicationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const tables = {
    regulations: { made: 0, repealed: 0, inForce: 0, source: '区司法局规章备案台账' },
    normativeDocuments: { made: 12, repealed: 3, inForce: 86, source: '区司法局规范性文件备案审查台账' },
    licensing: { decisions: 1520, source: '区行政审批服务局审批系统' },
    penalties: { decisions: 341, source: '各执法部门报送' },
    enforcement: { decisions: 27, source: '各执法部门报送' },
    fees: { amountWanYuan: 12.5, source: '区财政局非税收入系统' },
  };
  const narrative = { overview: '2019年，本机关认真贯彻落实《条例》。', problems: '政策解读不够深入。', otherMatters: '无。' };

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

  it('entered with sources and versioned by who entered them; 定稿 by the chief freezes a snapshot; nothing changes after; a 更正 keeps the first', async () => {
    expect(await call<GetAnnualReportRecord.Reply>(AnnualReportRecordSubjects.get, { year: 2019 }, leader)).toEqual({ year: 2019, record: null });
    await expect(call(AnnualReportRecordSubjects.create, { year: 2019 }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(AnnualReportRecordSubjects.get, { year: 2019 }, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const created = await call<AnnualReportRecord>(AnnualReportRecordSubjects.create, { year: 2019 }, staff);
    expect(created).toMatchObject({ year: 2019, status: 'draft', statusLabel: '草稿', title: '博山区人民政府办公室2019年政府信息公开工作年度报告', tables: null, version: 1, snapshots: [] });
    await expect(call(AnnualReportRecordSubjects.create, { year: 2019 }, staff)).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.EXISTS' } });

    // Bad counts are refused field by field in Chinese (never a 500).
    await expect(
      call(AnnualReportRecordSubjects.saveContent, { id: created.id, expectedVersion: 1, narrative, tables: { ...tables, licensing: { decisions: -1, source: '台账' }, fees: { amountWanYuan: 1.234, source: '台账' } } }, staff),
    ).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'tables.licensing.decisions' }), expect.objectContaining({ field: 'tables.fees.amountWanYuan' })]),
    });
    await expect(
      call(AnnualReportRecordSubjects.saveContent, { id: created.id, expectedVersion: 1, narrative, tables: { ...tables, normativeDocuments: { made: 10, repealed: 2, inForce: 7, source: '台账' } } }, staff),
    ).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.TABLES' }, fieldErrors: [expect.objectContaining({ field: 'tables.normativeDocuments.made' })] });

    // Narrative first, no tables yet: 定稿 is refused and says what is missing.
    const draft = await call<AnnualReportRecord>(AnnualReportRecordSubjects.saveContent, { id: created.id, expectedVersion: 1, narrative: { ...narrative, otherMatters: '' } }, staff);
    expect(draft).toMatchObject({ version: 2, tables: null });
    await expect(call(AnnualReportRecordSubjects.finalise, { id: created.id, expectedVersion: 2 }, chief)).rejects.toMatchObject({
      spec: { code: 'ANNUAL_REPORT.INCOMPLETE' },
      fieldErrors: [expect.objectContaining({ field: 'tables' }), expect.objectContaining({ field: 'narrative.otherMatters' })],
    });
    const entered = await call<AnnualReportRecord>(AnnualReportRecordSubjects.saveContent, { id: created.id, expectedVersion: 2, narrative, tables }, staff);
    expect(entered).toMatchObject({ version: 3, tables, narrative });
    expect(entered.revisions.map((r) => [r.version, r.action, r.by])).toEqual([
      [1, '建立', staff.username],
      [2, '录入', staff.username],
      [3, '录入', staff.username],
    ]);
    await expect(call(AnnualReportRecordSubjects.saveContent, { id: created.id, expectedVersion: 2, narrative, tables }, staff)).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.VERSION_CONFLICT' } });
    // The .xlsx data table carries 第二部分 as entered.
    const xlsx = await call<ExportAnnualReport.Reply>(AnnualReportSubjects.exportXlsx, { year: 2019 }, leader);
    const sheet = sheetOf(Buffer.from(xlsx.contentBase64, 'base64'));
    expect(sheet).toContain('二、主动公开政府信息情况');
    expect(sheet).toContain('行政事业性收费：本年收费金额 12.50 万元（来源：区财政局非税收入系统）');

    // 定稿 is the chief's; staff are refused.
    await expect(call(AnnualReportRecordSubjects.finalise, { id: created.id, expectedVersion: 3 }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(AnnualReportRecordSubjects.pdf, { id: created.id }, staff)).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.NOT_FINAL' } });
    const final = await call<AnnualReportRecord>(AnnualReportRecordSubjects.finalise, { id: created.id, expectedVersion: 3 }, chief);
    expect(final).toMatchObject({ status: 'final', statusLabel: '已定稿', version: 4 });
    expect(final.snapshots).toHaveLength(1);
    expect(final.snapshots[0]).toMatchObject({ edition: 1, kind: 'final', kindLabel: '定稿', reason: null, takenBy: chief.username, tables, narrative, computed: { year: 2019, crossCheckHolds: true } });
    expect(final.snapshots[0].computed.rows.find((r) => r.code === 'new')?.counts).toEqual([0, 0, 0, 0, 0, 0, 0]);

    // Nothing changes after 定稿 (422, stable code).
    await expect(call(AnnualReportRecordSubjects.saveContent, { id: created.id, expectedVersion: 4, narrative, tables: { ...tables, penalties: { decisions: 1, source: '台账' } } }, staff)).rejects.toMatchObject({
      spec: { code: 'ANNUAL_REPORT.FINAL' },
    });
    await expect(call(AnnualReportRecordSubjects.finalise, { id: created.id, expectedVersion: 4 }, chief)).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.FINAL' } });

    // A 更正 needs its reason, is the chief's, and is a new edition; the first snapshot is kept as it was.
    await expect(call(AnnualReportRecordSubjects.correct, { id: created.id, expectedVersion: 4, reason: ' ', narrative, tables }, chief)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(AnnualReportRecordSubjects.correct, { id: created.id, expectedVersion: 4, reason: '行政处罚数量统计有误', narrative, tables }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const corrected = await call<AnnualReportRecord>(
      AnnualReportRecordSubjects.correct,
      { id: created.id, expectedVersion: 4, reason: '行政处罚数量统计有误', narrative, tables: { ...tables, penalties: { decisions: 339, source: '区综合行政执法局复核' } } },
      chief,
    );
    expect(corrected.snapshots.map((s) => [s.edition, s.kind, s.reason])).toEqual([
      [1, 'final', null],
      [2, 'correction', '行政处罚数量统计有误'],
    ]);
    expect(corrected.snapshots[0]).toEqual(final.snapshots[0]);
    expect(corrected.snapshots[1].tables.penalties).toEqual({ decisions: 339, source: '区综合行政执法局复核' });
    expect(corrected.revisions.map((r) => r.action)).toEqual(['建立', '录入', '录入', '定稿', '更正']);
    const stored: { n: number }[] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".annual_report_snapshot WHERE report_id = $1`, [created.id]);
    expect(stored[0].n).toBe(2);
    // The editions are append-only in the database too.
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".annual_report_snapshot SET reason = 'x' WHERE report_id = $1`, [created.id])).rejects.toThrow(/append-only/);
    await expect(app.parts.dataSource.query(`DELETE FROM "${app.parts.schema}".annual_report_revision WHERE report_id = $1`, [created.id])).rejects.toThrow(/append-only/);

    // The PDF of the newest edition by default, of an earlier one when asked; the leader may read it, a liaison may not.
    const pdf = await call<RenderAnnualReportPdf.Reply>(AnnualReportRecordSubjects.pdf, { id: created.id }, leader);
    expect(pdf).toMatchObject({ mediaType: 'application/pdf', edition: 2, filename: '博山区人民政府办公室2019年政府信息公开工作年度报告（第2版）.pdf' });
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(await call<RenderAnnualReportPdf.Reply>(AnnualReportRecordSubjects.pdf, { id: created.id, edition: 1 }, staff)).toMatchObject({ edition: 1 });
    await expect(call(AnnualReportRecordSubjects.pdf, { id: created.id, edition: 3 }, staff)).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.NOT_FOUND' } });
    await expect(call(AnnualReportRecordSubjects.pdf, { id: created.id }, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(AnnualReportRecordSubjects.pdf, { id: randomUUID() }, staff)).rejects.toMatchObject({ spec: { code: 'ANNUAL_REPORT.NOT_FOUND' } });

    const events: { subject: string }[] = await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [created.id]);
    expect(events.map((e) => e.subject)).toEqual([
      'evt.disclosure.annual-report.created',
      'evt.disclosure.annual-report.updated',
      'evt.disclosure.annual-report.updated',
      'evt.disclosure.annual-report.finalised',
      'evt.disclosure.annual-report.corrected',
    ]);
    // The draft waited in the section's 待办 to be published by 31 March of the next year (第四十九条); the 定稿 closed it.
    const tasks: { subject: string; data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [created.id],
    );
    expect(tasks.map((t) => t.subject)).toEqual(['evt.disclosure.task.opened', 'evt.disclosure.task.closed']);
    expect(tasks[0].data).toMatchObject({ kind: 'disclosure_annual_report_publication', assignee: { type: 'role', id: 'section_staff' }, section: 'dashuju', deadline: { date: '2020-03-31' } });
    expect(tasks[1].data).toMatchObject({ outcome: 'done', closedBy: chief.userId });
  });
});
