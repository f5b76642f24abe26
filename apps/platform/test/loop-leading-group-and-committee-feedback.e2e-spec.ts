import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SupervisionItemEvents } from '@gov/contracts-supervision';
import { eventually } from '@gov/testing';
import { ok, startPeoplePlatform, type PeoplePlatform } from './loop-platform.js';

interface TimelineLine {
  at: string;
  by: string;
  step: string;
  note: string | null;
}

/**
 * Issue 21 §1, every later source: the 督办事项 opened from a decided item of a 党组会/主任办公会 (personnel-finance) or of a
 * 外事委会议 (foreign-affairs) reports each change back through supervision's `item.changed`: the decided item shows the
 * item's state, light, deadline and units, the meeting's timeline gets one line per change, and the meeting's version
 * (the clerks' If-Match) does not move.
 */
describe('loop: 督办 results flow back to the 党组会 and the 外事委会议', () => {
  let loop: PeoplePlatform;
  let http: PeoplePlatform['http'];
  let tokens: PeoplePlatform['tokens'];
  let units: PeoplePlatform['units'];

  /** How many `item.changed` events supervision has put in its outbox for an item. */
  const changedEvents = async (itemId: string): Promise<number> => {
    const supervision = loop.parts('supervision');
    const [{ n }] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".outbox WHERE subject = $1 AND envelope -> 'data' ->> 'id' = $2`, [SupervisionItemEvents.changed, itemId]);
    return n;
  };
  /** The one 督办事项 supervision opened from a decided item, once assigned (交办) to its units. */
  const itemOf = async (decisionId: string): Promise<{ id: string }> => {
    const [item] = await eventually(async () => {
      const res = await http.get('/api/supervision/items').query({ sourceId: decisionId }).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.total === 1 && res.body.items[0].status === 'assigned' && res.body.items;
    }, 30_000, 'the item of the decided item, assigned');
    return item;
  };
  const acknowledge = async (itemId: string, token: string) => {
    const read = await http.get(`/api/supervision/items/${itemId}`).set('authorization', token);
    ok(read);
    const res = await http.post(`/api/supervision/items/${itemId}/acknowledge`).set('authorization', token).set('if-match', read.headers.etag);
    ok(res);
    return res;
  };

  beforeAll(async () => {
    loop = await startPeoplePlatform({
      unitCode: 'LOOP-LGC',
      unitName: '议定事项回流单位',
      people: {
        renshi: { roles: ['section_staff'], sectionCode: 'renshi' },
        waishi: { roles: ['section_staff'], sectionCode: 'waishi' },
        ducha: { roles: ['section_staff'], sectionCode: 'ducha' },
        leader: { roles: ['office_leader'], sectionCode: null },
      },
      knownTo: ['supervision', 'personnel-finance', 'foreign-affairs'],
    });
    ({ http, tokens, units } = loop);
  });

  afterAll(async () => {
    await loop?.stop();
  });

  it('党组会: the units acknowledge and report, 督查室 closes one item — the decided items show it, the timeline records it, the version stays', async () => {
    const meetings = '/api/personnel-finance/leading-group-meetings';
    let res = await http.post(meetings).set('authorization', tokens.renshi).set('idempotency-key', randomUUID())
      .send({ kind: 'party_group', title: '回流测试党组会', meetingDate: '2026-01-06', chairName: '孙建国', agenda: [{ title: '研究冬季保供', sectionCode: 'zonghe' }] });
    ok(res, 201);
    const id = res.body.id as string;
    res = await http.post(`${meetings}/${id}/notify`).set('authorization', tokens.renshi).set('if-match', res.headers.etag).send({ approvedBy: '孙建国' });
    ok(res);
    res = await http.post(`${meetings}/${id}/minutes`).set('authorization', tokens.renshi).set('if-match', res.headers.etag).send({
      attendees: ['孙建国', '杨帆'],
      minutesNumber: '〔2026〕9号',
      minutes: '研究了冬季保供工作。',
      decisions: [
        { content: '单位A牵头制定冬季保供方案', leadUnitId: units.a, coUnitIds: [units.b], dueDate: '2027-01-15' },
        { content: '单位B报送物资储备清单', leadUnitId: units.b, coUnitIds: [] },
      ],
    });
    ok(res);
    res = await http.post(`${meetings}/${id}/publish`).set('authorization', tokens.renshi).set('if-match', res.headers.etag).send();
    ok(res);
    const published = res.body as { version: number; decisions: { id: string; sequence: number }[] };
    const [first, second] = published.decisions;
    const [item1, item2] = [await itemOf(first.id), await itemOf(second.id)];

    // Unit A acknowledges and reports, B adds its input, A reports completion, 督查室 closes (销号) the first item.
    const itemPath = `/api/supervision/items/${item1.id}`;
    const ack = await acknowledge(item1.id, tokens.liaison_a);
    const progress = await http.post(`${itemPath}/progress`).set('authorization', tokens.liaison_a).set('if-match', ack.headers.etag).send({ content: '方案初稿已完成' });
    ok(progress);
    const input = await http.post(`${itemPath}/progress`).set('authorization', tokens.liaison_b).set('if-match', progress.headers.etag).send({ content: '已提供物资数据' });
    ok(input);
    const completed = await http.post(`${itemPath}/completion`).set('authorization', tokens.liaison_a).set('if-match', input.headers.etag).send({ content: '方案已印发' });
    ok(completed);
    ok(await http.post(`${itemPath}/verification`).set('authorization', tokens.ducha).set('if-match', completed.headers.etag).send({ decision: 'close' }));
    // Unit B acknowledges the second.
    await acknowledge(item2.id, tokens.liaison_b);

    const meeting = await eventually(async () => {
      const found = await http.get(`${meetings}/${id}`).set('authorization', tokens.leader);
      const [d1, d2] = found.body.decisions ?? [];
      return d1?.supervision?.lastAction === 'closed' && d2?.supervision?.status === 'acknowledged' && found;
    }, 30_000, 'both items on the decided items');
    expect(meeting.body.decisions[0].supervision).toMatchObject({ itemId: item1.id, status: 'closed', statusLabel: '已销号', light: 'none', dueDate: '2027-01-15', lastAction: 'closed' });
    expect(meeting.body.decisions[0].supervision.units).toEqual([
      expect.objectContaining({ unitId: units.a, unitName: '议定事项回流单位A', role: 'lead', roleLabel: '主责单位', reports: 2, lastReport: '方案已印发' }),
      expect.objectContaining({ unitId: units.b, unitName: '议定事项回流单位B', role: 'co', roleLabel: '配合单位', reports: 1 }),
    ]);
    expect(meeting.body.decisions[1].supervision).toMatchObject({ itemId: item2.id, statusLabel: '已签收', lastActionLabel: '责任单位签收' });
    // The meeting itself did not change: same version, same ETag, and the clerk's If-Match is still good.
    expect(meeting.body.version).toBe(published.version);
    expect(meeting.headers.etag).toBe(`W/"${published.version}"`);

    // One timeline line per change of each item, after the 发布; the 销号 line carries the state and the deadline.
    const total = (await changedEvents(item1.id)) + (await changedEvents(item2.id));
    const lines = await eventually(async () => {
      const found = (await http.get(`${meetings}/${id}`).set('authorization', tokens.leader)).body.timeline as TimelineLine[];
      const supervision = found.filter((l) => l.step.startsWith('议定事项（'));
      return supervision.length === total && supervision;
    }, 30_000, 'one timeline line per item change');
    const steps = lines.map((l) => l.step);
    expect(steps).toEqual(expect.arrayContaining(['议定事项（1）督办立项', '议定事项（1）责任单位签收', '议定事项（1）主责单位反馈进展', '议定事项（1）配合单位反馈意见', '议定事项（1）责任单位报办结', '议定事项（1）督办事项已办结（销号）', '议定事项（2）责任单位签收']));
    expect(lines.find((l) => l.step === '议定事项（1）督办事项已办结（销号）')?.note).toContain('督办状态：已销号');
    expect(lines.find((l) => l.step === '议定事项（1）督办事项已办结（销号）')?.note).toContain('期限：2027-01-15');
    expect(lines.find((l) => l.step === '议定事项（2）责任单位签收')?.by).not.toBe('系统');
  });

  it('外事委会议: 督查室 withdraws an item with a reason — the decided item shows 已撤销, the timeline the reason, the version stays', async () => {
    const meetings = '/api/foreign-affairs/committee/meetings';
    let res = await http.post(meetings).set('authorization', tokens.waishi).set('idempotency-key', randomUUID())
      .send({ kind: 'plenary', title: '回流测试外事委全体会议', meetingDate: '2026-06-10', chairName: '王志强', agenda: [{ title: '研究友城交流方案', submittingUnit: '区商务局' }] });
    ok(res, 201);
    const id = res.body.id as string;
    res = await http.post(`${meetings}/${id}/notify`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send({ noticeNumber: '区外委办〔2026〕9号', issuedOn: '2026-06-01' });
    ok(res);
    res = await http.post(`${meetings}/${id}/minutes`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send({
      heldOn: '2026-06-10',
      attendees: ['王志强', '李明'],
      minutesNumber: '〔2026〕9号',
      minutes: '会议研究了友城交流方案。',
      decisions: [{ content: '单位A制定友城经贸交流方案', leadUnitId: units.a, coUnitIds: [], dueDate: '2026-12-31' }],
    });
    ok(res);
    res = await http.post(`${meetings}/${id}/publish`).set('authorization', tokens.waishi).set('if-match', res.headers.etag).send();
    ok(res);
    const published = res.body as { version: number; decisions: { id: string }[] };
    const item = await itemOf(published.decisions[0].id);
    await acknowledge(item.id, tokens.liaison_a);
    const read = await http.get(`/api/supervision/items/${item.id}`).set('authorization', tokens.ducha);
    ok(read);
    ok(await http.post(`/api/supervision/items/${item.id}/withdrawal`).set('authorization', tokens.ducha).set('if-match', read.headers.etag).send({ reason: '方案并入年度计划，不再单独督办' }));

    const meeting = await eventually(async () => {
      const found = await http.get(`${meetings}/${id}`).set('authorization', tokens.waishi);
      return found.body.decisions?.[0]?.supervision?.lastAction === 'withdrawn' && found;
    }, 30_000, '已撤销 on the decided item');
    expect(meeting.body.decisions[0].supervision).toMatchObject({
      itemId: item.id,
      status: 'withdrawn',
      statusLabel: '已撤销',
      lastNote: '撤销：方案并入年度计划，不再单独督办',
      units: [expect.objectContaining({ unitId: units.a, unitName: '议定事项回流单位A', role: 'lead' })],
    });
    expect(meeting.body.version).toBe(published.version);
    // The list shows it too.
    const listed = await http.get(meetings).query({ limit: 100 }).set('authorization', tokens.waishi);
    expect(listed.body.items.find((m: { id: string }) => m.id === id).decisions[0].supervision).toMatchObject({ status: 'withdrawn' });

    const total = await changedEvents(item.id);
    const lines = await eventually(async () => {
      const found = (await http.get(`${meetings}/${id}`).set('authorization', tokens.waishi)).body.timeline as { step: string; note: string | null; fromStatus: string | null; toStatus: string }[];
      const supervision = found.filter((l) => l.step.startsWith('supervision_'));
      return supervision.length === total && supervision;
    }, 30_000, 'one timeline line per item change');
    expect(lines.map((l) => l.step)).toEqual(expect.arrayContaining(['supervision_registered', 'supervision_acknowledged', 'supervision_withdrawn']));
    const withdrawn = lines.find((l) => l.step === 'supervision_withdrawn')!;
    expect(withdrawn).toMatchObject({ fromStatus: 'published', toStatus: 'published' });
    expect(withdrawn.note).toContain('议定事项（1）督办事项已撤销');
    expect(withdrawn.note).toContain('撤销：方案并入年度计划，不再单独督办');
  });
});
