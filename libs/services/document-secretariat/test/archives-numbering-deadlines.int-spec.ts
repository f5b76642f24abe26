import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance, type CalendarYearPublished } from '@gov/contracts-common';
import { computeDeadline, seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, type RunningApp } from '@gov/platform';
import { caller, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { AgreementEvents } from '@gov/contracts-document-secretariat';
import { AgreementsService, ArchivesService, documentSecretariatDefinition, Files, GazetteService, Registry, Timeline } from '../src/index.js';

/** The service's own guarantees, without the gateway: gap-free numbers under concurrency, the 9999 limit, re-dating of reviews. */
describe('archives numbering, gazette numbering and agreement deadlines (service)', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  const unitId = randomUUID();
  const seed2026 = seedYearsFromChineseDays().find((y) => y.year === 2026)!;
  const clerk = caller({ username: 'wenmi01', displayName: '文秘甲', sectionCode: 'wenmi', permissions: ['documents:read', 'archives:manage', 'legal-affairs:manage', 'files:upload'], clearance: Clearance.Secret });

  const publish = async (year: CalendarYearPublished.Event) => {
    await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  };
  const calendarVersion = async (): Promise<number> => {
    const [row] = await app.parts.dataSource.query(`SELECT version FROM "${app.parts.schema}".calendar_year_copy WHERE year = 2026`);
    return row?.version ?? 0;
  };
  const finished = async (kind: 'incoming' | 'outgoing', title: string) => {
    const id = randomUUID();
    const status = kind === 'incoming' ? 'completed' : 'issued';
    await app.parts.transactions.run((tx) =>
      app.nest.get(Registry).put(tx, { kind, id, title, docNumber: `博政发〔2026〕${Math.floor(Math.random() * 1000) + 1}号`, status, statusLabel: kind === 'incoming' ? '已办结' : '已核发', secrecyLevel: 0, unitIds: [], userIds: [], year: 2026, createdAt: new Date(), updatedAt: new Date() }),
    );
    return id;
  };
  const file = async (text: string) => {
    const stored = await app.nest.get(Files).upload({ filename: 'a.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from(text).toString('base64') }, clerk);
    return { fileId: stored.id, sha256: stored.sha256 };
  };
  const item = async (title: string) => ({
    sourceKind: 'incoming' as const,
    sourceId: await finished('incoming', title),
    responsible: '区委办公室',
    documentDate: '2026-03-01',
    pages: 1,
    original: await file(`${title}正本`),
    processingSheet: await file(`${title}处理单`),
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, documentSecretariatDefinition);
    await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, 'dsc-svc', '区投资促进中心', 'department', 'active', 1)`, [unitId]);
    await publish({ ...seed2026, version: (await calendarVersion()) + 1 });
  });

  afterAll(async () => {
    await app?.stop();
    await environment?.dispose();
  });

  it('concurrent filings in one class get distinct, consecutive 件号 with no gaps', async () => {
    const archives = app.nest.get(ArchivesService);
    const inputs = await Promise.all(Array.from({ length: 6 }, (_, i) => item(`并发归档来文${i + 1}`)));
    const replies = await Promise.all(inputs.map((input) => archives.file({ year: 2026, retention: 'D10', organizationCode: 'ZHK', items: [input] }, clerk)));
    const numbers = replies.map((r) => r.items[0].itemNumber).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(replies.map((r) => r.items[0].archiveCode)).size).toBe(6);
  });

  it('two clerks filing the same document at once: one gets it, the other a 409, and no number is lost', async () => {
    const archives = app.nest.get(ArchivesService);
    const input = await item('两人同时归档的来文');
    const results = await Promise.allSettled([0, 1].map(() => archives.file({ year: 2026, retention: 'Y', organizationCode: 'ZHK', items: [input] }, clerk)));
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0].reason as DomainError).spec.code).toBe('ARCHIVE.ALREADY_FILED');
    const next = await archives.file({ year: 2026, retention: 'Y', organizationCode: 'ZHK', items: [await item('其后归档的来文')] }, clerk);
    expect(next.items[0].itemNumber).toBe(2);
  });

  it('a class whose 件号 reached 9999 refuses more, and the refused filing leaves nothing behind', async () => {
    const archives = app.nest.get(ArchivesService);
    await app.parts.dataSource.query(
      `INSERT INTO "${app.parts.schema}".archive_item_sequence (fonds_code, category_code, year, retention, organization_code, last_number) VALUES ('J001', 'WS', 2025, 'D10', 'WMK', 9999)`,
    );
    const input = await item('超过件号上限的来文');
    const error = await archives.file({ year: 2025, retention: 'D10', organizationCode: 'WMK', items: [input] }, clerk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).spec.code).toBe('ARCHIVE.NUMBER_EXHAUSTED');
    const [row] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".archive_item WHERE source_id = $1`, [input.sourceId]);
    expect(row.n).toBe(0);
  });

  it('concurrent publications of one year get 第1期, 第2期, 第3期', async () => {
    const gazette = app.nest.get(GazetteService);
    const drafts = [];
    for (let i = 0; i < 3; i++) {
      const draft = await gazette.create({ year: 2027 }, clerk);
      drafts.push(await gazette.addEntry({ id: draft.id, expectedVersion: 1, documentId: await finished('outgoing', `公报文件${i}`), body: await file(`公报正文${i}`) }, clerk));
    }
    const published = await Promise.all(drafts.map((d) => gazette.publish({ id: d.id, expectedVersion: d.version, publishedOn: '2027-01-31' }, clerk)));
    expect(published.map((p) => p.label).sort()).toEqual(['2027年第1期', '2027年第2期', '2027年第3期']);
  });

  it('an open agreement review is re-dated when the calendar year is corrected; a concluded one is not', async () => {
    const agreements = app.nest.get(AgreementsService);
    const submit = async (title: string) =>
      agreements.submit({ title, counterparty: '某公司', submittingUnitId: unitId, body: await file(title), secrecyLevel: 0, submittedOn: '2026-09-28' }, clerk);
    const open = await submit('开放中的协议');
    const done = await submit('已出具结论的协议');
    const reviewed = await agreements.addOpinion({ id: done.id, expectedVersion: 1, legalIssues: [], recommendation: 'approve' }, clerk);
    await agreements.conclude({ id: done.id, expectedVersion: reviewed.version, conclusion: 'approve', note: '同意签署' }, clerk);
    expect(open.dueDate).toBe(computeDeadline(new WorkingCalendar([seed2026]), { start: '2026-09-28', amount: 5, unit: 'working_days' }).dueDate);

    const corrected = { ...seed2026, holidays: [...seed2026.holidays, { date: open.dueDate as string, name: '测试假日' }], version: (await calendarVersion()) + 1 };
    await publish(corrected);
    const after = await agreements.get(open.id, clerk);
    const expected = computeDeadline(new WorkingCalendar([corrected]), { start: '2026-09-28', amount: 5, unit: 'working_days' });
    expect(after.dueDate).toBe(expected.dueDate);
    expect(after.dueDate).not.toBe(open.dueDate);
    expect(after.version).toBe(2);
    expect(after.dueExplanation.slice(0, expected.explanation.length)).toEqual(expected.explanation);
    expect((await agreements.get(done.id, clerk)).version).toBe(3);
    expect((await app.nest.get(Timeline).entries('agreement_review', open.id)).at(-1)).toMatchObject({ action: 'agreement.redated', actorName: '系统' });
    const events: { envelope: { data: { review: { id: string; dueDate: string; version: number }; previousDueDate: string; dueDate: string; year: number } } }[] =
      await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->'review'->>'id' = ANY($2::text[])`, [
        AgreementEvents.redated,
        [open.id, done.id],
      ]);
    expect(events.map((e) => e.envelope.data)).toEqual([
      expect.objectContaining({ previousDueDate: open.dueDate, dueDate: expected.dueDate, year: 2026, review: expect.objectContaining({ id: open.id, dueDate: expected.dueDate, version: 2 }) }),
    ]);
    const [entry] = await app.parts.dataSource.query(`SELECT updated_at FROM "${app.parts.schema}".record_registry WHERE kind = 'agreement_review' AND id = $1`, [open.id]);
    expect((entry.updated_at as Date).toISOString()).toBe(after.updatedAt);
    expect(after.updatedAt > open.updatedAt).toBe(true);
  });
});
