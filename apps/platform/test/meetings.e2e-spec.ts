import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createUserForTest, signIn, type TestUser } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** Meetings, rooms, leaders' calendars and leave through the gateway, as 综合科, the leaders and a unit's liaison use them. */
describe('meetings, rooms, leaders’ calendars and leave end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let clerk: string;
  let mayor: string;
  let mayorUser: TestUser;
  let director: string;
  let liaison: string;
  let unitA: string;
  let unitB: string;

  const parts = (app: string) => platform.services.find((s) => s.parts.app === app)!.parts;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const duty = parts('duty-and-meetings');
    const rows: { id: string; code: string }[] = await duty.dataSource.query(`SELECT id, code FROM "${duty.schema}".unit WHERE code IN ('BS-YJJ', 'BS-CZJ')`);
    unitA = rows.find((r) => r.code === 'BS-YJJ')!.id;
    unitB = rows.find((r) => r.code === 'BS-CZJ')!.id;
    const users = await Promise.all([
      createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe', displayName: '综合科张三' }),
      createUserForTest(platform.gateway, { roles: ['district_leader'], displayName: '王区长' }),
      createUserForTest(platform.gateway, { roles: ['office_leader'], displayName: '李主任' }),
      createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: unitA, sectionCode: null }),
    ]);
    mayorUser = users[1];
    [clerk, mayor, director, liaison] = await Promise.all(users.map((u) => signIn(http, u.username, u.password)));
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a 一类 meeting goes from request to decided items; its notice waits for approval; each decided item becomes one supervision item', async () => {
    const body = {
      kind: 'plenary',
      classCode: 'class_one',
      title: '区政府第三次全体会议',
      startsAt: '2026-12-21T09:00:00+08:00',
      endsAt: '2026-12-21T11:30:00+08:00',
      chair: { userId: mayorUser.id, name: '王区长' },
      leaders: [],
      attendeeUnitIds: [unitA, unitB],
    };
    const key = `meeting-${randomUUID()}`;
    const created = await http.post('/api/meetings').set(as(clerk)).set('idempotency-key', key).send(body);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');
    const retry = await http.post('/api/meetings').set(as(clerk)).set('idempotency-key', key).send(body);
    expect(retry.body.id).toBe(created.body.id);
    const id = created.body.id as string;

    const early = await http.post(`/api/meetings/${id}/notice`).set(as(clerk)).set('if-match', 'W/"1"').send({ text: '会议通知' });
    expect(early.status).toBe(422);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.body).toMatchObject({ code: 'MEETING.NOTICE_BEFORE_APPROVAL' });
    expect(early.body.detail).toMatch(/批准/);

    expect((await http.post(`/api/meetings/${id}/submit`).set(as(clerk)).send()).status).toBe(428);
    const submitted = await http.post(`/api/meetings/${id}/submit`).set(as(clerk)).set('if-match', 'W/"1"').send();
    expect(submitted.status).toBe(200);
    expect(submitted.headers.etag).toBe('W/"2"');
    expect((await http.post(`/api/meetings/${id}/approval`).set(as(clerk)).set('if-match', 'W/"2"').send({ approved: true })).status).toBe(403);
    expect((await http.post(`/api/meetings/${id}/approval`).set(as(director)).set('if-match', 'W/"2"').send({ approved: true })).body.code).toBe('MEETING.NOT_APPROVER');
    const approved = await http.post(`/api/meetings/${id}/approval`).set(as(mayor)).set('if-match', 'W/"2"').send({ approved: true, comment: '同意' });
    expect(approved.status).toBe(200);
    expect((await http.post(`/api/meetings/${id}/notice`).set(as(clerk)).set('if-match', 'W/"2"').send({ text: '会议通知' })).status).toBe(412);
    let etag = (await http.post(`/api/meetings/${id}/notice`).set(as(clerk)).set('if-match', approved.headers.etag).send({ text: '请准时参会' })).headers.etag;

    // The liaison of an attending unit now sees the meeting; the mayor's calendar has it.
    expect((await http.get(`/api/meetings/${id}`).set(as(liaison))).status).toBe(200);
    const calendar = await http.get('/api/leader-calendar').set(as(mayor)).query({ from: '2026-12-21T00:00:00+08:00', to: '2026-12-22T00:00:00+08:00' });
    expect(calendar.body.items.map((e: { sourceId: string }) => e.sourceId)).toEqual([id]);

    const signIn1 = await http
      .post(`/api/meetings/${id}/sign-in`)
      .set(as(clerk))
      .set('if-match', etag)
      .send({ entries: [{ name: '应急局局长', unitId: unitA, status: 'present' }, { name: '财政局局长', unitId: unitB, status: 'substitute', absenceReason: '赴市开会', substituteName: '财政局副局长' }] });
    expect(signIn1.status).toBe(200);
    etag = signIn1.headers.etag;
    const badDecision = await http.post(`/api/meetings/${id}/decisions`).set(as(clerk)).set('if-match', etag).send({ content: '', leadUnitId: 'x' });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['content', 'leadUnitId']);
    expect(badDecision.body.errors.every((e: { message: string }) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    etag = (await http.post(`/api/meetings/${id}/decisions`).set(as(clerk)).set('if-match', etag).send({ content: '应急局牵头开展隐患排查', leadUnitId: unitA, dueDate: '2027-01-31' })).headers.etag;
    etag = (await http.post(`/api/meetings/${id}/decisions`).set(as(clerk)).set('if-match', etag).send({ content: '财政局保障专项经费', leadUnitId: unitB, coUnitIds: [unitA], dueDate: '2027-02-28' })).headers.etag;
    const published = await http.post(`/api/meetings/${id}/minutes`).set(as(clerk)).set('if-match', etag).send({ minutesNumber: '博政纪〔2026〕3号', summary: '会议议定以下事项' });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('minutes_published');
    const again = await http.post(`/api/meetings/${id}/minutes`).set(as(clerk)).set('if-match', published.headers.etag).send({ summary: '再次印发' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MEETING.MINUTES_ALREADY_PUBLISHED');

    const decisionIds = (published.body.decisions as { id: string }[]).map((d) => d.id);
    const supervision = parts('supervision');
    const items = await eventually(async () => {
      const rows: { source_id: string }[] = await supervision.dataSource.query(
        `SELECT source_id FROM "${supervision.schema}".supervision_item WHERE source_kind = 'meeting_decision' AND source_id = ANY($1::uuid[])`,
        [decisionIds],
      );
      return rows.length === 2 ? rows : undefined;
    }, 15_000, 'one supervision item per decided item');
    expect(items.map((r) => r.source_id).sort()).toEqual([...decisionIds].sort());
  });

  it('督查室 organises the 常务会议, 全体会议 and 区长办公会, not the other meetings, and reads them all', async () => {
    const duchaUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'ducha', displayName: '督查室赵六' });
    const ducha = await signIn(http, duchaUser.username, duchaUser.password);
    const meeting = (kind: string, title: string, day: string) => ({ kind, classCode: 'ordinary', title, startsAt: `${day}T15:00:00+08:00`, endsAt: `${day}T16:00:00+08:00`, location: '区政府一楼会议室', leaders: [], attendeeUnitIds: [unitA] });
    const executive = await http.post('/api/meetings').set(as(ducha)).send(meeting('executive', '区政府第30次常务会议', '2026-12-16'));
    expect(executive.status).toBe(201);
    expect(executive.body).toMatchObject({ kind: 'executive', createdBy: duchaUser.username });
    const notice = await http.post(`/api/meetings/${executive.body.id}/notice`).set(as(ducha)).set('if-match', `W/"${executive.body.version}"`).send({ text: '定于12月16日下午召开区政府常务会议，请准时参加。' });
    expect(notice.status).toBe(200);
    const topic = await http.post('/api/meetings').set(as(ducha)).send(meeting('special_topic', '供暖保障专题会议', '2026-12-17'));
    expect(topic.status).toBe(403);
    expect(topic.body).toMatchObject({ code: 'MEETING.FORBIDDEN', detail: '督查室只办理区政府全体会议、常务会议和区长办公会的会务，专题会议由综合科办理' });
    // The 综合科's 专题会议 is read by 督查室 but not run by it.
    const clerks = await http.post('/api/meetings').set(as(clerk)).send(meeting('special_topic', '供暖保障专题会议', '2026-12-17'));
    expect(clerks.status).toBe(201);
    expect((await http.get(`/api/meetings/${clerks.body.id}`).set(as(ducha))).status).toBe(200);
    const cancel = await http.post(`/api/meetings/${clerks.body.id}/cancel`).set(as(ducha)).set('if-match', `W/"${clerks.body.version}"`).send({ reason: '改期另行通知' });
    expect(cancel.status).toBe(403);
  });

  it('a leader booked twice at once is refused with the other entry named; a room is never double booked', async () => {
    const visit = await http
      .post('/api/activities')
      .set(as(clerk))
      .send({ kind: 'activity', title: '检查春节前安全生产', startsAt: '2026-12-22T14:00:00+08:00', endsAt: '2026-12-22T17:00:00+08:00', leaders: [{ userId: mayorUser.id, name: '王区长' }] });
    expect(visit.status).toBe(201);
    const clash = await http
      .post('/api/activities')
      .set(as(clerk))
      .send({ kind: 'reception', title: '接待省调研组', startsAt: '2026-12-22T16:00:00+08:00', endsAt: '2026-12-22T18:00:00+08:00', leaders: [{ userId: mayorUser.id, name: '王区长' }], guests: [{ name: '省调研组' }] });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: 'LEADER.SCHEDULE_CLASH', detail: '王区长在该时段已有安排：政务活动「检查春节前安全生产」（2026-12-22 14:00—17:00）' });

    // 秘书一科 arranges the 区长's research trip (调研) on the same calendar, under the same clash check; other sections do not.
    const [secretaryUser, otherUser] = await Promise.all([
      createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'mishu_yi', displayName: '秘书一科李四' }),
      createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'xinxi', displayName: '信息科王五' }),
    ]);
    const [secretary, other] = await Promise.all([signIn(http, secretaryUser.username, secretaryUser.password), signIn(http, otherUser.username, otherUser.password)]);
    const trip = { kind: 'activity', title: '调研池上镇乡村振兴', startsAt: '2026-12-23T08:30:00+08:00', endsAt: '2026-12-23T11:30:00+08:00', location: '池上镇', leaders: [{ userId: mayorUser.id, name: '王区长' }] };
    const arranged = await http.post('/api/activities').set(as(secretary)).send(trip);
    expect(arranged.status).toBe(201);
    expect(arranged.body).toMatchObject({ title: '调研池上镇乡村振兴', createdBy: secretaryUser.username });
    expect((await http.post('/api/activities').set(as(secretary)).send({ ...trip, title: '调研重复' })).body.code).toBe('LEADER.SCHEDULE_CLASH');
    expect((await http.post('/api/activities').set(as(other)).send({ ...trip, startsAt: '2026-12-24T08:30:00+08:00', endsAt: '2026-12-24T09:30:00+08:00' })).status).toBe(403);

    const room = await http.post('/api/rooms').set(as(clerk)).send({ name: `端到端会议室${randomUUID().slice(0, 4)}`, capacity: 20 });
    expect(room.status).toBe(201);
    const booked = await http.post(`/api/rooms/${room.body.id}/bookings`).set(as(clerk)).send({ title: '综合科例会', startsAt: '2026-12-22T09:00:00+08:00', endsAt: '2026-12-22T10:00:00+08:00' });
    expect(booked.status).toBe(201);
    const taken = await http.post(`/api/rooms/${room.body.id}/bookings`).set(as(director)).send({ title: '办公室会议', startsAt: '2026-12-22T09:30:00+08:00', endsAt: '2026-12-22T10:30:00+08:00' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('ROOM.DOUBLE_BOOKED');
    expect(taken.body.detail).toContain('「综合科例会」');
    const list = await http.get('/api/room-bookings').set(as(director)).query({ roomId: room.body.id, from: '2026-12-22T00:00:00+08:00', to: '2026-12-23T00:00:00+08:00' });
    expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([booked.body.id]);
  });

  it('a meeting is rescheduled with the clash checks run again; after its notice the change goes out as a revised notice', async () => {
    const mayorRef = { userId: mayorUser.id, name: '王区长' };
    const room = await http.post('/api/rooms').set(as(clerk)).send({ name: `改期会议室${randomUUID().slice(0, 4)}`, capacity: 30 });
    const busy = await http
      .post('/api/activities')
      .set(as(clerk))
      .send({ kind: 'activity', title: '走访慰问困难群众', startsAt: '2026-12-29T09:00:00+08:00', endsAt: '2026-12-29T11:00:00+08:00', leaders: [mayorRef] });
    expect([room.status, busy.status]).toEqual([201, 201]);
    const created = await http
      .post('/api/meetings')
      .set(as(clerk))
      .send({ kind: 'mayor_office', classCode: 'ordinary', title: '区长办公会议（年终）', startsAt: '2026-12-28T09:00:00+08:00', endsAt: '2026-12-28T10:00:00+08:00', roomId: room.body.id, leaders: [mayorRef], attendeeUnitIds: [unitA] });
    expect(created.status).toBe(201);
    const change = (day: string, extra: Record<string, unknown> = {}) => ({
      startsAt: `${day}T09:00:00+08:00`,
      endsAt: `${day}T10:00:00+08:00`,
      roomId: room.body.id,
      leaders: [mayorRef],
      attendeeUnitIds: [unitA],
      reason: '区长另有公务',
      ...extra,
    });
    const reschedule = (etag: string | undefined, body: object) => {
      const call = http.post(`/api/meetings/${created.body.id}/reschedule`).set(as(clerk));
      return (etag ? call.set('if-match', etag) : call).send(body);
    };

    expect((await reschedule(undefined, change('2026-12-30'))).status).toBe(428);
    const clash = await reschedule(created.headers.etag, change('2026-12-29'));
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('LEADER.SCHEDULE_CLASH');
    const moved = await reschedule(created.headers.etag, change('2026-12-30'));
    expect(moved.status).toBe(200);
    expect(moved.headers.etag).toBe('W/"2"');
    expect(moved.body).toMatchObject({ status: 'draft', startsAt: new Date('2026-12-30T01:00:00Z').toISOString(), notices: [] });
    expect((await reschedule(created.headers.etag, change('2026-12-31'))).status).toBe(412);

    const notified = await http.post(`/api/meetings/${created.body.id}/notice`).set(as(clerk)).set('if-match', moved.headers.etag).send({ text: '定于12月30日上午9时召开区长办公会议' });
    expect(notified.status).toBe(200);
    const withoutText = await reschedule(notified.headers.etag, change('2026-12-31'));
    expect(withoutText.status).toBe(400);
    expect(withoutText.body.code).toBe('MEETING.REVISED_NOTICE_REQUIRED');
    const revised = await reschedule(notified.headers.etag, change('2026-12-31', { noticeText: '会议改于12月31日上午9时召开' }));
    expect(revised.status).toBe(200);
    expect(revised.body.notices.map((n: { revision: number; text: string }) => [n.revision, n.text])).toEqual([
      [1, '定于12月30日上午9时召开区长办公会议'],
      [2, '会议改于12月31日上午9时召开'],
    ]);
    // The unit's liaison reads the revised notice.
    const seen = await http.get(`/api/meetings/${created.body.id}`).set(as(liaison));
    expect(seen.status).toBe(200);
    expect(seen.body.noticeText).toBe('会议改于12月31日上午9时召开');
  });

  it('the routes are in the OpenAPI document with their Chinese summaries', async () => {
    const doc = await http.get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/meetings/{id}/minutes'].post.summary).toContain('印发会议纪要');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/rooms/{id}/bookings', '/api/leader-calendar', '/api/leave/away', '/api/activities', '/api/meetings/{id}/reschedule']));
    expect(doc.body.paths['/api/meetings/{id}/reschedule'].post.summary).toContain('会议改期');
  });

  it('a unit’s liaison files its principal leader’s leave; the office leader approves; who is away shows it; other units stay hidden', async () => {
    const leave = {
      unitId: unitA,
      personName: '应急局局长',
      startsOn: '2026-12-28',
      endsOn: '2026-12-30',
      destination: '济南',
      reason: '参加全省应急管理培训',
      actingPersonName: '应急局副局长',
    };
    const filed = await http.post('/api/leave').set(as(liaison)).send(leave);
    expect(filed.status).toBe(201);
    expect((await http.post('/api/leave').set(as(liaison)).send({ ...leave, unitId: unitB })).status).toBe(422);
    const other = await http.post('/api/leave').set(as(clerk)).send({ ...leave, unitId: unitB, personName: '财政局局长' });
    expect(other.status).toBe(201);
    expect((await http.get(`/api/leave/${other.body.id}`).set(as(liaison))).status).toBe(404);
    expect((await http.post(`/api/leave/${filed.body.id}/decision`).set(as(liaison)).set('if-match', 'W/"1"').send({ approved: true })).status).toBe(403);

    const approved = await http.post(`/api/leave/${filed.body.id}/decision`).set(as(director)).set('if-match', filed.headers.etag).send({ approved: true });
    expect(approved.status).toBe(200);
    const away = await http.get('/api/leave/away').set(as(clerk)).query({ date: '2026-12-29' });
    expect(away.body.items.map((l: { personName: string; actingPersonName: string }) => [l.personName, l.actingPersonName])).toEqual([['应急局局长', '应急局副局长']]);
    const returned = await http.post(`/api/leave/${filed.body.id}/return`).set(as(liaison)).set('if-match', approved.headers.etag).send({ returnedOn: '2026-12-29' });
    expect(returned.status).toBe(200);
    expect((await http.get('/api/leave/away').set(as(clerk)).query({ date: '2026-12-29' })).body.items).toEqual([]);
  });
});
