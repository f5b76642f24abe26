import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 机构编制 of personnel-finance through the gateway: 人事科 registers and changes on a 批文, leaders read, liaisons see nothing. */
describe('personnel-finance establishment-posts end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { renshi: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/establishment-posts';
  const bearer = (token: string) => `Bearer ${token}`;
  const body = { unitName: '博山区人民政府办公室', kind: 'administrative', level: 'principal_section', title: '主任', postTitles: ['主任'], approvedCount: 1, basisNumber: '博编发〔2026〕1号', basisDate: '2026-01-10' };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const renshi = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'renshi' });
    tokens.renshi = await signIn(http, renshi.username, renshi.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('registers once per Idempotency-Key, reads with an ETag, changes on a new 批文 with If-Match (a stale one is 412), withdraws with a reason', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { title: '主任', status: 'in_force', approvedCount: 1, filled: 0, vacant: 1, fillSource: 'staff_records', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);
    expect((await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader)).set('if-match', read.headers.etag).send(body)).status).toBe(403);

    const changed = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send({ ...body, approvedCount: 2, basisNumber: '博编发〔2026〕5号', basisDate: '2026-05-01' });
    expect({ status: changed.status, version: changed.body.version, revisions: changed.body.revisions.length }).toEqual({ status: 200, version: 2, revisions: 2 });
    const stale = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send(body);
    expect(stale.status).toBe(412);
    const unreasoned = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.renshi)).set('if-match', changed.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.renshi)).set('if-match', changed.headers.etag).send({ reason: '录入错误' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '录入错误', version: 3 } });
  });

  it('a duplicate line is 409; a liaison sees nothing', async () => {
    const first = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', randomUUID()).send({ ...body, level: 'deputy_section', title: '副主任', postTitles: ['副主任'] });
    expect(first.status).toBe(201);
    const again = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', randomUUID()).send({ ...body, level: 'deputy_section', title: '副主任', postTitles: ['副主任'] });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'ESTABLISHMENT_POST.DUPLICATE' });
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(`${path}/${first.body.id}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
