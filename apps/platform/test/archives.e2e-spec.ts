import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import { INCOMING_STATE_LABELS, OUTGOING_STATUS_LABELS, type IncomingState, type OutgoingStatus } from '@gov/contracts-document-secretariat';
import { Registry } from '@gov/service-document-secretariat';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * The whole platform through the gateway: a unit created by 综合科 reaches document-secretariat, its liaison submits a
 * cooperation agreement for review; 文秘科 files finished documents into the archives, exports the catalogue, hands the
 * items over, publishes a gazette issue and files a normative document with the city.
 */
describe('archives, gazette, filings and agreement reviews end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  const secretariat = () => platform.services.find((s) => s.parts.app === 'document-secretariat')!;
  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const post = (path: string, who: string, body: object, version?: number) => {
    const req = http.post(path).set('authorization', tokens[who]);
    return (version ? req.set('if-match', `W/"${version}"`) : req).send(body);
  };
  const get = (path: string, who: string, query: object = {}) => http.get(path).query(query).set('authorization', tokens[who]);
  const upload = async (who: string, text: string) => {
    const res = await post('/api/documents/files', who, { filename: 'doc.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from(text).toString('base64') });
    expect(res.status).toBe(201);
    return { fileId: res.body.id as string, sha256: res.body.sha256 as string };
  };
  /** A document finished by another module of document-secretariat (收文 办结, 发文 核发): its registry entry is all archives read. */
  const finished = async (kind: 'incoming' | 'outgoing', status: IncomingState | OutgoingStatus, title: string, docNumber: string) => {
    const app = secretariat();
    const id = randomUUID();
    await app.parts.transactions.run((tx) =>
      app.nest.get(Registry).put(tx, { kind, id, title, docNumber, status, statusLabel: { ...INCOMING_STATE_LABELS, ...OUTGOING_STATUS_LABELS }[status], secrecyLevel: 0, unitIds: [], userIds: [], year: 2026, createdAt: new Date(), updatedAt: new Date() }),
    );
    return id;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    await bearer('zonghe', { roles: ['section_staff'], sectionCode: 'zonghe' });
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Secret, displayName: '文秘甲' });
    // Deadlines are computed over the service's calendar copy: wait until this year's calendar has arrived, else a
    // deadline computed now is provisional and re-dated (a new version, a timeline step) when the year lands.
    const app = secretariat();
    await eventually(async () => {
      const [row] = await app.parts.dataSource.query(`SELECT 1 FROM "${app.parts.schema}".calendar_year_copy WHERE year = $1`, [new Date().getFullYear()]);
      return row;
    }, 20_000, 'the calendar copy of document-secretariat has this year');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a unit’s liaison submits an agreement; 政策法规科 reviews and concludes; the liaison reads the conclusion and its timeline', async () => {
    const unit = await post('/api/units', 'zonghe', { code: `DSC-${Date.now().toString(36)}`, name: '协议端到端测试局', type: 'department', liaisons: [{ name: '赵六', mobile: '13700001234' }], dutyPhones: ['0533-4180001'] });
    expect(unit.status).toBe(201);
    const app = secretariat();
    await eventually(async () => {
      const [row] = await app.parts.dataSource.query(`SELECT 1 FROM "${app.parts.schema}".unit_directory WHERE id = $1`, [unit.body.id]);
      return row;
    });
    await bearer('liaison', { roles: ['unit_liaison'], unitId: unit.body.id, clearance: Clearance.None, displayName: '测试局联络员' });

    const submitted = await post('/api/documents/agreement-reviews', 'liaison', {
      title: '协议端到端测试局与某银行战略合作协议',
      counterparty: '某银行股份有限公司博山支行',
      submittingUnitId: unit.body.id,
      body: await upload('liaison', '战略合作协议文本'),
      secrecyLevel: 0,
    }).set('idempotency-key', randomUUID());
    expect(submitted.status).toBe(201);
    expect(submitted.body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(submitted.body.dueExplanation[0]).toContain('起算日');
    const id = submitted.body.id as string;

    await post(`/api/documents/agreement-reviews/${id}/opinions`, 'clerk', { legalIssues: ['保密条款缺失'], recommendation: 'approve_with_changes' }, 1).expect(200);
    await post(`/api/documents/agreement-reviews/${id}/conclude`, 'clerk', { conclusion: 'approve_with_changes', note: '补充保密条款后签署' }, 2).expect(200);

    const seen = await get(`/api/documents/agreement-reviews/${id}`, 'liaison');
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'concluded', conclusionLabel: '修改后同意', submittingUnitName: '协议端到端测试局' });
    expect(seen.headers.etag).toBe('W/"3"');
    const search = await get('/api/documents/search', 'liaison', { kind: 'agreement_review' });
    expect(search.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const timeline = await get(`/api/documents/timeline/agreement_review/${id}`, 'liaison');
    expect(timeline.body.entries.map((e: { actorName: string; actionLabel: string }) => `${e.actorName}:${e.actionLabel}`)).toEqual([
      '测试局联络员:提交审核',
      '文秘甲:审核意见',
      '文秘甲:审核结论',
    ]);
  });

  it('文秘科 files finished documents, exports the catalogue, hands them over, publishes a gazette issue and files with the city', async () => {
    const incoming = await finished('incoming', 'completed', '淄博市人民政府关于端到端测试的通知', '淄政字〔2026〕30号');
    const outgoing = await finished('outgoing', 'issued', '博山区人民政府关于印发端到端测试办法的通知', '博政发〔2026〕40号');
    const parts = async (label: string) => ({
      original: await upload('clerk', `${label} 正本`),
      finalDraft: await upload('clerk', `${label} 定稿`),
      processingSheet: await upload('clerk', `${label} 处理单`),
    });

    const filed = await post('/api/documents/archives/items', 'clerk', {
      year: 2026,
      retention: 'Y',
      organizationCode: 'WMK',
      items: [
        { sourceKind: 'incoming', sourceId: incoming, responsible: '淄博市人民政府', documentDate: '2026-04-01', pages: 2, ...(await parts('来文')) },
        { sourceKind: 'outgoing', sourceId: outgoing, responsible: '博山区人民政府', documentDate: '2026-04-02', pages: 6, ...(await parts('发文')) },
      ],
    });
    expect(filed.status).toBe(201);
    expect(filed.body.items.map((i: { archiveCode: string }) => i.archiveCode)).toEqual(['J001-WS·2026-Y-WMK-0001', 'J001-WS·2026-Y-WMK-0002']);

    const sheet = await http
      .get('/api/documents/archives/catalogue.xlsx')
      .query({ year: 2026 })
      .set('authorization', tokens.clerk)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((sheet.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const handover = await post('/api/documents/archives/handovers', 'clerk', {
      toParty: '博山区档案馆',
      handedOverOn: '2026-12-31',
      receiverName: '李四',
      receiverSignature: await upload('clerk', '移交清单（签字）'),
      itemIds: filed.body.items.map((i: { id: string }) => i.id),
    });
    expect(handover.status).toBe(201);
    expect(handover.body.itemCount).toBe(2);
    expect((await get('/api/documents/archives/items', 'clerk', { status: 'handed_over' })).body.total).toBe(2);

    const issue = await post('/api/documents/gazette/issues', 'clerk', { year: 2026 });
    await post(`/api/documents/gazette/issues/${issue.body.id}/entries`, 'clerk', { documentId: outgoing, body: await upload('clerk', '办法正文') }, 1).expect(200);
    const published = await post(`/api/documents/gazette/issues/${issue.body.id}/publish`, 'clerk', { publishedOn: '2026-05-10' }, 2);
    expect(published.body).toMatchObject({ label: '2026年第1期', entries: [{ position: 1, docNumber: '博政发〔2026〕40号' }] });

    const filing = await post('/api/documents/filings', 'clerk', { documentId: outgoing, recipient: 'city_government', publicationDate: '2026-04-02' });
    expect(filing.status).toBe(201);
    expect(filing.body.dueExplanation.join('\n')).toContain('30 日');
    expect((await get('/api/documents/filings', 'clerk', { overdue: true })).body.items.map((f: { id: string }) => f.id)).toContain(filing.body.id);
    const submitted = await post(`/api/documents/filings/${filing.body.id}/actions`, 'clerk', { action: 'submit', date: '2026-04-20' }, 1);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedOn: '2026-04-20' });
  });
});
