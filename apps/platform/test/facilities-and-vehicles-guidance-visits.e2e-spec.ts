import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 指导检查 and 公务用车年度统计 of facilities-and-vehicles through the gateway: the town reports its rectification, sees only its own visits; the statistics as JSON and .xlsx. */
describe('facilities-and-vehicles guidance-visits end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const [unitA, unitB] = [randomUUID(), randomUUID()];
  const path = '/api/facilities-and-vehicles/guidance-visits';
  const bearer = (token: string) => `Bearer ${token}`;
  const today = shanghaiDate(new Date());
  const later = shanghaiDate(new Date(Date.now() + 20 * 86_400_000));

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const [key, unitId] of [['liaisonA', unitA], ['liaisonB', unitB]] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('the section records a visit; only the visited town sees it and reports its rectification; the section closes it', async () => {
    const body = { visitDate: today, unitId: unitA, unitName: '端到端检查镇', visitors: '王强', findings: '两间办公室超标', items: [{ content: '调整超标办公室', deadline: later }] };
    const byLiaison = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(body);
    expect(byLiaison.status).toBe(403);
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'rectifying', dueDate: later, version: 1 } });

    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    expect((await http.get(path).set('authorization', bearer(tokens.liaisonB))).body.items).toEqual([]);
    const mine = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA));
    expect(mine.status).toBe(200);
    const reported = await http.post(`${path}/${created.body.id}/report`).set('authorization', bearer(tokens.liaisonA)).set('if-match', mine.headers.etag).send({ report: '已调整为会议室' });
    expect({ status: reported.status, body: reported.body }).toMatchObject({ status: 200, body: { status: 'reported', version: 2 } });
    const closeByLiaison = await http.post(`${path}/${created.body.id}/close`).set('authorization', bearer(tokens.liaisonA)).set('if-match', reported.headers.etag).send({});
    expect(closeByLiaison.status).toBe(403);
    const stale = await http.post(`${path}/${created.body.id}/close`).set('authorization', bearer(tokens.office)).set('if-match', mine.headers.etag).send({});
    expect(stale.status).toBe(412);
    const closed = await http.post(`${path}/${created.body.id}/close`).set('authorization', bearer(tokens.office)).set('if-match', reported.headers.etag).send({ note: '整改到位' });
    expect({ status: closed.status, body: closed.body }).toMatchObject({ status: 200, body: { status: 'closed', closingNote: '整改到位' } });
    const future = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, visitDate: later });
    expect({ status: future.status, code: future.body.code }).toEqual({ status: 422, code: 'GUIDANCE_VISIT.BAD_DATES' });
  });

  it('the yearly vehicle statistics read as JSON and download as .xlsx; a liaison gets their unit only', async () => {
    const year = today.slice(0, 4);
    const quota = await http.post('/api/facilities-and-vehicles/vehicle-quotas').set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ unitId: unitA, category: 'emergency', quota: 3, effectiveFrom: today, source: '博编办〔2026〕9号' });
    expect(quota.status).toBe(201);
    const report = await http.get('/api/facilities-and-vehicles/vehicle-statistics').query({ year }).set('authorization', bearer(tokens.office));
    expect(report.status).toBe(200);
    expect(report.body.rows).toEqual(expect.arrayContaining([expect.objectContaining({ unitId: unitA, category: 'emergency', quota: 3, held: 0 })]));
    const theirs = await http.get('/api/facilities-and-vehicles/vehicle-statistics').query({ year, unitId: unitA }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: theirs.status, rows: theirs.body.rows }).toEqual({ status: 200, rows: [] });
    const file = await http.get('/api/facilities-and-vehicles/vehicle-statistics.xlsx').query({ year }).set('authorization', bearer(tokens.office)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const bad = await http.get('/api/facilities-and-vehicles/vehicle-statistics').query({ year: '1999' }).set('authorization', bearer(tokens.office));
    expect({ status: bad.status, type: bad.headers['content-type'] }).toMatchObject({ status: 400, type: expect.stringContaining('problem+json') });
  });
});
