import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 后勤服务申请 of facilities-and-vehicles through the gateway: the request desk, deadlines, confirmation, who sees what. */
describe('facilities-and-vehicles logistics requests end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { section: '', clerk: '', otherClerk: '', liaisonA: '', liaisonB: '' };
  const path = '/api/facilities-and-vehicles/logistics-requests';
  const bearer = (token: string) => `Bearer ${token}`;
  const repair = { category: 'repair', urgency: 'normal', location: '区政府办公楼 2 楼会议室', description: '投影仪无信号' };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      section: { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' },
      clerk: { roles: ['section_staff'], sectionCode: 'zonghe' },
      otherClerk: { roles: ['section_staff'], sectionCode: 'xinxi' },
      liaisonA: { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null },
      liaisonB: { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null },
    } as const;
    for (const [key, spec] of Object.entries(users) as [keyof typeof tokens, (typeof users)[keyof typeof users]][]) {
      const user = await createUserForTest(platform.gateway, { ...spec, roles: [...spec.roles] });
      tokens[key] = await signIn(http, user.username, user.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a clerk reports a repair (once per Idempotency-Key), the section assigns and completes it, the clerk confirms with a satisfaction score', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.clerk)).set('idempotency-key', key).send(repair);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'submitted', light: 'green', urgencyLabel: '一般' } });
    expect(created.body.dueExplanation.join('\n')).toContain('个工作日');
    expect((await http.post(path).set('authorization', bearer(tokens.clerk)).set('idempotency-key', key).send(repair)).body.id).toBe(created.body.id);

    const byClerk = await http.post(`${path}/${created.body.id}/assign`).set('authorization', bearer(tokens.clerk)).set('if-match', created.headers.etag).send({ assignee: '自己派单' });
    expect(byClerk.status).toBe(403);
    const assigned = await http.post(`${path}/${created.body.id}/assign`).set('authorization', bearer(tokens.section)).set('if-match', created.headers.etag).send({ assignee: '信息中心 周工' });
    expect({ status: assigned.status, status2: assigned.body.status }).toEqual({ status: 200, status2: 'assigned' });
    const stale = await http.post(`${path}/${created.body.id}/complete`).set('authorization', bearer(tokens.section)).set('if-match', created.headers.etag).send({ note: '更换线缆' });
    expect(stale.status).toBe(412);
    const completed = await http.post(`${path}/${created.body.id}/complete`).set('authorization', bearer(tokens.section)).set('if-match', assigned.headers.etag).send({ note: '更换线缆' });
    expect(completed.body.status).toBe('completed');
    const badScore = await http.post(`${path}/${created.body.id}/confirm`).set('authorization', bearer(tokens.clerk)).set('if-match', completed.headers.etag).send({ satisfaction: 0 });
    expect({ status: badScore.status, type: badScore.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const confirmed = await http.post(`${path}/${created.body.id}/confirm`).set('authorization', bearer(tokens.clerk)).set('if-match', completed.headers.etag).send({ satisfaction: 5, feedback: '很快' });
    expect({ status: confirmed.status, body: confirmed.body }).toMatchObject({ status: 200, body: { status: 'confirmed', satisfaction: 5 } });
  });

  it('a liaison sees only their unit’s requests, another clerk none of this clerk’s; the section sees all and gets the statistics', async () => {
    const mine = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ ...repair, category: 'cleaning' });
    expect(mine.status).toBe(201);
    expect((await http.get(`${path}/${mine.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    expect((await http.get(`${path}/${mine.body.id}`).set('authorization', bearer(tokens.otherClerk))).status).toBe(404);
    expect((await http.get(path).set('authorization', bearer(tokens.otherClerk))).body.items).toEqual([]);
    expect((await http.get(`${path}/${mine.body.id}`).set('authorization', bearer(tokens.section))).status).toBe(200);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const stats = await http.get('/api/facilities-and-vehicles/logistics-statistics').query({ from: today, to: today }).set('authorization', bearer(tokens.section));
    expect(stats.status).toBe(200);
    expect(stats.body.categories.find((c: { category: string }) => c.category === 'cleaning')).toMatchObject({ total: 1 });
    expect((await http.get('/api/facilities-and-vehicles/logistics-statistics').query({ from: today, to: today }).set('authorization', bearer(tokens.clerk))).status).toBe(403);
  });
});
