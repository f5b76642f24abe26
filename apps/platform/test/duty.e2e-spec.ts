import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DutyAndMeetingsEvents } from '@gov/contracts-duty-and-meetings';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { UrgentMattersService } from '@gov/service-duty-and-meetings';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The duty office through the gateway, as its clients use it: 值班室 staff, the 综合科 chief, leaders and units' liaisons. */
describe('24-hour duty office end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let staff: string;
  let chief: string;
  let leader: string;
  let admin: string;
  let liaison: string;
  let otherLiaison: string;
  const units: Record<string, string> = {};

  const duty = () => platform.services.find((s) => s.parts.app === 'duty-and-meetings')!;
  const bearer = async (spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    return `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const parts = duty().parts;
    for (const row of (await parts.dataSource.query(`SELECT id, code FROM "${parts.schema}".unit`)) as { id: string; code: string }[]) units[row.code] = row.id;
    staff = await bearer({ roles: ['section_staff'], sectionCode: 'zonghe', username: 'zhiban-e2e' });
    chief = await bearer({ roles: ['section_chief'], sectionCode: 'zonghe' });
    leader = await bearer({ roles: ['district_leader'], sectionCode: null, displayName: '王区长' });
    admin = await bearer({ roles: ['sys_admin'], sectionCode: null });
    liaison = await bearer({ roles: ['unit_liaison'], unitId: units['BS-YJJ'], sectionCode: null });
    otherLiaison = await bearer({ roles: ['unit_liaison'], unitId: units['BS-CZJ'], sectionCode: null });
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('the OpenAPI document lists the duty office routes with their contract schemas', async () => {
    const doc = (await http.get('/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/duty/roster',
        '/api/duty/swaps/{id}/decision',
        '/api/duty/urgent-matters/{id}/reports',
        '/api/duty/instructions/{id}/relays',
        '/api/duty/instructions/{id}/receipt',
        '/api/duty/unit-rosters/{id}/check',
        '/api/duty/history/{recordKind}/{id}',
        '/api/opinion/statistics',
        '/api/upward-reports/{id}/dispatches',
      ]),
    );
    expect(doc.paths['/api/duty/urgent-matters'].post.tags).toEqual(['紧急事项']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['UrgentMatterView', 'OpinionView', 'UpwardReportView']));
  });

  it('an urgent matter received 20 minutes ago at level 重大 is past its 15-minute 初报 deadline; a 较大 one just received counts down 30 minutes', async () => {
    const now = Date.now();
    const receivedAt = new Date(now - 20 * 60_000).toISOString();
    const key = `urgent-${now}`;
    const body = { title: '某企业危化品泄漏', level: 'major', occurredAt: receivedAt, receivedAt, unitId: units['BS-YJJ'], summary: '已疏散周边群众' };
    const created = await http.post('/api/duty/urgent-matters').set('authorization', staff).set('idempotency-key', key).send(body);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(created.body.deadline).toBe(new Date(Date.parse(receivedAt) + 15 * 60_000).toISOString());
    expect(created.body.overdue).toBe(true);
    expect(created.body.remainingSeconds).toBeLessThanOrEqual(-300);
    const retry = await http.post('/api/duty/urgent-matters').set('authorization', staff).set('idempotency-key', key).send(body);
    expect(retry.body.id).toBe(created.body.id);

    const fresh = await http.post('/api/duty/urgent-matters').set('authorization', staff).send({ ...body, title: '山林火情', level: 'large', occurredAt: new Date(now).toISOString(), receivedAt: new Date(now).toISOString() });
    expect(fresh.status).toBe(201);
    expect(fresh.body.overdue).toBe(false);
    expect(fresh.body.remainingSeconds).toBeGreaterThan(29 * 60);
    expect(fresh.body.remainingSeconds).toBeLessThanOrEqual(30 * 60);

    // The scheduled check flags the late one (and only it) and publishes urgent-matter.overdue once.
    const matters = duty().nest.get(UrgentMattersService);
    await matters.flagOverdue(new Date());
    await matters.flagOverdue(new Date());
    const parts = duty().parts;
    const events: { envelope: { data: { matterId: string; which: string } } }[] = await parts.dataSource.query(`SELECT envelope FROM "${parts.schema}".outbox WHERE subject = $1`, [DutyAndMeetingsEvents.urgentMatterOverdue]);
    const ours = events.map((e) => e.envelope.data).filter((d) => [created.body.id, fresh.body.id].includes(d.matterId));
    expect(ours.map((d) => [d.matterId, d.which])).toEqual([[created.body.id, 'phone']]);
    const overdueList = await http.get('/api/duty/urgent-matters').query({ overdue: 'true' }).set('authorization', leader);
    expect(overdueList.status).toBe(200);
    expect(overdueList.body.items.map((m: { id: string }) => m.id)).toEqual([created.body.id]);

    const missing = await http.post(`/api/duty/urgent-matters/${fresh.body.id}/reports`).set('authorization', staff).send({ stage: 'initial', channel: 'phone', reportedAt: new Date().toISOString(), leaderName: '王区长', content: '电话初报' });
    expect(missing.status).toBe(428);
    const reported = await http
      .post(`/api/duty/urgent-matters/${fresh.body.id}/reports`)
      .set('authorization', staff)
      .set('if-match', fresh.headers.etag)
      .send({ stage: 'initial', channel: 'phone', reportedAt: new Date().toISOString(), leaderName: '王区长', content: '电话初报' });
    expect(reported.status).toBe(200);
    expect(reported.headers.etag).toBe('W/"2"');
    expect(reported.body.reports.map((r: { label: string }) => r.label)).toEqual(['初报']);
    const stale = await http
      .post(`/api/duty/urgent-matters/${fresh.body.id}/reports`)
      .set('authorization', staff)
      .set('if-match', 'W/"1"')
      .send({ stage: 'follow_up', channel: 'written', reportedAt: new Date().toISOString(), leaderName: '王区长', content: '续报' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('URGENT_MATTER.VERSION_CONFLICT');
    const history = await http.get(`/api/duty/history/urgent_matter/${fresh.body.id}`).set('authorization', leader);
    expect(history.status).toBe(200);
    expect(history.body.entries.map((e: { action: string; changedBy: string }) => [e.action, e.changedBy])).toEqual([
      ['received', 'zhiban-e2e'],
      ['reported', 'zhiban-e2e'],
    ]);
  });

  it('a leader records an instruction on the matter; it is relayed to the units named and published for supervision', async () => {
    const matter = await http.post('/api/duty/urgent-matters').set('authorization', staff).send({ title: '燃气管道破裂', level: 'general', occurredAt: new Date().toISOString(), receivedAt: new Date().toISOString(), summary: '已关阀' });
    const instruction = await http
      .post('/api/duty/instructions')
      .set('authorization', leader)
      .send({ sourceKind: 'urgent_matter', sourceId: matter.body.id, leaderName: '王区长', text: '请住建局牵头妥善处置', instructedAt: new Date().toISOString(), leadUnitId: units['BS-ZJJ'], coUnitIds: [units['BS-YJJ']] });
    expect(instruction.status).toBe(201);
    const relayed = await http.post(`/api/duty/instructions/${instruction.body.id}/relays`).set('authorization', staff).send({ unitId: units['BS-ZJJ'], notifiedPerson: '住建局值班员', channel: '电话' });
    expect(relayed.status).toBe(200);
    expect(relayed.body.relays.find((r: { unitId: string }) => r.unitId === units['BS-ZJJ'])).toMatchObject({ status: 'notified', notifiedPerson: '住建局值班员' });
    const parts = duty().parts;
    const published = await eventually(async () => {
      const [row] = await parts.dataSource.query(`SELECT sent_at FROM "${parts.schema}".outbox WHERE id = $1`, [instruction.body.id]);
      return row?.sent_at ? row : undefined;
    }, 15_000, 'instruction event published');
    expect(published.sent_at).toBeTruthy();
  });

  it('a unit’s liaison sees the instructions relayed to their unit, and only those, and signs for receipt once', async () => {
    const log = await http.post('/api/duty/log').set('authorization', staff).send({ kind: 'report', title: '山体滑坡阻断乡道', summary: '无人员伤亡', receivedAt: new Date().toISOString() });
    expect(log.status).toBe(201);
    const record = (text: string, leadUnitId: string) =>
      http.post('/api/duty/instructions').set('authorization', leader).send({ sourceKind: 'duty_log', sourceId: log.body.id, leaderName: '王区长', text, instructedAt: new Date().toISOString(), leadUnitId, coUnitIds: [] });
    const ours = await record('请应急局会同交通部门抢通道路', units['BS-YJJ']);
    const theirs = await record('请财政局安排抢通资金', units['BS-CZJ']);
    expect([ours.status, theirs.status]).toEqual([201, 201]);

    const list = await http.get('/api/duty/instructions').query({ q: '抢通', limit: 50 }).set('authorization', liaison);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([ours.body.id]);
    expect((await http.get(`/api/duty/instructions/${theirs.body.id}`).set('authorization', liaison)).status).toBe(404);
    expect((await http.post(`/api/duty/instructions/${theirs.body.id}/receipt`).set('authorization', liaison)).status).toBe(404);
    expect((await http.post(`/api/duty/instructions/${ours.body.id}/receipt`).set('authorization', staff)).status).toBe(403);

    const received = await http.post(`/api/duty/instructions/${ours.body.id}/receipt`).set('authorization', liaison);
    expect(received.status).toBe(200);
    expect(received.headers.etag).toBe('W/"2"');
    expect(received.body.relays).toEqual([expect.objectContaining({ unitId: units['BS-YJJ'], status: 'received', receivedAt: expect.any(String), receivedBy: expect.any(String) })]);
    const again = await http.post(`/api/duty/instructions/${ours.body.id}/receipt`).set('authorization', liaison);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUTY_INSTRUCTION.ALREADY_RECEIVED');
    // The office sees which units have signed.
    const seen = await http.get('/api/duty/instructions').query({ unitId: units['BS-YJJ'], relayStatus: 'received', limit: 50 }).set('authorization', staff);
    expect(seen.body.items.map((i: { id: string }) => i.id)).toContain(ours.body.id);
  });

  it('a swap is approved only by the 综合科 chief, and then the roster changes', async () => {
    const parts = duty().parts;
    await eventually(async () => (await parts.dataSource.query(`SELECT 1 FROM "${parts.schema}".calendar_year_copy WHERE year = 2026`)).length > 0, 15_000, 'calendar copy');
    const day = await http.post('/api/duty/roster').set('authorization', staff).send({ dutyDate: '2026-10-02', leaderName: '王建国', officerNames: ['李明', '赵强'] });
    expect(day.status).toBe(201);
    expect(day.body).toMatchObject({ holidayDuty: true, dayKind: 'holiday' });
    const swap = await http.post('/api/duty/swaps').set('authorization', staff).send({ dutyDayId: day.body.id, role: 'officer', fromName: '赵强', toName: '孙丽', reason: '孩子生病' });
    expect(swap.status).toBe(201);
    const byStaff = await http.post(`/api/duty/swaps/${swap.body.id}/decision`).set('authorization', staff).set('if-match', swap.headers.etag).send({ approve: true });
    expect(byStaff.status).toBe(403);
    const approved = await http.post(`/api/duty/swaps/${swap.body.id}/decision`).set('authorization', chief).set('if-match', swap.headers.etag).send({ approve: true, remark: '同意' });
    expect(approved.status).toBe(200);
    const after = await http.get(`/api/duty/roster/${day.body.id}`).set('authorization', staff);
    expect(after.body.officerNames).toEqual(['李明', '孙丽']);
    expect(after.headers.etag).toBe('W/"2"');
  });

  it("a liaison files only their own unit's roster and sees only their own unit's records; administrators see no duty records", async () => {
    const entries = [{ date: '2026-12-31', leaderName: '应急局刘局长', officerNames: ['小王'], phone: '0533-4180119' }];
    const filed = await http.post('/api/duty/unit-rosters').set('authorization', liaison).send({ periodStart: '2026-12-31', periodEnd: '2026-12-31', entries });
    expect(filed.status).toBe(201);
    expect(filed.body.unitId).toBe(units['BS-YJJ']);
    const forOther = await http.post('/api/duty/unit-rosters').set('authorization', liaison).send({ unitId: units['BS-CZJ'], periodStart: '2026-12-31', periodEnd: '2026-12-31', entries });
    expect(forOther.status).toBe(403);
    expect((await http.get(`/api/duty/unit-rosters/${filed.body.id}`).set('authorization', otherLiaison)).status).toBe(404);
    const returned = await http.post(`/api/duty/unit-rosters/${filed.body.id}/check`).set('authorization', staff).set('if-match', 'W/"1"').send({ result: 'returned', remarks: '请补充带班领导手机号' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', remarks: '请补充带班领导手机号' });
    expect((await http.get('/api/duty/urgent-matters').set('authorization', liaison)).status).toBe(403);
    expect((await http.get('/api/duty/roster').query({ from: '2026-10-01', to: '2026-10-31' }).set('authorization', admin)).status).toBe(403);
  });

  it('public opinion: assigned to a unit with a deadline, answered by its liaison only, reviewed, and counted per unit', async () => {
    const item = await http.post('/api/opinion/items').set('authorization', staff).send({ title: '网传化工园区异味', source: 'social_media', level: 'important', summary: '居民反映夜间异味', foundAt: new Date().toISOString() });
    expect(item.status).toBe(201);
    const assigned = await http.post(`/api/opinion/items/${item.body.id}/assign`).set('authorization', staff).set('if-match', item.headers.etag).send({ unitId: units['BS-YJJ'] });
    expect(assigned.status).toBe(200);
    expect(assigned.body.responseDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(assigned.body.deadlineExplanation.length).toBeGreaterThan(1);
    expect((await http.get(`/api/opinion/items/${item.body.id}`).set('authorization', otherLiaison)).status).toBe(404);
    const answered = await http.post(`/api/opinion/items/${item.body.id}/response`).set('authorization', liaison).set('if-match', assigned.headers.etag).send({ response: '已组织环保监测，数据正常，已在政务微博发布' });
    expect(answered.status).toBe(200);
    const reviewed = await http.post(`/api/opinion/items/${item.body.id}/review`).set('authorization', staff).set('if-match', answered.headers.etag).send({ result: 'accepted' });
    expect(reviewed.body.status).toBe('accepted');
    const stats = await http.get('/api/opinion/statistics').set('authorization', leader);
    expect(stats.status).toBe(200);
    expect(stats.body.items.find((s: { unitId: string }) => s.unitId === units['BS-YJJ'])).toMatchObject({ assigned: 1, responded: 1, onTime: 1, overdue: 0 });
  });

  it('compiles a report upward from duty entries and records where it was sent; bad input is a 400 in Chinese', async () => {
    const log = await http.post('/api/duty/log').set('authorization', staff).send({ kind: 'report', receivedAt: new Date().toISOString(), callerUnitId: units['BS-YJJ'], title: '应急局报告安全生产检查情况', summary: '检查企业 12 家' });
    expect(log.status).toBe(201);
    const report = await http.post('/api/upward-reports').set('authorization', staff).send({ title: '安全生产情况', kind: 'important_situation', dutyLogIds: [log.body.id], urgentMatterIds: [] });
    expect(report.status).toBe(201);
    expect(report.body.entries[0]).toMatchObject({ sourceId: log.body.id, text: '检查企业 12 家' });
    const handled = await http.patch(`/api/duty/log/${log.body.id}/handling`).set('authorization', staff).set('if-match', log.headers.etag).send({ handling: '已报区领导' });
    expect(handled.status).toBe(200);
    expect(handled.headers.etag).toBe('W/"2"');
    // The report keeps the text as it was compiled.
    expect((await http.get(`/api/upward-reports/${report.body.id}`).set('authorization', leader)).body.entries[0].text).toBe('检查企业 12 家');
    const sent = await http.post(`/api/upward-reports/${report.body.id}/dispatches`).set('authorization', staff).send({ recipient: '市政府总值班室', channel: '政务外网', sentAt: new Date().toISOString() });
    expect(sent.status).toBe(201);
    expect(sent.body.dispatches).toHaveLength(1);

    const bad = await http.post('/api/duty/urgent-matters').set('authorization', staff).send({ title: '', level: 'huge', occurredAt: 'yesterday', receivedAt: 'now' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'level', 'occurredAt', 'receivedAt', 'summary']));
    expect(bad.body.errors.every((e: { message: string }) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
  });
});
