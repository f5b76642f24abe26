import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 门卫排班 and 巡逻记录 of facilities-and-vehicles through the gateway: Idempotency-Key, ETag/If-Match, 409 on a double-booked guard, no liaison access. */
describe('facilities-and-vehicles guard shifts and patrols end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaison: '' };
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      office: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' }),
      leader: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password, users[key].totpSecret);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('rosters once per Idempotency-Key, refuses a second post in the same shift (409), cancels with If-Match and a reason', async () => {
    const path = '/api/facilities-and-vehicles/guard-shifts';
    const key = randomUUID();
    const body = { date: '2026-12-07', shift: 'day', post: '东门岗', guardName: '刘建国' };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'scheduled', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const busy = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, post: '西门岗' });
    expect({ status: busy.status, code: busy.body.code }).toEqual({ status: 409, code: 'GUARD_SHIFT.GUARD_BUSY' });
    expect(busy.headers['content-type']).toContain('application/problem+json');
    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect(read.headers.etag).toBe(created.headers.etag);
    const cancelled = await http.post(`${path}/${created.body.id}/cancel`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ reason: '人员病假' });
    expect({ status: cancelled.status, body: cancelled.body }).toMatchObject({ status: 200, body: { status: 'cancelled', cancelReason: '人员病假', version: 2 } });
    const stale = await http.post(`${path}/${created.body.id}/cancel`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ reason: '人员病假' });
    expect(stale.status).toBe(412);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });

  it('records a patrol, lists the abnormal ones, voids with a reason; times that cannot be are a 422 in Chinese', async () => {
    const path = '/api/facilities-and-vehicles/patrols';
    const body = { route: '东门—办公楼—车库—西门', patrolledBy: '刘建国', startedAt: '2026-12-01T22:00:00+08:00', endedAt: '2026-12-01T22:40:00+08:00', findings: '车库北侧消防栓漏水', abnormal: true };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { minutes: 40, abnormal: true, status: 'recorded' } });
    const listed = await http.get(path).query({ abnormal: 'true' }).set('authorization', bearer(tokens.leader));
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    const bad = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, endedAt: '2026-12-01T21:00:00+08:00' });
    expect({ status: bad.status, code: bad.body.code, errors: bad.body.errors }).toEqual({ status: 422, code: 'PATROL.BAD_TIMES', errors: [expect.objectContaining({ field: 'endedAt', message: 'endedAt：结束时间须晚于开始时间' })] });
    const voided = await http.post(`${path}/${created.body.id}/void`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ reason: '重复登记' });
    expect({ status: voided.status, body: voided.body }).toMatchObject({ status: 200, body: { status: 'voided', voidReason: '重复登记' } });
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
