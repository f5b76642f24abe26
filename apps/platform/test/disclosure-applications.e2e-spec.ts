import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 依申请公开 of disclosure through the gateway: intake, the clock with a pause and an extension, the answer, the annual report. */
describe('disclosure applications end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', chief: '', leader: '', liaisonA: '', liaisonB: '' };
  const path = '/api/disclosure/applications';
  const bearer = (token: string) => `Bearer ${token}`;
  const intake = (over: Record<string, unknown> = {}) => ({
    title: '端到端测试申请',
    content: '请提供某项目的审批文件',
    channel: 'in_person',
    submittedOn: '2026-09-28',
    applicantType: 'natural_person',
    applicantName: '李某',
    idNumber: '370304198802021234',
    phone: '13900002222',
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const chief = await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'dashuju' });
    tokens.chief = await signIn(http, chief.username, chief.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('registers once per Idempotency-Key, pauses for a third party, extends with the head, answers after 保密审查, delivers with proof', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(intake());
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'processing', receivedOn: '2026-09-28', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(intake());
    expect(replayed.body.id).toBe(created.body.id);
    const id = created.body.id as string;

    const read = await http.get(`${path}/${id}`).set('authorization', bearer(tokens.office));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    expect(read.body.idNumber).toBe('370304198802021234');

    const consulted = await http.post(`${path}/${id}/consultations`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ kind: 'third_party', party: '某公司', sentOn: '2026-09-29' });
    expect({ status: consulted.status, state: consulted.body.status, due: consulted.body.dueDate }).toEqual({ status: 200, state: 'consulting', due: null });
    const stale = await http.post(`${path}/${id}/consultations`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ kind: 'other_body', party: '区财政局', sentOn: '2026-09-29' });
    expect(stale.status).toBe(412);
    const resumed = await http
      .post(`${path}/${id}/opinions`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', consulted.headers.etag)
      .send({ consultationId: consulted.body.consultations[0].id, opinion: 'object', repliedOn: '2026-10-09' });
    expect({ status: resumed.status, state: resumed.body.status }).toEqual({ status: 200, state: 'processing' });
    expect(resumed.body.dueExplanation.join('；')).toContain('不计入');

    const asked = await http.post(`${path}/${id}/extension`).set('authorization', bearer(tokens.office)).set('if-match', resumed.headers.etag).send({ reason: '需征求多方意见' });
    expect(asked.status).toBe(200);
    const byStaff = await http.post(`${path}/${id}/extension/decision`).set('authorization', bearer(tokens.office)).set('if-match', asked.headers.etag).send({ approve: true, noticeOn: '2026-10-12' });
    expect({ status: byStaff.status, code: byStaff.body.code, type: byStaff.headers['content-type'] }).toMatchObject({ status: 422, code: 'APPLICATION.EXTENSION_RULE', type: expect.stringContaining('application/problem+json') });
    expect(JSON.stringify(byStaff.body)).toContain('第三十三条');
    const byChief = await http.post(`${path}/${id}/extension/decision`).set('authorization', bearer(tokens.chief)).set('if-match', asked.headers.etag).send({ approve: true, noticeOn: '2026-10-12' });
    expect({ status: byChief.status, ext: byChief.body.extensionStatus }).toEqual({ status: 200, ext: 'approved' });

    const unreviewed = await http.post(`${path}/${id}/answer`).set('authorization', bearer(tokens.office)).set('if-match', byChief.headers.etag).send({ answerCode: 'partial', answeredOn: '2026-10-20', answerText: '部分公开' });
    expect({ status: unreviewed.status, code: unreviewed.body.code }).toEqual({ status: 422, code: 'APPLICATION.SECRECY_REVIEW_REQUIRED' });
    const reviewed = await http.post(`${path}/${id}/secrecy-review`).set('authorization', bearer(tokens.office)).set('if-match', byChief.headers.etag).send({ conclusion: 'cleared', reviewedOn: '2026-10-19' });
    const answered = await http.post(`${path}/${id}/answer`).set('authorization', bearer(tokens.office)).set('if-match', reviewed.headers.etag).send({ answerCode: 'partial', answeredOn: '2026-10-20', answerText: '涉及第三方商业秘密部分不予公开，其余予以公开' });
    expect({ status: answered.status, state: answered.body.status }).toEqual({ status: 200, state: 'answered' });
    const noProof = await http.post(`${path}/${id}/delivery`).set('authorization', bearer(tokens.office)).set('if-match', answered.headers.etag).send({ method: 'post', deliveredOn: '2026-10-21' });
    expect(noProof.status).toBe(400);
    const delivered = await http.post(`${path}/${id}/delivery`).set('authorization', bearer(tokens.office)).set('if-match', answered.headers.etag).send({ method: 'post', deliveredOn: '2026-10-21', proof: '挂号信 XA123456' });
    expect({ status: delivered.status, state: delivered.body.status }).toEqual({ status: 200, state: 'closed' });

    const report = await http.get('/api/disclosure/annual-reports/2026').set('authorization', bearer(tokens.leader));
    expect({ status: report.status, holds: report.body.crossCheckHolds }).toEqual({ status: 200, holds: true });
    expect(report.body.rows.find((r: { code: string }) => r.code === 'group_partial').counts[6]).toBeGreaterThanOrEqual(1);
    const file = await http.get('/api/disclosure/annual-reports/2026/export.xlsx').set('authorization', bearer(tokens.office)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    expect((await http.get('/api/disclosure/annual-reports/2026').set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
  });

  it("a liaison sees only their own unit's cases (another unit's is 404), with personal data masked in lists", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(intake({ title: '联络员甲的申请' }));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items).toEqual([expect.objectContaining({ id: created.body.id, idNumber: '370***********1234', phone: '139****2222' })]);
    const bad = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(intake({ channel: 'fax' }));
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'APPLICATION.RECEIPT_DATE' });
    expect(JSON.stringify(bad.body)).toContain('第三十一条');
  });
});
