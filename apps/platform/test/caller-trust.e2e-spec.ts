import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clearance, Headers, rpcSubject, type RpcReply } from '@gov/contracts-common';
import { UnitSubjects } from '@gov/contracts-duty-and-meetings';
import { CallerSigner, type RunningApp } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { connectTestClient, createTestEnvironment, startTestApp, zongheStaff, type TestEnvironment } from '@gov/testing';

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

  it('refuses an assertion signed with another key, replayed, or sent to another subject', async () => {
    const other = new CallerSigner((await import('@gov/platform')).generateCallerKeys().CALLER_SIGNING_KEY);
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
