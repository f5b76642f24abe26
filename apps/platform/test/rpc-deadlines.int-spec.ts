import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { CALENDAR_YEAR_PUBLISHED, Headers, rpcSubject, streamOf, type CallerContext } from '@gov/contracts-common';
import { buildEnvelope, CallerSigner, DomainError, RpcClient, RpcHeaders, type RunningApp } from '@gov/platform';
import { informationDefinition } from '@gov/service-information';
import { IdempotencyInProgressError, IdempotencyService, startGateway, toProblem, type RunningGateway } from '@gov/service-gateway';
import { caller, connectTestClient, createTestEnvironment, eventually, failureOf, startTestApp, type TestEnvironment } from '@gov/testing';

/**
 * Issue 12, retries after a timeout: the deadline a call carries is kept by the service (no start, no commit after
 * it), an Idempotency-Key stays in progress after a timeout and the service records it with the effect, in-flight
 * work is bounded, and a dead letter is counted and alerted. Real PostgreSQL and NATS (or the embedded bus).
 */
const GATEWAY_TIMEOUT_MS = 1000;
const PATH = 'test.slow-create';

/** The test command's request: no fields (what it does is set per caller, below). */
class SlowCreate {}

type Mode = { inside: number; after: number };

describe('RPC deadlines, idempotent retries and bounded work', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let rpc: RpcClient;
  let idempotency: IdempotencyService;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  /** How long the command sleeps inside its transaction and after it, per caller. */
  const modes = new Map<string, Mode>();
  const effects = async (who: CallerContext) =>
    Number((await app.parts.dataSource.query(`SELECT count(*) AS n FROM information.outbox WHERE envelope->'data'->>'marker' = $1`, [who.userId]))[0].n);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition, { env: { RPC_MAX_IN_FLIGHT: '3' } });
    // A creating command whose effect is one outbox row marked with the caller, slow where the test says.
    app.parts.dispatcher.register({ path: PATH, request: SlowCreate, requiresCaller: true }, async (_request, who) => {
      const mode = modes.get(who.userId) ?? { inside: 0, after: 0 };
      const created = await app.parts.transactions.run(async (tx) => {
        const envelope = await tx.emit('evt.information.test.effect-recorded', { marker: who.userId });
        await sleep(mode.inside);
        return { id: envelope.id };
      });
      await sleep(mode.after);
      return created;
    });
    gateway = await startGateway({ env: { ...environment.env, RPC_TIMEOUT_MS: String(GATEWAY_TIMEOUT_MS) }, bus: environment.bus, port: 0, host: '127.0.0.1' });
    rpc = gateway.app.get(RpcClient);
    idempotency = gateway.app.get(IdempotencyService);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  const create = (who: CallerContext, key: string) =>
    idempotency.run(who.userId, key, 'POST /api/test/slow', {}, 201, () => rpc.call<{ id: string }>('information', PATH, {}, who));

  it('a-service-that-is-not-running-answers-503-or-504-within-the-rpc-timeout', async () => {
    const started = Date.now();
    const failure = await failureOf<DomainError>(rpc.call('supervision', 'supervision.list', {}, caller()));
    expect(failure).toBeInstanceOf(DomainError);
    expect(['unavailable', 'timeout']).toContain(failure.toBody().kind);
    expect(Date.now() - started).toBeLessThan(GATEWAY_TIMEOUT_MS + 1000);
  });

  it('a-call-whose-deadline-passed-before-it-arrived-is-refused-and-makes-no-effect', async () => {
    const who = caller();
    const subject = rpcSubject('information', PATH);
    const requestId = randomUUID();
    const signer = new CallerSigner(environment.env.CALLER_SIGNING_KEY);
    const reply = (await client.bus.request(
      subject,
      {},
      { [Headers.requestId]: requestId, [Headers.caller]: signer.sign(subject, requestId, who), [RpcHeaders.deadline]: String(Date.now() - 1000) },
      5000,
    )) as { ok: boolean; error?: { kind: string } };
    expect(reply).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(await effects(who)).toBe(0);
  });

  it('a-transaction-still-open-at-the-deadline-rolls-back-instead-of-committing-after-the-caller-gave-up', async () => {
    const who = caller();
    modes.set(who.userId, { inside: GATEWAY_TIMEOUT_MS + 500, after: 0 });
    const failure = await failureOf<DomainError>(rpc.call('information', PATH, {}, who));
    expect(failure.toBody().kind).toBe('timeout');
    await sleep(1000); // the handler's transaction ends meanwhile: rolled back at its deadline
    expect(await effects(who)).toBe(0);
  });

  it('a-retry-after-a-timeout-with-the-same-idempotency-key-is-409-while-in-progress-then-gets-the-first-result-and-one-record', async () => {
    const who = caller();
    const key = randomUUID();
    // The effect commits in time, but the answer comes after the gateway gave up.
    modes.set(who.userId, { inside: 0, after: GATEWAY_TIMEOUT_MS + 500 });
    const first = await failureOf<DomainError>(create(who, key));
    expect(first.toBody().kind).toBe('timeout');
    // The key is not released: a retry now is 409 with Retry-After.
    const busy = await failureOf<DomainError>(create(who, key));
    expect(busy).toBeInstanceOf(IdempotencyInProgressError);
    expect((busy as IdempotencyInProgressError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const problem = toProblem(busy, { url: '/api/test/slow' } as never, 1024);
    expect(problem.status).toBe(409);
    expect(problem.headers['retry-after']).toBe(String((busy as IdempotencyInProgressError).retryAfterSeconds));
    // Once the hold is over (shortened here), the retry asks the service again with the key: the first result.
    await environment.query(`UPDATE gateway.idempotency_record SET held_until = now() - interval '1 second' WHERE key = $1`, [key]);
    modes.set(who.userId, { inside: 0, after: 0 });
    const committed = await eventually(async () => (await effects(who)) === 1, 5000, 'the first effect');
    expect(committed).toBe(true);
    const retried = await create(who, key);
    expect(retried.statusCode).toBe(201);
    expect(await effects(who)).toBe(1);
    const [{ id }] = await app.parts.dataSource.query(`SELECT id FROM information.outbox WHERE envelope->'data'->>'marker' = $1`, [who.userId]);
    expect(retried.body.id).toBe(id);
    // And from then on the gateway answers it itself.
    const again = await create(who, key);
    expect(again).toMatchObject({ statusCode: 201, replayed: true, body: { id } });
    expect(await effects(who)).toBe(1);
  });

  it('a-retry-after-a-timeout-whose-first-attempt-rolled-back-creates-exactly-one-record', async () => {
    const who = caller();
    const key = randomUUID();
    modes.set(who.userId, { inside: GATEWAY_TIMEOUT_MS + 500, after: 0 });
    expect((await failureOf<DomainError>(create(who, key))).toBody().kind).toBe('timeout');
    await sleep(1000);
    expect(await effects(who)).toBe(0);
    await environment.query(`UPDATE gateway.idempotency_record SET held_until = now() - interval '1 second' WHERE key = $1`, [key]);
    modes.set(who.userId, { inside: 0, after: 0 });
    const retried = await create(who, key);
    expect(retried.statusCode).toBe(201);
    expect(await effects(who)).toBe(1);
  });

  it('work-in-flight-is-bounded-per-service-above-the-bound-it-answers-503-at-once', async () => {
    const slow = Array.from({ length: 3 }, () => {
      const who = caller();
      modes.set(who.userId, { inside: 0, after: 800 });
      return client.rpc.call('information', PATH, {}, who);
    });
    await eventually(async () => app.parts.dispatcher.inFlightCount === 3, 3000, 'three in flight');
    const gauge = await app.parts.metrics.rpcInFlight.get();
    expect(gauge.values[0].value).toBe(3);
    const started = Date.now();
    const refused = await failureOf<DomainError>(client.rpc.call('information', PATH, {}, caller()));
    // Refused before any work (and again on the client's short retries): 503, at once.
    expect(refused.toBody()).toMatchObject({ kind: 'unavailable', code: 'SERVICE.BUSY' });
    expect(Date.now() - started).toBeLessThan(500);
    await Promise.all(slow);
    await expect(client.rpc.call('information', PATH, {}, caller())).resolves.toHaveProperty('id');
  });

  it('a-dead-letter-is-counted-by-consumer-and-subject', async () => {
    const producer = 'duty-and-meetings';
    await client.bus.ensureStream(streamOf(producer), `evt.${producer}.>`);
    const count = async () =>
      (await app.parts.metrics.deadLetters.get()).values.find((v) => v.labels.consumer === 'information' && v.labels.subject === CALENDAR_YEAR_PUBLISHED)?.value ?? 0;
    const before = await count();
    const envelope = buildEnvelope(producer, CALENDAR_YEAR_PUBLISHED, { year: 'MMXXXII', holidays: [], makeupWorkdays: [], source: 'x', version: 1 });
    await client.bus.publish(CALENDAR_YEAR_PUBLISHED, envelope, envelope.id, {});
    await eventually(async () => (await app.parts.dataSource.query(`SELECT 1 FROM information.dead_letter WHERE event_id = $1`, [envelope.id])).length === 1, 15_000, 'the dead letter');
    expect(await count()).toBe(before + 1);
  });
});
