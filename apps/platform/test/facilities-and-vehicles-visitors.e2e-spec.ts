import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 来访登记 of facilities-and-vehicles through the gateway: 身份证号 masked in lists, the gate's If-Match steps, no liaison access. */
describe('facilities-and-vehicles visitors end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { gate: '', leader: '', liaison: '' };
  const path = '/api/facilities-and-vehicles/visitors';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const gate = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    tokens.gate = await signIn(http, gate.username, gate.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('the gate registers a visitor once per Idempotency-Key; the list masks the 身份证号; leaving takes If-Match', async () => {
    const key = randomUUID();
    const body = { name: '王五', idNumber: '11010519491231002X', host: '综合科', purpose: '送达材料', companions: 0 };
    const created = await http.post(path).set('authorization', bearer(tokens.gate)).set('idempotency-key', key).send(body);
    expect({ status: created.status, idNumber: created.body.idNumber }).toEqual({ status: 201, idNumber: '11010519491231002X' });
    expect((await http.post(path).set('authorization', bearer(tokens.gate)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const listed = await http.get(path).query({ q: '王五' }).set('authorization', bearer(tokens.leader));
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((v: { idNumber: string }) => v.idNumber)).toEqual(['110105********002X']);
    expect(JSON.stringify(listed.body)).not.toContain('11010519491231002X');
    const left = await http.post(`${path}/${created.body.id}/leave`).set('authorization', bearer(tokens.gate)).set('if-match', created.headers.etag).send({});
    expect({ status: left.status, state: left.body.status }).toEqual({ status: 200, state: 'left' });
    const again = await http.post(`${path}/${created.body.id}/leave`).set('authorization', bearer(tokens.gate)).set('if-match', created.headers.etag).send({});
    expect(again.status).toBe(412);
  });

  it('a bad 身份证号 is a problem in Chinese; a leader cannot register and a liaison cannot read the log', async () => {
    const bad = await http.post(path).set('authorization', bearer(tokens.gate)).set('idempotency-key', randomUUID()).send({ name: '赵六', idNumber: '110105194912310021', host: '综合科', purpose: '来访', companions: 0 });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'VISITOR.BAD_ID_NUMBER' });
    expect((await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send({ name: '赵六', idNumber: '11010519491231002X', host: '综合科', purpose: '来访', companions: 0 })).status).toBe(403);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
