import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually } from '@gov/testing';
import { startPeoplePlatform, type PeoplePlatform } from './loop-platform.js';

/**
 * 综合科's office affairs across the platform (issue 21 §3): a 室务会 runs through the gateway from its arrangement to its
 * published decided items, and supervision registers one 督办事项 per decided item with the 室务会 as its source; the
 * office's leaders read, 综合科 alone keeps, no unit liaison sees.
 */
describe('duty-and-meetings office affairs end to end: 室务会 to supervision', () => {
  let started: PeoplePlatform;
  let http: PeoplePlatform['http'];
  let tokens: PeoplePlatform['tokens'];
  let units: PeoplePlatform['units'];
  const meetings = '/api/duty-and-meetings/office-affairs/meetings';

  beforeAll(async () => {
    started = await startPeoplePlatform({
      unitCode: 'E2E-OFC',
      unitName: '室务会端到端单位',
      people: {
        ducha: { roles: ['section_staff'], sectionCode: 'ducha' },
        xinxi: { roles: ['section_staff'], sectionCode: 'xinxi' },
        leader: { roles: ['office_leader'], sectionCode: null },
      },
      knownTo: ['supervision'],
    });
    ({ http, tokens, units } = started);
  });

  afterAll(async () => {
    await started?.stop();
  });

  it('a 室务会 published with 2 decided items becomes 2 督办事项 with the 室务会 as their source', async () => {
    const key = randomUUID();
    const body = {
      title: '区政府办公室端到端室务会',
      meetingDate: '2026-12-07',
      place: '办公室第一会议室',
      chairName: '张明',
      attendees: ['张明', '李华', '周强'],
      absentees: [{ name: '王强', reason: '参加市里会议' }],
      topics: ['研究年终值班安排', '研究全年工作总结'],
    };
    let res = await http.post(meetings).set('authorization', tokens.zonghe).set('idempotency-key', key).send(body);
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 201, state: 'planned' });
    const meetingId = res.body.id as string;
    expect((await http.post(meetings).set('authorization', tokens.zonghe).set('idempotency-key', key).send(body)).body.id).toBe(meetingId);
    expect((await http.post(meetings).set('authorization', tokens.xinxi).set('idempotency-key', randomUUID()).send(body)).status).toBe(403);

    const skipped = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', tokens.zonghe).set('if-match', res.headers.etag).send();
    expect({ status: skipped.status, code: skipped.body.code }).toEqual({ status: 422, code: 'OFFICE_MEETING.INVALID_STEP' });
    const held = await http
      .post(`${meetings}/${meetingId}/hold`)
      .set('authorization', tokens.zonghe)
      .set('if-match', res.headers.etag)
      .send({
        minutesNumber: '2026年第12期',
        minutes: '会议研究了年终值班安排和全年工作总结。',
        decisions: [
          { content: '元旦期间值班安排报区政府', leadUnitId: units.a, coUnitIds: [units.b], dueDate: '2026-12-25' },
          { content: '各科室报送全年工作总结', leadUnitId: units.b, coUnitIds: [] },
        ],
      });
    expect({ status: held.status, state: held.body.status }).toEqual({ status: 200, state: 'held' });
    const stale = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', tokens.zonghe).set('if-match', res.headers.etag).send();
    expect(stale.status).toBe(412);
    res = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', tokens.zonghe).set('if-match', held.headers.etag).send();
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'published' });
    const decisionIds = (res.body.decisions as { id: string }[]).map((d) => d.id).sort();

    type Item = { kind: string; status: string; leadUnitId: string; coUnitIds: string[]; leaderName: string | null; source: { kind: string; kindLabel: string; id: string; parentKind: string; parentId: string }; due: { dueDate: string | null } };
    const items = await eventually(async () => {
      const found = (await http.get('/api/supervision/items').query({ sourceId: meetingId, limit: 100 }).set('authorization', tokens.ducha)).body.items as Item[] | undefined;
      return found?.length === 2 ? found : undefined;
    }, 20_000, 'two 督办事项 of the 室务会');
    expect(items.map((i) => i.source.id).sort()).toEqual(decisionIds);
    for (const item of items) {
      expect(item).toMatchObject({
        kind: 'meeting_decision',
        status: 'assigned',
        leaderName: '张明',
        source: { kind: 'office_meeting_decision', kindLabel: '室务会议定事项', parentKind: 'office_meeting', parentId: meetingId },
      });
    }
    expect(items.find((i) => i.leadUnitId === units.a)).toMatchObject({ coUnitIds: [units.b], due: { dueDate: '2026-12-25' } });

    // The office's own: a leader and another section read it, a liaison does not.
    expect((await http.get(`${meetings}/${meetingId}`).set('authorization', tokens.leader)).status).toBe(200);
    expect((await http.get(meetings).set('authorization', tokens.xinxi)).status).toBe(200);
    expect((await http.get(meetings).set('authorization', tokens.liaison_a)).status).toBe(403);
    expect((await http.get(`${meetings}/${meetingId}`).set('authorization', tokens.liaison_a)).status).toBe(403);
  });

  it('the work plan flags overdue items; publicity is counted per section and level', async () => {
    const plan = await http
      .post('/api/duty-and-meetings/office-affairs/work-plan')
      .set('authorization', tokens.zonghe)
      .set('idempotency-key', randomUUID())
      .send({ year: 2025, month: 11, content: '端到端逾期计划事项', sectionCode: 'xinxi', dueDate: '2025-11-30' });
    expect({ status: plan.status, overdue: plan.body.overdue }).toEqual({ status: 201, overdue: true });
    const listed = await http.get('/api/duty-and-meetings/office-affairs/work-plan').query({ year: 2025, month: 11, sectionCode: 'xinxi' }).set('authorization', tokens.xinxi);
    expect({ status: listed.status, ids: (listed.body.items as { id: string }[]).map((i) => i.id), overdueCount: listed.body.overdueCount }).toEqual({ status: 200, ids: [plan.body.id], overdueCount: 1 });
    const progress = await http
      .post(`/api/duty-and-meetings/office-affairs/work-plan/${plan.body.id}/progress`)
      .set('authorization', tokens.zonghe)
      .set('if-match', plan.headers.etag)
      .send({ status: 'done', note: '已完成' });
    expect({ status: progress.status, state: progress.body.status, overdue: progress.body.overdue }).toEqual({ status: 200, state: 'done', overdue: false });

    const story = await http
      .post('/api/duty-and-meetings/office-affairs/publicity')
      .set('authorization', tokens.zonghe)
      .set('idempotency-key', randomUUID())
      .send({ publishedOn: '2033-05-04', title: '端到端宣传报道', outlet: '人民日报', level: 'national', kind: 'news', sectionCode: 'zonghe' });
    expect(story.status).toBe(201);
    const counts = await http.get('/api/duty-and-meetings/office-affairs/publicity-counts').query({ year: 2033 }).set('authorization', tokens.leader);
    expect({ status: counts.status, rows: counts.body.rows }).toEqual({ status: 200, rows: [{ sectionCode: 'zonghe', national: 1, provincial: 0, city: 0, district: 0, total: 1 }] });
  });
});
