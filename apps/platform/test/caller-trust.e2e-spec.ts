import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clearance, Headers, rpcSubject, type RpcReply } from '@gov/contracts-common';
import { UnitEvents, UnitSubjects } from '@gov/contracts-duty-and-meetings';
import { supervisionDefinition } from '@gov/service-supervision';
import { randomUUID } from 'node:crypto';
import { CallerSigner, EventSigner, eventKeyName, generateCallerKeys, generateEventKeys, PRODUCER_HEADER, type RunningApp } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { connectTestClient, createTestEnvironment, eventually, startTestApp, zongheStaff, type TestEnvironment } from '@gov/testing';

/**
 * Trust inside the platform: a service answers only calls that carry the gateway's signed caller assertion, whatever
 * reaches its subjects. Runs in the e2e tier, so CI proves it on NATS and on the in-process bus.
 */
describe('a service trusts only the gateway-signed caller', () => {
  let environment: TestEnvironment;
  let duty: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const staff = zongheStaff({ clearance: Clearance.TopSecret, permissions: ['units:read', 'units:write'] });
  const subject = rpcSubject('duty-and-meetings', UnitSubjects.list);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    duty = await startTestApp(environment, dutyAndMeetingsDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await duty?.stop();
    await environment?.dispose();
  });

  const raw = (headers: Record<string, string>) => client.bus.request(subject, {}, headers, 5000) as Promise<RpcReply<{ total: number }>>;

  it('answers a signed call', async () => {
    const page = await client.rpc.call<{ total: number }>('duty-and-meetings', UnitSubjects.list, {}, staff);
    expect(page.total).toBeGreaterThan(0);
  });

  it('gives a forged x-caller (base64 JSON, any clearance) nothing but a refusal', async () => {
    const forged = Buffer.from(JSON.stringify(staff), 'utf8').toString('base64url');
    const reply = await raw({ [Headers.requestId]: 'forged-1', [Headers.caller]: forged });
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
    expect(JSON.stringify(reply)).not.toContain('"items"');
  });

  it('refuses a call without an assertion, from a client without the key', async () => {
    const intruder = await connectTestClient(environment, { signed: false });
    try {
      await expect(intruder.rpc.call('duty-and-meetings', UnitSubjects.list, {}, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.UNAUTHENTICATED' } });
    } finally {
      await intruder.close();
    }
  });

  it('refuses an event on duty-and-meetings’ subject that duty-and-meetings did not sign: it never reaches a read model', async () => {
    const supervision = await startTestApp(environment, supervisionDefinition);
    try {
      const id = randomUUID();
      const forged = { id: randomUUID(), type: UnitEvents.created, producer: 'duty-and-meetings', occurredAt: new Date().toISOString(), actor: { userId: 'x', username: 'x', displayName: 'x' }, data: { id, code: 'FORGED', name: '伪造单位', type: 'department', status: 'active', version: 1 } };
      // Straight onto the bus, as a process without duty-and-meetings' event key could: unsigned, then signed by another app.
      await client.bus.publish(UnitEvents.created, forged, forged.id, {});
      const other = { ...forged, id: randomUUID() };
      const wrongKey = generateEventKeys()[eventKeyName('duty-and-meetings')];
      await client.bus.publish(UnitEvents.created, other, other.id, { [PRODUCER_HEADER]: new EventSigner('duty-and-meetings', wrongKey).sign(other) });
      await eventually(
        async () => (await supervision.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.parts.schema}".dead_letter WHERE event_id = ANY($1)`, [[forged.id, other.id]]))[0].n === 2,
        20_000,
        'both forged events in the dead letters',
      );
      const applied = await supervision.parts.dataSource.query(`SELECT 1 FROM "${supervision.parts.schema}".unit_directory WHERE id = $1`, [id]);
      expect(applied).toEqual([]);
    } finally {
      await supervision.stop();
    }
  });

  it('refuses an assertion signed with another key, replayed, or sent to another subject', async () => {
    const other = new CallerSigner(generateCallerKeys().CALLER_SIGNING_KEY);
    const wrongKey = await raw({ [Headers.requestId]: 'k1', [Headers.caller]: other.sign(subject, 'k1', staff) });
    expect(wrongKey.ok).toBe(false);

    const signer = new CallerSigner(environment.env.CALLER_SIGNING_KEY);
    const once = signer.sign(subject, 'r1', staff);
    expect((await raw({ [Headers.requestId]: 'r1', [Headers.caller]: once })).ok).toBe(true);
    expect((await raw({ [Headers.requestId]: 'r1', [Headers.caller]: once })).ok).toBe(false);

    const forGet = signer.sign(rpcSubject('duty-and-meetings', UnitSubjects.get), 'r2', staff);
    expect((await raw({ [Headers.requestId]: 'r2', [Headers.caller]: forGet })).ok).toBe(false);
  });
});
