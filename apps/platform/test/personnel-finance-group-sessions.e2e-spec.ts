import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 中心组学习、民主生活会 of personnel-finance through the gateway: Idempotency-Key, If-Match, preparation before holding, liaisons nothing. */
describe('personnel-finance group-sessions end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { renshi: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/group-sessions';
  const bearer = (token: string) => `Bearer ${token}`;

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

  it('plans once per Idempotency-Key, changes with If-Match (stale is 412), refuses to hold a 民主生活会 before its preparation, withdraws with a reason', async () => {
    const key = randomUUID();
    const body = { kind: 'democratic_life', topic: '端到端民主生活会', plannedOn: '2026-01-20', chairName: '孙建国', members: ['孙建国', '杨帆'] };
    const created = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'planned', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    const read = await http.get(at).set('authorization', bearer(tokens.leader));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });

    const changed = await http.put(at).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send({ ...body, topic: '端到端民主生活会（改）' });
    expect({ status: changed.status, version: changed.body.version }).toEqual({ status: 200, version: 2 });
    expect((await http.put(at).set('authorization', bearer(tokens.renshi)).set('if-match', read.headers.etag).send(body)).status).toBe(412);
    const early = await http
      .post(`${at}/held`)
      .set('authorization', bearer(tokens.renshi))
      .set('if-match', changed.headers.etag)
      .send({ heldOn: '2026-01-20', attendees: ['孙建国', '杨帆'], speeches: [{ speaker: '孙建国', summary: '对照检查' }], rectifications: [{ content: '整改', responsible: '杨帆', dueDate: '2026-03-01' }] });
    expect({ status: early.status, code: early.body.code, type: early.headers['content-type'] }).toMatchObject({ status: 422, code: 'GROUP_SESSION.PREPARATION_INCOMPLETE', type: expect.stringContaining('application/problem+json') });
    const prepared = await http.post(`${at}/preparation`).set('authorization', bearer(tokens.renshi)).set('if-match', changed.headers.etag).send({ step: 'solicit', doneOn: '2026-01-08', note: '征求意见 23 条' });
    expect({ status: prepared.status, done: prepared.body.preparation.filter((p: { doneOn: string | null }) => p.doneOn).length }).toEqual({ status: 200, done: 1 });
    expect((await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.leader)).set('if-match', prepared.headers.etag).send({ reason: '越权' })).status).toBe(403);
    const withdrawn = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.renshi)).set('if-match', prepared.headers.etag).send({ reason: '按上级通知改期' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '按上级通知改期' } });
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
