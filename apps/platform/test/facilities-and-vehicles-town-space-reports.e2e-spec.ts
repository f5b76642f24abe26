import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 镇街办公用房报送 of facilities-and-vehicles through the gateway: a town's liaison reports, sees only its own; the section returns and approves with If-Match. */
describe('facilities-and-vehicles town-space-reports end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const path = '/api/facilities-and-vehicles/town-space-reports';
  const bearer = (token: string) => `Bearer ${token}`;
  const figures = (extra: Record<string, unknown> = {}) => ({
    year: 2026,
    unitName: '端到端测试镇',
    buildings: 1,
    totalAreaM2: 1500.5,
    officeAreaM2: 200,
    staff: { county_principal: 0, county_deputy: 0, section_principal: 1, section_deputy: 2, below_section: 10 },
    ...extra,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a town reports once per Idempotency-Key; the section returns it, the town corrects it, the section approves (If-Match, a stale one is 412)', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(figures());
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'submitted', standardAreaM2: 132, excessAreaM2: 68, overStandard: true, version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(figures());
    expect(replayed.body.id).toBe(created.body.id);
    const again = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(figures());
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'TOWN_SPACE_REPORT.DUPLICATE' });

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office));
    expect(read.headers.etag).toBe(created.headers.etag);
    const byLiaison = await http.post(`${path}/${created.body.id}/approve`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({});
    expect(byLiaison.status).toBe(403);
    const unreasoned = await http.post(`${path}/${created.body.id}/return`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const returned = await http.post(`${path}/${created.body.id}/return`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ reason: '办公室面积请按房产台账核实' });
    expect({ status: returned.status, body: returned.body }).toMatchObject({ status: 200, body: { status: 'returned', version: 2 } });
    const stale = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send(figures());
    expect(stale.status).toBe(412);
    const corrected = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA)).set('if-match', returned.headers.etag).send(figures({ officeAreaM2: 130 }));
    expect({ status: corrected.status, body: corrected.body }).toMatchObject({ status: 200, body: { status: 'submitted', overStandard: false, version: 3 } });
    const approved = await http.post(`${path}/${created.body.id}/approve`).set('authorization', bearer(tokens.office)).set('if-match', corrected.headers.etag).send({ note: '数据属实' });
    expect({ status: approved.status, body: approved.body }).toMatchObject({ status: 200, body: { status: 'approved', reviewNote: '数据属实', version: 4 } });
    const badFigures = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(figures({ year: 2025, officeAreaM2: 2000 }));
    expect({ status: badFigures.status, code: badFigures.body.code }).toEqual({ status: 422, code: 'TOWN_SPACE_REPORT.BAD_FIGURES' });
  });

  it("a town's liaison sees only its own report (another town's is 404); the leaders read all", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonB)).set('idempotency-key', randomUUID()).send(figures({ unitName: '联络员乙所在镇' }));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员乙' }).set('authorization', bearer(tokens.liaisonA));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const leader = await http.get(path).query({ q: '联络员乙', year: 2026 }).set('authorization', bearer(tokens.leader));
    expect(leader.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    const withdrawByOther = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({ reason: '越权撤回' });
    expect(withdrawByOther.status).toBe(404);
  });
});
