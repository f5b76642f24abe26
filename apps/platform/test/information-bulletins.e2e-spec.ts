import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 《博山政务信息》 through the gateway: 信息科 builds an issue, the chief reviews, the office leader signs; liaisons see none. */
describe('information bulletins end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { staff: '', chief: '', director: '', liaison: '' };
  const path = '/api/information/bulletins';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const people = {
      staff: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'xinxi' }),
      chief: await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'xinxi' }),
      director: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
    };
    for (const key of Object.keys(people) as (keyof typeof people)[]) tokens[key] = await signIn(http, people[key].username, people[key].password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('an accepted item goes into an issue: 审核 by the chief, 签发 by the office leader gives 第1期; the released issue is immutable; the catalogue exports', async () => {
    const item = await http.post('/api/information/submissions').set('authorization', bearer(tokens.liaison)).set('idempotency-key', randomUUID()).send({ title: '期刊端到端稿件', body: '这是一条用于期刊端到端测试的政务信息正文。', category: 'practice' });
    const accepted = await http.post(`/api/information/submissions/${item.body.id}/accept`).set('authorization', bearer(tokens.staff)).set('if-match', item.headers.etag).send({});
    expect(accepted.status).toBe(200);

    const created = await http.post(path).set('authorization', bearer(tokens.staff)).set('idempotency-key', randomUUID()).send({ kind: 'regular', itemIds: [item.body.id] });
    expect({ status: created.status, state: created.body.status }).toEqual({ status: 201, state: 'draft' });
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    const submitted = await http.post(`${path}/${created.body.id}/submit`).set('authorization', bearer(tokens.staff)).set('if-match', created.headers.etag).send({});
    const notChief = await http.post(`${path}/${created.body.id}/review`).set('authorization', bearer(tokens.staff)).set('if-match', submitted.headers.etag).send({});
    expect(notChief.status).toBe(403);
    const reviewed = await http.post(`${path}/${created.body.id}/review`).set('authorization', bearer(tokens.chief)).set('if-match', submitted.headers.etag).send({ note: '同意' });
    expect(reviewed.status).toBe(200);
    const signed = await http.post(`${path}/${created.body.id}/sign`).set('authorization', bearer(tokens.director)).set('if-match', reviewed.headers.etag).send({ releasedOn: '2026-12-01', distribution: ['区政府领导'] });
    expect({ status: signed.status, label: signed.body.label }).toEqual({ status: 200, label: '2026年第1期' });
    const after = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.staff)).set('if-match', signed.headers.etag).send({ kind: 'regular', itemIds: [item.body.id] });
    expect({ status: after.status, code: after.body.code }).toEqual({ status: 422, code: 'BULLETIN.INVALID_STATE' });
    const xlsx = await http.get(`${path}/catalogue.xlsx`).query({ year: 2026 }).set('authorization', bearer(tokens.director)).buffer(true);
    expect({ status: xlsx.status, type: xlsx.headers['content-type'] }).toEqual({ status: 200, type: expect.stringContaining('spreadsheetml') });
  });
});
