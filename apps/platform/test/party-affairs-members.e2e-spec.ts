import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

function monthsFrom(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 党员 through the gateway: an 积极分子 cannot become a 发展对象 before one year; dues on the bracket edges; masking; a liaison's view. */
describe('party-affairs members end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let branchId = '';
  const unitA = randomUUID();
  const tokens = { office: '', liaisonA: '', liaisonB: '', leader: '' };
  const path = '/api/party-affairs/members';
  const bearer = (token: string) => `Bearer ${token}`;
  const as = (token: string) => ({ authorization: bearer(token) });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dang_zongzhi' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const [key, unitId] of [['liaisonA', unitA], ['liaisonB', randomUUID()]] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
    const branch = await http
      .post('/api/party-affairs/branches')
      .set(as(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ name: '党员端到端支部', kind: 'branch', unitId: unitA, committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: monthsFrom(today, -12) });
    branchId = branch.body.id;
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('an 积极分子 cannot become a 发展对象 before one year (422, the article cited); masked in lists, in full for the section', async () => {
    const created = await http
      .post(path)
      .set(as(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ name: '端到端申请人', gender: 'male', branchId, idNumber: '370304199001011234', mobile: '13912345678', stage: 'applicant', appliedOn: monthsFrom(today, -3) });
    expect({ status: created.status, next: created.body.next.step }).toEqual({ status: 201, next: 'talk' });
    const step = async (etag: string, body: object) => http.post(`${path}/${created.body.id}/develop`).set(as(tokens.office)).set('if-match', etag).send(body);
    const talked = await step(created.headers.etag, { step: 'talk', on: monthsFrom(today, -3) });
    const activist = await step(talked.headers.etag, { step: 'activist', on: monthsFrom(today, -2) });
    expect(activist.body).toMatchObject({ stage: 'activist', next: { step: 'candidate', earliestOn: monthsFrom(today, 10) } });
    const early = await step(activist.headers.etag, { step: 'candidate', on: today });
    expect({ status: early.status, type: early.headers['content-type'], code: early.body.code }).toEqual({ status: 422, type: expect.stringContaining('application/problem+json'), code: 'MEMBER.DEVELOPMENT_RULE' });
    expect(early.body.detail).toContain('第十五条');

    const listed = await http.get(path).query({ q: '端到端申请人' }).set(as(tokens.office));
    expect(listed.body.items[0]).toMatchObject({ idNumber: '370304********1234', mobile: '139****5678' });
    expect((await http.get(`${path}/${created.body.id}`).set(as(tokens.office))).body.idNumber).toBe('370304199001011234');
    expect((await http.get(`${path}/${created.body.id}`).set(as(tokens.leader))).body.idNumber).toBe('370304********1234');
    expect((await http.get(`${path}/${created.body.id}`).set(as(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set(as(tokens.liaisonB))).status).toBe(404);
    expect((await http.post(`${path}/${created.body.id}/withdraw`).set(as(tokens.liaisonA)).set('if-match', activist.headers.etag).send({ reason: '越权' })).status).toBe(403);
  });

  const dues: [string, number, number][] = [
    ['in_service', 300_000, 1_500],
    ['in_service', 300_001, 3_000],
    ['in_service', 500_000, 5_000],
    ['in_service', 500_001, 7_500],
    ['in_service', 1_000_000, 15_000],
    ['in_service', 1_000_001, 20_000],
    ['retired', 500_000, 2_500],
    ['retired', 500_001, 5_000],
    ['student', 900_000, 20],
  ];
  it('the dues on each side of every bracket edge, in service and retired, match 中组发〔2008〕3号', async () => {
    const member = await http
      .post(path)
      .set(as(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ name: '端到端党费', gender: 'female', branchId, idNumber: '370304198001011234', stage: 'full', admittedOn: '2005-07-01', fullOn: '2006-07-01' });
    expect(member.status).toBe(201);
    let etag = member.headers.etag as string;
    for (const [category, baseFen, expected] of dues) {
      const set = await http.post(`${path}/${member.body.id}/dues`).set(as(tokens.office)).set('if-match', etag).send({ category, baseFen, year: 2026 });
      expect({ category, baseFen, status: set.status, monthlyFen: set.body.dues?.monthlyFen }).toEqual({ category, baseFen, status: 200, monthlyFen: expected });
      etag = set.headers.etag as string;
    }
  });
});
