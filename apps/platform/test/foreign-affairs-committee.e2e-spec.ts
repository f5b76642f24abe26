import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * The 外事委办公室 across the platform (issue 19 §7): a 外事委会议 runs through the gateway from its 议题 to its published
 * decided items, and supervision registers one 督办事项 per decided item with the committee as its source; the office's
 * reports go drafted → approved by another → sent with their deadline from the engine.
 */
describe('foreign-affairs committee end to end: meetings to supervision, reports', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { waishi: '', waishiChief: '', ducha: '', zonghe: '', leader: '', liaison: '' };
  const units = { a: '', b: '' };
  const bearer = (who: keyof typeof tokens) => `Bearer ${tokens[who]}`;
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const meetings = '/api/foreign-affairs/committee/meetings';
  const reports = '/api/foreign-affairs/committee/reports';

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      waishi: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'waishi' }),
      waishiChief: await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'waishi' }),
      ducha: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'ducha' }),
      zonghe: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' }),
      leader: await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password);
    for (const key of ['a', 'b'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', bearer('zonghe'))
        .send({ code: `E2E-FAC-${key.toUpperCase()}`, name: `外事委端到端单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
      units[key] = created.body.id;
    }
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: units.a, sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
    const supervision = parts('supervision');
    await eventually(async () => {
      const [row] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
      return row.n === 2;
    }, 20_000, 'units in supervision');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a meeting published with 2 decided items becomes 2 督办事项 with the committee as their source', async () => {
    const key = randomUUID();
    const body = {
      kind: 'plenary',
      title: '区委外事工作委员会端到端全体会议',
      meetingDate: '2026-06-10',
      chairName: '王志强',
      agenda: [{ title: '研究友城交流方案', submittingUnit: '区商务局' }],
    };
    let res = await http.post(meetings).set('authorization', bearer('waishi')).set('idempotency-key', key).send(body);
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 201, state: 'planned' });
    const meetingId = res.body.id as string;
    expect((await http.post(meetings).set('authorization', bearer('waishi')).set('idempotency-key', key).send(body)).body.id).toBe(meetingId);

    const skipped = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', bearer('waishi')).set('if-match', res.headers.etag).send();
    expect({ status: skipped.status, code: skipped.body.code }).toEqual({ status: 422, code: 'COMMITTEE_MEETING.INVALID_STATE' });
    const notified = await http.post(`${meetings}/${meetingId}/notify`).set('authorization', bearer('waishi')).set('if-match', res.headers.etag).send({ noticeNumber: '区外委办〔2026〕5号', issuedOn: '2026-06-01' });
    expect(notified.status).toBe(200);
    const stale = await http.post(`${meetings}/${meetingId}/notify`).set('authorization', bearer('waishi')).set('if-match', res.headers.etag).send({ noticeNumber: '区外委办〔2026〕5号', issuedOn: '2026-06-01' });
    expect(stale.status).toBe(412);
    res = await http
      .post(`${meetings}/${meetingId}/minutes`)
      .set('authorization', bearer('waishi'))
      .set('if-match', notified.headers.etag)
      .send({
        heldOn: '2026-06-10',
        attendees: ['王志强', '李明'],
        absentees: [{ name: '赵敏', reason: '外出学习' }],
        minutesNumber: '〔2026〕5号',
        minutes: '会议研究了友城交流方案。',
        decisions: [
          { content: '制定友城经贸交流方案', leadUnitId: units.a, coUnitIds: [units.b], dueDate: '2026-12-31' },
          { content: '报送下半年外事活动计划', leadUnitId: units.b, coUnitIds: [] },
        ],
      });
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'held' });
    res = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', bearer('waishi')).set('if-match', res.headers.etag).send();
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'published' });
    const decisionIds = (res.body.decisions as { id: string }[]).map((d) => d.id).sort();

    type Item = { kind: string; status: string; leadUnitId: string; coUnitIds: string[]; leaderName: string | null; source: { kind: string; kindLabel: string; id: string; parentKind: string; parentId: string }; due: { dueDate: string | null } };
    const items = await eventually(async () => {
      const found = (await http.get('/api/supervision/items').query({ sourceId: meetingId, limit: 100 }).set('authorization', bearer('ducha'))).body.items as Item[] | undefined;
      return found?.length === 2 ? found : undefined;
    }, 20_000, 'two 督办事项 of the 外事委会议');
    expect(items.map((i) => i.source.id).sort()).toEqual(decisionIds);
    for (const item of items) {
      expect(item).toMatchObject({
        kind: 'meeting_decision',
        status: 'assigned',
        leaderName: '王志强',
        source: { kind: 'foreign_affairs_committee_decision', kindLabel: '外事委会议议定事项', parentKind: 'foreign_affairs_committee_meeting', parentId: meetingId },
      });
    }
    expect(items.find((i) => i.leadUnitId === units.a)).toMatchObject({ coUnitIds: [units.b], due: { dueDate: '2026-12-31' } });

    // The committee's records are the office's: a leader reads them, a liaison does not.
    expect((await http.get(`${meetings}/${meetingId}`).set('authorization', bearer('leader'))).status).toBe(200);
    expect((await http.get(meetings).set('authorization', bearer('liaison'))).status).toBe(403);
    expect((await http.get(`${meetings}/${meetingId}`).set('authorization', bearer('liaison'))).status).toBe(403);
  });

  it('a report: drafted with its due date, approved by someone other than the drafter, sent; a withdrawal needs a reason', async () => {
    const created = await http
      .post(reports)
      .set('authorization', bearer('waishi'))
      .set('idempotency-key', randomUUID())
      .send({ title: '端到端外事工作报告', kind: 'work', recipient: 'district_committee', period: '2026年11月', requestedOn: '2026-11-06', workingDays: 5, content: '一、基本情况' });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'drafted', dueDate: '2026-11-13' } });
    const id = created.body.id as string;
    const own = await http.post(`${reports}/${id}/approve`).set('authorization', bearer('waishi')).set('if-match', created.headers.etag).send();
    expect({ status: own.status, code: own.body.code }).toEqual({ status: 422, code: 'COMMITTEE_REPORT.SAME_APPROVER' });
    const approved = await http.post(`${reports}/${id}/approve`).set('authorization', bearer('waishiChief')).set('if-match', created.headers.etag).send();
    expect({ status: approved.status, state: approved.body.status }).toEqual({ status: 200, state: 'approved' });
    const unreasoned = await http.post(`${reports}/${id}/withdraw`).set('authorization', bearer('waishi')).set('if-match', approved.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const sent = await http.post(`${reports}/${id}/send`).set('authorization', bearer('waishi')).set('if-match', approved.headers.etag).send({ sentOn: '2026-11-12' });
    expect({ status: sent.status, body: sent.body }).toMatchObject({ status: 200, body: { status: 'sent', sentOn: '2026-11-12', overdue: false, light: 'none' } });
    const listed = await http.get(reports).query({ q: '端到端外事' }).set('authorization', bearer('leader'));
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
  });
});
