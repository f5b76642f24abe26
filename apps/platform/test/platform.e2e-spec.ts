import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SERVICE_NAMES } from '@gov/contracts-common';
import { DATA_SOURCE } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { createUserForTest, signIn, signInFull, type TestUser } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The whole platform through the gateway, as a client would use it: in NATS mode or on the embedded defaults. */
describe('platform end to end through the gateway', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let staff: TestUser;
  let staffToken: string;

  const schemaOf = (app: string) => platform.services.find((s) => s.parts.app === app)!.parts;
  const readModelRow = async (app: string, id: string) => {
    const parts = schemaOf(app);
    const [row] = await parts.dataSource.query(`SELECT name, status, version FROM "${parts.schema}".unit_directory WHERE id = $1`, [id]);
    return row as { name: string; status: string; version: number } | undefined;
  };
  const newUnit = (code: string, name: string) => ({ code, name, type: 'street', liaisons: [{ name: '赵六', mobile: '13700001234' }], dutyPhones: ['0533-4180001'] });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    staff = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    staffToken = await signIn(http, staff.username, staff.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a signed-in 综合科 clerk lists the directory with Chinese search', async () => {
    const res = await http.get('/api/units').query({ q: '街道', limit: 50 }).set('authorization', `Bearer ${staffToken}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((u: { shortName: string }) => u.shortName)).toEqual(expect.arrayContaining(['城东街道', '城西街道', '山头街道']));
  });

  it('creates a unit once per Idempotency-Key, and the change reaches document-secretariat and supervision', async () => {
    const key = `e2e-${Date.now()}`;
    const first = await http.post('/api/units').set('authorization', `Bearer ${staffToken}`).set('idempotency-key', key).send(newUnit('E2E-1', '端到端测试街道'));
    expect(first.status).toBe(201);
    expect(first.headers.etag).toBe('W/"1"');
    const retry = await http.post('/api/units').set('authorization', `Bearer ${staffToken}`).set('idempotency-key', key).send(newUnit('E2E-1', '端到端测试街道'));
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);

    const renamed = await http
      .patch(`/api/units/${first.body.id}`)
      .set('authorization', `Bearer ${staffToken}`)
      .set('if-match', first.headers.etag)
      .send({ name: '端到端测试街道（更名）' });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.etag).toBe('W/"2"');
    const stale = await http.patch(`/api/units/${first.body.id}`).set('authorization', `Bearer ${staffToken}`).set('if-match', 'W/"1"').send({ name: '过期的修改' });
    expect(stale.status).toBe(412);
    const missing = await http.patch(`/api/units/${first.body.id}`).set('authorization', `Bearer ${staffToken}`).send({ name: '没有版本的修改' });
    expect(missing.status).toBe(428);

    for (const app of ['document-secretariat', 'supervision']) {
      const row = await eventually(async () => {
        const found = await readModelRow(app, first.body.id);
        return found?.version === 2 ? found : undefined;
      }, 15_000, `${app} read model`);
      expect(row.name).toBe('端到端测试街道（更名）');
    }
  });

  it('a liaison cannot read or change another unit, even by its id', async () => {
    const mine = await http.post('/api/units').set('authorization', `Bearer ${staffToken}`).send(newUnit('E2E-L1', '联络员本单位'));
    const other = await http.post('/api/units').set('authorization', `Bearer ${staffToken}`).send(newUnit('E2E-L2', '联络员他单位'));
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: mine.body.id, sectionCode: null });
    const token = await signIn(http, liaison.username, liaison.password);

    const read = await http.get(`/api/units/${other.body.id}`).set('authorization', `Bearer ${token}`);
    expect(read.status).toBe(404);
    expect(read.headers['content-type']).toContain('application/problem+json');
    expect(read.body.code).toBe('UNIT.NOT_FOUND');
    const write = await http.patch(`/api/units/${other.body.id}`).set('authorization', `Bearer ${token}`).set('if-match', 'W/"1"').send({ dutyPhones: ['0533-1111111'] });
    expect(write.status).toBe(404);
    const list = await http.get('/api/units').set('authorization', `Bearer ${token}`);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([mine.body.id]);
    const own = await http.patch(`/api/units/${mine.body.id}`).set('authorization', `Bearer ${token}`).set('if-match', 'W/"1"').send({ dutyPhones: ['0533-2222222'] });
    expect(own.status).toBe(200);
  });

  it('the security administrator reads the unit names to assign a liaison, never the directory with its contacts', async () => {
    const security = await createUserForTest(platform.gateway, { roles: ['sec_admin'], sectionCode: null });
    const token = await signIn(http, security.username, security.password, security.totpSecret);
    const names = await http.get('/api/admin/units').query({ q: '街道', limit: 50 }).set('authorization', `Bearer ${token}`);
    expect(names.status).toBe(200);
    expect(names.body.items.map((u: { shortName: string }) => u.shortName)).toEqual(expect.arrayContaining(['城东街道', '城西街道']));
    for (const unit of names.body.items) expect(Object.keys(unit).filter((key) => !['code', 'id', 'name', 'shortName', 'status', 'type', 'version'].includes(key))).toEqual([]);
    expect(JSON.stringify(names.body)).not.toMatch(/liaisons|dutyPhones|mobile/);
    expect((await http.get('/api/units').set('authorization', `Bearer ${token}`)).status).toBe(403);
    const clerk = await http.get('/api/admin/units').set('authorization', `Bearer ${staffToken}`);
    expect(clerk.status).toBe(403);
    expect(clerk.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('bad input is a 400 problem listing every bad field in Chinese', async () => {
    const res = await http
      .post('/api/units')
      .set('authorization', `Bearer ${staffToken}`)
      .send({ code: '坏', name: '', type: 'kingdom', liaisons: [{ name: '', mobile: '12' }], dutyPhones: 'x', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'name', 'type', 'liaisons.0.name', 'liaisons.0.mobile', 'dutyPhones', 'extra']));
    expect(res.body.errors.every((e: { message: string }) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    expect(res.body.requestId).toBeTruthy();
  });

  it('an oversized body is a 413 problem and an unknown route a 404 problem', async () => {
    const big = await http.post('/api/units').set('authorization', `Bearer ${staffToken}`).set('content-type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    const unknown = await http.get('/api/no-such-thing').set('authorization', `Bearer ${staffToken}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.body.title).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('locks an account after 5 failed sign-ins, even for the right password', async () => {
    const user = await createUserForTest(platform.gateway, { roles: ['section_staff'] });
    for (let i = 0; i < 5; i++) {
      const res = await http.post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-123' });
      expect(res.status).toBe(401);
    }
    const locked = await http.post('/api/auth/login').send({ username: user.username, password: user.password });
    expect(locked.status).toBe(401);
    expect(locked.body.code).toBe('AUTH.ACCOUNT_LOCKED');
    expect(locked.body.detail).toMatch(/锁定/);
  });

  it('rotates refresh tokens and revokes the session when an old one is reused', async () => {
    const user = await createUserForTest(platform.gateway, { roles: ['section_staff'] });
    const login = await signInFull(http, user.username, user.password);
    const rotated = await http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(login.refreshToken);
    const me = await http.get('/api/auth/me').set('authorization', `Bearer ${rotated.body.accessToken}`);
    expect(me.status).toBe(200);

    const reused = await http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('AUTH.REFRESH_REUSED');
    const after = await http.get('/api/auth/me').set('authorization', `Bearer ${rotated.body.accessToken}`);
    expect(after.status).toBe(401);
  });

  it('sign-out revokes the access token at once', async () => {
    const user = await createUserForTest(platform.gateway, { roles: ['section_staff'] });
    const token = await signIn(http, user.username, user.password);
    expect((await http.post('/api/auth/logout').set('authorization', `Bearer ${token}`).send({})).status).toBeLessThan(300);
    const res = await http.get('/api/units').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
  });

  it('every service answers ping through the gateway', async () => {
    for (const service of SERVICE_NAMES) {
      const res = await http.get(`/api/system/ping/${service}`).set('authorization', `Bearer ${staffToken}`);
      expect(res.status).toBe(200);
      expect(res.body.service).toBe(service);
    }
  });

  it('the system administrator loads 2027 and deadlines into it stop being provisional', async () => {
    const admin = await createUserForTest(platform.gateway, { roles: ['sys_admin'], sectionCode: null });
    const adminToken = await signIn(http, admin.username, admin.password, admin.totpSecret);
    const gatewayDb = platform.gateway.app.get<DataSource>(DATA_SOURCE);
    const [stored] = await gatewayDb.query(`SELECT totp_secret FROM gateway.account WHERE username = $1`, [admin.username]);
    expect(stored.totp_secret).toMatch(/^sm4:/); // the second factor's secret is encrypted at rest
    const ask = () => http.post('/api/calendar/deadlines').set('authorization', `Bearer ${staffToken}`).send({ start: '2026-12-25', amount: 15, unit: 'working_days' });
    const before = await ask();
    expect(before.status).toBe(200);
    expect(before.body.provisional).toBe(true);

    const put = await http
      .put('/api/calendar/years/2027')
      .set('authorization', `Bearer ${adminToken}`)
      .send({ holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: '端到端测试：2027年节假日安排' });
    expect(put.status).toBe(200);
    const after = await ask();
    expect(after.body.provisional).toBe(false);
    expect(after.body.explanation.length).toBeGreaterThan(1);

    // The clerk may not change the calendar; the administrator may not read business records.
    const denied = await http.put('/api/calendar/years/2027').set('authorization', `Bearer ${staffToken}`).send({ holidays: [], makeupWorkdays: [], source: '无权修改' });
    expect(denied.status).toBe(403);
    expect((await http.get('/api/units').set('authorization', `Bearer ${adminToken}`)).status).toBe(403);
    await eventually(async () => {
      const parts = schemaOf('party-affairs');
      const [row] = await parts.dataSource.query(`SELECT version FROM party_affairs.calendar_year_copy WHERE year = 2027`);
      return row?.version === 1 || undefined;
    }, 15_000, 'party-affairs calendar copy has 2027');
  });

  it('the audit administrator sees the writes of the others, and the chain verifies', async () => {
    const auditor = await createUserForTest(platform.gateway, { roles: ['audit_admin'], sectionCode: null });
    const token = await signIn(http, auditor.username, auditor.password, auditor.totpSecret);
    const events = await http.get('/api/audit/events').query({ actor: staff.username, limit: 100 }).set('authorization', `Bearer ${token}`);
    expect(events.status).toBe(200);
    expect(events.body.items.length).toBeGreaterThan(0);
    const verify = await http.get('/api/audit/verify').set('authorization', `Bearer ${token}`);
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(true);
    expect((await http.get('/api/audit/events').set('authorization', `Bearer ${staffToken}`)).status).toBe(403);
  });

  it('the OpenAPI document describes the whole platform', async () => {
    const res = await http.get('/api/docs-json');
    expect(res.status).toBe(200);
    for (const path of ['/api/units', '/api/units/{id}', '/api/auth/login', '/api/calendar/deadlines', '/api/audit/events', '/api/system/ping/{service}']) {
      expect(Object.keys(res.body.paths)).toContain(path);
    }
  });
});
