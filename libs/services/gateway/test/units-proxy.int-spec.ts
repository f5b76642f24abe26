import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Headers as BusHeaderNames, type CallerContext, type RpcReply } from '@gov/contracts-common';
import { createLogger, decodeCaller, NatsBus, type Bus, type IncomingRequest, type Stoppable } from '@gov/platform';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

interface Seen {
  subject: string;
  data: Record<string, unknown>;
  caller?: CallerContext;
  requestId?: string;
}

/**
 * A stand-in for duty-and-meetings on the real bus, so that the gateway's own part of the unit routes (ETag,
 * If-Match, Idempotency-Key, the caller passed along) is tested alone; the real service is covered end to end.
 */
async function serveUnitsStub(h: GatewayHarness, seen: Seen[]): Promise<{ bus: Bus; serving: Stoppable; owns: boolean }> {
  const owns = !h.environment.bus;
  const bus = h.environment.bus ?? (await NatsBus.connect(h.environment.env.NATS_URL, h.environment.namespace, 'units-stub', createLogger('units-stub', 'silent')));
  let version = 1;
  const unit = (id: string, extra: Record<string, unknown>) => ({ id, code: 'BS-YJ', name: '博山区应急管理局', type: 'department', liaisons: [], dutyPhones: [], status: 'active', deactivationReason: null, version, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', ...extra });
  const serving = await bus.serve('rpc.duty-and-meetings.>', 'duty-and-meetings', async (request: IncomingRequest): Promise<RpcReply<unknown>> => {
    const data = request.data as Record<string, unknown>;
    seen.push({ subject: request.subject, data, caller: decodeCaller(request.headers[BusHeaderNames.caller]), requestId: request.headers[BusHeaderNames.requestId] });
    switch (request.subject) {
      case 'rpc.duty-and-meetings.unit.create':
        return { ok: true, data: unit(randomUUID(), data) };
      case 'rpc.duty-and-meetings.unit.get':
        return { ok: true, data: unit(data.id as string, {}) };
      case 'rpc.duty-and-meetings.unit.update':
        if (data.expectedVersion !== version) return { ok: false, error: { kind: 'precondition_failed', code: 'UNIT.VERSION_CONFLICT', title: '单位信息已被他人修改', detail: '请刷新后重试' } };
        version++;
        return { ok: true, data: unit(data.id as string, {}) };
      default:
        return { ok: false, error: { kind: 'not_found', code: 'REQUEST.NOT_FOUND', title: '资源不存在', detail: request.subject } };
    }
  });
  return { bus, serving, owns };
}

describe('unit routes through the gateway: ETag, If-Match, Idempotency-Key and the caller', () => {
  let h: GatewayHarness;
  let stub: Awaited<ReturnType<typeof serveUnitsStub>>;
  const seen: Seen[] = [];
  let staff: { auth: string; id: string; username: string };
  beforeAll(async () => {
    h = await startGatewayForTest();
    stub = await serveUnitsStub(h, seen);
    staff = await h.signedIn({ roles: ['section_staff'], sectionCode: 'zonghe', clearance: 2 });
  });
  afterAll(async () => {
    await stub?.serving.stop();
    if (stub?.owns) await stub.bus.close();
    await h?.stop();
  });

  const body = { code: 'BS-YJ', name: '博山区应急管理局', type: 'department', liaisons: [{ name: '张明', mobile: '13800000000' }], dutyPhones: ['0533-4180110'] };

  it('the-caller-and-request-id-travel-with-the-call', async () => {
    const res = await h.http.post('/api/units').set('authorization', staff.auth).set('x-request-id', 'req-unit-create-1').send(body);
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('W/"1"');
    const call = seen.find((s) => s.requestId === 'req-unit-create-1');
    expect(call?.subject).toBe('rpc.duty-and-meetings.unit.create');
    expect(call?.caller).toMatchObject({ userId: staff.id, username: staff.username, roles: ['section_staff'], sectionCode: 'zonghe', clearance: 2, ip: '127.0.0.1' });
    expect(call?.caller?.permissions).toContain('units:write');
  });

  it('a-retry-with-the-same-idempotency-key-returns-the-first-answer-without-a-second-create', async () => {
    const key = randomUUID();
    const first = await h.http.post('/api/units').set('authorization', staff.auth).set('idempotency-key', key).send(body);
    const before = seen.filter((s) => s.subject.endsWith('unit.create')).length;
    const retry = await h.http.post('/api/units').set('authorization', staff.auth).set('idempotency-key', key).send(body);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(seen.filter((s) => s.subject.endsWith('unit.create')).length).toBe(before);
    const other = await h.http.post('/api/units').set('authorization', staff.auth).set('idempotency-key', key).send({ ...body, name: '另一个单位' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('if-match-carries-the-version-and-a-stale-one-is-a-412', async () => {
    const id = randomUUID();
    const read = await h.http.get(`/api/units/${id}`).set('authorization', staff.auth);
    expect(read.headers.etag).toMatch(/^W\/"\d+"$/);
    const ok = await h.http.patch(`/api/units/${id}`).set('authorization', staff.auth).set('if-match', read.headers.etag).send({ dutyPhones: ['0533-4180111'] });
    expect(ok.status).toBe(200);
    expect(seen.at(-1)?.data).toMatchObject({ id, dutyPhones: ['0533-4180111'], expectedVersion: Number(/\d+/.exec(read.headers.etag)![0]) });
    const stale = await h.http.patch(`/api/units/${id}`).set('authorization', staff.auth).set('if-match', read.headers.etag).send({ dutyPhones: ['0533-4180112'] });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'UNIT.VERSION_CONFLICT', detail: '请刷新后重试' });
  });

  it('a-liaison-may-call-the-change-route-and-the-service-decides-about-the-unit', async () => {
    const liaison = await h.signedIn({ roles: ['unit_liaison'], unitId: randomUUID() });
    expect((await h.http.post('/api/units').set('authorization', liaison.auth).send(body)).status).toBe(403);
    const id = randomUUID();
    const read = await h.http.get(`/api/units/${id}`).set('authorization', liaison.auth);
    await h.http.patch(`/api/units/${id}`).set('authorization', liaison.auth).set('if-match', read.headers.etag).send({ dutyPhones: ['0533-1'] });
    expect(seen.at(-1)?.caller).toMatchObject({ roles: ['unit_liaison'], permissions: expect.arrayContaining(['calendar:read', 'units:read', 'units:write-own', 'documents:read-own']) });
  });
});
