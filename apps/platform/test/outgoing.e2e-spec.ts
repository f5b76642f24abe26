import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clearance } from '@gov/contracts-common';
import { DocumentSecretariatEvents } from '@gov/contracts-document-secretariat';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The whole platform: an outgoing document from 拟稿 to 核发 through the gateway, its event, and a correction. */
describe('outgoing documents end to end: 拟稿 → 核稿 → 会签 → 签发 → 编号 → 印制 → 用印 → 核发', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  const partsOf = (app: string) => platform.services.find((s) => s.parts.app === app)!.parts;
  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  /** One step on the document at the ETag held; returns the answer and the new ETag. */
  const step = async (id: string, etag: string, path: string, who: string, body: object = {}, method: 'post' | 'put' = 'post') => {
    const res = await http[method](`/api/documents/outgoing/${id}/${path}`).set('authorization', tokens[who]).set('if-match', etag).send(body);
    expect({ path, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ path, status: 200, body: undefined });
    return { etag: res.headers.etag as string, body: res.body };
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    await bearer('zonghe', { roles: ['section_staff'], sectionCode: 'zonghe', displayName: '综合科甲' });
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', displayName: '文秘甲' });
    await bearer('mayor', { roles: ['district_leader'], clearance: Clearance.Confidential, displayName: '张区长' });
    await bearer('director', { roles: ['office_leader'], displayName: '李主任' });
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a 通知 goes through every step, is issued once as an event, reaches its units, and is corrected by a new document', async () => {
    const unit = await http
      .post('/api/units')
      .set('authorization', tokens.zonghe)
      .send({ code: `DSB-${Date.now().toString(36)}`, name: '发文端到端测试局', type: 'department', liaisons: [{ name: '钱七', mobile: '13700004321' }], dutyPhones: ['0533-4180002'] });
    expect(unit.status).toBe(201);
    const secretariat = partsOf('document-secretariat');
    await eventually(async () => {
      const [row] = await secretariat.dataSource.query(`SELECT 1 FROM "${secretariat.schema}".unit_directory WHERE id = $1`, [unit.body.id]);
      return !!row;
    }, 15_000, 'the unit in document-secretariat');
    await bearer('liaison', { roles: ['unit_liaison'], unitId: unit.body.id, sectionCode: null, displayName: '测试局联络员' });

    // 拟稿, and a second save: both versions kept.
    const created = await http
      .post('/api/documents/outgoing')
      .set('authorization', tokens.zonghe)
      .set('idempotency-key', `dsb-e2e-${Date.now()}`)
      .send({
        agencyCode: '博政办发',
        docType: '通知',
        title: '博山区人民政府办公室关于做好元旦春节期间值班工作的通知',
        mainRecipients: [{ unitId: unit.body.id }],
        copyRecipients: [],
        secrecyLevel: 0,
        body: '各镇人民政府、街道办事处，区政府各部门：\n现就做好元旦春节期间值班工作通知如下。',
      });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const saved = await http
      .patch(`/api/documents/outgoing/${id}`)
      .set('authorization', tokens.zonghe)
      .set('if-match', created.headers.etag)
      .send({ body: '各镇人民政府、街道办事处，区政府各部门：\n现就做好元旦春节期间值班工作通知如下。\n一、严格执行24小时值班制度。' });
    expect(saved.status).toBe(200);
    let etag = saved.headers.etag as string;
    const versions = await http.get(`/api/documents/versions/outgoing/${id}`).set('authorization', tokens.zonghe);
    expect(versions.body.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([1, 2]);

    ({ etag } = await step(id, etag, 'submit', 'zonghe'));
    const reviewed = await step(id, etag, 'review', 'clerk');
    expect(reviewed.body.latestReview.outcome).toBe('passed');
    const countersign = await step(id, reviewed.etag, 'countersigns', 'zonghe', { unitIds: [unit.body.id] });
    const party = countersign.body.countersigns[0];
    const agreed = await http.post(`/api/documents/outgoing/${id}/countersigns/${party.id}`).set('authorization', tokens.liaison).send({ agree: true, opinion: '无意见' });
    expect(agreed.status).toBe(200);
    const signed = await step(id, agreed.headers.etag, 'sign', 'director', { leaderTitle: '办公室主任' });
    expect(signed.body).toMatchObject({ status: 'signed', signerName: '李主任' });
    const numbered = await step(id, signed.etag, 'number', 'clerk');
    expect(numbered.body.docNumber).toMatch(/^博政办发〔\d{4}〕1号$/);
    const printed = await step(id, numbered.etag, 'print', 'clerk', { quantity: 20, securePlace: false });

    const seal = await http.post('/api/documents/seals').set('authorization', tokens.clerk).send({ name: '博山区人民政府办公室', kind: 'official', keeperName: '文秘甲' });
    const asked = await http.post('/api/documents/seal-requests').set('authorization', tokens.clerk).send({ sealId: seal.body.id, purpose: '值班通知用印', outgoingDocumentId: id, copies: 20 });
    const approved = await http.post(`/api/documents/seal-requests/${asked.body.id}/decision`).set('authorization', tokens.director).set('if-match', asked.headers.etag).send({ approve: true });
    const used = await http.post(`/api/documents/seal-requests/${asked.body.id}/uses`).set('authorization', tokens.clerk).set('if-match', approved.headers.etag).send({ impressions: 20 });
    expect(used.status).toBe(200);
    const sealed = await step(id, printed.etag, 'seal', 'clerk', { sealUseId: used.body.use.id });
    const disclosed = await step(id, sealed.etag, 'disclosure', 'clerk', { disclosure: 'proactive' }, 'put');
    const issued = await step(id, disclosed.etag, 'issue', 'clerk');
    expect(issued.body).toMatchObject({ status: 'issued', docNumber: numbered.body.docNumber, distribution: [expect.objectContaining({ unitId: unit.body.id, role: 'main' })] });

    // The 核发 event is written once and published by the relay (on NATS or the in-process bus).
    const sent = await eventually(async () => {
      const rows: { sent_at: Date | null; envelope: { data: { docNumber: string; disclosure: string } } }[] = await secretariat.dataSource.query(
        `SELECT sent_at, envelope FROM "${secretariat.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'documentId' = $2`,
        [DocumentSecretariatEvents.outgoingIssued, id],
      );
      return rows.length === 1 && rows[0].sent_at ? rows : undefined;
    }, 15_000, 'the issued event to be published');
    expect(sent[0].envelope.data).toMatchObject({ docNumber: numbered.body.docNumber, disclosure: 'proactive' });

    // The unit's liaison sees it and sends the read receipt; nobody can change it any more.
    expect((await http.post(`/api/documents/outgoing/${id}/receipt`).set('authorization', tokens.liaison)).status).toBe(200);
    const edit = await http.patch(`/api/documents/outgoing/${id}`).set('authorization', tokens.clerk).set('if-match', issued.etag).send({ title: '博山区人民政府办公室关于另一件事的通知' });
    expect(edit.status).toBe(422);
    expect(edit.body.code).toBe('OUTGOING.ISSUED_IMMUTABLE');

    const correction = await http.post(`/api/documents/outgoing/${id}/corrections`).set('authorization', tokens.zonghe).send({ reason: '值班电话有误' });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ correctsDocumentId: id, status: 'drafting' });
    const original = await http.get(`/api/documents/outgoing/${id}`).set('authorization', tokens.clerk);
    expect(original.body.correctedBy.map((c: { id: string }) => c.id)).toEqual([correction.body.id]);

    const timeline = await http.get(`/api/documents/timeline/outgoing/${id}`).set('authorization', tokens.clerk);
    expect(timeline.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(
      expect.arrayContaining(['拟稿', '送核稿', '核稿通过', '签发', '编号', '印制', '用印', '核发', '以新文件更正']),
    );
    expect(timeline.body.entries.every((e: { actorName: string; at: string }) => e.actorName && e.at)).toBe(true);
  });
});
