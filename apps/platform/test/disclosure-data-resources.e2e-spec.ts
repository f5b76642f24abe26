import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 政务数据资源目录 of disclosure through the gateway: units from the directory, Idempotency-Key, ETag/If-Match, the review into the catalogue, a liaison seeing only their unit. */
describe('disclosure data-resources end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const units: Record<'a' | 'b', string> = { a: '', b: '' };
  const path = '/api/disclosure/data-resources';
  const bearer = (token: string) => `Bearer ${token}`;
  const fields = (name: string, code: string) => ({
    name,
    code,
    category: 'departmental',
    dataItems: [{ name: '统一社会信用代码', type: 'string' }],
    format: 'api',
    updateCycle: 'daily',
    sharingType: 'conditional',
    sharingCondition: '仅用于行政审批',
    openType: 'open',
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const zongheUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    const zonghe = await signIn(http, zongheUser.username, zongheUser.password);
    for (const key of ['a', 'b'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', bearer(zonghe))
        .send({ code: `E2E-DR-${key.toUpperCase()}`, name: `数据资源端到端单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
      units[key] = created.body.id;
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: created.body.id, sectionCode: null });
      tokens[key === 'a' ? 'liaisonA' : 'liaisonB'] = await signIn(http, liaison.username, liaison.password);
    }
    const disclosure = platform.services.find((s) => s.parts.app === 'disclosure')!.parts;
    await eventually(async () => {
      const [row] = await disclosure.dataSource.query(`SELECT count(*)::int AS n FROM "${disclosure.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
      return row.n === 2;
    }, 20_000, 'the units in disclosure’s copy of the directory');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a liaison registers once per Idempotency-Key and submits with If-Match; the section publishes it into the catalogue; a stale If-Match is 412', async () => {
    const key = randomUUID();
    const body = fields('端到端企业登记信息', 'E2E-DR-0001');
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { name: '端到端企业登记信息', status: 'draft', unitId: units.a, unitName: '数据资源端到端单位A', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;

    const unconditioned = await http.put(at).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({ ...body, sharingCondition: '' });
    expect({ status: unconditioned.status, type: unconditioned.headers['content-type'], field: unconditioned.body.errors?.[0]?.field }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json'), field: 'sharingCondition' });
    const submitted = await http.post(`${at}/submit`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({});
    expect({ status: submitted.status, state: submitted.body.status }).toEqual({ status: 200, state: 'submitted' });
    const stale = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ decision: 'approved' });
    expect(stale.status).toBe(412);
    const byLiaison = await http.post(`${at}/review`).set('authorization', bearer(tokens.liaisonA)).set('if-match', submitted.headers.etag).send({ decision: 'approved' });
    expect(byLiaison.status).toBe(403);
    const published = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', submitted.headers.etag).send({ decision: 'approved', opinion: '同意发布' });
    expect({ status: published.status, state: published.body.status, edition: published.body.edition }).toEqual({ status: 200, state: 'published', edition: 1 });

    const catalogue = await http.get('/api/disclosure/data-resource-catalogue').query({ unitId: units.a, sharingType: 'conditional' }).set('authorization', bearer(tokens.leader));
    expect({ status: catalogue.status, ids: catalogue.body.items.map((r: { id: string }) => r.id), counts: catalogue.body.countsBySharingType }).toEqual({
      status: 200,
      ids: [created.body.id],
      counts: [
        { sharingType: 'unconditional', label: '无条件共享', count: 0 },
        { sharingType: 'conditional', label: '有条件共享', count: 1 },
        { sharingType: 'none', label: '不予共享', count: 0 },
      ],
    });
    expect((await http.get('/api/disclosure/data-resource-catalogue').set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
    const taken = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...fields('编码重复', 'E2E-DR-0001'), unitId: units.b });
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: 'DATA_RESOURCE.CODE_TAKEN' });
    const withdrawn = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', published.headers.etag).send({ reason: '资源已并入市级目录' });
    expect({ status: withdrawn.status, state: withdrawn.body.status, reason: withdrawn.body.withdrawalReason }).toEqual({ status: 200, state: 'withdrawn', reason: '资源已并入市级目录' });
  });

  it("a liaison sees only their own unit's resources (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(fields('联络员甲的数据资源', 'E2E-DR-0002'));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const byB = await http.post(`${path}/${created.body.id}/submit`).set('authorization', bearer(tokens.liaisonB)).set('if-match', created.headers.etag).send({});
    expect(byB.status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
  });
});
