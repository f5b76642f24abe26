import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 办公用房楼宇 and their 六统一 record through the gateway: Idempotency-Key, ETag/If-Match, the rules as problem+json, the property reminder in 待办, no liaison access. */
describe('facilities-and-vehicles office buildings end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaison: '' };
  const path = '/api/facilities-and-vehicles/office-buildings';
  const bearer = (token: string) => `Bearer ${token}`;
  const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.office = await signIn(http, office.username, office.password, office.totpSecret);
    tokens.leader = await signIn(http, leader.username, leader.password, leader.totpSecret);
    tokens.liaison = await signIn(http, liaison.username, liaison.password, liaison.totpSecret);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('registers once per Idempotency-Key, records the six with If-Match (refusals as problem+json), reminds of the property contract, disposes', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const key = randomUUID();
    const body = { name: '端到端测试办公楼', address: '人民路 1 号', usingUnits: ['区政府办公室'], totalFloorAreaM2: 8000, builtYear: 2008 };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { name: '端到端测试办公楼', status: 'in_use', ownershipLabel: '权属未统一登记', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const twin = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(body);
    expect({ status: twin.status, code: twin.body.code }).toEqual({ status: 409, code: 'OFFICE_BUILDING.DUPLICATE' });

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const entries = `${path}/${created.body.id}/entries`;
    const wrongOwner = await http.post(entries).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ kind: 'ownership', ownerUnit: '区教育局', certificateNumber: '鲁（2026）不动产权第0002号', date: '2026-02-01' });
    expect({ status: wrongOwner.status, code: wrongOwner.body.code }).toEqual({ status: 422, code: 'OFFICE_BUILDING.OWNER_NOT_AUTHORITY' });
    expect(wrongOwner.headers['content-type']).toContain('application/problem+json');
    expect(wrongOwner.body.detail).toContain('鲁办发〔2018〕49号');
    const owned = await http.post(entries).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ kind: 'ownership', ownerUnit: '区机关事务服务中心', certificateNumber: '鲁（2026）不动产权第0002号', date: '2026-02-01' });
    expect({ status: owned.status, label: owned.body.ownershipLabel, version: owned.body.version }).toEqual({ status: 200, label: '权属已统一登记', version: 2 });
    const stale = await http.post(entries).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ kind: 'planning', year: 2027, content: '节能改造', approvalDocument: '文件' });
    expect(stale.status).toBe(412);
    const unapproved = await http.post(entries).set('authorization', bearer(tokens.office)).set('if-match', owned.headers.etag).send({ kind: 'maintenance', date: '2026-03-01', content: '电梯更换', amountFen: 50_000_000 });
    expect({ status: unapproved.status, code: unapproved.body.code }).toEqual({ status: 422, code: 'OFFICE_BUILDING.APPROVAL_REQUIRED' });
    const leaderTry = await http.post(entries).set('authorization', bearer(tokens.leader)).set('if-match', owned.headers.etag).send({ kind: 'planning', year: 2027, content: '节能改造', approvalDocument: '文件' });
    expect(leaderTry.status).toBe(403);

    const contract = await http
      .post(entries)
      .set('authorization', bearer(tokens.office))
      .set('if-match', owned.headers.etag)
      .send({ kind: 'property', company: '甲物业公司', periodStart: dayAfter(today, -300), periodEnd: dayAfter(today, 15), scope: '保洁、安保', amountFen: 24_000_000 });
    expect({ status: contract.status, property: contract.body.unification.find((u: { kind: string }) => u.kind === 'property').recorded }).toEqual({ status: 200, property: true });
    const link = `/facilities-and-vehicles/office-buildings/${created.body.id}`;
    const task = await eventually(
      async () => {
        const list = await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.office));
        return (list.body.items as { kind: string; link: string; deadline: string }[]).find((t) => t.kind === 'building_property_contract_ending' && t.link === link);
      },
      15_000,
      'the property contract reminder',
    );
    expect(task).toMatchObject({ deadline: dayAfter(today, 15) });

    const summary = await http.get('/api/facilities-and-vehicles/office-space/unification').set('authorization', bearer(tokens.leader));
    expect(summary.status).toBe(200);
    expect(summary.body.items.find((i: { id: string }) => i.id === created.body.id).unification.filter((u: { recorded: boolean }) => u.recorded).map((u: { label: string }) => u.label)).toEqual(['统一权属', '统一物业服务']);

    const disposed = await http.post(entries).set('authorization', bearer(tokens.office)).set('if-match', contract.headers.etag).send({ kind: 'disposal', disposalKind: 'exchange', date: today, approvalDocument: '区政府〔2026〕11号' });
    expect({ status: disposed.status, state: disposed.body.status }).toEqual({ status: 200, state: 'disposed' });
    const readOnly = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', disposed.headers.etag).send(body);
    expect({ status: readOnly.status, code: readOnly.body.code }).toEqual({ status: 422, code: 'OFFICE_BUILDING.INVALID_STATE' });
    await eventually(
      async () => {
        const list = await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.office));
        return !(list.body.items as { kind: string; link: string }[]).some((t) => t.kind === 'building_property_contract_ending' && t.link === link);
      },
      15_000,
      'the reminder closed on disposal',
    );
  });

  it('no liaison sees a building (403 on the list and on one), bad input is 400 with Chinese field messages', async () => {
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(`${path}/${randomUUID()}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    const bad = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ name: '甲', address: '', usingUnits: 'x', totalFloorAreaM2: -1, builtYear: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('建成年份');
  });
});
