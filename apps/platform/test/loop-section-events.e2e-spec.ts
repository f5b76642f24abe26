import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type EventEnvelope } from '@gov/contracts-common';
import { IncidentEvents, ReceptionEvents } from '@gov/contracts-foreign-affairs';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { connectTestClient, createTestEnvironment, eventually, producerHeaders, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * Issues 16 and 19, closing the loop: a 外宾接待 scheduled in foreign-affairs appears on the accompanying leader's
 * calendar (and is cancelled there when withdrawn); a 涉外案事件 reported there is listed among the duty office's
 * 紧急事项. Each event delivered once more (the producer's own envelope, under a new bus message id) doubles nothing.
 */
describe('loop: foreign-affairs receptions and incidents reach the leaders’ calendars and the duty office', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const tokens: Record<string, string> = {};
  let mayorId = '';

  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const sql = (app: string, text: string, params: unknown[] = []) => parts(app).dataSource.query(text.replaceAll('{s}', `"${parts(app).schema}"`), params);
  const processed = async (subject: string): Promise<number> => (await sql('duty-and-meetings', `SELECT count(*)::int AS n FROM {s}.inbox WHERE subject = $1`, [subject]))[0].n;
  /** The last envelope foreign-affairs published under `subject` for the record, delivered again as its relay would. */
  const redeliver = async (subject: string, key: string, id: string) => {
    const [{ envelope }] = (await sql('foreign-affairs', `SELECT envelope FROM {s}.outbox WHERE subject = $1 AND envelope -> 'data' ->> '${key}' = $2 ORDER BY seq DESC LIMIT 1`, [subject, id])) as { envelope: EventEnvelope }[];
    await client.bus.publish(subject, envelope, randomUUID(), producerHeaders(environment, 'foreign-affairs', envelope));
  };
  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
    return user;
  };
  const ok = (res: request.Response, status = 200) => expect({ status: res.status, body: res.status === status ? undefined : res.body }).toEqual({ status, body: undefined });
  const calendar = () => http.get('/api/leader-calendar').query({ from: '2026-05-01T00:00:00+08:00', to: '2026-06-01T00:00:00+08:00' }).set('authorization', tokens.mayor);

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    client = await connectTestClient(environment);
    await bearer('waishi', { roles: ['section_staff'], sectionCode: 'waishi' });
    await bearer('zhiban', { roles: ['section_staff'], sectionCode: 'zonghe' });
    mayorId = (await bearer('mayor', { roles: ['district_leader'], displayName: '王区长' })).id;
  });

  afterAll(async () => {
    await client?.close();
    await platform?.stop();
    await environment?.dispose();
  });

  it('a scheduled reception is on the leader’s calendar once, and cancelled there with the reason when withdrawn', async () => {
    const path = '/api/foreign-affairs/receptions';
    const created = await http.post(path).set('authorization', tokens.waishi).set('idempotency-key', randomUUID()).send({
      title: '接待德国杜塞尔多夫市代表团',
      protocolLevel: 'important',
      purpose: '商谈陶瓷琉璃产业合作',
      startsAt: '2026-05-11T09:00:00+08:00',
      endsAt: '2026-05-11T12:00:00+08:00',
      location: '博山宾馆',
      guests: [{ name: 'Anna Schmidt', organization: '杜塞尔多夫市经济促进局', title: '局长', country: '德国' }],
      leaders: [{ userId: mayorId, name: '王区长' }],
      programme: [{ at: '2026-05-11T09:30:00+08:00', item: '会见' }],
      responsible: [{ name: '潘婷', duty: '迎送' }],
      gifts: [],
    });
    ok(created, 201);
    const scheduled = await http.post(`${path}/${created.body.id}/schedule`).set('authorization', tokens.waishi).set('if-match', created.headers.etag).send({});
    ok(scheduled);

    const [entry] = await eventually(async () => {
      const res = await calendar();
      return res.status === 200 && res.body.items.length > 0 && res.body.items;
    }, 30_000, 'the reception on the mayor’s calendar');
    expect(entry).toMatchObject({ leaderUserId: mayorId, source: 'reception', title: '接待德国杜塞尔多夫市代表团', location: '博山宾馆', startsAt: '2026-05-11T01:00:00.000Z' });
    const activity = await http.get(`/api/activities/${entry.sourceId}`).set('authorization', tokens.zhiban);
    ok(activity);
    expect(activity.body).toMatchObject({ kind: 'reception', status: 'scheduled', createdBy: 'system', source: { kind: 'foreign_affairs_reception', id: created.body.id } });

    const before = await processed(ReceptionEvents.scheduled);
    await redeliver(ReceptionEvents.scheduled, 'receptionId', created.body.id);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // give a wrongly accepted redelivery time to show
    expect(await processed(ReceptionEvents.scheduled)).toBe(before);
    const once = await calendar();
    expect(once.body.items).toHaveLength(1);
    const listed = await http.get('/api/activities').query({ kind: 'reception', q: '杜塞尔多夫', limit: 100 }).set('authorization', tokens.zhiban);
    expect(listed.body.items).toHaveLength(1);

    ok(await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', tokens.waishi).set('if-match', scheduled.headers.etag).send({ reason: '外方行程调整' }));
    const cancelled = await eventually(async () => {
      const res = await http.get(`/api/activities/${entry.sourceId}`).set('authorization', tokens.zhiban);
      return res.body.status === 'cancelled' && res.body;
    }, 30_000, 'the reception cancelled on the calendar');
    expect(cancelled).toMatchObject({ cancelReason: '外事办取消接待：外方行程调整', updatedBy: 'system' });
    expect((await calendar()).body.items).toEqual([]);
    await redeliver(ReceptionEvents.cancelled, 'receptionId', created.body.id);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await http.get(`/api/activities/${entry.sourceId}`).set('authorization', tokens.zhiban)).body.version).toBe(cancelled.version);
  });

  it('a reported incident is listed among the duty office’s urgent matters once, named by its source', async () => {
    const title = `外籍员工劳动纠纷-${Date.now().toString(36)}`;
    const created = await http.post('/api/foreign-affairs/incidents').set('authorization', tokens.waishi).set('idempotency-key', randomUUID()).send({
      kind: 'incident',
      title,
      level: 'general',
      occurredAt: '2026-06-01T08:00:00+08:00',
      receivedAt: '2026-06-01T08:30:00+08:00',
      location: '博山区某企业',
      summary: '一名外籍员工与企业发生劳动纠纷。',
      units: [],
      contacts: [{ name: '企业负责人', relation: '当事单位', phone: '13805335678' }],
    });
    ok(created, 201);
    const [matter] = await eventually(async () => {
      const res = await http.get('/api/duty/urgent-matters').query({ q: title }).set('authorization', tokens.zhiban);
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the urgent matter of the incident');
    expect(matter).toMatchObject({ title, level: 'general', createdBy: 'system', receivedAt: '2026-06-01T00:30:00.000Z', source: { kind: 'foreign_affairs_incident', id: created.body.id, label: '外事办涉外案事件·涉外案事件' } });
    expect(JSON.stringify(matter)).not.toContain('13805335678');

    const before = await processed(IncidentEvents.reported);
    await redeliver(IncidentEvents.reported, 'incidentId', created.body.id);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await processed(IncidentEvents.reported)).toBe(before);
    const again = await http.get('/api/duty/urgent-matters').query({ q: title }).set('authorization', tokens.zhiban);
    expect(again.body.total).toBe(1);
  });
});
