import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 办公用房 of facilities-and-vehicles through the gateway: allocation against the standard, the over-standard list, a liaison seeing only their unit. */
describe('facilities-and-vehicles office rooms end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const unitA = randomUUID();
  const path = '/api/facilities-and-vehicles/office-rooms';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    tokens.office = await signIn(http, office.username, office.password);
    const liaisonA = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: unitA, sectionCode: null });
    tokens.liaisonA = await signIn(http, liaisonA.username, liaisonA.password);
    const liaisonB = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaisonB = await signIn(http, liaisonB.username, liaisonB.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('an allocation over the standard is refused (422, citing it); one within passes; after a handover the room is on the over-standard list', async () => {
    const room = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ building: '区委办公楼', roomNumber: '201', usableAreaM2: 24, use: 'office', unitId: unitA });
    expect(room.status).toBe(201);
    const over = await http.post(`${path}/${room.body.id}/allocate`).set('authorization', bearer(tokens.office)).set('if-match', room.headers.etag).send({ people: [{ personName: '孙科长', rank: 'section_deputy' }], since: '2026-03-01' });
    expect({ status: over.status, code: over.body.code }).toEqual({ status: 422, code: 'OFFICE_ROOM.OVER_STANDARD' });
    expect(over.body.detail).toContain('党政机关办公用房建设标准');
    const within = await http
      .post(`${path}/${room.body.id}/allocate`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', room.headers.etag)
      .send({ people: [{ personName: '孙科长', rank: 'section_deputy' }, { personName: '周科长', rank: 'section_deputy' }], since: '2026-03-01' });
    expect({ status: within.status, overStandard: within.body.overStandard }).toEqual({ status: 200, overStandard: false });
    const zhou = within.body.occupants.find((o: { personName: string }) => o.personName === '周科长');
    const handover = await http.post(`${path}/${room.body.id}/release`).set('authorization', bearer(tokens.office)).set('if-match', within.headers.etag).send({ occupantId: zhou.id, until: '2026-09-30', reason: '交流任职，办理移交' });
    expect({ status: handover.status, overStandard: handover.body.overStandard }).toEqual({ status: 200, overStandard: true });
    const list = await http.get('/api/facilities-and-vehicles/office-space/over-standard').set('authorization', bearer(tokens.liaisonA));
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([room.body.id]);
    expect((await http.get('/api/facilities-and-vehicles/office-space/over-standard').set('authorization', bearer(tokens.liaisonB))).body.items).toEqual([]);
    expect((await http.get(`${path}/${room.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    expect((await http.post(`${path}/${room.body.id}/retire`).set('authorization', bearer(tokens.liaisonA)).set('if-match', handover.headers.etag).send({ reason: '自行停用' })).status).toBe(403);
  });
});
