import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays } from '@gov/calendar';
import { streamOf, type CallerContext } from '@gov/contracts-common';
import { DocumentSecretariatEvents, type OutgoingDocumentIssued } from '@gov/contracts-document-secretariat';
import { PublicationSubjects, DisclosurePermissions as P, type ListPublications, type PublicationView } from '@gov/contracts-disclosure';
import { buildEnvelope, CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, eventually, producerHeaders, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 主动公开 in disclosure, against real PostgreSQL and the real bus: document-secretariat's issued documents enter the queue once. */
describe('disclosure: publications', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.publicationsRead, P.publicationsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.publicationsRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.applicationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const issued = (over: Partial<OutgoingDocumentIssued.Event> = {}): OutgoingDocumentIssued.Event => ({
    documentId: randomUUID(),
    docNumber: '博政办发〔2026〕7号',
    title: '博山区人民政府办公室关于推进数字博山建设的实施意见',
    docType: '意见',
    issuingBody: '博山区人民政府办公室',
    writtenDate: '2026-02-12',
    issuedAt: '2026-02-12T10:00:00+08:00',
    disclosure: 'proactive',
    secrecyLevel: 0,
    mainRecipientUnitIds: [],
    copyRecipientUnitIds: [],
    bodySha256: 'a'.repeat(64),
    ...over,
  });
  const publish = async (data: OutgoingDocumentIssued.Event, envelopeId: string = randomUUID()) => {
    await client.bus.ensureStream(streamOf('document-secretariat'), 'evt.document-secretariat.>');
    const envelope = buildEnvelope('document-secretariat', DocumentSecretariatEvents.outgoingIssued, data, envelopeId);
    await client.bus.publish(DocumentSecretariatEvents.outgoingIssued, envelope, envelopeId, producerHeaders(environment, 'document-secretariat', envelope));
  };
  const processed = async () =>
    ((await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".inbox WHERE subject = $1`, [DocumentSecretariatEvents.outgoingIssued])) as { n: number }[])[0].n;
  const byDocument = async (documentId: string) =>
    (await call<ListPublications.Reply>(PublicationSubjects.list, { q: '数字博山', limit: 100 }, office)).items.filter((p) => p.documentId === documentId);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
    const year = seedYearsFromChineseDays().find((y) => y.year === 2026)!;
    await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished({ ...year, version: 1 }, tx));
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('an issued 主动公开 document is queued once with its 20-working-day deadline (第二十六条); others are not queued', async () => {
    const event = issued();
    const before = await processed();
    await publish(event);
    await eventually(async () => (await processed()) === before + 1, 15_000, 'first delivery');
    await publish(event); // the producer publishing the same document again: keyed on the document
    await publish(issued({ disclosure: 'not_public', nonDisclosureReason: '内部事务' }));
    await eventually(async () => (await processed()) === before + 3, 15_000, 'the other deliveries');
    const queued = await byDocument(event.documentId);
    expect(queued).toEqual([
      expect.objectContaining({ status: 'queued', source: 'document', docNumber: '博政办发〔2026〕7号', madeOn: '2026-02-12', dueDate: '2026-03-18', category: 'policy_document', late: true }),
    ]);
    expect(queued[0].dueExplanation[0]).toContain('第二十六条');
    expect((await call<ListPublications.Reply>(PublicationSubjects.list, { late: 'true', limit: 100 }, office)).items.map((p) => p.id)).toContain(queued[0].id);
  });

  it('保密审查 before publishing, a 索引号 per year, withdrawal with a reason; each step an event in the outbox', async () => {
    const created = await call<PublicationView>(PublicationSubjects.create, { title: '2026年区级部门预算公开', content: '区财政局汇总', category: 'finance', madeOn: '2026-03-02' }, office);
    expect(created).toMatchObject({ status: 'queued', source: 'manual', dueDate: '2026-03-30', version: 1 });
    await expect(call(PublicationSubjects.publish, { id: created.id, expectedVersion: 1, publishedOn: '2026-03-10' }, office)).rejects.toMatchObject({ spec: { code: 'PUBLICATION.INVALID_STATE' } });
    await expect(call(PublicationSubjects.review, { id: created.id, expectedVersion: 1, conclusion: 'not_cleared', reviewedOn: '2026-03-05' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    const cleared = await call<PublicationView>(PublicationSubjects.review, { id: created.id, expectedVersion: 1, conclusion: 'cleared', reviewedOn: '2026-03-05' }, office);
    expect(cleared).toMatchObject({ status: 'cleared', secrecyReviewedBy: office.username });
    const published = await call<PublicationView>(PublicationSubjects.publish, { id: created.id, expectedVersion: 2, publishedOn: '2026-03-06', url: 'http://www.boshan.gov.cn/gongkai/1' }, office);
    expect(published).toMatchObject({ status: 'published', indexNumber: expect.stringMatching(/^2026-\d{5}$/), late: false });
    await expect(call(PublicationSubjects.withdraw, { id: created.id, expectedVersion: 3, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<PublicationView>(PublicationSubjects.withdraw, { id: created.id, expectedVersion: 3, reason: '数据有误，更正后重新公开' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '数据有误，更正后重新公开', indexNumber: published.indexNumber });
    expect(await subjectsOf(created.id)).toEqual([
      'evt.disclosure.publication.created',
      'evt.disclosure.publication.reviewed',
      'evt.disclosure.publication.published',
      'evt.disclosure.publication.withdrawn',
    ]);
    const second = await call<PublicationView>(PublicationSubjects.create, { title: '2026年区政府工作要点', content: '—', category: 'plan', madeOn: '2026-03-02' }, office);
    const held = await call<PublicationView>(PublicationSubjects.review, { id: second.id, expectedVersion: 1, conclusion: 'not_cleared', reviewedOn: '2026-03-03', note: '含尚未公布的内部安排' }, office);
    expect(held).toMatchObject({ status: 'held', withdrawalReason: '含尚未公布的内部安排' });
  });

  it('leaders read, liaisons see nothing, a reader cannot change; bad input is refused in Chinese', async () => {
    const created = await call<PublicationView>(PublicationSubjects.create, { title: '可见性测试', content: '—', category: 'other', madeOn: '2026-03-02' }, office);
    expect(await call<PublicationView>(PublicationSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    await expect(call(PublicationSubjects.get, { id: created.id }, liaison)).rejects.toMatchObject({ spec: { code: 'PUBLICATION.NOT_FOUND' } });
    await expect(call(PublicationSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(PublicationSubjects.create, { title: '只读用户', content: '—', category: 'other', madeOn: '2026-03-02' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(PublicationSubjects.update, { id: created.id, expectedVersion: 9, title: '过期版本', content: '—', category: 'other' }, office)).rejects.toMatchObject({ spec: { code: 'PUBLICATION.VERSION_CONFLICT' } });
    await expect(call(PublicationSubjects.create, { title: '甲', content: 1, category: 'x', madeOn: '2026-02-30' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'category' }), expect.objectContaining({ field: 'madeOn' })]),
    });
  });
});
