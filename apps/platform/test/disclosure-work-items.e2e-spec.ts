import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

interface Task {
  kind: string;
  link: string;
}

/** 领导小组工作事项 of disclosure through the gateway: 交办 with an Idempotency-Key, the units' 待办 near the deadline, reports with If-Match, 确认; a liaison seeing only its unit's items. */
describe('disclosure work items end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '', liaisonC: '' };
  const units = { liaisonA: randomUUID(), liaisonB: randomUUID(), liaisonC: randomUUID() };
  const path = '/api/disclosure/work-items';
  const bearer = (token: string) => `Bearer ${token}`;
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const plusDays = (days: number) => {
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  };
  const fields = (number: string, content: string, dueDate: string) => ({ year, number, content, basisDocument: `《博山区${year}年政务公开工作要点》`, leadUnitId: units.liaisonA, coUnitIds: [units.liaisonB], dueDate });
  const tasksOf = async (token: string) => ((await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(token))).body.items as Task[]) ?? [];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const key of ['liaisonA', 'liaisonB', 'liaisonC'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: units[key], sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('assigned once per Idempotency-Key near its deadline: both units get a 待办; each reports for itself with If-Match; the office confirms the lead unit’s 报完成', async () => {
    const key = randomUUID();
    const body = fields('一、1', '端到端测试：更新基层政务公开事项清单', plusDays(1));
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'in_progress', light: 'yellow', reminded: true, version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    const link = `/disclosure/work-items/${created.body.id}`;
    for (const token of [tokens.liaisonA, tokens.liaisonB]) {
      await eventually(async () => (await tasksOf(token)).find((t) => t.kind === 'disclosure_work_item_report' && t.link === link), 15_000, 'the report task in the unit’s 待办');
    }
    expect((await tasksOf(tokens.liaisonC)).some((t) => t.link === link)).toBe(false);

    const read = await http.get(at).set('authorization', bearer(tokens.liaisonB));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const byOffice = await http.post(`${at}/reports`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ text: '代报进展', reportedOn: today });
    expect(byOffice.status).toBe(403);
    const progress = await http.post(`${at}/reports`).set('authorization', bearer(tokens.liaisonB)).set('if-match', read.headers.etag).send({ text: '已梳理本领域事项 5 项', reportedOn: today });
    expect({ status: progress.status, version: progress.body.version }).toEqual({ status: 200, version: 2 });
    const stale = await http.post(`${at}/reports`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ text: '过期版本', reportedOn: today, completion: true });
    expect(stale.status).toBe(412);
    const notLead = await http.post(`${at}/reports`).set('authorization', bearer(tokens.liaisonB)).set('if-match', progress.headers.etag).send({ text: '配合单位报完成', reportedOn: today, completion: true });
    expect({ status: notLead.status, code: notLead.body.code }).toEqual({ status: 422, code: 'WORK_ITEM.NOT_LEAD_UNIT' });
    const completed = await http.post(`${at}/reports`).set('authorization', bearer(tokens.liaisonA)).set('if-match', progress.headers.etag).send({ text: '清单已更新并公开', reportedOn: today, completion: true, attachments: ['公开截图.png'] });
    expect({ status: completed.status, state: completed.body.status }).toEqual({ status: 200, state: 'completion_reported' });
    await eventually(async () => (await tasksOf(tokens.office)).find((t) => t.kind === 'disclosure_work_item_confirmation' && t.link === link), 15_000, 'the confirmation task in the office’s 待办');
    await eventually(async () => ((await tasksOf(tokens.liaisonB)).some((t) => t.link === link) ? undefined : true), 15_000, 'the co-unit’s task closed');

    const byLiaison = await http.post(`${at}/confirm`).set('authorization', bearer(tokens.liaisonA)).set('if-match', completed.headers.etag).send({ completedOn: today });
    expect(byLiaison.status).toBe(403);
    const confirmed = await http.post(`${at}/confirm`).set('authorization', bearer(tokens.office)).set('if-match', completed.headers.etag).send({ completedOn: today, note: '材料齐全' });
    expect({ status: confirmed.status, body: confirmed.body }).toMatchObject({ status: 200, body: { status: 'completed', light: 'green', version: 4 } });
    await eventually(async () => ((await tasksOf(tokens.office)).some((t) => t.link === link) ? undefined : true), 15_000, 'the confirmation task closed');
  });

  it("a liaison sees only its unit's items (another's is 404); only the office assigns; withdrawn with a reason", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(fields('二、1', '端到端可见性：政策解读', plusDays(60)));
    expect({ status: created.status, light: created.body.light }).toEqual({ status: 201, light: 'green' });
    const at = `${path}/${created.body.id}`;
    expect((await http.get(at).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(at).set('authorization', bearer(tokens.liaisonB))).status).toBe(200);
    expect((await http.get(at).set('authorization', bearer(tokens.liaisonC))).status).toBe(404);
    const listed = await http.get(path).query({ q: '端到端可见性' }).set('authorization', bearer(tokens.liaisonC));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const byLeader = await http.get(path).query({ q: '端到端可见性', year }).set('authorization', bearer(tokens.leader));
    expect(byLeader.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect((await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(fields('二、2', '联络员交办', plusDays(30)))).status).toBe(403);
    const duplicate = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(fields('二、1', '序号重复', plusDays(30)));
    expect({ status: duplicate.status, code: duplicate.body.code }).toEqual({ status: 422, code: 'WORK_ITEM.DUPLICATE_NUMBER' });
    const unreasoned = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    const withdrawn = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ reason: '工作要点调整' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', light: 'none', withdrawalReason: '工作要点调整', version: 2 } });
  });
});
