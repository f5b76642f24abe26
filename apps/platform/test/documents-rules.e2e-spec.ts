import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** Issue 21 §3 through the gateway: 行文依据 in 核稿, the 请示 overdue view, the 效力 of documents and the 汇编 export. */
describe('document rules end to end: 行文规则, 请示时限, 文件效力', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  let unitId: string;

  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const problem = (res: request.Response) => ({ status: res.status, code: res.body.code, type: res.headers['content-type'] as string });

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    await bearer('zonghe', { roles: ['section_staff'], sectionCode: 'zonghe', displayName: '综合科丙' });
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', displayName: '文秘丙' });
    const unit = await http
      .post('/api/units')
      .set('authorization', tokens.zonghe)
      .send({ code: `DRL-${Date.now().toString(36)}`, name: '规则端到端测试镇人民政府', type: 'town', liaisons: [{ name: '孙八', mobile: '13700005678' }], dutyPhones: ['0533-4180003'] });
    expect(unit.status).toBe(201);
    unitId = unit.body.id;
    const secretariat = platform.services.find((s) => s.parts.app === 'document-secretariat')!.parts;
    await eventually(async () => {
      const [row] = await secretariat.dataSource.query(`SELECT 1 FROM "${secretariat.schema}".unit_directory WHERE id = $1`, [unitId]);
      return !!row;
    }, 15_000, 'the unit in document-secretariat');
    await bearer('liaison', { roles: ['unit_liaison'], unitId, sectionCode: null, displayName: '测试镇联络员' });
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a 请示 carries its 批复 clock, and the overdue view lists it per unit for the office and the unit', async () => {
    const submitted = await http.post('/api/documents/requests').set('authorization', tokens.liaison).send({ title: '关于修缮镇卫生院的请示', summary: '请求拨付修缮资金', urgency: 'normal', secrecyLevel: 0 });
    expect(submitted.status).toBe(201);
    expect(submitted.body.deadline).toMatchObject({ overdue: false, provisional: expect.any(Boolean), explanation: expect.arrayContaining([expect.stringMatching(/^依据：/)]) });
    const due: string = submitted.body.deadline.dueDate;

    const onTime = await http.get('/api/documents/requests').query({ overdue: 'true', asOf: due }).set('authorization', tokens.clerk);
    expect(onTime.status).toBe(200);
    expect(onTime.body.items.map((r: { id: string }) => r.id)).not.toContain(submitted.body.id);

    for (const who of ['clerk', 'liaison']) {
      const late = await http.get('/api/documents/requests').query({ overdue: 'true', asOf: '2099-12-31', unitId }).set('authorization', tokens[who]);
      expect(late.status).toBe(200);
      expect(late.body.items).toEqual([expect.objectContaining({ id: submitted.body.id, deadline: expect.objectContaining({ light: 'red', overdue: true }) })]);
      expect(late.body.overdueByUnit).toEqual([{ unitId, unitName: '规则端到端测试镇人民政府', count: 1, earliestDueDate: due }]);
    }

    const bad = await http.get('/api/documents/requests').query({ overdue: 'yes', asOf: '2099-02-30' }).set('authorization', tokens.clerk);
    expect(problem(bad)).toMatchObject({ status: 400, type: expect.stringContaining('application/problem+json') });
    expect(JSON.stringify(bad.body)).toMatch(/逾期筛选只能是 true 或 false/);
  });

  it('核稿 refuses a 越级 请示 without its reason; a draft has no 效力 to change; the 汇编 downloads', async () => {
    const created = await http
      .post('/api/documents/outgoing')
      .set('authorization', tokens.zonghe)
      .send({
        agencyCode: '博政发',
        docType: '请示',
        title: '博山区人民政府关于申请省级防汛资金的请示',
        mainRecipients: [{ name: '山东省人民政府', relation: 'superior', skipsLevel: true }],
        copyRecipients: [],
        secrecyLevel: 0,
        proposedSignerName: '王某某',
        body: '妥否，请批示。',
        routing: { forwardsRequestOf: '规则端到端测试镇人民政府', inclinedOpinion: '同意。' },
      });
    expect(created.status).toBe(201);
    expect(created.body.routing).toEqual({ forwardsRequestOf: '规则端到端测试镇人民政府', inclinedOpinion: '同意。' });
    const id = created.body.id as string;
    const submitted = await http.post(`/api/documents/outgoing/${id}/submit`).set('authorization', tokens.zonghe).set('if-match', created.headers.etag).send({});
    const reviewed = await http.post(`/api/documents/outgoing/${id}/review`).set('authorization', tokens.clerk).set('if-match', submitted.headers.etag).send({});
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.latestReview.findings.map((f: { code: string }) => f.code)).toEqual(['ROUTING.SKIP_LEVEL_REASON', 'ROUTING.SKIP_LEVEL_COPY', 'REQUEST.FORWARD_VERBATIM']);

    const validity = await http.get(`/api/documents/outgoing/${id}/validity`).set('authorization', tokens.clerk);
    expect(validity.status).toBe(200);
    const refused = await http
      .put(`/api/documents/outgoing/${id}/validity`)
      .set('authorization', tokens.clerk)
      .set('if-match', validity.headers.etag)
      .send({ status: 'repealed', effectiveOn: '2026-03-01', reason: '文件清理' });
    expect(problem(refused)).toMatchObject({ status: 422, code: 'VALIDITY.NOT_ISSUED', type: expect.stringContaining('application/problem+json') });
    const byDrafter = await http.put(`/api/documents/outgoing/${id}/validity`).set('authorization', tokens.zonghe).set('if-match', validity.headers.etag).send({ status: 'valid', effectiveOn: '2026-03-01', reason: '继续有效' });
    expect(byDrafter.status).toBe(403);

    const compilation = await http.get('/api/documents/outgoing/compilation.xlsx').query({ year: 2026, docType: '通知' }).set('authorization', tokens.clerk).buffer(true);
    expect({ status: compilation.status, type: compilation.headers['content-type'] }).toEqual({ status: 200, type: expect.stringContaining('spreadsheetml') });
  });
});
