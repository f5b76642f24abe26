import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import type { RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { documentSecretariatDefinition } from '@gov/service-document-secretariat';

/** Issue 21 §4: the print-ready 公文 (GB/T 9704-2012) through its download route, marked until it is signed. */
describe('loop: the print-ready 公文 PDF through the gateway', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  const token: Record<string, string> = {};
  const unit = { emergency: randomUUID(), other: randomUUID() };

  const bearer = async (spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(gateway, spec);
    return `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const outgoing = (id: string) => `/api/documents/outgoing/${id}`;
  const step = async (doc: { id: string; etag: string }, path: string, who: string, body: object = {}) => {
    const res = await http.post(`${outgoing(doc.id)}/${path}`).set('authorization', token[who]).set('if-match', doc.etag).send(body);
    expect({ path, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ path, status: 200, body: undefined });
    return { id: doc.id, etag: res.headers.etag as string, view: res.body as { status: string; docNumber?: string } };
  };
  const pdf = (id: string, who: string) =>
    http
      .get(`${outgoing(id)}/document.pdf`)
      .set('authorization', token[who])
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    // Rendering embeds CJK font subsets: allow it more than the default request time on a loaded test machine.
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000', RATE_LIMIT_PER_MINUTE: '10000', RPC_TIMEOUT_MS: '60000' });
    app = await startTestApp(environment, documentSecretariatDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    const insertUnit = (id: string, code: string, name: string) =>
      app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
    await insertUnit(unit.emergency, 'PDF-YJ', '博山区应急管理局');
    await insertUnit(unit.other, 'PDF-QT', '博山区文化和旅游局');
    token.drafter = await bearer({ roles: ['section_staff'], sectionCode: 'zonghe', displayName: '综合科拟稿人', clearance: Clearance.Secret });
    token.clerk = await bearer({ roles: ['section_staff'], sectionCode: 'wenmi', displayName: '文秘科核稿人', clearance: Clearance.Confidential });
    token.districtLeader = await bearer({ roles: ['district_leader'], sectionCode: null, displayName: '张区长', clearance: Clearance.Confidential });
    token.liaisonOther = await bearer({ roles: ['unit_liaison'], unitId: unit.other, sectionCode: null, displayName: '文旅局联络员' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('prints 草稿, then 征求意见稿, then the signed and numbered document under its 文号; a reader not concerned gets 404', async () => {
    const created = await http
      .post('/api/documents/outgoing')
      .set('authorization', token.drafter)
      .send({
        agencyCode: '博政发',
        docType: '通知',
        title: '博山区人民政府关于做好冬季森林防火工作的通知',
        mainRecipients: [{ unitId: unit.emergency }],
        copyRecipients: [{ name: '淄博市人民政府', relation: 'superior' }],
        secrecyLevel: 0,
        body: '为做好冬季森林防火工作，现通知如下。\n一、压实责任。各单位主要负责同志要亲自部署、亲自检查。\n二、加强巡查。重点时段严防死守。',
      });
    expect(created.status).toBe(201);
    let doc = { id: created.body.id as string, etag: created.headers.etag as string, view: created.body };
    const folder = join(process.cwd(), 'tmp', 'test-results', 'gbt9704');
    mkdirSync(folder, { recursive: true });

    const draft = await pdf(doc.id, 'drafter');
    expect(draft.status).toBe(200);
    expect(draft.headers['content-type']).toBe('application/pdf');
    expect((draft.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(draft.headers['content-disposition'])).toContain('博山区人民政府关于做好冬季森林防火工作的通知（草稿）.pdf');

    doc = await step(doc, 'submit', 'drafter');
    const forComments = await pdf(doc.id, 'drafter');
    expect(decodeURIComponent(forComments.headers['content-disposition'])).toContain('（征求意见稿）.pdf');

    doc = await step(doc, 'review', 'clerk');
    doc = await step(doc, 'sign', 'districtLeader', { leaderTitle: '区长' });
    doc = await step(doc, 'number', 'clerk');
    expect(doc.view.docNumber).toMatch(/^博政发〔\d{4}〕\d+号$/);
    const numbered = await pdf(doc.id, 'clerk');
    expect(numbered.status).toBe(200);
    const disposition = decodeURIComponent(numbered.headers['content-disposition']);
    expect(disposition).toContain(`${doc.view.docNumber}.pdf`);
    expect(disposition).not.toContain('草稿');
    const body = numbered.body as Buffer;
    // A4 pages, fonts embedded (subsets), the document's title in its metadata.
    expect(body.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d+ 841\.8\d+\]/);
    expect(body.toString('latin1')).toContain('/FontFile3');
    const file = join(folder, 'outgoing-numbered.pdf');
    writeFileSync(file, body);
    process.stdout.write(`numbered 公文 PDF kept at ${file}\n`);

    const stranger = await http.get(`${outgoing(doc.id)}/document.pdf`).set('authorization', token.liaisonOther);
    expect(stranger.status).toBe(404);
  });
});
