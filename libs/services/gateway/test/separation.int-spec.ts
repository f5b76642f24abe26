import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { signInFull } from '../src/index.js';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

describe('三员分立: the three administrators each do only their own work', () => {
  let h: GatewayHarness;
  let sys: string;
  let sec: string;
  let aud: string;
  let secId: string;
  beforeAll(async () => {
    h = await startGatewayForTest();
    sys = (await h.signedIn({ roles: ['sys_admin'] })).auth;
    const secUser = await h.signedIn({ roles: ['sec_admin'] });
    sec = secUser.auth;
    secId = secUser.id;
    aud = (await h.signedIn({ roles: ['audit_admin'] })).auth;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('the-system-administrator-creates-an-account-the-security-administrator-gives-it-a-role-and-the-user-signs-in', async () => {
    const created = await h.http.post('/api/admin/users').set('authorization', sys).send({ username: 'zhang.wei', displayName: '张伟' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'zhang.wei', roles: [], status: 'active', passwordChangeRequired: true });
    expect(created.body.initialPassword).toHaveLength(16);

    const assigned = await h.http
      .put(`/api/admin/users/${created.body.id}/roles`)
      .set('authorization', sec)
      .send({ roles: ['section_staff'], sectionCode: 'zonghe', clearance: 1 });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ roles: ['section_staff'], sectionCode: 'zonghe', clearance: 1 });

    const login = await signInFull(h.http, 'zhang.wei', created.body.initialPassword);
    expect(login.passwordChangeRequired).toBe(true);
    const auth = `Bearer ${login.accessToken}`;
    expect((await h.http.get('/api/units').set('authorization', auth)).body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
    expect((await h.http.post('/api/auth/password').set('authorization', auth).send({ currentPassword: created.body.initialPassword, newPassword: 'Zhang-Wei-Pass-01' })).status).toBe(204);
    const me = await h.http.get('/api/auth/me').set('authorization', auth);
    expect(me.body.permissions).toContain('units:write');
  });

  it('the-system-administrator-cannot-read-the-audit-log-or-assign-roles', async () => {
    expect((await h.http.get('/api/audit/events').set('authorization', sys)).status).toBe(403);
    const user = await h.signedIn({ roles: ['section_staff'] });
    const res = await h.http.put(`/api/admin/users/${user.id}/roles`).set('authorization', sys).send({ roles: ['office_leader'], clearance: 0 });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'AUTH.FORBIDDEN', detail: '您的角色无权执行此操作' });
  });

  it('the-audit-administrator-cannot-create-users-or-assign-roles', async () => {
    expect((await h.http.post('/api/admin/users').set('authorization', aud).send({ username: 'li.na', displayName: '李娜' })).status).toBe(403);
    expect((await h.http.get('/api/admin/users').set('authorization', aud)).status).toBe(403);
  });

  it('the-security-administrator-cannot-create-users-grant-admin-roles-or-change-their-own-roles', async () => {
    expect((await h.http.post('/api/admin/users').set('authorization', sec).send({ username: 'li.na', displayName: '李娜' })).status).toBe(403);
    const user = await h.signedIn({ roles: ['section_staff'] });
    const admin = await h.http.put(`/api/admin/users/${user.id}/roles`).set('authorization', sec).send({ roles: ['audit_admin'], clearance: 0 });
    expect(admin.status).toBe(403);
    expect(admin.body.code).toBe('ACCOUNT.ADMIN_ROLE');
    const own = await h.http.put(`/api/admin/users/${secId}/roles`).set('authorization', sec).send({ roles: ['office_leader'], clearance: 3 });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('ACCOUNT.OWN_ACCOUNT');
    expect((await h.http.get('/api/audit/events').set('authorization', sec)).status).toBe(403);
  });

  it('no-administrator-reads-business-records', async () => {
    for (const auth of [sys, sec, aud]) {
      const res = await h.http.get('/api/units').set('authorization', auth);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((await h.http.post('/api/calendar/deadlines').set('authorization', auth).send({ start: '2026-09-28', amount: 5, unit: 'working_days' })).status).toBe(403);
    }
  });

  it('the-office-reads-the-leaders-names-to-arrange-their-calendars-liaisons-and-administrators-do-not', async () => {
    const leader = await h.signedIn({ roles: ['district_leader'], displayName: '名录测试副区长', sectionCode: null });
    const clerk = await h.signedIn({ roles: ['section_staff'], sectionCode: 'zonghe' });
    const res = await h.http.get('/api/leaders').set('authorization', clerk.auth);
    expect(res.status).toBe(200);
    expect(res.body).toContainEqual({ userId: leader.id, name: '名录测试副区长', roles: ['district_leader'] });
    expect(res.body.map((l: { userId: string }) => l.userId)).not.toContain(clerk.id);
    const liaison = await h.signedIn({ roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    for (const auth of [liaison.auth, sys, sec, aud]) {
      const refused = await h.http.get('/api/leaders').set('authorization', auth);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('role-assignment-follows-the-rules-of-section-and-unit', async () => {
    const user = await h.signedIn({ roles: ['section_staff'] });
    const noSection = await h.http.put(`/api/admin/users/${user.id}/roles`).set('authorization', sec).send({ roles: ['section_chief'], clearance: 0 });
    expect(noSection.status).toBe(422);
    expect(noSection.body.code).toBe('ACCOUNT.INVALID_ASSIGNMENT');
    const unknownSection = await h.http.put(`/api/admin/users/${user.id}/roles`).set('authorization', sec).send({ roles: ['section_chief'], sectionCode: 'nosuch', clearance: 0 });
    expect(unknownSection.body.code).toBe('ACCOUNT.UNKNOWN_SECTION');
    const liaison = await h.http.put(`/api/admin/users/${user.id}/roles`).set('authorization', sec).send({ roles: ['unit_liaison'], unitId: randomUUID(), clearance: 0 });
    expect(liaison.status).toBe(200);
    // The change applies to the user's live session at once.
    const me = await h.http.get('/api/auth/me').set('authorization', user.auth);
    expect(me.body).toMatchObject({ roles: ['unit_liaison'], permissions: expect.arrayContaining(['calendar:read', 'units:read', 'units:write-own', 'documents:read-own']) });
    for (const officeOnly of ['units:write', 'documents:read', 'supervision:read', 'meetings:manage']) expect(me.body.permissions).not.toContain(officeOnly);
  });

  it('disabling-an-account-signs-it-out-and-keeps-the-record', async () => {
    const user = await h.signedIn({ roles: ['section_staff'] });
    const res = await h.http.post(`/api/admin/users/${user.id}/disable`).set('authorization', sys).send({ reason: '调离本单位' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('disabled');
    expect((await h.http.get('/api/auth/me').set('authorization', user.auth)).status).toBe(401);
    const again = await h.http.post('/api/auth/login').send({ username: user.username, password: user.password });
    expect(again.body.code).toBe('AUTH.ACCOUNT_DISABLED');
    const list = await h.http.get('/api/admin/users').query({ status: 'disabled' }).set('authorization', sys);
    expect(list.body.items.map((u: { username: string }) => u.username)).toContain(user.username);
  });

  it('a-reset-password-is-temporary-and-the-system-administrator-cannot-reset-another-administrator', async () => {
    const user = await h.signedIn({ roles: ['section_staff'] });
    const reset = await h.http.post(`/api/admin/users/${user.id}/reset-password`).set('authorization', sys);
    expect(reset.status).toBe(200);
    expect((await h.http.get('/api/auth/me').set('authorization', user.auth)).status).toBe(401);
    expect((await signInFull(h.http, user.username, reset.body.temporaryPassword)).passwordChangeRequired).toBe(true);
    const res = await h.http.post(`/api/admin/users/${secId}/reset-password`).set('authorization', sys);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCOUNT.ADMIN_ACCOUNT');
  });

  it('bad-input-lists-every-bad-field-in-chinese', async () => {
    const res = await h.http.post('/api/admin/users').set('authorization', sys).send({ username: '-x', displayName: '', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', title: '请求参数有误', status: 400, instance: '/api/admin/users' });
    expect(res.body.requestId).toEqual(res.headers['x-request-id']);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['displayName', 'isAdmin', 'username']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'isAdmin').message).toBe('isAdmin：是不允许的字段');
    const query = await h.http.get('/api/admin/users').query({ limit: 500, status: 'gone' }).set('authorization', sys);
    expect(query.status).toBe(400);
    expect(query.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'status']);
  });
});
