import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { supervisionDefinition } from '@gov/service-supervision';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';

/** A new version of a supervision setting through the gateway: sent once per Idempotency-Key like every creating POST. */
describe('supervision settings through the gateway', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  let chief: string;

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    app = await startTestApp(environment, supervisionDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    const user = await createUserForTest(gateway, { roles: ['section_chief'], sectionCode: 'ducha' });
    chief = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('a retry with the same Idempotency-Key answers the first version again instead of a duplicate', async () => {
    const version = { key: 'warning_threshold_working_days', value: 4, effectiveFrom: '2031-01-01', source: '区政府办公室督查工作规则（2031年修订）' };
    const key = randomUUID();
    const first = await http.post('/api/supervision/settings').set('authorization', chief).set('idempotency-key', key).send(version);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ key: 'warning_threshold_working_days', value: 4, effectiveFrom: '2031-01-01' });
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const retry = await http.post('/api/supervision/settings').set('authorization', chief).set('idempotency-key', key).send(version);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);

    const again = await http.post('/api/supervision/settings').set('authorization', chief).send(version);
    expect(again.status).toBe(409);

    const settings = await http.get('/api/supervision/settings').set('authorization', chief);
    expect(settings.status).toBe(200);
    expect(settings.body.versions.filter((v: { key: string; effectiveFrom: string }) => v.key === version.key && v.effectiveFrom === version.effectiveFrom)).toHaveLength(1);
  });

  it('the same key with another body is refused rather than answered with the first version', async () => {
    const key = randomUUID();
    const base = { key: 'default_due_working_days', effectiveFrom: '2031-02-01', source: '区政府办公室督查工作规则（2031年修订）' };
    expect((await http.post('/api/supervision/settings').set('authorization', chief).set('idempotency-key', key).send({ ...base, value: 10 })).status).toBe(201);
    const other = await http.post('/api/supervision/settings').set('authorization', chief).set('idempotency-key', key).send({ ...base, value: 12 });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });
});
