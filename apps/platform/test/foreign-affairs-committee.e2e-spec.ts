import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually } from '@gov/testing';
import { startPeoplePlatform, type PeoplePlatform } from './loop-platform.js';

/**
 * The 外事委办公室 across the platform (issue 19 §7): a 外事委会议 runs through the gateway from its 议题 to its published
 * decided items, and supervision registers one 督办事项 per decided item with the committee as its source; the office's
 * reports go drafted → approved by another → sent with their deadline from the engine.
 */
describe('foreign-affairs committee end to end: meetings to supervision, reports', () => {
  let started: PeoplePlatform;
  let http: PeoplePlatform['http'];
  let tokens: PeoplePlatform['tokens'];
  let units: PeoplePlatform['units'];
  const meetings = '/api/foreign-affairs/committee/meetings';
  const reports = '/api/foreign-affairs/committee/reports';

  beforeAll(async () => {
    started = await startPeoplePlatform({
      unitCode: 'E2E-FAC',
      unitName: '外事委端到端单位',
      people: {
        waishi: { roles: ['section_staff'], sectionCode: 'waishi' },
        waishiChief: { roles: ['section_chief'], sectionCode: 'waishi' },
        ducha: { roles: ['section_staff'], sectionCode: 'ducha' },
        leader: { roles: ['office_leader'], sectionCode: null },
      },
      knownTo: ['supervision'],
    });
    ({ http, tokens, units } = started);
  });

  afterAll(async () => {
    await started?.stop();
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
    let res = await http.post(meetings).set('authorization', tokens.waishi).set('idempotency-key', key).send(body);
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 201, state: 'planned' });
    const meetingId = res.body.id as string;
    expect((await http.post(meetings).set('authorization', tokens.waishi).set('idempotency-key', key).send(body)).body.id).toBe(meetingId);

    const skipped = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send();
    expect({ status: skipped.status, code: skipped.body.code }).toEqual({ status: 422, code: 'COMMITTEE_MEETING.INVALID_STATE' });
    const notified = await http.post(`${meetings}/${meetingId}/notify`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send({ noticeNumber: '区外委办〔2026〕5号', issuedOn: '2026-06-01' });
    expect(notified.status).toBe(200);
    const stale = await http.post(`${meetings}/${meetingId}/notify`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send({ noticeNumber: '区外委办〔2026〕5号', issuedOn: '2026-06-01' });
    expect(stale.status).toBe(412);
    res = await http
      .post(`${meetings}/${meetingId}/minutes`)
      .set('authorization', tokens.waishi)
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
    res = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send();
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'published' });
    const decisionIds = (res.body.decisions as { id: string }[]).map((d) => d.id).sort();

    type Item = { kind: string; status: string; leadUnitId: string; coUnitIds: string[]; leaderName: string | null; source: { kind: string; kindLabel: string; id: string; parentKind: string; parentId: string }; due: { dueDate: string | null } };
    const items = await eventually(async () => {
      const found = (await http.get('/api/supervision/items').query({ sourceId: meetingId, limit: 100 }).set('authorization', tokens.ducha)).body.items as Item[] | undefined;
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
    expect((await http.get(`${meetings}/${meetingId}`).set('authorization', tokens.leader)).status).toBe(200);
    expect((await http.get(meetings).set('authorization', tokens.liaison_a)).status).toBe(403);
    expect((await http.get(`${meetings}/${meetingId}`).set('authorization', tokens.liaison_a)).status).toBe(403);
  });

  it('a report: drafted with its due date, approved by someone other than the drafter, sent; a withdrawal needs a reason', async () => {
    const created = await http
      .post(reports)
      .set('authorization', tokens.waishi)
      .set('idempotency-key', randomUUID())
      .send({ title: '端到端外事工作报告', kind: 'work', recipient: 'district_committee', period: '2026年11月', requestedOn: '2026-11-06', workingDays: 5, content: '一、基本情况' });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'drafted', dueDate: '2026-11-13' } });
    const id = created.body.id as string;
    const own = await http.post(`${reports}/${id}/approve`).set('authorization', tokens.waishi).set('if-match', created.headers.etag).send();
    expect({ status: own.status, code: own.body.code }).toEqual({ status: 422, code: 'COMMITTEE_REPORT.SAME_APPROVER' });
    const approved = await http.post(`${reports}/${id}/approve`).set('authorization', tokens.waishiChief).set('if-match', created.headers.etag).send();
    expect({ status: approved.status, state: approved.body.status }).toEqual({ status: 200, state: 'approved' });
    const unreasoned = await http.post(`${reports}/${id}/withdraw`).set('authorization', tokens.waishi).set('if-match', approved.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const sent = await http.post(`${reports}/${id}/send`).set('authorization', tokens.waishi).set('if-match', approved.headers.etag).send({ sentOn: '2026-11-12' });
    expect({ status: sent.status, body: sent.body }).toMatchObject({ status: 200, body: { status: 'sent', sentOn: '2026-11-12', overdue: false, light: 'none' } });
    const listed = await http.get(reports).query({ q: '端到端外事' }).set('authorization', tokens.leader);
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
  });
});
