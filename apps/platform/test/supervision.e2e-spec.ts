import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DocumentSecretariatEvents, type LeaderInstructionRecorded } from '@gov/contracts-document-secretariat';
import { DutyAndMeetingsEvents, UnitEvents, type MeetingDecisionPublished, type UnitCreated } from '@gov/contracts-duty-and-meetings';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

interface ItemBody {
  id: string;
  kind: string;
  status: string;
  leadUnitId: string | null;
  coUnitIds: string[];
  version: number;
  source: { kind: string; id: string; parentKind: string; parentId: string };
  due: { dueDate: string; basis: string; explanation: string[] };
}

/**
 * 督办事项 across the platform: the 批示 of document-secretariat and the decided items of duty-and-meetings travel
 * through their producers' outboxes and the bus into supervision, and are handled through the gateway.
 */
describe('supervision items end to end: from the 批示 and the meeting to the units', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let ducha: string;
  let zonghe: string;
  const units: Record<'a' | 'b', string> = { a: '', b: '' };
  const liaisonTokens: Record<'a' | 'b', string> = { a: '', b: '' };

  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const bearer = (token: string) => `Bearer ${token}`;
  const itemsOf = async (sourceId: string, token = ducha) => (await http.get('/api/supervision/items').query({ sourceId, limit: 100 }).set('authorization', bearer(token))).body.items as ItemBody[];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const duchaUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'ducha', clearance: 2 });
    ducha = await signIn(http, duchaUser.username, duchaUser.password);
    const zongheUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    zonghe = await signIn(http, zongheUser.username, zongheUser.password);
    for (const key of ['a', 'b'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', bearer(zonghe))
        .send({ code: `E2E-SUP-${key.toUpperCase()}`, name: `督办端到端单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
      units[key] = created.body.id;
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: created.body.id, sectionCode: null });
      liaisonTokens[key] = await signIn(http, liaison.username, liaison.password);
    }
    const supervision = parts('supervision');
    await eventually(async () => {
      const [row] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
      const calendar = await supervision.dataSource.query(`SELECT 1 FROM "${supervision.schema}".calendar_year_copy WHERE year = 2026`);
      return row.n === 2 && calendar.length === 1;
    }, 20_000, 'units and the 2026 calendar in supervision');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('the decided items of a meeting produce one event each and supervision creates one item per decided item', async () => {
    // Until the meeting routes of duty-and-meetings publish minutes, the events go through its outbox directly.
    const meetingId = randomUUID();
    const decisions: MeetingDecisionPublished.Event[] = [1, 2, 3].map((sequence) => ({
      decisionId: randomUUID(),
      meetingId,
      meetingTitle: '区政府第15次常务会议',
      meetingKind: 'executive',
      meetingDate: '2026-11-24',
      minutesNumber: '〔2026〕15号',
      sequence,
      content: `议定事项第 ${sequence} 项`,
      leadUnitId: sequence === 3 ? units.b : units.a,
      coUnitIds: sequence === 3 ? [units.a] : [],
      ...(sequence === 1 ? { dueDate: '2026-12-18' } : {}),
      chairName: '王区长',
      publishedAt: '2026-11-25T16:00:00+08:00',
      secrecyLevel: 0,
    }));
    const duty = parts('duty-and-meetings');
    await duty.transactions.run(async (tx) => {
      for (const decision of decisions) await tx.emit(DutyAndMeetingsEvents.meetingDecisionPublished, decision);
    });
    const [{ n: published }] = await duty.dataSource.query(`SELECT count(*)::int AS n FROM "${duty.schema}".outbox WHERE subject = $1 AND envelope -> 'data' ->> 'meetingId' = $2`, [
      DutyAndMeetingsEvents.meetingDecisionPublished,
      meetingId,
    ]);
    expect(published).toBe(3);

    const items = await eventually(async () => {
      const found = await itemsOf(meetingId);
      return found.length === 3 ? found : undefined;
    }, 20_000, 'one item per decided item');
    expect(items.map((i) => i.source.id).sort()).toEqual(decisions.map((d) => d.decisionId).sort());
    expect(items.every((i) => i.kind === 'meeting_decision' && i.status === 'assigned' && i.source.parentId === meetingId)).toBe(true);
    expect(items.find((i) => i.source.id === decisions[0].decisionId)?.due).toMatchObject({ basis: 'given', dueDate: '2026-12-18' });
    expect(items.find((i) => i.source.id === decisions[1].decisionId)?.due).toMatchObject({ basis: 'computed', dueDate: '2026-12-16' });
  });

  it('a meeting held through its routes: publishing the minutes turns each decided item into one supervision item', async () => {
    const mayorUser = await createUserForTest(platform.gateway, { roles: ['district_leader'], displayName: '王区长' });
    const mayor = await signIn(http, mayorUser.username, mayorUser.password);
    const created = await http
      .post('/api/meetings')
      .set('authorization', bearer(zonghe))
      .send({
        kind: 'plenary',
        classCode: 'class_one',
        title: '督办端到端全体会议',
        startsAt: '2026-12-28T09:00:00+08:00',
        endsAt: '2026-12-28T11:00:00+08:00',
        chair: { userId: mayorUser.id, name: '王区长' },
        leaders: [],
        attendeeUnitIds: [units.a, units.b],
      });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const step = async (path: string, etag: string, body: object, token = zonghe) => {
      const res = await http.post(`/api/meetings/${id}/${path}`).set('authorization', bearer(token)).set('if-match', etag).send(body);
      expect({ path, status: res.status, problem: res.status === 200 ? undefined : res.body }).toEqual({ path, status: 200, problem: undefined });
      return res;
    };
    let res = await step('submit', created.headers.etag, {});
    res = await step('approval', res.headers.etag, { approved: true, comment: '同意' }, mayor);
    res = await step('notice', res.headers.etag, { text: '请准时参会' });
    res = await step('decisions', res.headers.etag, { content: '单位A牵头制定方案', leadUnitId: units.a, dueDate: '2027-01-15' });
    res = await step('decisions', res.headers.etag, { content: '单位B配合落实经费', leadUnitId: units.b, coUnitIds: [units.a], dueDate: '2027-01-29' });
    res = await step('minutes', res.headers.etag, { minutesNumber: '博政纪〔2026〕9号', summary: '会议议定以下事项' });
    const decisionIds = (res.body.decisions as { id: string }[]).map((d) => d.id);
    expect(decisionIds).toHaveLength(2);

    const items = await eventually(async () => {
      const found = await itemsOf(id);
      return found.length === 2 ? found : undefined;
    }, 20_000, 'one supervision item per decided item');
    expect(items.map((i) => i.source.id).sort()).toEqual([...decisionIds].sort());
    const duty = parts('duty-and-meetings');
    const [{ n }] = await duty.dataSource.query(`SELECT count(*)::int AS n FROM "${duty.schema}".outbox WHERE subject = $1 AND envelope -> 'data' ->> 'meetingId' = $2`, [
      DutyAndMeetingsEvents.meetingDecisionPublished,
      id,
    ]);
    expect(n).toBe(2);
    // The liaison of unit B sees the item it leads and the one it supports; A's liaison both as well.
    const bItems = await itemsOf(id, liaisonTokens.b);
    expect(bItems).toHaveLength(1);
    expect(bItems[0].leadUnitId).toBe(units.b);
  });

  it('a 批示 on an incoming document can be followed from the document to its item and to its completion', async () => {
    const documentId = randomUUID();
    const event: LeaderInstructionRecorded.Event = {
      instructionId: randomUUID(),
      sourceKind: 'incoming',
      sourceId: documentId,
      sourceTitle: '关于开展安全生产大检查的通知',
      leaderName: '王区长',
      leaderTitle: '区长',
      leaderUserId: randomUUID(),
      text: '请督办单位A牵头落实。',
      instructedAt: '2026-11-26T09:30:00+08:00',
      leadUnitId: units.a,
      coUnitIds: [],
      dueDate: '2026-12-31',
      followedBy: 'mishu_yi',
      secrecyLevel: 0,
      recordedBy: 'wenmi-e2e',
    };
    await parts('document-secretariat').transactions.run((tx) => tx.emit(DocumentSecretariatEvents.instructionRecorded, event));
    const [item] = await eventually(async () => {
      const found = await itemsOf(documentId);
      return found.length ? found : undefined;
    }, 20_000, 'the item of the 批示');
    expect(item.source).toMatchObject({ kind: 'leader_instruction', id: event.instructionId, parentKind: 'incoming', parentId: documentId });

    const token = liaisonTokens.a;
    const read = await http.get(`/api/supervision/items/${item.id}`).set('authorization', bearer(token));
    expect(read.status).toBe(200);
    const ack = await http.post(`/api/supervision/items/${item.id}/acknowledge`).set('authorization', bearer(token)).set('if-match', read.headers.etag);
    expect(ack.status).toBe(200);
    expect(ack.body.status).toBe('acknowledged');
    const stale = await http.post(`/api/supervision/items/${item.id}/completion`).set('authorization', bearer(token)).set('if-match', read.headers.etag).send({ content: '已完成检查' });
    expect(stale.status).toBe(412);
    const done = await http.post(`/api/supervision/items/${item.id}/completion`).set('authorization', bearer(token)).set('if-match', ack.headers.etag).send({ content: '已完成检查' });
    expect(done.status).toBe(200);
    const closed = await http.post(`/api/supervision/items/${item.id}/verification`).set('authorization', bearer(ducha)).set('if-match', done.headers.etag).send({ decision: 'close' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', light: 'none' });
    expect(closed.body.closedAt).toBeTruthy();
    expect((await itemsOf(event.instructionId))[0].status).toBe('closed');
  });

  it('a liaison of unit A cannot see or report on unit B items, by list or by id', async () => {
    const create = (leadUnitId: string, title: string) =>
      http.post('/api/supervision/items').set('authorization', bearer(ducha)).set('idempotency-key', randomUUID()).send({ kind: 'special_inspection', title, content: '专项督查', leadUnitId, coUnitIds: [] });
    const mine = await create(units.a, '端到端专项督查A');
    const theirs = await create(units.b, '端到端专项督查B');
    expect(mine.status).toBe(201);
    expect(theirs.headers.etag).toBe('W/"1"');

    const token = liaisonTokens.a;
    const list = await http.get('/api/supervision/items').query({ limit: 100 }).set('authorization', bearer(token));
    expect(list.status).toBe(200);
    const ids = list.body.items.map((i: ItemBody) => i.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(theirs.body.id);
    expect(list.body.items.every((i: ItemBody) => i.leadUnitId === units.a || i.coUnitIds.includes(units.a))).toBe(true);

    const read = await http.get(`/api/supervision/items/${theirs.body.id}`).set('authorization', bearer(token));
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('SUPERVISION_ITEM.NOT_FOUND');
    const report = await http.post(`/api/supervision/items/${theirs.body.id}/progress`).set('authorization', bearer(token)).set('if-match', 'W/"1"').send({ content: '冒充反馈进展' });
    expect(report.status).toBe(404);
    const office = await http.post('/api/supervision/items').set('authorization', bearer(token)).send({ kind: 'special_inspection', title: '联络员立项', content: 'x', leadUnitId: units.a, coUnitIds: [] });
    expect(office.status).toBe(403);
    const warnings = await http.get('/api/supervision/warnings/by-unit').set('authorization', bearer(token));
    expect(warnings.status).toBe(403);
  });

  it('the office withdraws an item through its route with If-Match and a reason; the item stays, out of the warnings', async () => {
    const created = await http
      .post('/api/supervision/items')
      .set('authorization', bearer(ducha))
      .set('idempotency-key', randomUUID())
      .send({ kind: 'higher_assignment', higherLevel: 'city', title: '端到端撤销事项', content: '市里已撤回', leadUnitId: units.b, coUnitIds: [], dueDate: '2026-10-30' });
    expect(created.status).toBe(201);
    expect(created.body.light).toBe('red');
    const path = `/api/supervision/items/${created.body.id}/withdrawal`;
    const byLiaison = await http.post(path).set('authorization', bearer(liaisonTokens.b)).set('if-match', created.headers.etag).send({ reason: '联络员撤销' });
    expect(byLiaison.status).toBe(403);
    const noReason = await http.post(path).set('authorization', bearer(ducha)).set('if-match', created.headers.etag).send({});
    expect(noReason.status).toBe(400);
    expect([...new Set(noReason.body.errors.map((e: { field: string }) => e.field))]).toEqual(['reason']);
    const noIfMatch = await http.post(path).set('authorization', bearer(ducha)).send({ reason: '市政府已撤回交办' });
    expect(noIfMatch.status).toBe(428);
    const withdrawn = await http.post(path).set('authorization', bearer(ducha)).set('if-match', created.headers.etag).send({ reason: '市政府已撤回交办' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.headers.etag).toBe(`W/"${created.body.version + 1}"`);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', light: 'none', withdrawalReason: '市政府已撤回交办' });
    const again = await http.post(path).set('authorization', bearer(ducha)).set('if-match', withdrawn.headers.etag).send({ reason: '再次撤销' });
    expect(again.status).toBe(422);
    const read = await http.get(`/api/supervision/items/${created.body.id}`).set('authorization', bearer(liaisonTokens.b));
    expect(read.status).toBe(200);
    expect(read.body.timeline.map((t: { action: string }) => t.action)).toContain('withdrawn');
    const warnings = await http.get('/api/supervision/warnings/by-unit').set('authorization', bearer(ducha));
    expect(warnings.status).toBe(200);
    expect(JSON.stringify(warnings.body)).not.toContain(created.body.id);
  });

  it('a decided item for a unit not yet in the directory waits, and the warnings job assigns it once the unit arrives', async () => {
    const newUnit = randomUUID();
    const decision: MeetingDecisionPublished.Event = {
      decisionId: randomUUID(),
      meetingId: randomUUID(),
      meetingTitle: '区政府第16次常务会议',
      meetingKind: 'executive',
      meetingDate: '2026-11-26',
      minutesNumber: '〔2026〕16号',
      sequence: 1,
      content: '新设机构牵头落实',
      leadUnitId: newUnit,
      coUnitIds: [units.a],
      dueDate: '2026-12-30',
      chairName: '王区长',
      publishedAt: '2026-11-26T16:00:00+08:00',
      secrecyLevel: 0,
    };
    const duty = parts('duty-and-meetings');
    // Until the meeting routes publish minutes for any unit id, the events go through duty-and-meetings' outbox directly.
    await duty.transactions.run((tx) => tx.emit(DutyAndMeetingsEvents.meetingDecisionPublished, decision));
    const [waiting] = await eventually(async () => {
      const found = await itemsOf(decision.meetingId);
      return found.length ? found : undefined;
    }, 20_000, 'the waiting item');
    expect(waiting).toMatchObject({ status: 'needs_unit_resolution', leadUnitId: null });

    const unit: UnitCreated.Event = { id: newUnit, code: 'E2E-SUP-NEW', name: '督办端到端新设机构', type: 'department', status: 'active', version: 1 };
    await duty.transactions.run((tx) => tx.emit(UnitEvents.created, unit));
    const supervision = parts('supervision');
    await eventually(async () => (await supervision.dataSource.query(`SELECT 1 FROM "${supervision.schema}".unit_directory WHERE id = $1`, [newUnit])).length === 1, 20_000, 'the new unit in supervision');
    const recomputed = await http.post('/api/supervision/warnings/recompute').set('authorization', bearer(ducha)).send({});
    expect(recomputed.status).toBe(200);
    expect(recomputed.body.unitsAssigned).toBeGreaterThanOrEqual(1);
    const item = await http.get(`/api/supervision/items/${waiting.id}`).set('authorization', bearer(ducha));
    expect(item.body).toMatchObject({ status: 'assigned', leadUnitId: newUnit, coUnitIds: [units.a], version: waiting.version + 1 });
    expect(item.body.timeline.at(-1)).toMatchObject({ action: 'assigned', actor: '系统' });
  });

  it('the office finalizes an assessment period through its route with If-Match; the stored result stays and adjustments are refused', async () => {
    const created = await http
      .post('/api/supervision/assessment/periods')
      .set('authorization', bearer(ducha))
      .set('idempotency-key', randomUUID())
      .send({ name: '端到端定稿考核', startsOn: '2026-10-01', endsOn: '2026-12-31', unitTypes: ['department'] });
    expect(created.status).toBe(201);
    const periodId = created.body.id as string;
    const adjust = (points: number) =>
      http.post(`/api/supervision/assessment/periods/${periodId}/adjustments`).set('authorization', bearer(ducha)).set('idempotency-key', randomUUID()).send({ unitId: units.a, points, reason: '端到端加减分理由' });
    expect((await adjust(3)).status).toBe(201);
    const path = `/api/supervision/assessment/periods/${periodId}/finalize`;
    expect((await http.get(`/api/supervision/assessment/periods/${periodId}/final`).set('authorization', bearer(ducha))).status).toBe(404);
    expect((await http.post(path).set('authorization', bearer(ducha)).send({ asOf: '2026-11-27' })).status).toBe(428);
    expect((await http.post(path).set('authorization', bearer(ducha)).set('if-match', 'W/"9"').send({ asOf: '2026-11-27' })).status).toBe(412);
    expect((await http.post(path).set('authorization', bearer(liaisonTokens.a)).set('if-match', created.headers.etag).send({})).status).toBe(403);
    const finalized = await http.post(path).set('authorization', bearer(ducha)).set('if-match', created.headers.etag).send({ asOf: '2026-11-27', note: '主任办公会审定' });
    expect(finalized.status).toBe(200);
    expect(finalized.headers.etag).toBe('W/"2"');
    expect(finalized.body).toMatchObject({ periodId, version: 2, asOf: '2026-11-27', note: '主任办公会审定', period: { id: periodId, version: 2 } });
    const lineA = finalized.body.results.find((r: { unitId: string }) => r.unitId === units.a);
    expect(lineA).toMatchObject({ adjustment: 3, score: lineA.baseScore + 3 });

    // An item due in the period after 定稿 changes nothing in the stored result.
    const late = await http
      .post('/api/supervision/items')
      .set('authorization', bearer(ducha))
      .set('idempotency-key', randomUUID())
      .send({ kind: 'higher_assignment', higherLevel: 'city', title: '端到端定稿后事项', content: '定稿后新增', leadUnitId: units.a, coUnitIds: [], dueDate: '2026-10-30' });
    expect(late.status).toBe(201);
    const stored = await http.get(`/api/supervision/assessment/periods/${periodId}/final`).set('authorization', bearer(ducha));
    expect(stored.status).toBe(200);
    expect(stored.body.results).toEqual(finalized.body.results);
    const refused = await adjust(1);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ASSESSMENT.FINALIZED');
    const again = await http.post(path).set('authorization', bearer(ducha)).set('if-match', finalized.headers.etag).send({});
    expect(again.status).toBe(409);
  });

  it('bad input is a 400 problem with Chinese field messages', async () => {
    const res = await http.post('/api/supervision/items').set('authorization', bearer(ducha)).send({ kind: 'x', title: '', leadUnitId: 'nope', coUnitIds: 'a' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['kind', 'title', 'content', 'leadUnitId', 'coUnitIds']));
    expect(res.body.errors.every((e: { message: string }) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
  });

  it('the OpenAPI document lists the supervision routes with their own schema names', async () => {
    const doc = (await http.get('/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/supervision/items',
        '/api/supervision/items/{id}',
        '/api/supervision/items/{id}/verification',
        '/api/supervision/items/{id}/withdrawal',
        '/api/supervision/items/{id}/extension-requests/{extensionId}/decision',
        '/api/supervision/warnings/by-unit',
        '/api/supervision/warnings/by-leader',
        '/api/supervision/assessment/periods/{periodId}/results',
        '/api/supervision/assessment/periods/{id}/finalize',
        '/api/supervision/assessment/periods/{periodId}/final',
      ]),
    );
    expect(doc.paths['/api/supervision/items'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateSupervisionItemRequest');
    expect(doc.paths['/api/supervision/items/{id}/verification'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/VerifyItemBody');
  });
});
