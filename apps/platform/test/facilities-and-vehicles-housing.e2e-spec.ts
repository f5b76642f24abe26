import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 周转住房 of facilities-and-vehicles through the gateway: a unit let to a cadre, the reminder before the end in 待办, an overlapping tenancy refused with 409, check-in and check-out with If-Match. */
describe('facilities-and-vehicles turnover housing end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaison: '' };
  const bearer = (token: string) => `Bearer ${token}`;
  const base = '/api/facilities-and-vehicles';
  const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.office = await signIn(http, office.username, office.password, office.totpSecret);
    tokens.liaison = await signIn(http, liaison.username, liaison.password, liaison.totpSecret);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('lets a unit, reminds before the end, refuses an overlap, checks in and out; a liaison has no access', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const unit = await http.post(`${base}/housing-units`).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ address: '博山区人民路 12 号院 3 号楼 2 单元 301', areaM2: 68.5, rooms: 2 });
    expect({ status: unit.status, body: unit.body }).toMatchObject({ status: 201, body: { status: 'active', currentTenancyId: null } });
    const facts = { housingUnitId: unit.body.id, tenantName: '王明', basis: 'exchange', workUnit: '博山区商务局', post: '副局长', homePlace: '淄博市张店区', approvalNumber: '博组干〔2026〕12号' };
    const let1 = await http.post(`${base}/housing-tenancies`).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...facts, startDate: dayAfter(today, -200), endDate: dayAfter(today, 10) });
    expect({ status: let1.status, state: let1.body.status }).toEqual({ status: 201, state: 'registered' });

    const overlap = await http.post(`${base}/housing-tenancies`).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...facts, tenantName: '李强', startDate: dayAfter(today, 10), endDate: dayAfter(today, 300) });
    expect({ status: overlap.status, code: overlap.body.code }).toEqual({ status: 409, code: 'HOUSING_TENANCY.OVERLAP' });
    expect(overlap.headers['content-type']).toContain('application/problem+json');
    expect(overlap.body.detail).toContain('已由 王明 租住');

    const link = `/facilities-and-vehicles/housing-tenancies?tenancy=${let1.body.id}`;
    const task = await eventually(async () => {
      const list = await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.office));
      return (list.body.items as { kind: string; link: string; deadline: string }[]).find((t) => t.kind === 'housing_tenancy_ending' && t.link === link);
    }, 15_000, 'the tenancy reminder');
    expect(task).toMatchObject({ deadline: dayAfter(today, 10) });

    const inside = await http.post(`${base}/housing-tenancies/${let1.body.id}/check-in`).set('authorization', bearer(tokens.office)).set('if-match', let1.headers.etag).send({ date: dayAfter(today, -200), condition: '房屋完好，钥匙 3 把' });
    expect({ status: inside.status, state: inside.body.status }).toEqual({ status: 200, state: 'checked_in' });
    const stale = await http.post(`${base}/housing-tenancies/${let1.body.id}/check-out`).set('authorization', bearer(tokens.office)).set('if-match', let1.headers.etag).send({ date: today, condition: '完好' });
    expect(stale.status).toBe(412);
    const out = await http.post(`${base}/housing-tenancies/${let1.body.id}/check-out`).set('authorization', bearer(tokens.office)).set('if-match', inside.headers.etag).send({ date: today, condition: '完好，钥匙已交回' });
    expect({ status: out.status, state: out.body.status, endedOn: out.body.endedOn }).toEqual({ status: 200, state: 'ended', endedOn: today });
    await eventually(async () => {
      const list = await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.office));
      return (list.body.items as { link: string }[]).some((t) => t.link === link) ? undefined : true;
    }, 15_000, 'the reminder closed');

    expect((await http.get(`${base}/housing-units`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(`${base}/housing-tenancies/${let1.body.id}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
