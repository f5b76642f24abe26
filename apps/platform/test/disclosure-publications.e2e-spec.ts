import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 主动公开 of disclosure through the gateway: register, 保密审查, publish with a 索引号, withdraw with a reason; liaisons see none. */
describe('disclosure publications end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaison: '' };
  const path = '/api/disclosure/publications';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('registers once per Idempotency-Key, reviews, publishes with a 索引号 and withdraws with a reason under If-Match', async () => {
    const key = randomUUID();
    const body = { title: '端到端测试公开信息', content: '摘要', category: 'announcement', madeOn: '2026-09-28' };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'queued', dueDate: '2026-10-30', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const early = await http.post(`${path}/${created.body.id}/publish`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ publishedOn: '2026-10-09' });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 422, code: 'PUBLICATION.INVALID_STATE' });
    const reviewed = await http.post(`${path}/${created.body.id}/review`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ conclusion: 'cleared', reviewedOn: '2026-10-09' });
    expect(reviewed.status).toBe(200);
    const stale = await http.post(`${path}/${created.body.id}/publish`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ publishedOn: '2026-10-09' });
    expect(stale.status).toBe(412);
    const published = await http.post(`${path}/${created.body.id}/publish`).set('authorization', bearer(tokens.office)).set('if-match', reviewed.headers.etag).send({ publishedOn: '2026-10-09' });
    expect({ status: published.status, state: published.body.status, index: published.body.indexNumber }).toEqual({ status: 200, state: 'published', index: expect.stringMatching(/^2026-\d{5}$/) });
    const unreasoned = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', published.headers.etag).send({});
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', published.headers.etag).send({ reason: '已被新文件替代' });
    expect({ status: withdrawn.status, state: withdrawn.body.status }).toEqual({ status: 200, state: 'withdrawn' });
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader))).status).toBe(200);
  });

  it('a liaison has no access to the 公开目录; a leader cannot change it', async () => {
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    const byLeader = await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send({ title: '领导登记', content: '—', category: 'other', madeOn: '2026-09-28' });
    expect(byLeader.status).toBe(403);
  });
});
