import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { Clearance, type CalendarYearPublished } from '@gov/contracts-common';
import { ArchiveEvents, FilingEvents, GazetteEvents, INCOMING_STATE_LABELS, OUTGOING_STATUS_LABELS, type IncomingState, type OutgoingStatus } from '@gov/contracts-document-secretariat';
import { computeDeadline, seedYearsFromChineseDays, WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { documentSecretariatDefinition, Registry } from '@gov/service-document-secretariat';

/** Reads the parts of an .xlsx (a ZIP) back through its central directory. */
function unzip(buffer: Buffer): Map<string, string> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    parts.set(name, inflateRawSync(buffer.subarray(dataAt, dataAt + size)).toString('utf8'));
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return parts;
}

/** 立卷归档, 政府公报, 报备 and 合作协议审核 through the gateway (document-secretariat + gateway on one test environment). */
describe('archives, gazette, filings and agreement reviews through the gateway', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  const users: Record<string, string> = {};
  const unitA = randomUUID();
  const unitB = randomUUID();
  const seed2026 = seedYearsFromChineseDays().find((y) => y.year === 2026)!;

  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(gateway, spec);
    users[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const post = (path: string, who: string, body: object, version?: number) => {
    const req = http.post(path).set('authorization', users[who]);
    return (version ? req.set('if-match', `W/"${version}"`) : req).send(body);
  };
  const get = (path: string, who: string, query: object = {}) => http.get(path).query(query).set('authorization', users[who]);
  const upload = async (who: string, text: string, secrecyLevel = 0) => {
    const res = await post('/api/documents/files', who, { filename: `${text.slice(0, 10)}.pdf`, mediaType: 'application/pdf', contentBase64: Buffer.from(text).toString('base64'), secrecyLevel });
    expect(res.status).toBe(201);
    return { fileId: res.body.id as string, sha256: res.body.sha256 as string };
  };
  /** A document another module finished: only its registry entry matters here (archives never read other modules' tables). */
  const document = async (kind: 'incoming' | 'outgoing', status: IncomingState | OutgoingStatus, title: string, docNumber: string | null, secrecyLevel = 0) => {
    const id = randomUUID();
    await app.parts.transactions.run((tx) =>
      app.nest.get(Registry).put(tx, { kind, id, title, docNumber, status, statusLabel: { ...INCOMING_STATE_LABELS, ...OUTGOING_STATUS_LABELS }[status], secrecyLevel, unitIds: [], userIds: [], year: 2026, createdAt: new Date(), updatedAt: new Date() }),
    );
    return id;
  };
  const parts = async (who: string, label: string, secrecyLevel = 0) => ({
    original: await upload(who, `${label}（正本）`, secrecyLevel),
    finalDraft: await upload(who, `${label}（定稿）`, secrecyLevel),
    processingSheet: await upload(who, `${label}（处理单）`, secrecyLevel),
  });
  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const outbox = async (subject: string, id: string): Promise<number> => {
    const [row] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'id' = $2`, [subject, id]);
    return row.n;
  };
  const publishCalendar = async (year: CalendarYearPublished.Event) => {
    await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  };
  const calendarVersion = async (): Promise<number> => {
    const [row] = await app.parts.dataSource.query(`SELECT version FROM "${app.parts.schema}".calendar_year_copy WHERE year = 2026`);
    return row?.version ?? 0;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    app = await startTestApp(environment, documentSecretariatDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    for (const [id, code, name] of [
      [unitA, 'dsc-a', '区商务局'],
      [unitB, 'dsc-b', '区文化和旅游局'],
    ]) {
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
    }
    await publishCalendar({ ...seed2026, version: (await calendarVersion()) + 1 });
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Confidential, displayName: '文秘甲' });
    await bearer('clerk0', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.None, displayName: '文秘乙' });
    await bearer('chief', { roles: ['section_chief'], sectionCode: 'wenmi', clearance: Clearance.Secret, displayName: '文秘科科长' });
    await bearer('mishu', { roles: ['section_staff'], sectionCode: 'mishu_yi', clearance: Clearance.Confidential, displayName: '秘书一科甲' });
    await bearer('liaisonA', { roles: ['unit_liaison'], unitId: unitA, clearance: Clearance.Secret, displayName: '商务局联络员' });
    await bearer('liaisonB', { roles: ['unit_liaison'], unitId: unitB, clearance: Clearance.Secret, displayName: '文旅局联络员' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('the OpenAPI document lists the routes with Chinese summaries', async () => {
    const doc = (await http.get('/api/docs-json')).body;
    for (const [path, method] of [
      ['/api/documents/archives/items', 'post'],
      ['/api/documents/archives/catalogue.xlsx', 'get'],
      ['/api/documents/archives/handovers', 'post'],
      ['/api/documents/archive-legal-rules', 'post'],
      ['/api/documents/gazette/issues/{id}/publish', 'post'],
      ['/api/documents/filings/{id}/actions', 'post'],
      ['/api/documents/agreement-reviews/{id}/conclude', 'post'],
    ]) {
      expect(doc.paths[path]?.[method]?.summary).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  describe('立卷归档', () => {
    const items: Record<string, { id: string; archiveCode: string; version: number }> = {};

    it('files a batch of one class: checks each source, numbers the 件 by 事由 then date, once per Idempotency-Key', async () => {
      // The incoming module indexes its state by label (已办结) and its number as 登记号 + 原文号.
      const incoming = await document('incoming', 'completed', '淄博市人民政府办公室关于做好防汛工作的通知', 'SW2026-0015 淄政办字〔2026〕7号');
      const outgoing = await document('outgoing', 'issued', '博山区人民政府关于安全生产大检查的通知', '博政发〔2026〕3号');
      const body = {
        year: 2026,
        retention: 'D30',
        organizationCode: 'WMK',
        items: [
          { sourceKind: 'outgoing', sourceId: outgoing, responsible: '博山区人民政府', documentDate: '2026-03-02', pages: 4, matter: '安全生产', ...(await parts('clerk', '安全生产大检查')) },
          { sourceKind: 'incoming', sourceId: incoming, responsible: '淄博市人民政府办公室', documentDate: '2026-02-10', pages: 3, matter: '防汛', ...(await parts('clerk', '防汛通知')) },
        ],
      };
      const key = randomUUID();
      const filed = await post('/api/documents/archives/items', 'clerk', body).set('idempotency-key', key);
      expect(filed.status).toBe(201);
      expect(filed.body.items.map((i: { archiveCode: string; title: string }) => [i.archiveCode, i.title])).toEqual([
        ['J001-WS·2026-D30-WMK-0001', '淄博市人民政府办公室关于做好防汛工作的通知'],
        ['J001-WS·2026-D30-WMK-0002', '博山区人民政府关于安全生产大检查的通知'],
      ]);
      expect(filed.body.items[0].docNumber).toBe('淄政办字〔2026〕7号');
      expect(filed.body.items[1]).toMatchObject({ docNumber: '博政发〔2026〕3号', retentionLabel: '定期30年', status: 'filed', version: 1, sourceKind: 'outgoing' });
      expect(filed.body.items[1].parts.map((p: { role: string; roleLabel: string }) => p.roleLabel)).toEqual(['正本', '定稿', '文件处理单/发文稿纸']);
      items.incoming = filed.body.items[0];
      items.outgoing = filed.body.items[1];

      const replay = await post('/api/documents/archives/items', 'clerk', body).set('idempotency-key', key);
      expect(replay.status).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body.items.map((i: { id: string }) => i.id)).toEqual([items.incoming.id, items.outgoing.id]);

      const again = await post('/api/documents/archives/items', 'clerk', { ...body, items: [body.items[0]] });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ARCHIVE.ALREADY_FILED');
      expect(await outbox(ArchiveEvents.filed, items.outgoing.id)).toBe(1);
    });

    it('refuses what may not be filed, with Chinese reasons', async () => {
      const open = await document('incoming', 'registered', '尚在办理的来文', null);
      const issued = await document('outgoing', 'issued', '缺少定稿的发文', '博政办字〔2026〕9号');
      const files = await parts('clerk', '被拒绝的件');
      const item = (sourceKind: string, sourceId: string, extra: object = {}) => ({ sourceKind, sourceId, responsible: '博山区人民政府办公室', documentDate: '2026-04-01', pages: 1, ...files, ...extra });
      const attempt = (items: object[], organizationCode = 'WMK', who = 'clerk') => post('/api/documents/archives/items', who, { year: 2026, retention: 'D10', organizationCode, items });

      const notDone = await attempt([item('incoming', open)]);
      expect(notDone.status).toBe(422);
      expect(notDone.body.code).toBe('ARCHIVE.SOURCE_NOT_ARCHIVABLE');
      expect(notDone.body.detail).toContain('状态为“已登记待初审”：收文须办结后');
      const noDraft = await attempt([item('outgoing', issued, { finalDraft: undefined })]);
      expect(noDraft.status).toBe(400);
      expect(noDraft.body.code).toBe('ARCHIVE.MISSING_PART');
      expect((await attempt([item('outgoing', issued)], 'XYZ')).body.code).toBe('ARCHIVE.UNKNOWN_ORGANIZATION');
      const swapped = await attempt([item('outgoing', issued, { original: { fileId: files.original.fileId, sha256: createHash('sha256').update('别的内容').digest('hex') } })]);
      expect(swapped.status).toBe(400);
      expect(swapped.body.code).toBe('FILE.HASH_MISMATCH');
      const invalid = await post('/api/documents/archives/items', 'clerk', { year: 2026, retention: 'D20', organizationCode: 'WMK', items: [] });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['retention', 'items']));
      expect((await attempt([item('outgoing', issued)], 'WMK', 'mishu')).status).toBe(403);
      // Nothing of the refused batches was numbered: the next 件号 of D10-WMK is still 0001.
      const ok = await attempt([item('outgoing', issued)]);
      expect(ok.status).toBe(201);
      expect(ok.body.items[0].archiveCode).toBe('J001-WS·2026-D10-WMK-0001');
    });

    it('a 机密 件 is listed, counted, read and exported only for readers cleared for it', async () => {
      const secret = await document('outgoing', 'issued', '关于核心区改造的机密通知', '博政发〔2026〕5号', 2);
      const filed = await post('/api/documents/archives/items', 'clerk', {
        year: 2026,
        retention: 'D30',
        organizationCode: 'WMK',
        items: [{ sourceKind: 'outgoing', sourceId: secret, responsible: '博山区人民政府', documentDate: '2026-05-01', pages: 2, ...(await parts('clerk', '核心区改造', 2)) }],
      });
      expect(filed.status).toBe(201);
      expect(filed.body.items[0]).toMatchObject({ archiveCode: 'J001-WS·2026-D30-WMK-0003', secrecyLevel: 2 });
      items.secret = filed.body.items[0];

      const cleared = await get('/api/documents/archives/items', 'clerk', { year: 2026, retention: 'D30', organizationCode: 'WMK' });
      expect(cleared.body.items.map((i: { itemNumber: number }) => i.itemNumber)).toEqual([1, 2, 3]);
      const uncleared = await get('/api/documents/archives/items', 'clerk0', { year: 2026, retention: 'D30', organizationCode: 'WMK' });
      expect(uncleared.body.total).toBe(2);
      expect(uncleared.body.items.map((i: { itemNumber: number }) => i.itemNumber)).toEqual([1, 2]);
      expect((await get(`/api/documents/archives/items/${items.secret.id}`, 'clerk0')).status).toBe(404);
      expect((await get(`/api/documents/archives/items/${randomUUID()}`, 'clerk')).status).toBe(404);
      const search = await get('/api/documents/archives/items', 'clerk', { q: '核心区' });
      expect(search.body.items.map((i: { id: string }) => i.id)).toEqual([items.secret.id]);
      const registry = await get('/api/documents/search', 'clerk0', { kind: 'archive_item', q: '核心区' });
      expect(registry.body.total).toBe(0);
    });

    it('corrects a 件 under If-Match, and voids one without reusing its 件号', async () => {
      const item = await get(`/api/documents/archives/items/${items.incoming.id}`, 'clerk');
      expect(item.headers.etag).toBe('W/"1"');
      expect((await http.patch(`/api/documents/archives/items/${items.incoming.id}`).set('authorization', users.clerk).send({ pages: 5 })).status).toBe(428);
      const corrected = await http.patch(`/api/documents/archives/items/${items.incoming.id}`).set('authorization', users.clerk).set('if-match', 'W/"1"').send({ pages: 5, remark: '附件2页' });
      expect(corrected.status).toBe(200);
      expect(corrected.headers.etag).toBe('W/"2"');
      expect(corrected.body).toMatchObject({ pages: 5, remark: '附件2页', archiveCode: items.incoming.archiveCode });
      const stale = await http.patch(`/api/documents/archives/items/${items.incoming.id}`).set('authorization', users.clerk).set('if-match', 'W/"1"').send({ pages: 6 });
      expect(stale.status).toBe(412);

      const voided = await post(`/api/documents/archives/items/${items.outgoing.id}/void`, 'clerk', { reason: '分类有误，重新归档' }, 1);
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ status: 'voided', voidReason: '分类有误，重新归档', voidedBy: expect.any(String) });
      expect(voided.body.numberNote).toContain('0002 保留，不再分配');
      expect((await post(`/api/documents/archives/items/${items.outgoing.id}/void`, 'clerk', { reason: '再次作废' }, 2)).body.code).toBe('DOCUMENT.INVALID_STATE');
      // The voided document may be filed again; it gets a new number, 0002 stays a hole explained in the catalogue.
      const refiled = await post('/api/documents/archives/items', 'clerk', {
        year: 2026,
        retention: 'D30',
        organizationCode: 'WMK',
        items: [{ sourceKind: 'outgoing', sourceId: voided.body.sourceId, responsible: '博山区人民政府', documentDate: '2026-03-02', pages: 4, ...(await parts('clerk', '重新归档')) }],
      });
      expect(refiled.status).toBe(201);
      expect(refiled.body.items[0].archiveCode).toBe('J001-WS·2026-D30-WMK-0004');
    });

    it('exports the 归档文件目录 as a real .xlsx with the DA/T 22 columns and a Chinese filename', async () => {
      const res = await binary(get('/api/documents/archives/catalogue.xlsx', 'clerk', { year: 2026, retention: 'D30', organizationCode: 'WMK' }));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('归档文件目录-2026-定期30年-WMK.xlsx')}`);
      const sheet = unzip(res.body as Buffer).get('xl/worksheets/sheet1.xml') as string;
      for (const header of ['档号', '文号', '责任者', '题名', '日期', '页数', '密级', '备注']) expect(sheet).toContain(`<t xml:space="preserve">${header}</t>`);
      expect(sheet).toContain('J001-WS·2026-D30-WMK-0001');
      expect(sheet).toContain('20260210');
      expect(sheet).toContain('已作废（分类有误，重新归档），件号保留不再使用');
      expect(sheet).toContain('关于核心区改造的机密通知');
      expect(sheet).toContain('<t xml:space="preserve">机密</t>');
      expect(sheet.match(/<row /g)).toHaveLength(5);

      const forUncleared = await binary(get('/api/documents/archives/catalogue.xlsx', 'clerk0', { year: 2026, retention: 'D30', organizationCode: 'WMK' }));
      const unclearedSheet = unzip(forUncleared.body as Buffer).get('xl/worksheets/sheet1.xml') as string;
      expect(unclearedSheet).not.toContain('核心区改造');
      expect(unclearedSheet.match(/<row /g)).toHaveLength(4);
    });

    it('records a hand-over to the archives with the receiver’s signed list; handed-over items cannot change', async () => {
      const signature = await upload('clerk', '移交清单（区档案馆张三签字）', 2);
      const handover = await post('/api/documents/archives/handovers', 'clerk', {
        toParty: '博山区档案馆',
        handedOverOn: '2026-06-30',
        receiverName: '张三',
        receiverSignature: signature,
        itemIds: [items.secret.id, items.incoming.id],
      }).set('idempotency-key', randomUUID());
      expect(handover.status).toBe(201);
      expect(handover.body).toMatchObject({ fromParty: '博山区人民政府办公室', toParty: '博山区档案馆', receiverName: '张三', itemCount: 2, secrecyLevel: 2 });
      expect(handover.body.items.map((i: { archiveCode: string }) => i.archiveCode)).toEqual(['J001-WS·2026-D30-WMK-0001', 'J001-WS·2026-D30-WMK-0003']);
      expect(handover.body.receiverSignature).toMatchObject({ fileId: signature.fileId, sha256: signature.sha256 });

      const item = await get(`/api/documents/archives/items/${items.incoming.id}`, 'clerk');
      expect(item.body).toMatchObject({ status: 'handed_over', handoverId: handover.body.id });
      const edit = await http.patch(`/api/documents/archives/items/${items.incoming.id}`).set('authorization', users.clerk).set('if-match', item.headers.etag).send({ pages: 9 });
      expect(edit.status).toBe(422);
      expect(edit.body.code).toBe('ARCHIVE.HANDED_OVER');
      expect((await post(`/api/documents/archives/items/${items.incoming.id}/void`, 'clerk', { reason: '误移交' }, item.body.version)).body.code).toBe('ARCHIVE.HANDED_OVER');
      const twice = await post('/api/documents/archives/handovers', 'clerk', { toParty: '博山区档案馆', handedOverOn: '2026-07-01', receiverName: '张三', receiverSignature: signature, itemIds: [items.incoming.id] });
      expect(twice.status).toBe(422);

      expect((await get(`/api/documents/archives/handovers/${handover.body.id}`, 'clerk')).body.itemCount).toBe(2);
      expect((await get(`/api/documents/archives/handovers/${handover.body.id}`, 'clerk0')).status).toBe(404);
      expect((await get('/api/documents/archives/handovers', 'clerk')).body.total).toBe(1);

      const timeline = await get(`/api/documents/timeline/archive_item/${items.incoming.id}`, 'clerk');
      expect(timeline.body.entries.map((e: { action: string }) => e.action)).toEqual(['archive.filed', 'archive.corrected', 'archive.handed_over']);
      expect(timeline.body.entries[2]).toMatchObject({ actorName: '文秘甲', note: '移交博山区档案馆，接收人 张三' });
      expect(await outbox(ArchiveEvents.handedOver, handover.body.id)).toBe(1);
    });

    it('the fonds code is configuration: a section chief adds a version with its date and source; staff cannot', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const byStaff = await post('/api/documents/archive-legal-rules', 'clerk', { code: 'archives.fonds', value: { fondsCode: 'J009', categoryCode: 'WS' }, effectiveFrom: today, source: '区档案馆通知' });
      expect(byStaff.status).toBe(403);
      const invalid = await post('/api/documents/archive-legal-rules', 'chief', { code: 'archives.fonds', value: { fondsCode: 'J9', categoryCode: 'WS' }, effectiveFrom: today, source: '区档案馆通知' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors[0].message).toContain('全宗号');
      const added = await post('/api/documents/archive-legal-rules', 'chief', { code: 'archives.fonds', value: { fondsCode: 'J009', categoryCode: 'WS' }, effectiveFrom: today, source: '区档案馆关于全宗号的通知' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ current: true, label: '全宗号与档案门类代码', source: '区档案馆关于全宗号的通知' });
      const rules = await get('/api/documents/archive-legal-rules', 'clerk', { code: 'archives.fonds' });
      expect(rules.body.items.map((r: { value: { fondsCode: string }; current: boolean }) => [r.value.fondsCode, r.current])).toEqual([
        ['J009', true],
        ['J001', false],
      ]);
      const next = await post('/api/documents/archives/items', 'clerk', {
        year: 2026,
        retention: 'Y',
        organizationCode: 'WMK',
        items: [{ sourceKind: 'incoming', sourceId: await document('incoming', 'completed', '新全宗号下的来文', null), responsible: '区委办公室', documentDate: '2026-07-01', pages: 1, ...(await parts('clerk', '新全宗号')) }],
      });
      expect(next.body.items[0]).toMatchObject({ archiveCode: 'J009-WS·2026-Y-WMK-0001', ruleId: added.body.id });
      // Items filed before keep their 档号 and the rule they were filed under.
      expect((await get(`/api/documents/archives/items/${items.secret.id}`, 'clerk')).body.archiveCode).toBe('J001-WS·2026-D30-WMK-0003');
    });
  });

  describe('政府公报', () => {
    it('assembles a draft from issued 非密 documents, publishes it as 2026年第1期, and then it cannot change', async () => {
      const docA = await document('outgoing', 'issued', '博山区人民政府关于印发某某办法的通知', '博政发〔2026〕11号');
      const docB = await document('outgoing', 'issued', '博山区人民政府关于某某规定的决定', '博政发〔2026〕12号');
      const draftDoc = await document('outgoing', 'signed', '尚未核发的发文', null);
      const secretDoc = await document('outgoing', 'issued', '涉密发文', '博政发〔2026〕13号', 1);
      const created = await post('/api/documents/gazette/issues', 'clerk', { year: 2026 }).set('idempotency-key', randomUUID());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', label: '2026年（草稿，出版时编期号）', entries: [] });
      expect(created.headers.etag).toBe('W/"1"');
      const id = created.body.id as string;

      const addA = await post(`/api/documents/gazette/issues/${id}/entries`, 'clerk', { documentId: docA, body: await upload('clerk', '某某办法正文') }, 1);
      expect(addA.status).toBe(200);
      const addB = await post(`/api/documents/gazette/issues/${id}/entries`, 'clerk', { documentId: docB, body: await upload('clerk', '某某规定正文'), position: 1 }, 2);
      expect(addB.body.entries.map((e: { position: number; docNumber: string }) => [e.position, e.docNumber])).toEqual([
        [1, '博政发〔2026〕12号'],
        [2, '博政发〔2026〕11号'],
      ]);
      expect((await post(`/api/documents/gazette/issues/${id}/entries`, 'clerk', { documentId: draftDoc, body: await upload('clerk', 'x') }, 3)).body.code).toBe('GAZETTE.DOCUMENT_NOT_ISSUED');
      expect((await post(`/api/documents/gazette/issues/${id}/entries`, 'clerk', { documentId: secretDoc, body: await upload('clerk', 'y') }, 3)).body.code).toBe('GAZETTE.DOCUMENT_CLASSIFIED');
      expect((await post(`/api/documents/gazette/issues/${id}/entries`, 'clerk', { documentId: docA, body: await upload('clerk', 'z') }, 2)).status).toBe(412);

      const other = await post('/api/documents/gazette/issues', 'clerk', { year: 2026 });
      const reprint = await post(`/api/documents/gazette/issues/${other.body.id}/entries`, 'clerk', { documentId: docA, body: await upload('clerk', '重复刊登') }, 1);
      expect(reprint.status).toBe(409);
      expect(reprint.body.code).toBe('GAZETTE.DOCUMENT_ALREADY_IN_ISSUE');
      expect((await post(`/api/documents/gazette/issues/${other.body.id}/publish`, 'clerk', { publishedOn: '2026-06-30' }, 1)).body.code).toBe('GAZETTE.EMPTY_ISSUE');

      const published = await post(`/api/documents/gazette/issues/${id}/publish`, 'clerk', { publishedOn: '2026-06-30' }, 3);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', issueNumber: 1, label: '2026年第1期', publishedOn: '2026-06-30' });
      const late = await post(`/api/documents/gazette/issues/${id}/entries/remove`, 'clerk', { documentId: docA, reason: '出版后想撤下' }, published.body.version);
      expect(late.status).toBe(422);
      expect(late.body.detail).toBe('当前状态“已出版”不能编辑内容');
      expect(await outbox(GazetteEvents.published, id)).toBe(1);

      // A cancelled draft frees its documents and never takes a number: the next published issue is 第2期.
      const docC = await document('outgoing', 'issued', '博山区人民政府办公室关于某某工作的通知', '博政办发〔2026〕4号');
      await post(`/api/documents/gazette/issues/${other.body.id}/entries`, 'clerk', { documentId: docC, body: await upload('clerk', '某某工作正文') }, 1);
      const cancelled = await post(`/api/documents/gazette/issues/${other.body.id}/cancel`, 'clerk', { reason: '并入下一期' }, 2);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '并入下一期', entries: [] });
      const third = await post('/api/documents/gazette/issues', 'clerk', { year: 2026 });
      expect((await post(`/api/documents/gazette/issues/${third.body.id}/entries`, 'clerk', { documentId: docC, body: await upload('clerk', '某某工作正文2') }, 1)).status).toBe(200);
      const second = await post(`/api/documents/gazette/issues/${third.body.id}/publish`, 'clerk', { publishedOn: '2026-07-31' }, 2);
      expect(second.body.label).toBe('2026年第2期');

      const list = await get('/api/documents/gazette/issues', 'clerk', { year: 2026, status: 'published' });
      expect(list.body.items.map((i: { label: string }) => i.label)).toEqual(['2026年第2期', '2026年第1期']);
      const history = await get(`/api/documents/timeline/gazette_issue/${id}`, 'clerk');
      expect(history.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['新建公报期次', '编入文件', '编入文件', '出版']);
    });
  });

  describe('报备', () => {
    it('computes the statutory due date with its explanation, lists the overdue, and walks the states', async () => {
      const doc = await document('outgoing', 'issued', '博山区人民政府关于印发行政规范性文件管理办法的通知', '博政发〔2026〕20号');
      const created = await post('/api/documents/filings', 'clerk', { documentId: doc, recipient: 'city_government', publicationDate: '2026-01-05' }).set('idempotency-key', randomUUID());
      expect(created.status).toBe(201);
      const expected = computeDeadline(new WorkingCalendar([seed2026]), { start: '2026-01-05', amount: 30, unit: 'calendar_days' });
      expect(created.body).toMatchObject({ dueDate: expected.dueDate, recipientName: '淄博市人民政府', status: 'pending', provisional: false, overdue: true });
      expect(created.body.dueDate).toBe('2026-02-04');
      expect(created.body.dueExplanation.slice(0, expected.explanation.length)).toEqual(expected.explanation);
      expect(created.body.dueExplanation.at(-1)).toContain('《法规规章备案条例》');
      expect(created.body.ruleSource).toContain('30日');

      const duplicate = await post('/api/documents/filings', 'clerk', { documentId: doc, recipient: 'city_government', publicationDate: '2026-01-05' });
      expect(duplicate.status).toBe(409);
      expect((await post('/api/documents/filings', 'clerk', { documentId: await document('outgoing', 'drafting', '草稿', null), recipient: 'city_government', publicationDate: '2026-01-05' })).body.code).toBe(
        'FILING.DOCUMENT_NOT_ISSUED',
      );
      const toCongress = await post('/api/documents/filings', 'clerk', { documentId: doc, recipient: 'district_congress_standing_committee', publicationDate: '2026-01-05' });
      expect(toCongress.status).toBe(201);

      const overdue = await get('/api/documents/filings', 'clerk', { overdue: 'true' });
      expect(overdue.body.items.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining([created.body.id, toCongress.body.id]));
      expect((await get('/api/documents/filings', 'clerk', { overdue: 'maybe' })).status).toBe(400);

      const act = (body: object, version: number) => post(`/api/documents/filings/${created.body.id}/actions`, 'clerk', body, version);
      expect((await act({ action: 'accept' }, 1)).body.detail).toBe('当前状态“待报备”不能备案通过');
      expect((await act({ action: 'withdraw' }, 1)).body.code).toBe('FILING.NOTE_REQUIRED');
      const submitted = await act({ action: 'submit', date: '2026-02-06' }, 1);
      expect(submitted.body).toMatchObject({ status: 'submitted', submittedOn: '2026-02-06', overdue: true });
      const returned = await act({ action: 'return', note: '缺少起草说明' }, 2);
      expect(returned.body).toMatchObject({ status: 'returned', lastReason: '缺少起草说明' });
      await act({ action: 'submit', date: '2026-02-10' }, 3);
      const accepted = await act({ action: 'accept', filingReference: '淄备〔2026〕15号' }, 4);
      expect(accepted.body).toMatchObject({ status: 'accepted', filingReference: '淄备〔2026〕15号' });
      expect((await get('/api/documents/filings', 'clerk', { overdue: 'true' })).body.items.map((f: { id: string }) => f.id)).not.toContain(created.body.id);

      const history = await get(`/api/documents/timeline/filing/${created.body.id}`, 'clerk');
      expect(history.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['登记报备', '报送', '退回', '报送', '备案通过']);
      expect(history.body.entries[1].note).toContain('逾期报送');
      expect((await get(`/api/documents/filings/${created.body.id}`, 'liaisonA')).status).toBe(403);
    });

    it('re-dates an open filing when the calendar year is corrected, and says so on its timeline', async () => {
      const doc = await document('outgoing', 'issued', '博山区人民政府关于某项规范性文件的通知', '博政发〔2026〕21号');
      const open = await post('/api/documents/filings', 'clerk', { documentId: doc, recipient: 'city_government', publicationDate: '2026-09-01' });
      expect(open.body.dueDate).toBe('2026-10-08'); // 10-01 falls in the 国庆 holiday (《民法典》第203条)
      const corrected = { ...seed2026, holidays: [...seed2026.holidays, { date: '2026-10-08', name: '测试假日' }], version: (await calendarVersion()) + 1 };
      await publishCalendar(corrected);
      const after = await get(`/api/documents/filings/${open.body.id}`, 'clerk');
      expect(after.body.dueDate).toBe(computeDeadline(new WorkingCalendar([corrected]), { start: '2026-09-01', amount: 30, unit: 'calendar_days' }).dueDate);
      expect(after.body.dueDate).toBe('2026-10-09');
      expect(after.body.version).toBe(2);
      expect(after.body.dueExplanation.at(-1)).toContain('原期限 2026-10-08');
      const history = await get(`/api/documents/timeline/filing/${open.body.id}`, 'clerk');
      expect(history.body.entries.at(-1)).toMatchObject({ action: 'filing.redated', actorName: '系统', note: '2026-10-08 → 2026-10-09' });
      const [event] = await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->'filing'->>'id' = $2`, [
        FilingEvents.redated,
        open.body.id,
      ]);
      expect(event.envelope.data).toMatchObject({ previousDueDate: '2026-10-08', dueDate: '2026-10-09', year: 2026, filing: { id: open.body.id, dueDate: '2026-10-09', version: 2 } });
      const found = await get('/api/documents/search', 'clerk', { kind: 'filing', q: '某项规范性文件' });
      expect(found.body.items.find((r: { id: string }) => r.id === open.body.id)).toMatchObject({ updatedAt: after.body.updatedAt });
      expect(after.body.updatedAt > open.body.updatedAt).toBe(true);
    });
  });

  describe('合作协议审核', () => {
    it('a liaison submits for their own unit only; reviewers add opinions and conclude; the unit sees its own, no other unit does', async () => {
      const body = await upload('liaisonA', '博山区商务局与某公司战略合作协议（文本）');
      const submission = { title: '博山区商务局与某公司战略合作协议', counterparty: '某某科技有限公司', submittingUnitId: unitA, amount: '1200000', body, secrecyLevel: 0, submittedOn: '2026-09-28' };
      const otherUnit = await post('/api/documents/agreement-reviews', 'liaisonA', { ...submission, submittingUnitId: unitB });
      expect(otherUnit.status).toBe(403);
      expect(otherUnit.body.code).toBe('AGREEMENT.OTHER_UNIT');
      expect((await post('/api/documents/agreement-reviews', 'liaisonA', { ...submission, amount: '12.345' })).status).toBe(400);

      const submitted = await post('/api/documents/agreement-reviews', 'liaisonA', submission).set('idempotency-key', randomUUID());
      expect(submitted.status).toBe(201);
      const expected = computeDeadline((await app.nest.get(CalendarCopy).current()), { start: '2026-09-28', amount: 5, unit: 'working_days' });
      expect(submitted.body).toMatchObject({ status: 'submitted', submittingUnitName: '区商务局', amount: '1200000.00', dueDate: expected.dueDate, statusLabel: '已提交' });
      expect(submitted.body.dueExplanation.join('\n')).toContain('国庆');
      const id = submitted.body.id as string;

      expect((await get(`/api/documents/agreement-reviews/${id}`, 'liaisonB')).status).toBe(404);
      expect((await get('/api/documents/agreement-reviews', 'liaisonB')).body.total).toBe(0);
      expect((await get('/api/documents/agreement-reviews', 'liaisonA')).body.items.map((a: { id: string }) => a.id)).toEqual([id]);
      expect((await post(`/api/documents/agreement-reviews/${id}/opinions`, 'liaisonA', { legalIssues: [], recommendation: 'approve' }, 1)).status).toBe(403);
      expect((await post(`/api/documents/agreement-reviews/${id}/conclude`, 'clerk', { conclusion: 'approve', note: '同意' }, 1)).body.code).toBe('DOCUMENT.INVALID_STATE');

      const opinion = await post(`/api/documents/agreement-reviews/${id}/opinions`, 'clerk', {
        legalIssues: ['违约责任条款不对等', '争议解决方式约定不明'],
        recommendation: 'approve_with_changes',
        comment: '建议修改第八条、第十二条',
      }, 1);
      expect(opinion.status).toBe(200);
      expect(opinion.body).toMatchObject({ status: 'in_review', opinions: [{ seq: 1, recommendationLabel: '修改后同意', reviewerName: '文秘甲', legalIssues: ['违约责任条款不对等', '争议解决方式约定不明'] }] });
      const concluded = await post(`/api/documents/agreement-reviews/${id}/conclude`, 'clerk', { conclusion: 'approve_with_changes', note: '按审核意见修改后签署' }, 2);
      expect(concluded.body).toMatchObject({ status: 'concluded', conclusionLabel: '修改后同意', concludedBy: '文秘甲', overdue: false });

      const seen = await get(`/api/documents/agreement-reviews/${id}`, 'liaisonA');
      expect(seen.body).toMatchObject({ conclusion: 'approve_with_changes', conclusionNote: '按审核意见修改后签署' });
      expect((await post(`/api/documents/agreement-reviews/${id}/withdraw`, 'liaisonA', { reason: '不再签署' }, 3)).body.detail).toBe('当前状态“已出具结论”不能撤回');
      const history = await get(`/api/documents/timeline/agreement_review/${id}`, 'liaisonA');
      expect(history.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['提交审核', '审核意见', '审核结论']);
      // The unit's liaison may read the agreement text; the other unit's may not.
      expect((await get(`/api/documents/files/${body.fileId}`, 'liaisonA')).status).toBe(200);
      expect((await get(`/api/documents/files/${body.fileId}`, 'liaisonB')).status).toBe(404);
    });

    it('a classified agreement needs a 份号 and stays hidden from readers not cleared for it', async () => {
      const body = await upload('clerk', '涉密合作协议文本', 2);
      const submission = { title: '某涉密合作协议', counterparty: '某研究所', submittingUnitId: unitB, body, secrecyLevel: 2, secrecyPeriod: '协议期满后解密' };
      const noCopy = await post('/api/documents/agreement-reviews', 'clerk', submission);
      expect(noCopy.status).toBe(400);
      expect(noCopy.body.code).toBe('AGREEMENT.COPY_NUMBER_REQUIRED');
      const secret = await post('/api/documents/agreement-reviews', 'clerk', { ...submission, copyNumber: '000003' });
      expect(secret.status).toBe(201);
      expect((await get(`/api/documents/agreement-reviews/${secret.body.id}`, 'liaisonB')).status).toBe(404); // 秘密 clearance < 机密
      expect((await get(`/api/documents/agreement-reviews/${secret.body.id}`, 'clerk0')).status).toBe(404);
      const withdrawn = await post(`/api/documents/agreement-reviews/${secret.body.id}/withdraw`, 'clerk', { reason: '合作取消' }, 1);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: '合作取消' });
    });
  });
});
