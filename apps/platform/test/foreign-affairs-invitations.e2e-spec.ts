import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const facts = (title: string) => ({
  title,
  unitName: '博山区科学技术局',
  purpose: '陶瓷釉料技术交流',
  arrivalDate: '2026-09-01',
  departureDate: '2026-09-05',
  guests: [{ name: 'Klaus Müller', nationality: '德国', passportNumber: 'C01234567' }],
});

/** 外国人来华邀请 through the gateway: Idempotency-Key, ETag/If-Match, the section's decision, a liaison seeing only their unit. */
describe('foreign-affairs invitations end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/foreign-affairs/invitations';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'waishi' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a liaison drafts once per Idempotency-Key and submits with If-Match; only 外事科 decides (403 for the liaison); the letter is recorded', async () => {
    const key = randomUUID();
    const body = facts('端到端来华邀请');
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect({ status: created.status, state: created.body.status }).toEqual({ status: 201, state: 'draft' });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const submitted = await http.post(`${path}/${created.body.id}/submit`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({});
    expect(submitted.status).toBe(200);
    const stale = await http.post(`${path}/${created.body.id}/submit`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({});
    expect(stale.status).toBe(412);
    expect((await http.post(`${path}/${created.body.id}/decision`).set('authorization', bearer(tokens.liaisonA)).set('if-match', submitted.headers.etag).send({ decision: 'approve', opinion: '同意' })).status).toBe(403);
    const approved = await http.post(`${path}/${created.body.id}/decision`).set('authorization', bearer(tokens.office)).set('if-match', submitted.headers.etag).send({ decision: 'approve', opinion: '同意邀请' });
    expect(approved.body.status).toBe('approved');
    const issued = await http.post(`${path}/${created.body.id}/letter`).set('authorization', bearer(tokens.office)).set('if-match', approved.headers.etag).send({ letterNumber: '博外邀〔2026〕3号', issuedOn: '2026-08-01' });
    expect({ status: issued.status, state: issued.body.status }).toEqual({ status: 200, state: 'issued' });
  });

  it("a liaison sees only their own unit's invitations (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(facts('联络员甲的来华邀请'));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
  });
});
