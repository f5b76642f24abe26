import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/**
 * 党风廉政 and 主题教育 of party-affairs through the gateway: talks' records and clues only for the holder of
 * integrity-confidential (the 总支's chief standing for the 纪检委员), every clue read audited; a campaign with a
 * branch's completion recorded by its liaison with Idempotency-Key, ETag and If-Match.
 */
describe('party-affairs integrity and campaigns end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const unitA = randomUUID();
  const tokens = { discipline: '', staff: '', liaisonA: '', auditor: '' };
  let disciplineName = '';
  let branchA = '';
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const discipline = await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'dang_zongzhi', clearance: 2 });
    disciplineName = discipline.username;
    tokens.discipline = await signIn(http, discipline.username, discipline.password, discipline.totpSecret);
    const staff = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dang_zongzhi', clearance: 2 });
    tokens.staff = await signIn(http, staff.username, staff.password, staff.totpSecret);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: unitA, sectionCode: null });
    tokens.liaisonA = await signIn(http, liaison.username, liaison.password, liaison.totpSecret);
    const auditor = await createUserForTest(platform.gateway, { roles: ['audit_admin'], sectionCode: null });
    tokens.auditor = await signIn(http, auditor.username, auditor.password, auditor.totpSecret);
    const branch = await http
      .post('/api/party-affairs/branches')
      .set(as(tokens.staff))
      .set('idempotency-key', randomUUID())
      .send({ name: '廉政端到端支部', kind: 'branch', unitId: unitA, committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${year - 1}-01-01` });
    expect(branch.status).toBe(201);
    branchA = branch.body.id;
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a reader without integrity-confidential sees that a talk took place but not its person or record, and no clue; every read of a clue is audited', async () => {
    const talk = await http
      .post('/api/party-affairs/integrity-talks')
      .set(as(tokens.discipline))
      .set('idempotency-key', randomUUID())
      .send({ kind: 'integrity', talkedOn: today, talker: '周强', personName: '孙某', personUnit: '某局', record: '廉政谈话记录正文' });
    expect({ status: talk.status, record: talk.body.record }).toEqual({ status: 201, record: '廉政谈话记录正文' });
    expect((await http.post('/api/party-affairs/integrity-talks').set(as(tokens.staff)).set('idempotency-key', randomUUID()).send({ kind: 'integrity', talkedOn: today, talker: '某', record: '某' })).status).toBe(403);
    const seen = await http.get(`/api/party-affairs/integrity-talks/${talk.body.id}`).set(as(tokens.staff));
    expect({ status: seen.status, body: seen.body }).toMatchObject({ status: 200, body: { confidential: false, kind: 'integrity', talkedOn: today, personName: null, record: null } });
    expect(JSON.stringify((await http.get('/api/party-affairs/integrity-talks').set(as(tokens.staff))).body)).not.toMatch(/廉政谈话记录正文|孙某/);
    expect((await http.get('/api/party-affairs/integrity-talks').set(as(tokens.liaisonA))).status).toBe(403);

    const clue = await http
      .post('/api/party-affairs/integrity-clues')
      .set(as(tokens.discipline))
      .set('idempotency-key', randomUUID())
      .send({ receivedOn: today, source: '信访举报', personConcerned: '吴某', summary: '反映端到端测试问题' });
    expect({ status: clue.status, level: clue.body.secrecyLevel }).toEqual({ status: 201, level: 2 });
    expect((await http.get(`/api/party-affairs/integrity-clues/${clue.body.id}`).set(as(tokens.staff))).status).toBe(403);
    expect((await http.get('/api/party-affairs/integrity-clues').set(as(tokens.staff))).status).toBe(403);
    const read = await http.get(`/api/party-affairs/integrity-clues/${clue.body.id}`).set(as(tokens.discipline));
    expect({ status: read.status, summary: read.body.summary }).toEqual({ status: 200, summary: '反映端到端测试问题' });
    const step = await http.post(`/api/party-affairs/integrity-clues/${clue.body.id}/steps`).set(as(tokens.discipline)).set('if-match', read.headers.etag).send({ step: 'check', on: today, result: '开始初核' });
    expect({ status: step.status, state: step.body.status }).toEqual({ status: 200, state: 'checking' });

    const audit = await http.get('/api/audit/events').query({ actor: disciplineName, limit: 100 }).set(as(tokens.auditor));
    expect(audit.status).toBe(200);
    const reads = (audit.body.items as { reason?: string | null; targetId?: string | null }[]).filter((e) => e.reason === 'classified_read:机密' && e.targetId?.includes(clue.body.id));
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('a campaign: the 总支 deploys its plan, the branch liaison records the completion with If-Match, the progress shows it', async () => {
    const key = randomUUID();
    const body = { name: '端到端主题教育', startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, basisDocument: '中央关于开展主题教育的意见', tasks: [{ content: '专题读书班', branchIds: [branchA], dueOn: `${year}-12-31` }] };
    const created = await http.post('/api/party-affairs/campaigns').set(as(tokens.staff)).set('idempotency-key', key).send(body);
    expect({ status: created.status, version: created.body.version }).toEqual({ status: 201, version: 1 });
    expect((await http.post('/api/party-affairs/campaigns').set(as(tokens.staff)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    expect((await http.post('/api/party-affairs/campaigns').set(as(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(body)).status).toBe(403);
    const read = await http.get(`/api/party-affairs/campaigns/${created.body.id}`).set(as(tokens.liaisonA));
    expect(read.status).toBe(200);
    const completion = { taskId: created.body.tasks[0].id, branchId: branchA, completedOn: today, evidence: '读书班签到与心得' };
    const done = await http.post(`/api/party-affairs/campaigns/${created.body.id}/complete`).set(as(tokens.liaisonA)).set('if-match', read.headers.etag).send(completion);
    expect({ status: done.status, progress: done.body.progress }).toMatchObject({ status: 200, progress: [{ branchId: branchA, assigned: 1, done: 1, completionRate: 100 }] });
    expect((await http.post(`/api/party-affairs/campaigns/${created.body.id}/complete`).set(as(tokens.liaisonA)).set('if-match', read.headers.etag).send(completion)).status).toBe(412);
  });
});
