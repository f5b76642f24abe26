import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 约稿 of information through the gateway: 信息科 assigns it, a liaison answers for their unit only, 信息科 replies upward. */
describe('information solicitations end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/information/solicitations';
  const bearer = (token: string) => `Bearer ${token}`;
  const [unitA, unitB] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'xinxi' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const [key, unitId] of [
      ['liaisonA', unitA],
      ['liaisonB', unitB],
    ] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('assigns once per Idempotency-Key with the engine’s deadline; the liaison answers with If-Match; another unit sees nothing; 信息科 replies upward', async () => {
    const key = randomUUID();
    const body = { title: '端到端约稿', source: '淄博市人民政府办公室信息科', requirements: '报送典型做法 1 篇', receivedOn: '2026-11-09', upperDeadline: '2026-11-20', internalWorkingDays: 3, unitIds: [unitA] };
    expect((await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(body)).status).toBe(403);
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, due: created.body.assignments?.[0]?.dueDate }).toEqual({ status: 201, due: '2026-11-12' });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);

    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA));
    expect(read.status).toBe(200);
    const answered = await http.post(`${path}/${created.body.id}/answers`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ content: '我单位推行"一窗受理"，审批时限压缩 60%。' });
    expect({ status: answered.status, state: answered.body.assignments[0].status }).toEqual({ status: 200, state: 'answered' });
    const stale = await http.post(`${path}/${created.body.id}/reply`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ summary: '博山区汇总稿，共 1 篇。', repliedOn: '2026-11-19' });
    expect(stale.status).toBe(412);
    const replied = await http.post(`${path}/${created.body.id}/reply`).set('authorization', bearer(tokens.office)).set('if-match', answered.headers.etag).send({ summary: '博山区汇总稿，共 1 篇。', repliedOn: '2026-11-19' });
    expect({ status: replied.status, state: replied.body.status }).toEqual({ status: 200, state: 'replied' });
    const tooLong = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, upperDeadline: '2026-11-10' });
    expect({ status: tooLong.status, code: tooLong.body.code }).toEqual({ status: 422, code: 'SOLICITATION.INTERNAL_AFTER_UPPER' });
  });
});
