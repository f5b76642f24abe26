import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

describe('the HTTP edge: problem+json for every error, headers, documents, services that are down', () => {
  let h: GatewayHarness;
  let staff: string;
  beforeAll(async () => {
    h = await startGatewayForTest({ BODY_LIMIT_BYTES: '2048', RPC_TIMEOUT_MS: '2000' });
    staff = (await h.signedIn({ roles: ['section_staff'], sectionCode: 'zonghe' })).auth;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('an-unknown-route-is-a-404-problem', async () => {
    const res = await h.http.get('/api/no/such/route?x=1');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.body).toEqual({
      type: 'urn:gov-office:problem:REQUEST.NOT_FOUND',
      title: '资源不存在',
      status: 404,
      detail: '接口不存在：GET /api/no/such/route',
      code: 'REQUEST.NOT_FOUND',
      instance: '/api/no/such/route',
      requestId: res.headers['x-request-id'],
    });
  });

  it('a-body-over-the-limit-is-a-413-problem', async () => {
    const res = await h.http.post('/api/auth/login').set('content-type', 'application/json').send(JSON.stringify({ username: 'x', password: 'y'.repeat(4000) }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'REQUEST.PAYLOAD_TOO_LARGE', title: '请求内容过大', detail: '请求体不能超过 2048 字节' });
  });

  it('a-body-that-is-not-json-is-a-415-and-broken-json-a-400-problem', async () => {
    const text = await h.http.post('/api/auth/login').set('content-type', 'text/plain').send('username=x');
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    const form = await h.http.post('/api/auth/login').type('form').send({ username: 'x', password: 'y' });
    expect(form.status).toBe(415);
    const broken = await h.http.post('/api/auth/login').set('content-type', 'application/json').send('{"username": ');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'REQUEST.MALFORMED_BODY', detail: '请求体不是有效的 JSON，请检查后重试' });
  });

  it('validation-lists-every-bad-field-of-the-body', async () => {
    const res = await h.http.post('/api/auth/login').send({ username: '', totp: '12' });
    expect(res.status).toBe(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['password', 'totp', 'username']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'totp').message).toBe('totp：动态验证码必须是 6 位数字');
  });

  it('a-sane-request-id-is-kept-an-insane-one-replaced-and-the-trace-continues', async () => {
    const kept = await h.http.get('/health/live').set('x-request-id', 'client-req-12345').set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    expect(kept.headers['x-request-id']).toBe('client-req-12345');
    expect(kept.headers.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    const replaced = await h.http.get('/health/live').set('x-request-id', 'bad id <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('security-headers-are-set', async () => {
    const res = await h.http.get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('health-is-served-on-the-gateway-port', async () => {
    expect((await h.http.get('/health/live')).body).toEqual({ status: 'ok' });
    expect((await h.http.get('/health/ready')).body).toEqual({ status: 'ok', checks: { database: true, bus: true } });
  });

  it('the-openapi-document-lists-every-route-with-problem-answers-and-bearer-auth', async () => {
    const res = await h.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/refresh',
        '/api/auth/logout',
        '/api/auth/totp/enroll',
        '/api/auth/password',
        '/api/auth/me',
        '/api/admin/users',
        '/api/admin/users/{id}/disable',
        '/api/admin/users/{id}/reset-password',
        '/api/admin/users/{id}/roles',
        '/api/audit/events',
        '/api/audit/verify',
        '/api/units',
        '/api/units/{id}',
        '/api/units/{id}/deactivate',
        '/api/calendar/years',
        '/api/calendar/years/{year}',
        '/api/calendar/deadlines',
        '/api/system/ping/{service}',
        '/api/admin/dead-letters/{service}',
        '/api/admin/dead-letters/{service}/{id}/replay',
      ]),
    );
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.ProblemDetailsDoc.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']));
    expect(doc.components.schemas.CreateUnitRequest).toBeDefined();
    expect(doc.components.schemas.LoginRequest).toBeDefined();
    const patch = doc.paths['/api/units/{id}'].patch;
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '412', '413', '428', '429', '503', '504']));
    expect(patch.responses['412'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/ProblemDetailsDoc');
    expect(patch.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/UpdateUnitChanges');
    const ui = await h.http.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui-bundle.js');
    expect((await h.http.get('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('a-route-to-a-service-that-is-down-answers-503-within-the-timeout', async () => {
    const started = Date.now();
    const res = await h.http.get('/api/units').set('authorization', staff);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'SERVICE.UNAVAILABLE', title: '服务暂不可用' });
    expect(Date.now() - started).toBeLessThan(2500);
    const ping = await h.http.get('/api/system/ping/supervision').set('authorization', staff);
    expect(ping.status).toBe(503);
  });

  it('ping-of-an-unknown-service-is-a-404-problem', async () => {
    const res = await h.http.get('/api/system/ping/no-such-service').set('authorization', staff);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('SERVICE.UNKNOWN');
  });

  it('changing-a-unit-needs-if-match-428-and-checks-it-before-calling-the-service', async () => {
    const id = randomUUID();
    const missing = await h.http.patch(`/api/units/${id}`).set('authorization', staff).send({ name: '博山区应急管理局' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('REQUEST.PRECONDITION_REQUIRED');
    const malformed = await h.http.post(`/api/units/${id}/deactivate`).set('authorization', staff).set('if-match', 'yesterday').send({ reason: '机构改革撤并' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('If-Match');
    const badId = await h.http.patch('/api/units/not-a-uuid').set('authorization', staff).set('if-match', 'W/"1"').send({});
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].message).toBe('id：必须是有效的 UUID');
  });

  it('a-bad-idempotency-key-is-refused', async () => {
    const unit = { code: 'BS-YJ', name: '博山区应急管理局', type: 'department', liaisons: [], dutyPhones: ['0533-4180110'] };
    const res = await h.http.post('/api/units').set('authorization', staff).set('idempotency-key', 'x').send(unit);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
  });
});

describe('rate limits', () => {
  let h: GatewayHarness;
  let auth: string;
  beforeAll(async () => {
    h = await startGatewayForTest({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '5' });
    auth = (await h.signedIn({ roles: ['section_staff'] })).auth; // one sign-in of the three this address may make
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('signed-in-routes-are-limited-per-user', async () => {
    for (let i = 0; i < 5; i++) expect((await h.http.get('/api/auth/me').set('authorization', auth)).status).toBe(200);
    const res = await h.http.get('/api/auth/me').set('authorization', auth);
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('sign-in-is-limited-per-address-with-a-429-problem-and-retry-after', async () => {
    for (let i = 0; i < 2; i++) expect((await h.http.post('/api/auth/login').send({ username: 'a', password: 'b' })).status).toBe(401);
    const res = await h.http.post('/api/auth/login').send({ username: 'a', password: 'b' });
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ code: 'REQUEST.RATE_LIMITED', title: '请求过于频繁' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
