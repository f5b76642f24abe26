import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@gov/contracts-common';
import { MonthlyNoticeEvents } from '@gov/contracts-information';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { connectTestClient, createTestEnvironment, eventually, producerHeaders, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * 月度通报 (issue 16) through the gateway: 信息科 drafts last month's notice, its chief reviews, the office's leader
 * signs; the signed notice reaches document-secretariat over the bus and becomes one 发文 awaiting 编号 and 印发, with
 * its origin — once, even when the event is delivered again or emitted again under another id.
 */
describe('information monthly-notices end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const tokens = { staff: '', chief: '', director: '', mayor: '', liaison: '', clerk: '' };
  const path = '/api/information/monthly-notices';
  const bearer = (token: string) => `Bearer ${token}`;
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const sql = (app: string, text: string, params: unknown[] = []) => parts(app).dataSource.query(text.replaceAll('{s}', `"${parts(app).schema}"`), params);
  const documentsOf = async (noticeId: string): Promise<number> =>
    (await sql('document-secretariat', `SELECT count(*)::int AS n FROM {s}.outgoing_origin WHERE origin_kind = 'information-monthly-notice' AND origin_id = $1`, [noticeId]))[0].n;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
  const body = { month: last, preface: '现将各镇街、区直各部门政务信息报送采用情况通报如下。', mainRecipients: ['各镇人民政府、街道办事处', '区政府各部门'] };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    client = await connectTestClient(environment);
    const users = {
      staff: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'xinxi' }),
      chief: await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'xinxi' }),
      director: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null, displayName: '李主任' }),
      mayor: await createUserForTest(platform.gateway, { roles: ['district_leader'], sectionCode: null }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
      clerk: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'wenmi' }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password, users[key].totpSecret);
  });

  afterAll(async () => {
    await client?.close();
    await platform?.stop();
    await environment?.dispose();
  });

  it('drafted, reviewed and signed through the gateway, the notice becomes one 发文 in document-secretariat, once even when redelivered', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.staff)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { month: last, status: 'draft', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.staff)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const duplicate = await http.post(path).set('authorization', bearer(tokens.staff)).set('idempotency-key', randomUUID()).send(body);
    expect({ status: duplicate.status, code: duplicate.body.code }).toEqual({ status: 409, code: 'MONTHLY_NOTICE.DUPLICATE_MONTH' });
    const open = await http.post(path).set('authorization', bearer(tokens.staff)).set('idempotency-key', randomUUID()).send({ ...body, month: today.slice(0, 7) });
    expect({ status: open.status, code: open.body.code, type: open.headers['content-type'] }).toMatchObject({ status: 422, code: 'MONTHLY_NOTICE.MONTH_NOT_CLOSED', type: expect.stringContaining('application/problem+json') });
    const id = created.body.id as string;

    const submitted = await http.post(`${path}/${id}/submit`).set('authorization', bearer(tokens.staff)).set('if-match', created.headers.etag).send({});
    expect({ status: submitted.status, state: submitted.body.status }).toEqual({ status: 200, state: 'reviewing' });
    const notChief = await http.post(`${path}/${id}/review`).set('authorization', bearer(tokens.staff)).set('if-match', submitted.headers.etag).send({});
    expect({ status: notChief.status, code: notChief.body.code }).toEqual({ status: 403, code: 'MONTHLY_NOTICE.REVIEWER_REQUIRED' });
    const reviewed = await http.post(`${path}/${id}/review`).set('authorization', bearer(tokens.chief)).set('if-match', submitted.headers.etag).send({ note: '同意' });
    expect({ status: reviewed.status, state: reviewed.body.status }).toEqual({ status: 200, state: 'approved' });
    expect((await http.post(`${path}/${id}/sign`).set('authorization', bearer(tokens.staff)).set('if-match', reviewed.headers.etag).send({})).status).toBe(403);
    const signed = await http.post(`${path}/${id}/sign`).set('authorization', bearer(tokens.director)).set('if-match', reviewed.headers.etag).send({ opinion: '同意印发' });
    expect({ status: signed.status, body: signed.body }).toMatchObject({ status: 200, body: { status: 'signed', statusLabel: '已签发', signedOn: today, signerName: '李主任' } });

    // document-secretariat registers it as a 发文 already signed, awaiting 编号.
    const [document] = await eventually(async () => {
      const res = await http.get('/api/documents/outgoing').query({ q: created.body.title }).set('authorization', bearer(tokens.clerk));
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the 发文 of the signed notice');
    expect(document).toMatchObject({ title: created.body.title, status: 'signed', docType: '通报', agencyCode: '博政办字' });
    const full = await http.get(`/api/documents/outgoing/${document.id}`).set('authorization', bearer(tokens.clerk));
    expect(full.body).toMatchObject({ origin: { kind: 'information-monthly-notice', id, label: `信息科 月度通报（${last.slice(0, 4)}年${Number(last.slice(5, 7))}月）` }, signerName: '李主任', writtenDate: today, mainRecipients: [expect.objectContaining({ name: '各镇人民政府、街道办事处' }), expect.objectContaining({ name: '区政府各部门' })] });
    const timeline = await http.get(`/api/documents/timeline/outgoing/${document.id}`).set('authorization', bearer(tokens.clerk));
    expect(JSON.stringify(timeline.body)).toContain(`信息科 月度通报（${last.slice(0, 4)}年${Number(last.slice(5, 7))}月）`);
    expect(await documentsOf(id)).toBe(1);

    // The same envelope again (the inbox drops it), and the same notice under a new event id (one 发文 per notice).
    const [{ envelope }] = (await sql('information', `SELECT envelope FROM {s}.outbox WHERE subject = $1 AND envelope -> 'data' ->> 'noticeId' = $2`, [MonthlyNoticeEvents.signed, id])) as { envelope: EventEnvelope }[];
    await client.bus.publish(MonthlyNoticeEvents.signed, envelope, randomUUID(), producerHeaders(environment, 'information', envelope));
    const reemitted = { ...envelope, id: randomUUID() };
    await client.bus.publish(MonthlyNoticeEvents.signed, reemitted, randomUUID(), producerHeaders(environment, 'information', reemitted));
    await eventually(async () => (await sql('document-secretariat', `SELECT count(*)::int AS n FROM {s}.inbox WHERE event_id = $1`, [reemitted.id]))[0]?.n === 1, 30_000, 'the re-emitted event handled');
    expect(await documentsOf(id)).toBe(1);
    const once = await http.get('/api/documents/outgoing').query({ q: created.body.title }).set('authorization', bearer(tokens.clerk));
    expect(once.body.total).toBe(1);
  });

  it('leaders see a notice once it reaches them; a liaison sees none', async () => {
    const other = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 3, 1)).toISOString().slice(0, 7);
    const created = await http.post(path).set('authorization', bearer(tokens.staff)).set('idempotency-key', randomUUID()).send({ ...body, month: other });
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.mayor))).status).toBe(404);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.director))).status).toBe(404);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.post(path).set('authorization', bearer(tokens.liaison)).set('idempotency-key', randomUUID()).send({ ...body, month: other })).status).toBe(403);
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.staff)).set('if-match', created.headers.etag).send({ reason: '重新起草' });
    expect({ status: withdrawn.status, state: withdrawn.body.status, reason: withdrawn.body.reason }).toEqual({ status: 200, state: 'withdrawn', reason: '重新起草' });
  });
});
