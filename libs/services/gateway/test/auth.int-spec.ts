import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createUserForTest, signInFull, totpCode } from '../src/index.js';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

describe('gateway sign-in, tokens and sessions', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startGatewayForTest();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a-user-signs-in-and-sees-who-they-are', async () => {
    const user = await createUserForTest(h.gateway, { roles: ['section_staff'], sectionCode: 'zonghe', clearance: 1 });
    const login = await h.http.post('/api/auth/login').send({ username: user.username, password: user.password });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ status: 'signed_in', tokenType: 'Bearer', expiresIn: 900, passwordChangeRequired: false });
    expect(login.body.accessToken.split('.')).toHaveLength(3);
    const me = await h.http.get('/api/auth/me').set('authorization', `Bearer ${login.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: user.username, roles: ['section_staff'], sectionCode: 'zonghe', clearance: 1 });
    // 综合科 staff edit the unit directory through their section's grant.
    expect(me.body.permissions).toEqual(expect.arrayContaining(['calendar:read', 'units:read', 'units:write', 'meetings:manage', 'duty:write']));
    // …and not what belongs to other sections or to leaders.
    for (const other of ['documents:read', 'outgoing:sign', 'archives:manage', 'supervision:manage']) expect(me.body.permissions).not.toContain(other);
  });

  it('the-username-is-case-insensitive-but-a-wrong-password-is-refused-without-saying-which-part-was-wrong', async () => {
    const user = await createUserForTest(h.gateway, {});
    expect((await h.http.post('/api/auth/login').send({ username: user.username.toUpperCase(), password: user.password })).status).toBe(200);
    const wrong = await h.http.post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-1' });
    const unknown = await h.http.post('/api/auth/login').send({ username: 'nobody-here', password: 'Wrong-password-1' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', detail: '用户名或密码错误' });
    }
  });

  it('five-wrong-passwords-lock-the-account-for-fifteen-minutes-even-against-the-right-password', async () => {
    const user = await createUserForTest(h.gateway, {});
    for (let i = 1; i <= 4; i++) {
      const res = await h.http.post('/api/auth/login').send({ username: user.username, password: `Wrong-password-${i}` });
      expect(res.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const fifth = await h.http.post('/api/auth/login').send({ username: user.username, password: 'Wrong-password-5' });
    expect(fifth.status).toBe(401);
    expect(fifth.body.code).toBe('AUTH.ACCOUNT_LOCKED');
    const right = await h.http.post('/api/auth/login').send({ username: user.username, password: user.password });
    expect(right.status).toBe(401);
    expect(right.body).toMatchObject({ code: 'AUTH.ACCOUNT_LOCKED', title: '账户已被临时锁定' });
    expect(right.body.detail).toMatch(/^连续 5 次登录失败，账户已锁定 15 分钟，请约 1[45] 分钟后再试$/);
    // When the lock has run out the right password works again.
    await h.sql(`UPDATE gateway.login_throttle SET locked_until = now() - interval '1 second' WHERE username = $1`, [user.username]);
    expect((await h.http.post('/api/auth/login').send({ username: user.username, password: user.password })).status).toBe(200);
  });

  it('unknown-usernames-lock-the-same-way-so-lockout-does-not-reveal-which-names-exist', async () => {
    for (let i = 0; i < 5; i++) await h.http.post('/api/auth/login').send({ username: 'ghost-user', password: 'Wrong-password-1' });
    const res = await h.http.post('/api/auth/login').send({ username: 'ghost-user', password: 'Wrong-password-1' });
    expect(res.body.code).toBe('AUTH.ACCOUNT_LOCKED');
  });

  it('an-administrator-without-a-second-factor-must-enroll-one-then-change-the-generated-password', async () => {
    const admin = h.gateway.bootstrapAdmins?.find((a) => a.username === 'auditadmin');
    expect(admin).toBeDefined();
    const step1 = await h.http.post('/api/auth/login').send({ username: 'auditadmin', password: admin!.password });
    expect(step1.status).toBe(200);
    expect(step1.body.status).toBe('totp_enrollment_required');
    expect(step1.body.accessToken).toBeUndefined();
    expect(step1.body.otpauthUri).toContain(`secret=${step1.body.totpSecret}`);

    const badCode = await h.http.post('/api/auth/totp/enroll').send({ enrollmentToken: step1.body.enrollmentToken, code: totpCode(step1.body.totpSecret, Date.now() - 300_000) });
    expect(badCode.body.code).toBe('AUTH.TOTP_INVALID');
    const enrolled = await h.http.post('/api/auth/totp/enroll').send({ enrollmentToken: step1.body.enrollmentToken, code: totpCode(step1.body.totpSecret) });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body).toMatchObject({ status: 'signed_in', passwordChangeRequired: true });
    const auth = `Bearer ${enrolled.body.accessToken}`;

    const blocked = await h.http.get('/api/audit/events').set('authorization', auth);
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');

    const weak = await h.http.post('/api/auth/password').set('authorization', auth).send({ currentPassword: admin!.password, newPassword: 'myauditadminpw' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('AUTH.PASSWORD_POLICY');
    expect(weak.body.errors.map((e: { message: string }) => e.message)).toEqual(['newPassword：密码须包含大写字母、小写字母、数字、符号中的至少三类', 'newPassword：密码不能包含用户名']);
    const changed = await h.http.post('/api/auth/password').set('authorization', auth).send({ currentPassword: admin!.password, newPassword: 'Audit-Strong-Pass-2026' });
    expect(changed.status).toBe(204);
    expect((await h.http.get('/api/audit/events').set('authorization', auth)).status).toBe(200);

    // From now on the administrator needs the code at every sign-in.
    const noCode = await h.http.post('/api/auth/login').send({ username: 'auditadmin', password: 'Audit-Strong-Pass-2026' });
    expect(noCode.status).toBe(401);
    expect(noCode.body.code).toBe('AUTH.TOTP_REQUIRED');
    const again = await signInFull(h.http, 'auditadmin', 'Audit-Strong-Pass-2026', step1.body.totpSecret);
    expect(again.passwordChangeRequired).toBe(false);
  });

  it('a-totp-code-is-good-only-once', async () => {
    const admin = await createUserForTest(h.gateway, { roles: ['sys_admin'] });
    const code = totpCode(admin.totpSecret!);
    expect((await h.http.post('/api/auth/login').send({ username: admin.username, password: admin.password, totp: code })).status).toBe(200);
    const replay = await h.http.post('/api/auth/login').send({ username: admin.username, password: admin.password, totp: code });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('AUTH.TOTP_INVALID');
  });

  it('refresh-rotates-the-token-and-a-reused-old-token-revokes-the-whole-session', async () => {
    const user = await createUserForTest(h.gateway, {});
    const first = await signInFull(h.http, user.username, user.password);
    const second = await h.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toEqual(first.refreshToken);
    expect((await h.http.get('/api/auth/me').set('authorization', `Bearer ${second.body.accessToken}`)).status).toBe(200);

    const reuse = await h.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('AUTH.REFRESH_REUSED');
    // Every token of that sign-in is dead now: the newest refresh token and the access tokens.
    expect((await h.http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken })).body.code).toBe('AUTH.SESSION_ENDED');
    const me = await h.http.get('/api/auth/me').set('authorization', `Bearer ${second.body.accessToken}`);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('AUTH.SESSION_ENDED');
  });

  it('logout-revokes-the-access-token-at-once', async () => {
    const user = await createUserForTest(h.gateway, {});
    const login = await signInFull(h.http, user.username, user.password);
    const auth = `Bearer ${login.accessToken}`;
    expect((await h.http.get('/api/auth/me').set('authorization', auth)).status).toBe(200);
    expect((await h.http.post('/api/auth/logout').set('authorization', auth)).status).toBe(204);
    const after = await h.http.get('/api/auth/me').set('authorization', auth);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH.SESSION_ENDED');
    expect((await h.http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken })).status).toBe(401);
  });

  it('a-session-idle-longer-than-the-timeout-expires', async () => {
    const user = await createUserForTest(h.gateway, {});
    const login = await signInFull(h.http, user.username, user.password);
    await h.sql(`UPDATE gateway.session SET last_seen_at = now() - interval '31 minutes' WHERE account_id = $1`, [user.id]);
    const res = await h.http.get('/api/auth/me').set('authorization', `Bearer ${login.accessToken}`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'AUTH.SESSION_IDLE_EXPIRED', detail: '超过 30 分钟未操作，会话已过期，请重新登录' });
    const [session] = await h.sql<{ state: string; end_reason: string }>(`SELECT state, end_reason FROM gateway.session WHERE account_id = $1`, [user.id]);
    expect(session).toEqual({ state: 'expired', end_reason: 'idle_timeout' });
  });

  it('a-forged-or-missing-token-is-refused', async () => {
    expect((await h.http.get('/api/auth/me')).body.code).toBe('AUTH.TOKEN_INVALID');
    const forged = await h.http.get('/api/auth/me').set('authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln');
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('AUTH.TOKEN_INVALID');
  });

  it('the-signing-secret-is-generated-once-and-kept-sealed-in-the-gateway-schema', async () => {
    const rows = await h.sql<{ name: string; sealed: boolean }>(`SELECT name, value LIKE 'sm4:%' AS sealed FROM gateway.secret`);
    expect(rows).toEqual([{ name: 'jwt-hs256', sealed: true }]);
  });
});
