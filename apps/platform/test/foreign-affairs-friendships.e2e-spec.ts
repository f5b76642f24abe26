import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 国际友好关系 of foreign-affairs through the gateway: sign-in, Idempotency-Key, ETag/If-Match, a liaison seeing only their unit. */
describe('foreign-affairs friendships end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/foreign-affairs/friendships';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'waishi' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  const relation = { partnerName: '日本濑户市', partnerOriginalName: '瀬戸市', partnerType: 'city', country: '日本', kind: 'exchange_city', responsibleUnitName: '区外事办公室' };

  it('a relation: created once per Idempotency-Key, read with an ETag, an agreement and an exchange with If-Match (a stale one is 412), signed, terminated with a reason', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(relation);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { partnerName: '日本濑户市', status: 'intent', kindLabel: '友好交流城市', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(relation);
    expect(replayed.body.id).toBe(created.body.id);
    const id = created.body.id as string;

    const read = await http.get(`${path}/${id}`).set('authorization', bearer(tokens.office));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);

    const agreement = await http
      .post(`${path}/${id}/agreements`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', read.headers.etag)
      .send({ title: '友好交流合作备忘录', signedOn: '2025-04-01', place: '濑户市', signatories: ['副区长', '瀬戸市副市長'] });
    expect({ status: agreement.status, version: agreement.body.version, count: agreement.body.agreements?.length }).toEqual({ status: 200, version: 2, count: 1 });
    const stale = await http.post(`${path}/${id}/exchanges`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ date: '2025-05-01', direction: 'outbound', delegationHead: '副区长', summary: '出访濑户市' });
    expect(stale.status).toBe(412);
    const exchange = await http
      .post(`${path}/${id}/exchanges`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', agreement.headers.etag)
      .send({ date: '2025-05-01', direction: 'outbound', delegationHead: '副区长', summary: '出访濑户市' });
    expect({ status: exchange.status, direction: exchange.body.exchanges?.[0]?.direction }).toEqual({ status: 200, direction: 'outbound' });
    const signed = await http.post(`${path}/${id}/sign`).set('authorization', bearer(tokens.office)).set('if-match', exchange.headers.etag).send({ signedOn: '2025-04-01' });
    expect({ status: signed.status, state: signed.body.status }).toEqual({ status: 200, state: 'signed' });
    const unreasoned = await http.post(`${path}/${id}/terminate`).set('authorization', bearer(tokens.office)).set('if-match', signed.headers.etag).send({ terminatedOn: '2026-01-01' });
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const ended = await http.post(`${path}/${id}/terminate`).set('authorization', bearer(tokens.office)).set('if-match', signed.headers.etag).send({ reason: '双方协商终止', terminatedOn: '2026-01-01' });
    expect({ status: ended.status, body: ended.body }).toMatchObject({ status: 200, body: { status: 'terminated', terminationReason: '双方协商终止', version: 5 } });
  });

  it("a liaison sees only their own unit's relations (another unit's is 404) and cannot sign", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ ...relation, partnerName: '联络员甲的友城' });
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    const sign = await http.post(`${path}/${created.body.id}/sign`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({ signedOn: '2025-01-01' });
    expect(sign.status).toBe(403);
  });

  it('an honorary title: proposed by a liaison (passport masked for others), reviewed, approved, conferred by the section; a step out of order is 422 with its code', async () => {
    const titles = '/api/foreign-affairs/honorary-titles';
    const proposed = await http
      .post(titles)
      .set('authorization', bearer(tokens.liaisonA))
      .set('idempotency-key', randomUUID())
      .send({ titleName: '友好使者', nomineeName: 'Tanaka Ichiro', nationality: '日本', passportNumber: 'TK1234567', contribution: '促成两地陶瓷产业合作', proposingUnitName: '区商务局' });
    expect({ status: proposed.status, passport: proposed.body.passportNumber, state: proposed.body.status }).toEqual({ status: 201, passport: 'TK1234567', state: 'proposed' });
    const id = proposed.body.id as string;
    const listed = await http.get(titles).query({ q: 'Tanaka' }).set('authorization', bearer(tokens.office));
    expect(listed.body.items.find((t: { id: string }) => t.id === id)?.passportNumber).not.toBe('TK1234567');
    expect((await http.get(`${titles}/${id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);

    const early = await http.post(`${titles}/${id}/confer`).set('authorization', bearer(tokens.office)).set('if-match', proposed.headers.etag).send({ conferredOn: '2025-09-01', certificateNumber: 'YH-001' });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 422, code: 'HONORARY_TITLE.STEP_OUT_OF_ORDER' });
    const byLiaison = await http.post(`${titles}/${id}/review`).set('authorization', bearer(tokens.liaisonA)).set('if-match', proposed.headers.etag).send({ opinion: '同意' });
    expect(byLiaison.status).toBe(403);
    const reviewed = await http.post(`${titles}/${id}/review`).set('authorization', bearer(tokens.office)).set('if-match', proposed.headers.etag).send({ opinion: '材料齐全，同意报批' });
    expect(reviewed.status).toBe(200);
    const approved = await http
      .post(`${titles}/${id}/approve`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', reviewed.headers.etag)
      .send({ approver: '区长', approvingBody: '区政府第12次常务会议', approvedOn: '2025-08-15' });
    expect(approved.status).toBe(200);
    const conferred = await http.post(`${titles}/${id}/confer`).set('authorization', bearer(tokens.office)).set('if-match', approved.headers.etag).send({ conferredOn: '2025-09-01', certificateNumber: 'YH-001' });
    expect({ status: conferred.status, body: conferred.body }).toMatchObject({ status: 200, body: { status: 'conferred', certificateNumber: 'YH-001', approvingBody: '区政府第12次常务会议', version: 4 } });
  });
});
