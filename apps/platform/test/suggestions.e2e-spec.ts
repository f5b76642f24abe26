import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * 建议提案办理, 督查活动计划备案 and the reform ledger through the gateway, as 督查室, 职能转变科 and the units'
 * liaison staff use them: ETag/If-Match, Idempotency-Key, deadlines, statistics and each unit's own view.
 */
describe('suggestions, plan filing and the reform ledger end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const auth: Record<string, string> = {};
  const units: Record<string, string> = {};

  const bearer = (who: string) => ({ authorization: `Bearer ${auth[who]}` });
  const user = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const created = await createUserForTest(platform.gateway, spec);
    auth[name] = await signIn(http, created.username, created.password, created.totpSecret);
  };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const supervision = platform.services.find((s) => s.parts.app === 'supervision')!.parts;
    // The seeded units and the calendar reach supervision's copies through duty-and-meetings' events.
    const rows = await eventually(async () => {
      const found: { id: string; code: string }[] = await supervision.dataSource.query(
        `SELECT id, code FROM "${supervision.schema}".unit_directory WHERE code IN ('BS-ZJJ', 'BS-JTJ', 'BS-WJJ')`,
      );
      const [years] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".calendar_year_copy WHERE year = 2026`);
      return found.length === 3 && years.n === 1 ? found : undefined;
    }, 20_000, 'units and calendar in supervision');
    for (const row of rows) units[row.code] = row.id;
    await user('ducha', { roles: ['section_staff'], sectionCode: 'ducha' });
    await user('zhineng', { roles: ['section_staff'], sectionCode: 'zhineng_zhuanbian' });
    await user('leader', { roles: ['office_leader'], sectionCode: null });
    await user('zjj', { roles: ['unit_liaison'], unitId: units['BS-ZJJ'], sectionCode: null });
    await user('jtj', { roles: ['unit_liaison'], unitId: units['BS-JTJ'], sectionCode: null });
    await user('wjj', { roles: ['unit_liaison'], unitId: units['BS-WJJ'], sectionCode: null });
    await user('admin', { roles: ['sys_admin'], sectionCode: null });
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  const suggestion = (number: string) => ({
    kind: 'cppcc_proposal',
    session: '区政协十五届',
    meeting: '第四次会议',
    number,
    proposer: '孙委员',
    coSigners: ['周委员'],
    title: `关于改善城区学校周边交通的提案（${number}）`,
    content: '建议在上下学时段增设护学岗。',
  });

  it('督查室 registers once per Idempotency-Key, assigns with If-Match, and the deadline comes from the engine', async () => {
    const key = randomUUID();
    const first = await http.post('/api/suggestions').set(bearer('ducha')).set('idempotency-key', key).send(suggestion('101'));
    expect(first.status).toBe(201);
    expect(first.headers.etag).toBe('W/"1"');
    const retry = await http.post('/api/suggestions').set(bearer('ducha')).set('idempotency-key', key).send(suggestion('101'));
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await http.post('/api/suggestions').set(bearer('zjj')).send(suggestion('102'))).status).toBe(403);
    expect((await http.get('/api/suggestions').set(bearer('admin'))).status).toBe(403);

    const units2 = { units: [{ unitId: units['BS-JTJ'], role: 'host' }, { unitId: units['BS-ZJJ'], role: 'assisting' }], assignedOn: '2026-07-01' };
    expect((await http.post(`/api/suggestions/${first.body.id}/assign`).set(bearer('ducha')).send(units2)).status).toBe(428);
    const assigned = await http.post(`/api/suggestions/${first.body.id}/assign`).set(bearer('ducha')).set('if-match', first.headers.etag).send(units2);
    expect(assigned.status).toBe(200);
    expect(assigned.headers.etag).toBe('W/"2"');
    const host = assigned.body.assignments.find((a: { role: string }) => a.role === 'host');
    expect(host.due).toMatchObject({ dueDate: '2026-10-08', provisional: false, overdue: true });
    expect(host.unitName).toBe('博山区教育和体育局');
    expect(assigned.body.assignments.find((a: { role: string }) => a.role === 'assisting').due.dueDate).toBe('2026-08-03');
    const stale = await http.post(`/api/suggestions/${first.body.id}/extend`).set(bearer('ducha')).set('if-match', first.headers.etag).send({ unitId: units['BS-JTJ'], months: 6, reason: '需财政统筹' });
    expect(stale.status).toBe(412);
    const noReason = await http.post(`/api/suggestions/${first.body.id}/extend`).set(bearer('ducha')).set('if-match', assigned.headers.etag).send({ unitId: units['BS-JTJ'], months: 6 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    expect(noReason.body.errors.every((e: { message: string }) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    const extended = await http.post(`/api/suggestions/${first.body.id}/extend`).set(bearer('ducha')).set('if-match', assigned.headers.etag).send({ unitId: units['BS-JTJ'], months: 6, reason: '需财政统筹，已向委员说明' });
    expect(extended.status).toBe(200);
    // 6 months from 2026-07-01 end on 2027-01-01, a year the calendar has not published yet: provisional.
    expect(extended.body.assignments.find((a: { role: string }) => a.role === 'host').due).toMatchObject({ dueDate: '2027-01-01', provisional: true });
  });

  it("liaisons handle their own unit's proposals only; statistics count what was recorded", async () => {
    const created = await http.post('/api/suggestions').set(bearer('ducha')).send(suggestion('201'));
    const assigned = await http
      .post(`/api/suggestions/${created.body.id}/assign`)
      .set(bearer('ducha'))
      .set('if-match', created.headers.etag)
      .send({ units: [{ unitId: units['BS-ZJJ'], role: 'host' }] });
    expect(assigned.status).toBe(200);

    // Another unit's liaison: not in the list, 404 by id, 404 when trying to answer.
    const otherList = await http.get('/api/suggestions').query({ q: '201' }).set(bearer('wjj'));
    expect(otherList.status).toBe(200);
    expect(otherList.body.items).toEqual([]);
    const otherGet = await http.get(`/api/suggestions/${created.body.id}`).set(bearer('wjj'));
    expect(otherGet.status).toBe(404);
    expect(otherGet.headers['content-type']).toContain('application/problem+json');
    expect(otherGet.body.code).toBe('SUGGESTION.NOT_FOUND');
    const otherReply = await http.post(`/api/suggestions/${created.body.id}/replies`).set(bearer('wjj')).set('if-match', assigned.headers.etag).send({ category: 'A', content: '越权答复' });
    expect(otherReply.status).toBe(404);

    const mine = await http.get('/api/suggestions').query({ q: '201' }).set(bearer('zjj'));
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    const read = await http.get(`/api/suggestions/${created.body.id}`).set(bearer('zjj'));
    const contact = await http
      .post(`/api/suggestions/${created.body.id}/contacts`)
      .set(bearer('zjj'))
      .set('if-match', read.headers.etag)
      .send({ contactedOn: '2026-11-20', method: 'phone', contactPerson: '钱科长', summary: '电话沟通办理思路' });
    expect(contact.status).toBe(200);
    const replied = await http.post(`/api/suggestions/${created.body.id}/replies`).set(bearer('zjj')).set('if-match', contact.headers.etag).send({ category: 'B', content: '已列入明年计划' });
    expect(replied.status).toBe(200);
    expect(replied.body.status).toBe('replied');
    const feedback = await http
      .post(`/api/suggestions/${created.body.id}/feedback`)
      .set(bearer('ducha'))
      .set('if-match', replied.headers.etag)
      .send({ unitId: units['BS-ZJJ'], satisfaction: 'basically_satisfied', receivedOn: shanghaiDate(new Date()) });
    expect(feedback.status).toBe(200);
    expect(feedback.body.status).toBe('closed');

    const stats = await http.get('/api/suggestions/statistics').query({ session: '区政协十五届' }).set(bearer('leader'));
    expect(stats.status).toBe(200);
    const zjj = stats.body.byUnit.find((u: { unitId: string }) => u.unitId === units['BS-ZJJ']);
    expect(zjj).toMatchObject({ assigned: 1, replied: 1, replyRate: 1, feedbackReceived: 1, basicallySatisfied: 1, satisfactionRate: 1, categories: { B: 1 } });
    const jtj = stats.body.byUnit.find((u: { unitId: string }) => u.unitId === units['BS-JTJ']);
    expect(jtj).toMatchObject({ assigned: 1, replied: 0, replyRate: 0, feedbackReceived: 0, satisfactionRate: null });
    expect(stats.body.overall).toMatchObject({ assigned: 2, replied: 1, replyRate: 0.5 });
    const own = await http.get('/api/suggestions/statistics').query({ session: '区政协十五届' }).set(bearer('wjj'));
    expect(own.body.overall).toMatchObject({ assigned: 0, replied: 0, replyRate: null });
  });

  it('a unit files its supervision plan and 督查室 approves it; another unit cannot see it', async () => {
    const filed = await http
      .post('/api/supervision-plans')
      .set(bearer('jtj'))
      .set('idempotency-key', randomUUID())
      .send({ title: '校园安全专项督查计划', periodStart: '2026-12-01', periodEnd: '2026-12-15', content: '督查全区中小学校园安全', attachments: [] });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ unitId: units['BS-JTJ'], status: 'filed' });
    expect((await http.get(`/api/supervision-plans/${filed.body.id}`).set(bearer('zjj'))).status).toBe(404);
    expect((await http.post(`/api/supervision-plans/${filed.body.id}/approve`).set(bearer('jtj')).set('if-match', filed.headers.etag).send({})).status).toBe(403);
    const approved = await http.post(`/api/supervision-plans/${filed.body.id}/approve`).set(bearer('ducha')).set('if-match', filed.headers.etag).send({ note: '同意' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.headers.etag).toBe('W/"2"');
  });

  it('the OpenAPI document lists the routes with their namespaced schemas', async () => {
    const docs = await http.get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/suggestions/{id}/assign', '/api/suggestions/statistics', '/api/supervision-plans/{id}/approve', '/api/reform/problems/{id}/verification']),
    );
    expect(Object.keys(docs.body.components.schemas)).toEqual(expect.arrayContaining(['AssignSuggestionBody', 'RegisterSuggestionRequest', 'FileSupervisionPlanRequest', 'RecordReformInspectionRequest']));
    expect(docs.body.paths['/api/suggestions/statistics'].get.description).toContain('满意率 = (满意 + 基本满意) / 收到反馈件数');
  });

  it('职能转变科 keeps the reform ledger; the responsible unit reports rectification of its problem only', async () => {
    const task = await http
      .post('/api/reform/tasks')
      .set(bearer('zhineng'))
      .send({ title: '工程建设项目审批提速', category: 'fangguanfu', description: '审批时限压减一半', leadUnitId: units['BS-ZJJ'], coUnitIds: [], assignedOn: '2026-07-01', period: { amount: 3, unit: 'months' } });
    expect(task.status).toBe(201);
    expect(task.body.due.dueDate).toBe('2026-10-08');
    expect((await http.get(`/api/reform/tasks/${task.body.id}`).set(bearer('wjj'))).status).toBe(404);
    const inspection = await http
      .post('/api/reform/inspections')
      .set(bearer('zhineng'))
      .send({
        taskId: task.body.id,
        title: '审批提速督导检查',
        unitId: units['BS-ZJJ'],
        inspectedOn: '2026-09-25',
        inspectors: ['刘检查'],
        summary: '总体推进有序',
        problems: [{ description: '施工许可仍超时', unitId: units['BS-ZJJ'], period: { amount: 30, unit: 'calendar_days' } }],
      });
    expect(inspection.status).toBe(201);
    const problem = inspection.body.problems[0];
    expect(problem.due.dueDate).toBe('2026-10-26');
    const stranger = await http.post(`/api/reform/problems/${problem.id}/rectification`).set(bearer('wjj')).set('if-match', 'W/"1"').send({ rectification: '越权', rectifiedOn: '2026-10-20' });
    expect(stranger.status).toBe(404);
    const submitted = await http.post(`/api/reform/problems/${problem.id}/rectification`).set(bearer('zjj')).set('if-match', 'W/"1"').send({ rectification: '并联审批', rectifiedOn: '2026-10-20' });
    expect(submitted.status).toBe(200);
    const verified = await http.post(`/api/reform/problems/${problem.id}/verification`).set(bearer('zhineng')).set('if-match', submitted.headers.etag).send({ decision: 'verified' });
    expect(verified.status).toBe(200);
    expect(verified.body.status).toBe('verified');
    const evaluation = await http
      .post('/api/reform/evaluations')
      .set(bearer('zhineng'))
      .send({ taskId: task.body.id, evaluator: '第三方评估机构', evaluatedOn: '2026-11-10', score: 92, findings: '审批提速明显' });
    expect(evaluation.status).toBe(201);
    const seen = await http.get('/api/reform/evaluations').query({ taskId: task.body.id }).set(bearer('zjj'));
    expect(seen.body.items.map((e: { id: string }) => e.id)).toEqual([evaluation.body.id]);
  });
});
