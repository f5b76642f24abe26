import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { PLATFORM_PARTS, type PlatformParts } from '@gov/platform';
import pino from 'pino';
import { createUserForTest, signInFull, totpCode } from '../src/index.js';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger whose JSON lines the test can read. */
function capturingLogger(): { logger: pino.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug', messageKey: 'msg', base: { app: 'gateway' } }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}

const WARN = 40;

describe('gateway security hardening (behind one trusted proxy hop)', () => {
  let h: GatewayHarness;
  const log = capturingLogger();
  beforeAll(async () => {
    h = await startGatewayForTest(
      {
        TRUST_PROXY: '1',
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '8',
        ADMIN_USERNAMES: 'ops-sys,ops-sec,ops-audit',
        HTTP_REQUEST_TIMEOUT_MS: '45000',
        HTTP_CONNECTION_TIMEOUT_MS: '90000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000',
      },
      { logger: log.logger },
    );
  });
  afterAll(async () => {
    await h?.stop();
  });

  let addressCounter = 0;
  /** A fresh client address for each test, so that per-address limits of one test do not touch another. */
  const newAddress = () => `10.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}.7`;

  it('two-concurrent-sign-ins-with-one-totp-code-let-exactly-one-in', async () => {
    const admin = await createUserForTest(h.gateway, { roles: ['sys_admin'] });
    const ip = newAddress();
    const code = totpCode(admin.totpSecret!);
    const attempt = () => h.http.post('/api/auth/login').set('x-forwarded-for', ip).send({ username: admin.username, password: admin.password, totp: code });
    const results = await Promise.all([attempt(), attempt(), attempt()]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
    for (const refused of results.filter((r) => r.status === 401)) expect(refused.body.code).toBe('AUTH.TOTP_INVALID');
    const reasons = await h.sql<{ reason: string }>(`SELECT reason FROM gateway.audit_event WHERE actor_username = $1 AND outcome = 'failure'`, [admin.username]);
    expect(reasons.map((r) => r.reason)).toEqual(['totp_replayed', 'totp_replayed']);
  });

  it('a-password-change-and-the-end-of-the-other-sessions-commit-together', async () => {
    const user = await createUserForTest(h.gateway, {});
    const ip = newAddress();
    const signInFrom = () => signInFull({ post: (path: string) => h.http.post(path).set('x-forwarded-for', ip) }, user.username, user.password);
    const current = await signInFrom();
    const other = await signInFrom();
    const auth = (token: string | undefined) => `Bearer ${token}`;

    // If ending the other sessions fails, the new password must not stay either.
    await h.sql(`CREATE FUNCTION gateway.test_refuse_session_end() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'session end refused by the test'; END $$`);
    await h.sql(`CREATE TRIGGER test_refuse_session_end BEFORE UPDATE ON gateway.session FOR EACH ROW WHEN (NEW.end_reason = 'password_changed') EXECUTE FUNCTION gateway.test_refuse_session_end()`);
    const failed = await h.http.post('/api/auth/password').set('authorization', auth(current.accessToken)).send({ currentPassword: user.password, newPassword: 'Fresh-Strong-Pass-2026' });
    expect(failed.status).toBe(500);
    await h.sql(`DROP TRIGGER test_refuse_session_end ON gateway.session`);
    await h.sql(`DROP FUNCTION gateway.test_refuse_session_end()`);
    const [row] = await h.sql<{ password_changed_at: Date | null; active: string }>(
      `SELECT a.password_changed_at, (SELECT count(*) FROM gateway.session s WHERE s.account_id = a.id AND s.state = 'active') AS active FROM gateway.account a WHERE a.id = $1`,
      [user.id],
    );
    expect(row).toEqual({ password_changed_at: null, active: '2' });

    const changed = await h.http.post('/api/auth/password').set('authorization', auth(current.accessToken)).send({ currentPassword: user.password, newPassword: 'Fresh-Strong-Pass-2026' });
    expect(changed.status).toBe(204);
    expect((await h.http.get('/api/auth/me').set('authorization', auth(current.accessToken))).status).toBe(200);
    const ended = await h.http.get('/api/auth/me').set('authorization', auth(other.accessToken));
    expect(ended.status).toBe(401);
    expect(ended.body.code).toBe('AUTH.SESSION_ENDED');
    expect((await h.http.post('/api/auth/refresh').set('x-forwarded-for', ip).send({ refreshToken: other.refreshToken })).body.code).toBe('AUTH.SESSION_ENDED');
  });

  it('a-password-reset-by-the-system-administrator-ends-every-session-of-the-account', async () => {
    const sysadmin = await h.signedIn({ roles: ['sys_admin'] });
    const user = await createUserForTest(h.gateway, {});
    const login = await signInFull(h.http, user.username, user.password);
    const reset = await h.http.post(`/api/admin/users/${user.id}/reset-password`).set('authorization', sysadmin.auth).send({});
    expect(reset.status).toBe(200);
    const me = await h.http.get('/api/auth/me').set('authorization', `Bearer ${login.accessToken}`);
    expect(me.status).toBe(401);
    const [session] = await h.sql<{ state: string; end_reason: string }>(`SELECT state, end_reason FROM gateway.session WHERE account_id = $1`, [user.id]);
    expect(session).toEqual({ state: 'revoked', end_reason: 'password_reset' });
  });

  it('lockout-is-per-name-and-address-so-guessing-from-one-place-does-not-lock-the-owner-out-elsewhere', async () => {
    const user = await createUserForTest(h.gateway, {});
    const attacker = newAddress();
    const owner = newAddress();
    for (let i = 1; i <= 5; i++) await h.http.post('/api/auth/login').set('x-forwarded-for', attacker).send({ username: user.username, password: `Wrong-password-${i}` });
    const fromAttacker = await h.http.post('/api/auth/login').set('x-forwarded-for', attacker).send({ username: user.username, password: user.password });
    expect(fromAttacker.status).toBe(401);
    expect(fromAttacker.body.code).toBe('AUTH.ACCOUNT_LOCKED');
    const fromOwner = await h.http.post('/api/auth/login').set('x-forwarded-for', owner).send({ username: user.username, password: user.password });
    expect(fromOwner.status).toBe(200);
    const rows = await h.sql<{ address: string; locked: boolean }>(`SELECT address, locked_until > now() AS locked FROM gateway.login_throttle WHERE username = $1`, [user.username]);
    expect(rows).toEqual([{ address: attacker, locked: true }]);
  });

  it('the-administrators-names-come-from-configuration', async () => {
    expect(h.gateway.bootstrapAdmins?.map((a) => a.username)).toEqual(['ops-sys', 'ops-sec', 'ops-audit']);
    const rows = await h.sql<{ username: string; roles: string[] }>(`SELECT username, roles FROM gateway.account WHERE created_by = 'system' ORDER BY username`);
    expect(rows).toEqual([
      { username: 'ops-audit', roles: ['audit_admin'] },
      { username: 'ops-sec', roles: ['sec_admin'] },
      { username: 'ops-sys', roles: ['sys_admin'] },
    ]);
  });

  it('sign-in-rate-limits-count-per-real-client-behind-the-proxy', async () => {
    const busy = newAddress();
    const statuses: number[] = [];
    const refreshToken = 'not-a-refresh-token-at-all-0123456789';
    for (let i = 0; i < 9; i++) statuses.push((await h.http.post('/api/auth/refresh').set('x-forwarded-for', busy).send({ refreshToken })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
    // Another client behind the same proxy is not held back …
    const other = await h.http.post('/api/auth/refresh').set('x-forwarded-for', newAddress()).send({ refreshToken });
    expect(other.status).toBe(401);
    // … and the busy one cannot get out of its limit by claiming another address (only the proxy's hop counts).
    const spoofed = await h.http.post('/api/auth/refresh').set('x-forwarded-for', `${newAddress()}, ${busy}`).send({ refreshToken });
    expect(spoofed.status).toBe(429);
  });

  it('staff-cleared-for-机密-bind-an-authenticator-at-first-sign-in-and-need-a-code-from-then-on', async () => {
    const user = await createUserForTest(h.gateway, { roles: ['section_staff'], clearance: 2, withTotp: false });
    const ip = newAddress();
    const first = await h.http.post('/api/auth/login').set('x-forwarded-for', ip).send({ username: user.username, password: user.password });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('totp_enrollment_required');
    expect(first.body.accessToken).toBeUndefined();
    const enrolled = await h.http.post('/api/auth/totp/enroll').set('x-forwarded-for', ip).send({ enrollmentToken: first.body.enrollmentToken, code: totpCode(first.body.totpSecret) });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body.status).toBe('signed_in');
    const noCode = await h.http.post('/api/auth/login').set('x-forwarded-for', ip).send({ username: user.username, password: user.password });
    expect(noCode.status).toBe(401);
    expect(noCode.body).toMatchObject({ code: 'AUTH.TOTP_REQUIRED', detail: '管理员及机密以上涉密人员登录须输入身份验证器上的 6 位动态验证码' });
    // 秘密 and below sign in with the password alone.
    const secret = await createUserForTest(h.gateway, { roles: ['section_staff'], clearance: 1 });
    expect(secret.totpSecret).toBeUndefined();
    expect((await h.http.post('/api/auth/login').set('x-forwarded-for', ip).send({ username: secret.username, password: secret.password })).body.status).toBe('signed_in');
  });

  it('raising-a-clearance-to-机密-ends-the-sessions-opened-without-a-second-factor', async () => {
    const secadmin = await h.signedIn({ roles: ['sec_admin'] });
    const user = await createUserForTest(h.gateway, { roles: ['section_staff'], clearance: 1 });
    const ip = newAddress();
    const login = await h.http.post('/api/auth/login').set('x-forwarded-for', ip).send({ username: user.username, password: user.password });
    const auth = `Bearer ${login.body.accessToken}`;
    expect((await h.http.get('/api/auth/me').set('authorization', auth)).status).toBe(200);
    const raised = await h.http.put(`/api/admin/users/${user.id}/roles`).set('authorization', secadmin.auth).send({ roles: ['section_staff'], sectionCode: 'zonghe', clearance: 2 });
    expect(raised.status).toBe(200);
    const me = await h.http.get('/api/auth/me').set('authorization', auth);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('AUTH.SESSION_ENDED');
    const [session] = await h.sql<{ end_reason: string }>(`SELECT end_reason FROM gateway.session WHERE account_id = $1`, [user.id]);
    expect(session.end_reason).toBe('second_factor_required');
    const again = await h.http.post('/api/auth/login').set('x-forwarded-for', ip).send({ username: user.username, password: user.password });
    expect(again.body.status).toBe('totp_enrollment_required');
  });

  it('the-audit-chain-is-keyed-and-its-anchored-head-shows-rows-cut-off-the-end', async () => {
    const auditor = await h.signedIn({ roles: ['audit_admin'] });
    const verify = async () => (await h.http.get('/api/audit/verify').set('authorization', auditor.auth)).body;
    expect(await verify()).toMatchObject({ ok: true, firstBrokenSeq: null });
    const algorithms = await h.sql<{ hash_alg: string }>(`SELECT DISTINCT hash_alg FROM gateway.audit_event`);
    expect(algorithms).toEqual([{ hash_alg: 'hmac-sm3' }]);
    const [{ max }] = await h.sql<{ max: string }>(`SELECT max(seq) AS max FROM gateway.audit_event`);
    const [head] = await h.sql<{ seq: string }>(`SELECT seq FROM gateway.audit_head`);
    expect(head.seq).toBe(max);

    // The head cannot be moved back or removed, even by the table's owner …
    await expect(h.sql(`UPDATE gateway.audit_head SET seq = seq - 1`)).rejects.toThrow('审计链头只能前移，不能回退或删除');
    await expect(h.sql(`DELETE FROM gateway.audit_head`)).rejects.toThrow('审计链头只能前移，不能回退或删除');

    // … so a superuser who switches the row trigger off and cuts the newest rows off is found out.
    const last = Number(max);
    await h.sql(`ALTER TABLE gateway.audit_event DISABLE TRIGGER audit_event_guard_rows`);
    try {
      await h.sql(`DELETE FROM gateway.audit_event WHERE seq > $1`, [last - 2]);
    } finally {
      await h.sql(`ALTER TABLE gateway.audit_event ENABLE TRIGGER audit_event_guard_rows`);
    }
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: last - 1, firstBrokenId: null, reason: `序号 ${last - 1} 至 ${last} 的记录缺失（日志末尾被截断）` });
    // New rows go on from the head, so the gap stays in the chain.
    await createUserForTest(h.gateway, {}).then((u) => signInFull(h.http, u.username, u.password));
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: last + 1, reason: `序号 ${last - 1} 至 ${last} 的记录缺失` });
  });

  it('request-connection-and-keep-alive-timeouts-are-set-from-configuration', async () => {
    const server = h.gateway.app.getHttpServer() as { requestTimeout: number; timeout: number; keepAliveTimeout: number };
    expect({ requestTimeout: server.requestTimeout, connectionTimeout: server.timeout, keepAliveTimeout: server.keepAliveTimeout }).toEqual({
      requestTimeout: 45000,
      connectionTimeout: 90000,
      keepAliveTimeout: 65000,
    });
  });

  it('every-request-is-timed-by-route-and-logged-once', async () => {
    const user = await h.signedIn({});
    const me = await h.http.get('/api/auth/me').set('authorization', user.auth);
    expect(me.status).toBe(200);
    const missing = await h.http.get('/api/no-such-route/123?q=secret-words');
    expect(missing.status).toBe(404);

    const registry = h.gateway.app.get<PlatformParts>(PLATFORM_PARTS).metrics.registry;
    const metrics = await registry.getSingleMetricAsString('gov_http_request_duration_seconds');
    expect(metrics).toMatch(/gov_http_request_duration_seconds_count\{[^}]*method="GET"[^}]*route="\/api\/auth\/me"[^}]*status_code="200"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/gov_http_request_duration_seconds_count\{[^}]*route="unmatched"[^}]*status_code="404"/);
    expect(metrics).not.toContain('no-such-route');

    const access = log.lines.filter((l) => l.msg === 'HTTP 请求');
    const meLine = access.filter((l) => l.requestId === me.headers['x-request-id']);
    expect(meLine).toHaveLength(1);
    expect(meLine[0]).toMatchObject({ method: 'GET', route: '/api/auth/me', path: '/api/auth/me', statusCode: 200, userId: user.id });
    expect(typeof meLine[0].ms).toBe('number');
    const missingLine = access.find((l) => l.requestId === missing.headers['x-request-id']);
    expect(missingLine).toMatchObject({ route: 'unmatched', path: '/api/no-such-route/123', statusCode: 404 });
    expect(JSON.stringify(access)).not.toContain('secret-words');
  });

  it('with-trust-proxy-set-there-is-no-warning-about-it', async () => {
    expect(log.lines.filter((l) => l.level === WARN && String(l.msg).includes('TRUST_PROXY'))).toEqual([]);
  });
});

describe('gateway started without TRUST_PROXY', () => {
  let h: GatewayHarness;
  const log = capturingLogger();
  beforeAll(async () => {
    h = await startGatewayForTest({}, { logger: log.logger });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const proxyWarnings = () => log.lines.filter((l) => l.level === WARN && String(l.msg).includes('TRUST_PROXY'));

  it('warns-at-start-and-once-when-a-proxied-request-arrives', async () => {
    expect(proxyWarnings()).toHaveLength(1);
    expect(proxyWarnings()[0].msg).toMatch(/^未设置 TRUST_PROXY/);
    for (let i = 0; i < 3; i++) expect((await h.http.get('/health/live').set('x-forwarded-for', '203.0.113.9')).status).toBe(200);
    expect(proxyWarnings()).toHaveLength(2);
    expect(proxyWarnings()[1]).toMatchObject({ ip: '127.0.0.1' });
    expect(proxyWarnings()[1].msg).toMatch(/^收到带 X-Forwarded-For 的请求/);
  });
});

describe('gateway started with TRUST_PROXY=true', () => {
  let h: GatewayHarness;
  const log = capturingLogger();
  beforeAll(async () => {
    h = await startGatewayForTest({ TRUST_PROXY: 'true' }, { logger: log.logger });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('warns-that-any-client-can-then-choose-its-address', async () => {
    const warnings = log.lines.filter((l) => l.level === WARN && String(l.msg).includes('TRUST_PROXY'));
    expect(warnings.map((l) => l.msg)).toEqual(['TRUST_PROXY=true 信任任何 X-Forwarded-For：客户端可自报地址以绕过按地址的登录限流和锁定。请改为代理跳数（如 1）或代理地址']);
    expect((await h.http.get('/health/live').set('x-forwarded-for', '203.0.113.9')).status).toBe(200);
  });
});
