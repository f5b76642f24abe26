import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createUserForTest } from '../src/index.js';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

describe('the audit log: every sign-in and every write, append-only and tamper-evident', () => {
  let h: GatewayHarness;
  let sys: { auth: string; username: string };
  let aud: string;
  beforeAll(async () => {
    h = await startGatewayForTest();
    sys = await h.signedIn({ roles: ['sys_admin'] });
    aud = (await h.signedIn({ roles: ['audit_admin'] })).auth;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sign-ins-are-audited-with-their-result-and-reason-and-the-source-address', async () => {
    const user = await createUserForTest(h.gateway, {});
    await h.http.post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-1' });
    await h.http.post('/api/auth/login').set('x-request-id', 'req-audit-login-ok').send({ username: user.username, password: user.password });
    const res = await h.http.get('/api/audit/events').query({ actor: user.username, action: 'auth.login' }).set('authorization', aud);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const [ok, failed] = res.body.items;
    expect(failed).toMatchObject({ outcome: 'failure', reason: 'bad_password', statusCode: 401, ip: '127.0.0.1', actorId: user.id });
    expect(ok).toMatchObject({ outcome: 'success', statusCode: 200, requestId: 'req-audit-login-ok', reason: null });
    expect(ok.seq).toBeGreaterThan(failed.seq);
  });

  it('writes-are-audited-with-who-what-target-result-and-request-id-including-the-administrators', async () => {
    const created = await h.http.post('/api/admin/users').set('authorization', sys.auth).set('x-request-id', 'req-create-user-1').send({ username: 'wang.fang', displayName: '王芳' });
    expect(created.status).toBe(201);
    const refused = await h.http.post('/api/admin/users').set('authorization', aud).send({ username: 'x.y', displayName: '某' });
    expect(refused.status).toBe(403);
    const res = await h.http.get('/api/audit/events').query({ action: 'POST /api/admin/users' }).set('authorization', aud);
    const rows = res.body.items;
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorUsername: sys.username, action: 'POST /api/admin/users', targetId: created.body.id, statusCode: 201, outcome: 'success', requestId: 'req-create-user-1' }),
        expect.objectContaining({ action: 'POST /api/admin/users', statusCode: 403, outcome: 'failure' }),
      ]),
    );
  });

  it('only-the-audit-administrator-reads-the-log', async () => {
    const staff = await h.signedIn({ roles: ['office_leader'] });
    for (const auth of [sys.auth, staff.auth]) {
      expect((await h.http.get('/api/audit/events').set('authorization', auth)).status).toBe(403);
      expect((await h.http.get('/api/audit/verify').set('authorization', auth)).status).toBe(403);
    }
  });

  it('filters-by-time-and-pages', async () => {
    const future = await h.http.get('/api/audit/events').query({ from: '2999-01-01T00:00:00Z' }).set('authorization', aud);
    expect(future.body).toMatchObject({ items: [], total: 0 });
    const page = await h.http.get('/api/audit/events').query({ limit: 2, offset: 1 }).set('authorization', aud);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(3);
    const bad = await h.http.get('/api/audit/events').query({ from: 'yesterday' }).set('authorization', aud);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('from');
  });

  it('the-database-refuses-to-change-the-log-or-delete-recent-rows', async () => {
    await expect(h.sql(`UPDATE gateway.audit_event SET outcome = 'success' WHERE seq = 1`)).rejects.toThrow('审计日志只能追加，不能修改');
    await expect(h.sql(`DELETE FROM gateway.audit_event WHERE seq = 1`)).rejects.toThrow('审计日志须保存 180 天，保存期未满的记录不能删除');
    await expect(h.sql(`TRUNCATE gateway.audit_event`)).rejects.toThrow('审计日志不能清空');
    await expect(h.sql(`UPDATE gateway.audit_setting SET retention_days = 30`)).rejects.toThrow(/check constraint/);
  });

  it('verify-passes-on-an-intact-chain-and-names-the-first-edited-or-missing-row', async () => {
    const intact = await h.http.get('/api/audit/verify').set('authorization', aud);
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(intact.body.checked).toBeGreaterThan(5);

    // A superuser can switch the trigger off; the chain still shows what they did.
    await h.sql(`ALTER TABLE gateway.audit_event DISABLE TRIGGER audit_event_guard_rows`);
    try {
      await h.sql(`UPDATE gateway.audit_event SET actor_username = 'someone-else' WHERE seq = 4`);
      const edited = await h.http.get('/api/audit/verify').set('authorization', aud);
      const [row4] = await h.sql<{ id: string }>(`SELECT id FROM gateway.audit_event WHERE seq = 4`);
      expect(edited.body).toEqual({ ok: false, checked: 4, firstBrokenSeq: 4, firstBrokenId: row4.id, reason: '记录内容与其哈希不符（已被修改）' });

      await h.sql(`DELETE FROM gateway.audit_event WHERE seq IN (4, 5)`);
      const deleted = await h.http.get('/api/audit/verify').set('authorization', aud);
      expect(deleted.body).toMatchObject({ ok: false, firstBrokenSeq: 6, reason: '序号 4 至 5 的记录缺失' });
    } finally {
      await h.sql(`ALTER TABLE gateway.audit_event ENABLE TRIGGER audit_event_guard_rows`);
    }
  });
});
