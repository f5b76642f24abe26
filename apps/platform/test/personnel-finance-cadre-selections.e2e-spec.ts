import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 干部选拔任用 of personnel-finance through the gateway: every step with If-Match, a skipped step refused, the 公示 before 任职. */
describe('personnel-finance cadre-selections end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { renshi: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/cadre-selections';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const renshi = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'renshi' });
    tokens.renshi = await signIn(http, renshi.username, renshi.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('动议 once per Idempotency-Key; no step skipped; each step with If-Match (stale is 412); 任职 only after the 公示', async () => {
    const post = await http
      .post('/api/personnel-finance/establishment-posts')
      .set('authorization', bearer(tokens.renshi))
      .set('idempotency-key', randomUUID())
      .send({ unitName: '博山区人民政府办公室', kind: 'administrative', level: 'deputy_section', title: '信息科副科长', postTitles: ['信息科副科长'], approvedCount: 1, basisNumber: '博编发〔2026〕2号', basisDate: '2026-01-10' });
    expect(post.status).toBe(201);
    const key = randomUUID();
    const motion = { establishmentPostId: post.body.id, title: '选拔信息科副科长', motionDate: '2026-03-02', motionReason: '职位空缺', proposedBy: '办公室党组' };
    const created = await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(motion);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'proposed', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.renshi)).set('idempotency-key', key).send(motion)).body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;

    const skipped = await http.post(`${at}/decide`).set('authorization', bearer(tokens.renshi)).set('if-match', created.headers.etag).send({ meetingDate: '2026-03-20', meetingTitle: '党组会', membersTotal: 5, membersPresent: 5, votesFor: 5, votesAgainst: 0, votesAbstain: 0 });
    expect({ status: skipped.status, code: skipped.body.code, type: skipped.headers['content-type'] }).toMatchObject({ status: 422, code: 'CADRE_SELECTION.STEP_OUT_OF_ORDER', type: expect.stringContaining('application/problem+json') });

    const recommended = await http.post(`${at}/recommend`).set('authorization', bearer(tokens.renshi)).set('if-match', created.headers.etag).send({ recommendedOn: '2026-03-04', participants: 25, candidates: [{ name: '周敏', votes: 19 }] });
    expect(recommended.status).toBe(200);
    const stale = await http.post(`${at}/recommend`).set('authorization', bearer(tokens.renshi)).set('if-match', created.headers.etag).send({ recommendedOn: '2026-03-04', participants: 25, candidates: [{ name: '周敏', votes: 19 }] });
    expect(stale.status).toBe(412);
    const inspected = await http
      .post(`${at}/inspect`)
      .set('authorization', bearer(tokens.renshi))
      .set('if-match', recommended.headers.etag)
      .send({ inspectedOn: '2026-03-10', team: ['刘洋', '陈静'], candidateName: '周敏', candidateGender: 'female', candidateIdNumber: '370304199205061226', candidateCurrentPost: '信息科四级主任科员', conclusion: '考察合格。' });
    expect(inspected.status).toBe(200);
    const decided = await http.post(`${at}/decide`).set('authorization', bearer(tokens.renshi)).set('if-match', inspected.headers.etag).send({ meetingDate: '2026-03-13', meetingTitle: '2026年第4次党组会', membersTotal: 5, membersPresent: 5, votesFor: 5, votesAgainst: 0, votesAbstain: 0 });
    expect(decided.status).toBe(200);
    const publicized = await http.post(`${at}/publicize`).set('authorization', bearer(tokens.renshi)).set('if-match', decided.headers.etag).send({ publishedOn: '2026-03-16', channel: '办公室内网' });
    expect({ status: publicized.status, endsOn: publicized.body.publicity?.endsOn }).toEqual({ status: 200, endsOn: '2026-03-23' });
    const early = await http.post(`${at}/appoint`).set('authorization', bearer(tokens.renshi)).set('if-match', publicized.headers.etag).send({ appointedOn: '2026-03-23', documentNumber: '博政办任〔2026〕3号', probation: true });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 422, code: 'CADRE_SELECTION.PUBLICITY_NOT_OVER' });
    const appointed = await http.post(`${at}/appoint`).set('authorization', bearer(tokens.renshi)).set('if-match', publicized.headers.etag).send({ appointedOn: '2026-03-24', documentNumber: '博政办任〔2026〕3号', probation: true });
    expect({ status: appointed.status, body: appointed.body }).toMatchObject({ status: 200, body: { status: 'appointed', appointment: { probationEndsOn: '2027-03-24' } } });

    const read = await http.get(at).set('authorization', bearer(tokens.leader));
    expect({ status: read.status, masked: read.body.personalDataMasked, id: read.body.candidate.idNumber }).toEqual({ status: 200, masked: true, id: expect.stringMatching(/^370304\*+1226$/) });
    expect((await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.leader)).set('if-match', read.headers.etag).send({ reason: '越权' })).status).toBe(403);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
