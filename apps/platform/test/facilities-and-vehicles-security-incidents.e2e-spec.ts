import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@gov/contracts-common';
import { SecurityIncidentEvents } from '@gov/contracts-facilities-and-vehicles';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { connectTestClient, createTestEnvironment, eventually, producerHeaders, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * 安全事件 of facilities-and-vehicles through the gateway (issue 18): recorded and handled by 机关事务管理科 with
 * Idempotency-Key and ETag/If-Match, escalated once to the duty office, where it arrives as one 紧急事项 named by its
 * source; the same event delivered again doubles nothing. A unit's liaison has no access to the compound's security.
 */
describe('facilities-and-vehicles security-incidents end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const tokens = { office: '', leader: '', liaison: '', zhiban: '' };
  const path = '/api/facilities-and-vehicles/security-incidents';
  const bearer = (token: string) => `Bearer ${token}`;
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const sql = (app: string, text: string, params: unknown[] = []) => parts(app).dataSource.query(text.replaceAll('{s}', `"${parts(app).schema}"`), params);
  const processed = async (subject: string): Promise<number> => (await sql('duty-and-meetings', `SELECT count(*)::int AS n FROM {s}.inbox WHERE subject = $1`, [subject]))[0].n;
  const incident = {
    title: '端到端：东门外人员聚集',
    kind: 'gathering',
    occurredAt: '2026-12-01T08:40:00+08:00',
    place: '区政府大院东门外',
    description: '约二十人聚集反映拆迁补偿问题。',
    handling: '门卫劝导，已通知信访局',
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    client = await connectTestClient(environment);
    const users = {
      office: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' }),
      leader: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
      zhiban: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password, users[key].totpSecret);
  });

  afterAll(async () => {
    await client?.close();
    await platform?.stop();
    await environment?.dispose();
  });

  it('records once per Idempotency-Key, reads with an ETag, changes with If-Match (a stale one is 412), withdraws only with a reason', async () => {
    const key = randomUUID();
    const body = { ...incident, title: '端到端：误登记' };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { title: '端到端：误登记', status: 'open', kindLabel: '聚集上访', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);

    const changed = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ ...body, place: '区政府大院西门' });
    expect({ status: changed.status, version: changed.body.version, place: changed.body.place }).toEqual({ status: 200, version: 2, place: '区政府大院西门' });
    const stale = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send(body);
    expect(stale.status).toBe(412);
    const unreasoned = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', changed.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', changed.headers.etag).send({ reason: '重复登记' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '重复登记', version: 3 } });
  });

  it('an escalated incident arrives once among the duty office’s 紧急事项, named by its source; a redelivery doubles nothing', async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(incident);
    expect(created.status).toBe(201);
    const escalated = await http.post(`${path}/${created.body.id}/escalate`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ level: 'large', note: '请值班室知悉' });
    expect({ status: escalated.status, body: escalated.body }).toMatchObject({ status: 200, body: { escalated: true, escalationLevel: 'large', version: 2 } });
    const again = await http.post(`${path}/${created.body.id}/escalate`).set('authorization', bearer(tokens.office)).set('if-match', escalated.headers.etag).send({ level: 'large' });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'SECURITY_INCIDENT.ALREADY_ESCALATED' });

    const [matter] = await eventually(async () => {
      const res = await http.get('/api/duty/urgent-matters').query({ q: incident.title }).set('authorization', bearer(tokens.zhiban));
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the urgent matter of the escalated incident');
    expect(matter).toMatchObject({
      title: incident.title,
      level: 'large',
      location: '区政府大院东门外',
      createdBy: 'system',
      occurredAt: '2026-12-01T00:40:00.000Z',
      receivedAt: escalated.body.escalatedAt,
      source: { kind: 'facilities_security_incident', id: created.body.id, label: expect.stringContaining('机关事务管理科大院安全事件·聚集上访') },
    });

    const before = await processed(SecurityIncidentEvents.escalated);
    const [{ envelope }] = (await sql('facilities-and-vehicles', `SELECT envelope FROM {s}.outbox WHERE subject = $1 AND envelope -> 'data' ->> 'incidentId' = $2`, [
      SecurityIncidentEvents.escalated,
      created.body.id,
    ])) as { envelope: EventEnvelope }[];
    await client.bus.publish(SecurityIncidentEvents.escalated, envelope, randomUUID(), producerHeaders(environment, 'facilities-and-vehicles', envelope));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // give a wrongly accepted redelivery time to show
    expect(await processed(SecurityIncidentEvents.escalated)).toBe(before);
    const once = await http.get('/api/duty/urgent-matters').query({ q: incident.title }).set('authorization', bearer(tokens.zhiban));
    expect(once.body.total).toBe(1);
  });

  it('a liaison has no access to the compound’s security; a reader cannot record', async () => {
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.post(path).set('authorization', bearer(tokens.liaison)).set('idempotency-key', randomUUID()).send(incident)).status).toBe(403);
    expect((await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send(incident)).status).toBe(403);
    const listed = await http.get(path).query({ escalated: 'true' }).set('authorization', bearer(tokens.leader));
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((r: { title: string }) => r.title)).toContain(incident.title);
  });
});
