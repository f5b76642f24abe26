import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

interface TaskItem {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  deadline: string | null;
  deadlineExplanation: string | null;
  light: string;
  link: string;
  app: string;
  openedAt: string;
  closedAt: string | null;
}

/**
 * 待办 and notifications on the real platform: a step of supervision opens a task for the liaisons of the lead unit
 * (through supervision's outbox, the bus and the gateway's read model), closing the step takes it off their list within
 * a second, and the same events are their notifications.
 */
describe('待办 and notifications end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let ducha: string;
  let zonghe: string;
  let liaisonA: string;
  let liaisonB: string;
  const units: Record<'a' | 'b', string> = { a: '', b: '' };
  const title = `待办端到端督办事项${Date.now().toString(36)}`;
  let itemId = '';

  const bearer = (token: string) => `Bearer ${token}`;
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const tasksOf = async (token: string, query: Record<string, string | number> = {}) => {
    const res = await http.get('/api/tasks').query({ limit: 100, ...query }).set('authorization', bearer(token));
    expect(res.status).toBe(200);
    return res.body as { items: TaskItem[]; total: number; page: number; limit: number };
  };
  const unreadOf = async (token: string) => (await http.get('/api/notifications/unread-count').set('authorization', bearer(token))).body.unread as number;
  const mine = (items: TaskItem[]) => items.filter((t) => t.link === `/supervision/items/${itemId}`);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const duchaUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'ducha' });
    ducha = await signIn(http, duchaUser.username, duchaUser.password);
    const zongheUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    zonghe = await signIn(http, zongheUser.username, zongheUser.password);
    for (const key of ['a', 'b'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', bearer(zonghe))
        .send({ code: `E2E-TASK-${key.toUpperCase()}`, name: `待办端到端单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
      units[key] = created.body.id;
    }
    const a = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: units.a, sectionCode: null });
    liaisonA = await signIn(http, a.username, a.password);
    const b = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: units.b, sectionCode: null });
    liaisonB = await signIn(http, b.username, b.password);
    const supervision = parts('supervision');
    await eventually(async () => {
      const [row] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
      return row.n === 2;
    }, 20_000, 'the units in supervision');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('an item assigned to unit A opens a 督办签收 task for A’s liaison only, with its deadline, light and link, and a notification', async () => {
    const created = await http
      .post('/api/supervision/items')
      .set('authorization', bearer(ducha))
      .set('idempotency-key', `tasks-e2e-${randomUUID()}`)
      .send({ kind: 'special_inspection', title, content: '检查待办列表', leadUnitId: units.a, coUnitIds: [], dueDate: '2026-12-30' });
    expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
    itemId = created.body.id;

    const [task] = await eventually(async () => {
      const found = mine((await tasksOf(liaisonA)).items);
      return found.length ? found : undefined;
    }, 20_000, 'the 督办签收 task in liaison A’s list');
    expect(task).toMatchObject({ kind: 'supervision_acknowledge', kindLabel: '督办签收', deadline: '2026-12-30', app: 'supervision', closedAt: null });
    expect(task.title).toContain(title);
    expect(['green', 'yellow', 'red']).toContain(task.light);
    expect(task.deadlineExplanation).toBeTruthy();

    // Another unit's liaison and office staff have no such task.
    expect(mine((await tasksOf(liaisonB)).items)).toEqual([]);
    expect(mine((await tasksOf(zonghe)).items)).toEqual([]);

    const summary = await http.get('/api/tasks/summary').set('authorization', bearer(liaisonA));
    expect(summary.status).toBe(200);
    expect(summary.body.counts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'supervision_acknowledge', kindLabel: '督办签收', open: 1 })]));
    expect((await tasksOf(liaisonA, { kind: 'supervision_report' })).items).toEqual([]);

    expect(await unreadOf(liaisonA)).toBe(1);
    expect(await unreadOf(liaisonB)).toBe(0);
    const unread = await http.get('/api/notifications').query({ unread: 'true' }).set('authorization', bearer(liaisonA));
    expect(unread.status).toBe(200);
    expect(unread.body.items).toHaveLength(1);
    expect(unread.body.items[0]).toMatchObject({ kind: 'supervision_acknowledge', link: `/supervision/items/${itemId}`, readAt: null });
    expect(unread.body.items[0].body).toContain(title);
  });

  it('signing for the item takes the task off the list within a second and opens the report task; its notification counts as read', async () => {
    const read = await http.get(`/api/supervision/items/${itemId}`).set('authorization', bearer(liaisonA));
    const ack = await http.post(`/api/supervision/items/${itemId}/acknowledge`).set('authorization', bearer(liaisonA)).set('if-match', read.headers.etag);
    expect(ack.status).toBe(200);
    const answeredAt = Date.now();
    const after = await eventually(
      async () => {
        const items = mine((await tasksOf(liaisonA)).items);
        return items.some((t) => t.kind === 'supervision_acknowledge') ? undefined : items;
      },
      1_000,
      'the 督办签收 task gone from liaison A’s list within a second',
    );
    expect(Date.now() - answeredAt).toBeLessThan(1_000);
    await eventually(async () => (mine((await tasksOf(liaisonA)).items).some((t) => t.kind === 'supervision_report') ? true : undefined), 5_000, 'the report task');
    expect(after.every((t) => t.kind !== 'supervision_acknowledge')).toBe(true);
    const closed = mine((await tasksOf(liaisonA, { status: 'closed' })).items);
    expect(closed).toEqual([expect.objectContaining({ kind: 'supervision_acknowledge', closedAt: expect.any(String) })]);

    // The 签收 notification was read by doing it; the report task's is new.
    const unread = await eventually(async () => ((await unreadOf(liaisonA)) === 1 ? 1 : undefined), 5_000, 'one unread notification');
    expect(unread).toBe(1);
    const list = await http.get('/api/notifications').set('authorization', bearer(liaisonA));
    expect(list.body.items.map((n: { kind: string; readAt: string | null }) => [n.kind, n.readAt === null])).toEqual([
      ['supervision_report', true],
      ['supervision_acknowledge', false],
    ]);
  });

  it('completion waits on 督查室’s verification (a role task within the section); sending it back returns the report task', async () => {
    let read = await http.get(`/api/supervision/items/${itemId}`).set('authorization', bearer(liaisonA));
    const done = await http.post(`/api/supervision/items/${itemId}/completion`).set('authorization', bearer(liaisonA)).set('if-match', read.headers.etag).send({ content: '已完成检查' });
    expect(done.status).toBe(200);
    const [verify] = await eventually(async () => {
      const found = mine((await tasksOf(ducha)).items);
      return found.length ? found : undefined;
    }, 5_000, 'the verification task for 督查室');
    expect(verify).toMatchObject({ kind: 'supervision_verify', kindLabel: '督办核实' });
    expect(mine((await tasksOf(zonghe)).items)).toEqual([]);
    await eventually(async () => (mine((await tasksOf(liaisonA)).items).length === 0 ? true : undefined), 5_000, 'liaison A has nothing left to do on it');

    read = await http.get(`/api/supervision/items/${itemId}`).set('authorization', bearer(ducha));
    const back = await http.post(`/api/supervision/items/${itemId}/verification`).set('authorization', bearer(ducha)).set('if-match', read.headers.etag).send({ decision: 'send_back', reason: '佐证材料不全' });
    expect(back.status).toBe(200);
    await eventually(async () => (mine((await tasksOf(ducha)).items).length === 0 ? true : undefined), 5_000, 'the verification task closed');
    await eventually(async () => (mine((await tasksOf(liaisonA)).items).some((t) => t.kind === 'supervision_report') ? true : undefined), 5_000, 'the report task again');
  });

  it('a 发文 waits on 文秘科’s 核稿, then on the leaders’ 签发, on each 会签 party meanwhile, and on nobody once signed', async () => {
    const token = async (spec: Parameters<typeof createUserForTest>[1]) => {
      const user = await createUserForTest(platform.gateway, spec);
      return signIn(http, user.username, user.password, user.totpSecret);
    };
    const [clerk, director] = [await token({ roles: ['section_staff'], sectionCode: 'wenmi' }), await token({ roles: ['office_leader'] })];
    const secretariat = parts('document-secretariat');
    await eventually(async () => {
      const [row] = await secretariat.dataSource.query(`SELECT 1 FROM "${secretariat.schema}".unit_directory WHERE id = $1`, [units.a]);
      return !!row;
    }, 15_000, 'unit A in document-secretariat');
    const created = await http
      .post('/api/documents/outgoing')
      .set('authorization', bearer(zonghe))
      .set('idempotency-key', `tasks-e2e-${randomUUID()}`)
      .send({ agencyCode: '博政办发', docType: '通知', title: `${title}的通知`, mainRecipients: [{ unitId: units.a }], copyRecipients: [], secrecyLevel: 0, body: '各单位：\n现通知如下。' });
    expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
    const id = created.body.id as string;
    const link = `/documents/outgoing/${id}`;
    const kindsOf = async (who: string) => (await tasksOf(who)).items.filter((t) => t.link === link).map((t) => t.kind);
    const until = async (who: string, kinds: string[], what: string) => eventually(async () => (JSON.stringify(await kindsOf(who)) === JSON.stringify(kinds) ? true : undefined), 5_000, what);
    const step = async (path: string, who: string, etag: string, body: object = {}) => {
      const res = await http.post(`/api/documents/outgoing/${id}/${path}`).set('authorization', bearer(who)).set('if-match', etag).send(body);
      expect({ path, status: res.status, problem: res.status === 200 ? undefined : res.body }).toEqual({ path, status: 200, problem: undefined });
      return { etag: res.headers.etag as string, body: res.body };
    };

    let { etag } = await step('submit', zonghe, created.headers.etag as string);
    await until(clerk, ['outgoing_review'], '核稿 for 文秘科');
    expect(await kindsOf(ducha)).toEqual([]);
    ({ etag } = await step('review', clerk, etag));
    await until(clerk, [], '核稿 done');
    await until(director, ['outgoing_signing'], '签发 for the leaders');
    const countersign = await step('countersigns', zonghe, etag, { unitIds: [units.a] });
    await until(liaisonA, ['outgoing_countersign'], '会签 for unit A');
    await until(director, [], '签发 waits for the 会签');
    const agreed = await http.post(`/api/documents/outgoing/${id}/countersigns/${countersign.body.countersigns[0].id}`).set('authorization', bearer(liaisonA)).send({ agree: true, opinion: '无意见' });
    expect(agreed.status).toBe(200);
    await until(liaisonA, [], '会签 done');
    await until(director, ['outgoing_signing'], '签发 again');
    await step('sign', director, agreed.headers.etag as string, { leaderTitle: '办公室主任' });
    await until(director, [], '签发 done');
  });

  it('a leave request waits on the office leaders until approved (duty-and-meetings)', async () => {
    const user = await createUserForTest(platform.gateway, { roles: ['office_leader'] });
    const director = await signIn(http, user.username, user.password, user.totpSecret);
    const filed = await http
      .post('/api/leave')
      .set('authorization', bearer(liaisonA))
      .send({ unitId: units.a, personName: '待办测试局长', startsOn: '2026-12-28', endsOn: '2026-12-30', destination: '济南', reason: '参加培训', actingPersonName: '待办测试副局长' });
    expect({ status: filed.status, problem: filed.status === 201 ? undefined : filed.body }).toEqual({ status: 201, problem: undefined });
    const link = `/leave/${filed.body.id as string}`;
    const [task] = await eventually(async () => {
      const found = (await tasksOf(director)).items.filter((t) => t.link === link);
      return found.length ? found : undefined;
    }, 5_000, 'the leave approval task');
    expect(task).toMatchObject({ kind: 'leave_approval', kindLabel: '请假审批', deadline: '2026-12-28', app: 'duty-and-meetings' });
    expect((await tasksOf(liaisonA)).items.filter((t) => t.link === link)).toEqual([]);
    const approved = await http.post(`/api/leave/${filed.body.id as string}/decision`).set('authorization', bearer(director)).set('if-match', filed.headers.etag).send({ approved: true });
    expect(approved.status).toBe(200);
    await eventually(async () => ((await tasksOf(director)).items.some((t) => t.link === link) ? undefined : true), 1_000, 'the approval task gone within a second');
  });

  it('marks notifications read, one (only one’s own) or all', async () => {
    const list = await http.get('/api/notifications').query({ unread: 'true' }).set('authorization', bearer(liaisonA));
    expect(list.body.unread).toBeGreaterThan(0);
    const id = list.body.items[0].id as string;
    const others = await http.post(`/api/notifications/${id}/read`).set('authorization', bearer(liaisonB));
    expect(others.status).toBe(404);
    expect(others.headers['content-type']).toContain('application/problem+json');
    const one = await http.post(`/api/notifications/${id}/read`).set('authorization', bearer(liaisonA));
    expect(one.status).toBe(200);
    expect(one.body.marked).toBe(1);
    const all = await http.post('/api/notifications/read-all').set('authorization', bearer(liaisonA));
    expect(all.status).toBe(200);
    expect(all.body.unread).toBe(0);
    expect(await unreadOf(liaisonA)).toBe(0);
  });

  it('streams the unread count as server-sent events, and refuses a stream request without Accept: text/event-stream', async () => {
    const refused = await http.get('/api/notifications/stream').set('authorization', bearer(ducha));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toContain('text/event-stream');

    const controller = new AbortController();
    const res = await fetch(`${platform.gateway.url}/api/notifications/stream`, { headers: { authorization: bearer(ducha), accept: 'text/event-stream' }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: unread');
    expect(text).toMatch(/data: \{"unread":\d+\}/);
  });

  it('searches the records the caller may see, with links', async () => {
    const found = await http.get('/api/search').query({ q: title }).set('authorization', bearer(ducha));
    expect(found.status).toBe(200);
    const group = (found.body.groups as { kind: string; items: { id: string; link: string }[] }[]).find((g) => g.kind === 'supervision/items');
    expect(group?.items).toEqual([expect.objectContaining({ id: itemId, link: `/supervision/items/${itemId}` })]);
    const other = await http.get('/api/search').query({ q: title }).set('authorization', bearer(liaisonB));
    expect(other.status).toBe(200);
    expect((other.body.groups as { kind: string }[]).find((g) => g.kind === 'supervision/items')).toBeUndefined();
    const empty = await http.get('/api/search').query({ q: '' }).set('authorization', bearer(ducha));
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'q', message: expect.stringContaining('请输入关键词') });
  });
});
