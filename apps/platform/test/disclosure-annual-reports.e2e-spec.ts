import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The annual report as a record through the gateway: created once per Idempotency-Key, entered with If-Match, 定稿 by the chief, then 422; the PDF as bytes. */
describe('disclosure annual report end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', chief: '', leader: '', liaison: '' };
  const bearer = (token: string) => `Bearer ${token}`;
  const tables = {
    regulations: { made: 0, repealed: 0, inForce: 0, source: '区司法局规章备案台账' },
    normativeDocuments: { made: 5, repealed: 1, inForce: 40, source: '区司法局规范性文件备案审查台账' },
    licensing: { decisions: 800, source: '区行政审批服务局审批系统' },
    penalties: { decisions: 120, source: '各执法部门报送' },
    enforcement: { decisions: 9, source: '各执法部门报送' },
    fees: { amountWanYuan: 3.25, source: '区财政局非税收入系统' },
  };
  const narrative = { overview: '本机关认真贯彻落实《条例》。', problems: '政策解读不够深入。', otherMatters: '无。' };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      office: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' }),
      chief: await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'dashuju' }),
      leader: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('entered, finalised by the chief (then 422 on any change), corrected with a reason, printed as a PDF', async () => {
    const empty = await http.get('/api/disclosure/annual-reports/2018/record').set('authorization', bearer(tokens.leader));
    expect({ status: empty.status, body: empty.body }).toEqual({ status: 200, body: { year: 2018, record: null } });
    const key = randomUUID();
    const created = await http.post('/api/disclosure/annual-reports').set('authorization', bearer(tokens.office)).set('idempotency-key', key).send({ year: 2018 });
    expect({ status: created.status, state: created.body.status, etag: created.headers.etag }).toEqual({ status: 201, state: 'draft', etag: 'W/"1"' });
    const replayed = await http.post('/api/disclosure/annual-reports').set('authorization', bearer(tokens.office)).set('idempotency-key', key).send({ year: 2018 });
    expect(replayed.body.id).toBe(created.body.id);
    const at = `/api/disclosure/annual-reports/${created.body.id}`;

    const bad = await http.put(`${at}/content`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ narrative, tables: { ...tables, fees: { amountWanYuan: -1, source: '台账' } } });
    expect({ status: bad.status, type: bad.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const saved = await http.put(`${at}/content`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ narrative, tables });
    expect({ status: saved.status, version: saved.body.version }).toEqual({ status: 200, version: 2 });
    const byStaff = await http.post(`${at}/finalise`).set('authorization', bearer(tokens.office)).set('if-match', saved.headers.etag).send();
    expect(byStaff.status).toBe(403);
    const byLeader = await http.post(`${at}/finalise`).set('authorization', bearer(tokens.leader)).set('if-match', saved.headers.etag).send();
    expect(byLeader.status).toBe(403);
    const final = await http.post(`${at}/finalise`).set('authorization', bearer(tokens.chief)).set('if-match', saved.headers.etag).send();
    expect({ status: final.status, state: final.body.status, editions: final.body.snapshots.length }).toEqual({ status: 200, state: 'final', editions: 1 });
    const locked = await http.put(`${at}/content`).set('authorization', bearer(tokens.office)).set('if-match', final.headers.etag).send({ narrative, tables });
    expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 422, code: 'ANNUAL_REPORT.FINAL' });
    const corrected = await http.post(`${at}/corrections`).set('authorization', bearer(tokens.chief)).set('if-match', final.headers.etag).send({ reason: '行政许可数量统计有误', narrative, tables: { ...tables, licensing: { decisions: 812, source: '区行政审批服务局复核' } } });
    expect({ status: corrected.status, editions: corrected.body.snapshots.map((s: { kind: string }) => s.kind) }).toEqual({ status: 200, editions: ['final', 'correction'] });

    const pdf = await http.get(`${at}/pdf`).query({ edition: 1 }).set('authorization', bearer(tokens.leader)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect({ status: pdf.status, type: pdf.headers['content-type'] }).toEqual({ status: 200, type: expect.stringContaining('application/pdf') });
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await http.get(`${at}/pdf`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(`/api/disclosure/annual-reports/${randomUUID()}/pdf`).set('authorization', bearer(tokens.office))).status).toBe(404);
  });
});
