import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 事业单位绩效考核 through the gateway: 人事科's scheme, each liaison's own self-scores (another unit's line unseen), review, results. */
describe('personnel-finance institution-assessments end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '', outsider: '' };
  const units = { a: '', b: '', c: '' };
  const path = '/api/personnel-finance/institution-assessments';
  const bearer = (token: string) => `Bearer ${token}`;
  const indicators = [
    { key: 'duty', name: '履职尽责', weight: 60 },
    { key: 'service', name: '服务质量', weight: 40 },
  ];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'renshi' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const zongheUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    const zonghe = await signIn(http, zongheUser.username, zongheUser.password);
    for (const key of ['a', 'b', 'c'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', bearer(zonghe))
        .send({ code: `E2E-SY-${key.toUpperCase()}`, name: `绩效考核端到端事业单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
      units[key] = created.body.id;
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: created.body.id, sectionCode: null });
      tokens[key === 'a' ? 'liaisonA' : key === 'b' ? 'liaisonB' : 'outsider'] = await signIn(http, liaison.username, liaison.password);
    }
    const service = platform.services.find((s) => s.parts.app === 'personnel-finance')!.parts;
    await eventually(async () => {
      const [row] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${service.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b, units.c]]);
      return row.n === 3;
    }, 20_000, 'the units in personnel-finance’s copy of the directory');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('the scheme once per Idempotency-Key; each liaison scores its own unit with If-Match and sees only its own line; an outsider gets 404; review, quota and final results', async () => {
    const key = randomUUID();
    const body = { year: 2026, title: '端到端事业单位绩效考核', indicators, unitIds: [units.a, units.b] };
    const bad = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, indicators: [{ ...indicators[0], weight: 50 }, indicators[1]] });
    expect({ status: bad.status, type: bad.headers['content-type'], code: bad.body.code }).toEqual({ status: 422, type: expect.stringContaining('application/problem+json'), code: 'INSTITUTION_ASSESSMENT.SCHEME_INVALID' });
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'self_assessment', quota: { units: 2, percent: 30, allowed: 0 }, version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    expect((await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ ...body, year: 2030 })).status).toBe(403);

    for (const [token, unitId, duty] of [
      [tokens.liaisonA, units.a, 55],
      [tokens.liaisonB, units.b, 50],
    ] as const) {
      const read = await http.get(at).set('authorization', bearer(token));
      expect({ status: read.status, units: read.body.units.map((u: { unitId: string }) => u.unitId) }).toEqual({ status: 200, units: [unitId] });
      const scored = await http.post(`${at}/self-score`).set('authorization', bearer(token)).set('if-match', read.headers.etag).send({ unitId, scores: [{ indicatorKey: 'duty', score: duty }, { indicatorKey: 'service', score: 40 }] });
      expect({ status: scored.status, total: scored.body.units?.[0]?.selfTotal }).toEqual({ status: 200, total: duty + 40 });
      const stale = await http.post(`${at}/self-score`).set('authorization', bearer(token)).set('if-match', read.headers.etag).send({ unitId, scores: [{ indicatorKey: 'duty', score: 1 }, { indicatorKey: 'service', score: 1 }] });
      expect(stale.status).toBe(412);
    }
    const other = await http.get(at).set('authorization', bearer(tokens.liaisonA));
    const intruding = await http.post(`${at}/self-score`).set('authorization', bearer(tokens.liaisonA)).set('if-match', other.headers.etag).send({ unitId: units.b, scores: [{ indicatorKey: 'duty', score: 0 }, { indicatorKey: 'service', score: 0 }] });
    expect(intruding.status).toBe(403);
    expect((await http.get(at).set('authorization', bearer(tokens.outsider))).status).toBe(404);
    const outsiderList = await http.get(path).query({ year: 2026 }).set('authorization', bearer(tokens.outsider));
    expect({ status: outsiderList.status, items: outsiderList.body.items }).toEqual({ status: 200, items: [] });
    const listA = await http.get(path).query({ year: 2026 }).set('authorization', bearer(tokens.liaisonA));
    expect(listA.body.items.map((r: { units: { unitId: string }[] }) => r.units.map((u) => u.unitId))).toEqual([[units.a]]);

    let etag = (await http.get(at).set('authorization', bearer(tokens.office))).headers.etag;
    const started = await http.post(`${at}/start-review`).set('authorization', bearer(tokens.office)).set('if-match', etag).send({});
    expect({ status: started.status, state: started.body.status }).toEqual({ status: 200, state: 'reviewing' });
    etag = started.headers.etag;
    // ⌊2 × 30 %⌋ = 0: no unit can be 优秀
    const excellent = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', etag).send({ unitId: units.a, scores: [{ indicatorKey: 'duty', score: 60 }, { indicatorKey: 'service', score: 40 }] });
    expect({ status: excellent.status, code: excellent.body.code }).toEqual({ status: 422, code: 'INSTITUTION_ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED' });
    const a = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', etag).send({ unitId: units.a, scores: [{ indicatorKey: 'duty', score: 60 }, { indicatorKey: 'service', score: 40 }], grade: 'good' });
    expect({ status: a.status, grade: a.body.units[0].grade }).toEqual({ status: 200, grade: 'good' });
    const b = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', a.headers.etag).send({ unitId: units.b, scores: [{ indicatorKey: 'duty', score: 40, note: '年度任务完成率偏低' }, { indicatorKey: 'service', score: 35, note: '群众反映办事慢' }] });
    expect({ status: b.status, total: b.body.units[1].total, grade: b.body.units[1].grade }).toEqual({ status: 200, total: 75, grade: 'pass' });
    const final = await http.post(`${at}/finalize`).set('authorization', bearer(tokens.leader)).set('if-match', b.headers.etag).send({});
    expect(final.status).toBe(403);
    const done = await http.post(`${at}/finalize`).set('authorization', bearer(tokens.office)).set('if-match', b.headers.etag).send({});
    expect({ status: done.status, state: done.body.status }).toEqual({ status: 200, state: 'finalized' });
    const seenByB = await http.get(at).set('authorization', bearer(tokens.liaisonB));
    expect(seenByB.body.units).toEqual([expect.objectContaining({ unitId: units.b, total: 75, grade: 'pass', reviewScores: expect.arrayContaining([expect.objectContaining({ note: '年度任务完成率偏低' })]) })]);
    const unreasoned = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', done.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    const late = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', done.headers.etag).send({ reason: '结果确定后撤回' });
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 422, code: 'INSTITUTION_ASSESSMENT.INVALID_STATE' });
  });
});
