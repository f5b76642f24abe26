import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let serial = 0;
const idNumber = () => `3703041985${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial++ % 100).padStart(2, '0')}`.slice(0, 18);

/** An application at the limits of one country: 5 days, 6 people (the interpreter among them), every day official. */
function application(over: Record<string, unknown> & { days?: number; people?: number } = {}) {
  const departureDate = (over.departureDate as string) ?? '2026-03-16';
  const days = over.days ?? 5;
  const people = over.people ?? 6;
  const { days: _d, people: _p, ...rest } = over;
  return {
    title: '端到端经贸考察团',
    unitName: '博山区商务局',
    purpose: '考察陶瓷琉璃产业合作',
    planYear: 2026,
    planEntry: '2026年度出访计划第1项',
    countries: [{ name: '德国', region: 'other', transit: false, leavesAirport: false }],
    departureDate,
    returnDate: addDays(departureDate, days - 1),
    itinerary: Array.from({ length: days }, (_, i) => ({ date: addDays(departureDate, i), place: '德国 杜塞尔多夫', business: '会谈与考察', official: true })),
    members: Array.from({ length: people }, (_, i) => ({
      name: `端到端团员${i + 1}`,
      post: '科长',
      rank: '正科级',
      unitName: '博山区商务局',
      leadership: false,
      role: i === people - 1 ? 'interpreter' : 'delegate',
      idNumber: idNumber(),
    })),
    inviter: '杜塞尔多夫市经济促进局',
    invitationSummary: '邀请我区代表团赴德商谈合作',
    budgetFen: 15_000_000,
    ...rest,
  };
}

/** 因公临时出国 through the gateway: the rule checks, approval, 公示 blocking departure, briefings, the report going red in 待办. */
describe('foreign-affairs trips end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const path = '/api/foreign-affairs/trips';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'waishi' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['district_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  const change = (id: string, action: string, token: string, etag: string, body: object = {}) => http.post(`${path}/${id}/${action}`).set('authorization', bearer(token)).set('if-match', etag).send(body);

  it('at each limit the trip is accepted, one step beyond it is refused with its rule; the live check lists every breach', async () => {
    const check = async (body: object) => {
      const res = await http.post(`${path}/check`).set('authorization', bearer(tokens.liaisonA)).send(body);
      expect(res.status).toBe(200);
      return (res.body.breaches as { rule: string; basis: string }[]).map((b) => b.rule);
    };
    const countries = ['德国', '法国', '意大利', '奥地利'].map((name) => ({ name, region: 'other', transit: false, leavesAirport: false }));
    expect(await check(application())).toEqual([]);
    expect(await check(application({ days: 6 }))).toEqual(['days']);
    expect(await check(application({ countries: countries.slice(0, 3), days: 10 }))).toEqual([]);
    expect(await check(application({ countries: countries.slice(0, 3), days: 11 }))).toEqual(['days']);
    expect(await check(application({ countries, days: 10 }))).toEqual(['countries']);
    expect(await check(application({ people: 7 }))).toEqual(['group']);

    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(application({ people: 7 }));
    expect({ status: created.status, breaches: created.body.check?.breaches?.map((b: { rule: string }) => b.rule) }).toEqual({ status: 201, breaches: ['group'] });
    const refused = await change(created.body.id, 'submit', tokens.liaisonA, created.headers.etag);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'TRIP.RULE_BREACH', errors: [expect.objectContaining({ field: 'group', message: expect.stringContaining('中办发〔2013〕16号') })] });
    const bad = await http.post(`${path}/check`).set('authorization', bearer(tokens.liaisonA)).send({ ...application(), budgetFen: 1.5 });
    expect(bad.status).toBe(400);
  });

  it('a trip whose 公示 has not run its 5 working days cannot depart; a returned trip without its report goes red in 待办', async () => {
    const key = randomUUID();
    const body = application({ title: '端到端公示测试团' });
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(created.status).toBe(201);
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const id = created.body.id as string;
    let res = await change(id, 'submit', tokens.liaisonA, created.headers.etag);
    expect(res.status).toBe(200);
    expect((await change(id, 'review', tokens.liaisonA, res.headers.etag, { decision: 'pass', opinion: '同意' })).status).toBe(403);
    res = await change(id, 'review', tokens.office, res.headers.etag, { decision: 'pass', opinion: '同意报批' });
    expect(res.status).toBe(200);
    res = await change(id, 'approve', tokens.leader, res.headers.etag, { decision: 'pass', opinion: '同意出访' });
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'approved' });
    // Published Tuesday 03-10: the 5 working days end Tuesday 03-17.
    res = await change(id, 'publicize', tokens.office, res.headers.etag, { publishedOn: '2026-03-10' });
    expect(res.body).toMatchObject({ publicityEndsOn: '2026-03-17', publicityInTime: false });
    for (let member = 0; member < 6; member++) {
      res = await change(id, 'briefings', tokens.office, res.headers.etag, { member, briefedOn: '2026-03-12', note: '外事纪律教育' });
      expect(res.status).toBe(200);
    }
    const early = await change(id, 'depart', tokens.liaisonA, res.headers.etag, { departedOn: '2026-03-16' });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 422, code: 'TRIP.PUBLICITY_NOT_OVER' });
    expect(early.body.detail).toContain('5 个工作日');
    res = await change(id, 'depart', tokens.liaisonA, res.headers.etag, { departedOn: '2026-03-18' });
    expect(res.status).toBe(200);
    res = await change(id, 'return', tokens.liaisonA, res.headers.etag, { returnedOn: '2026-03-22' });
    expect(res.body).toMatchObject({ status: 'returned', reportDueOn: '2026-04-22', reportOverdue: true });

    // The unit's liaison has the report in 待办, red: more than a month has passed since the return.
    const task = await eventually(async () => {
      const list = await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.liaisonA));
      return (list.body.items as { kind: string; link: string; light: string; deadline: string }[]).find((t) => t.kind === 'trip_report' && t.link === `/foreign-affairs/trips/${id}`);
    }, 15_000, 'the report task');
    expect(task).toMatchObject({ light: 'red', deadline: '2026-04-22' });

    res = await change(id, 'report', tokens.liaisonA, res.headers.etag, { report: '代表团完成了全部公务活动，达成合作意向。', publicSummary: '代表团赴德国商谈陶瓷琉璃产业合作，达成合作意向。' });
    expect(res.body).toMatchObject({ status: 'reported', reportOverdue: false });
    const read = await http.get(`${path}/${id}`).set('authorization', bearer(tokens.liaisonA));
    expect(read.headers.etag).toBe(res.headers.etag);
    expect(read.body.timeline.map((h: { step: string }) => h.step)).toContain('report');
  });

  it("a liaison sees only their own unit's trips (another unit's is 404); the register exports as .xlsx", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(application({ title: '联络员甲的出访团' }));
    expect(created.status).toBe(201);
    expect(created.body.members[0].idNumber).toContain('********');
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    const withdrawn = await change(created.body.id, 'withdraw', tokens.liaisonA, created.headers.etag, { reason: '计划调整' });
    expect({ status: withdrawn.status, state: withdrawn.body.status }).toEqual({ status: 200, state: 'withdrawn' });

    const file = await http.get(`${path}/register.xlsx`).query({ year: 2026 }).set('authorization', bearer(tokens.office)).buffer(true);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const stats = await http.get(`${path}/statistics`).query({ year: 2026 }).set('authorization', bearer(tokens.leader));
    expect(stats.status).toBe(200);
    expect(stats.body.byUnit).toEqual(expect.arrayContaining([expect.objectContaining({ name: '博山区商务局', done: 1 })]));
    const rules = await http.get('/api/foreign-affairs/trip-rules').set('authorization', bearer(tokens.liaisonB));
    expect(rules.body.items[0]).toMatchObject({ effectiveFrom: '2013-10-01', limits: { maxGroupSize: 6 } });
  });
});
