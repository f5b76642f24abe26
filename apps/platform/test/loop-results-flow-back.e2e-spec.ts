import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clearance } from '@gov/contracts-common';
import { SupervisionItemEvents } from '@gov/contracts-supervision';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { eventually } from '@gov/testing';
import { ok, startLoopPlatform, type LoopPlatform } from './loop-platform.js';

interface TimelineEntry {
  action: string;
  actionLabel: string;
  note?: string;
}

/**
 * Issue 21 §1, closing the loop: a 督办事项 opened from a 批示 (document-secretariat) or a 值班批示 (duty-and-meetings)
 * reports every change back through supervision's `item.changed` events; the source shows the item's state, light and
 * units, its follow-up status follows the item, and the 收文's timeline records the outcome.
 */
describe('loop: 督办 results flow back to the 批示, the 收文 and the 值班批示', () => {
  let loop: LoopPlatform;
  let http: LoopPlatform['http'];
  let tokens: LoopPlatform['tokens'];
  let units: LoopPlatform['units'];
  const parts = (app: string) => loop.parts(app);
  const bearer: LoopPlatform['bearer'] = (name, spec) => loop.bearer(name, spec);
  const changedEvents = async (itemId: string): Promise<number> => {
    const supervision = parts('supervision');
    const [{ n }] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".outbox WHERE subject = $1 AND envelope -> 'data' ->> 'id' = $2`, [SupervisionItemEvents.changed, itemId]);
    return n;
  };

  beforeAll(async () => {
    loop = await startLoopPlatform('LOOP', '闭环测试单位');
    ({ http, tokens, units } = loop);
  });

  afterAll(async () => {
    await loop?.stop();
  });

  it('closing the item of a 区长 批示 shows 已办结 on the 批示, where each unit stands, and the outcome in the 收文 timeline', async () => {
    const { incomingId, instructed } = await loop.instructedIncoming(
      { title: '关于做好今冬明春森林防火工作的通知', sourceBody: '滨州市人民政府办公室', originalNumber: '滨政办字〔2026〕41号', urgency: 'urgent', pages: 4 },
      '请单位A牵头、单位B配合，月底前落实到位。',
    );
    const instructionId = instructed.body.id;
    expect(instructed.body).toMatchObject({ followedBy: 'mishu_yi', followStatus: 'following' });

    const [item] = await eventually(async () => {
      const res = await http.get('/api/supervision/items').query({ sourceId: instructionId }).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the item of the 批示');
    // The 批示 learns of its item (立项, 交办) and shows it with both units.
    const assigned = await eventually(async () => {
      const res = await http.get(`/api/documents/instructions/${instructionId}`).set('authorization', tokens.mayor);
      return res.body.supervision?.status === 'assigned' && res.body;
    }, 30_000, 'the item on the 批示');
    expect(assigned.supervision).toMatchObject({ itemId: item.id, statusLabel: '已交办', light: 'green' });
    expect(assigned.supervision.units).toEqual([
      expect.objectContaining({ unitId: units.a, unitName: '闭环测试单位A', role: 'lead', roleLabel: '主责单位', reports: 0, lastReportedAt: null }),
      expect.objectContaining({ unitId: units.b, unitName: '闭环测试单位B', role: 'co', roleLabel: '配合单位', reports: 0 }),
    ]);

    // While the item runs, the follow-up status is the item's: a clerk cannot mark the 批示 落实 by hand.
    await bearer('mishu', { roles: ['section_staff'], sectionCode: 'mishu_yi', clearance: Clearance.Confidential });
    const manual = await http.post(`/api/documents/instructions/${instructionId}/follow-up`).set('authorization', tokens.mishu).set('if-match', `W/"${assigned.version}"`).send({ note: '已电话督促', followStatus: 'done' });
    expect(manual.status).toBe(422);
    expect(manual.body.code).toBe('INSTRUCTION.FOLLOWED_BY_ITEM');

    // The units handle the item: A acknowledges and reports progress, B adds its input, A reports completion, 督查室 closes.
    const itemPath = `/api/supervision/items/${item.id}`;
    const read = await http.get(itemPath).set('authorization', tokens.liaison_a);
    const ack = await http.post(`${itemPath}/acknowledge`).set('authorization', tokens.liaison_a).set('if-match', read.headers.etag);
    ok(ack);
    const progress = await http.post(`${itemPath}/progress`).set('authorization', tokens.liaison_a).set('if-match', ack.headers.etag).send({ content: '已完成全域隐患排查' });
    ok(progress);
    const input = await http.post(`${itemPath}/progress`).set('authorization', tokens.liaison_b).set('if-match', progress.headers.etag).send({ content: '已配合完成物资储备' });
    ok(input);
    const midway = await eventually(async () => {
      const res = await http.get(`/api/documents/instructions/${instructionId}`).set('authorization', tokens.mayor);
      return res.body.supervision?.units?.[1]?.reports === 1 && res.body;
    }, 30_000, 'both units’ reports on the 批示');
    expect(midway.supervision.status).toBe('in_progress');
    expect(midway.supervision.units[0]).toMatchObject({ reports: 1, lastReport: '已完成全域隐患排查' });
    expect(midway.supervision.units[1]).toMatchObject({ reports: 1, lastReport: '已配合完成物资储备' });
    expect(midway.followStatus).toBe('following');

    const completed = await http.post(`${itemPath}/completion`).set('authorization', tokens.liaison_a).set('if-match', input.headers.etag).send({ content: '各项措施已落实' });
    ok(completed);
    ok(await http.post(`${itemPath}/verification`).set('authorization', tokens.ducha).set('if-match', completed.headers.etag).send({ decision: 'close' }));

    const closed = await eventually(async () => {
      const res = await http.get(`/api/documents/instructions/${instructionId}`).set('authorization', tokens.mayor);
      // The light goes out just before (its own change); the 销号 is the item's last change.
      return res.body.followStatus === 'closed' && res.body.supervision?.lastAction === 'closed' && res.body;
    }, 30_000, '已办结 on the 批示');
    expect(closed).toMatchObject({ followStatus: 'closed', followStatusLabel: '已办结' });
    expect(closed.supervision).toMatchObject({ status: 'closed', statusLabel: '已销号', light: 'none', lastAction: 'closed' });
    // The 秘书一科 list of 批示 no longer shows it as being followed.
    const following = await http.get('/api/documents/instructions').query({ followedBy: 'mishu_yi', followStatus: 'following', limit: 100 }).set('authorization', tokens.mishu);
    expect(following.body.items.map((i: { id: string }) => i.id)).not.toContain(instructionId);
    const closedList = await http.get('/api/documents/instructions').query({ followStatus: 'closed', limit: 100 }).set('authorization', tokens.mishu);
    expect(closedList.body.items.map((i: { id: string }) => i.id)).toContain(instructionId);

    // The 收文's timeline: the units' steps and the outcome, after the 批办.
    const incomingTimeline = (await http.get(`/api/documents/timeline/incoming/${incomingId}`).set('authorization', tokens.clerk)).body.entries as TimelineEntry[];
    const loopLines = incomingTimeline.filter((e) => e.action.startsWith('incoming.supervision.'));
    expect(loopLines.map((e) => e.action)).toEqual(['incoming.supervision.acknowledged', 'incoming.supervision.feedback', 'incoming.supervision.completion_reported', 'incoming.supervision.closed']);
    expect(loopLines[3].actionLabel).toBe('张区长批示的督办事项：督办事项已办结（销号）');
    expect(loopLines[3].note).toContain('督办状态：已销号');

    // Every change reached the 批示 exactly once: one line on its timeline per `item.changed` event.
    const total = await changedEvents(item.id);
    const instructionLines = await eventually(async () => {
      const entries = (await http.get(`/api/documents/timeline/instruction/${instructionId}`).set('authorization', tokens.mayor)).body.entries as TimelineEntry[];
      const lines = entries.filter((e) => e.action.startsWith('instruction.supervision.'));
      return lines.length === total && lines;
    }, 30_000, 'one 批示 timeline line per item change');
    expect(instructionLines.map((e) => e.action)).toEqual(expect.arrayContaining(['instruction.supervision.registered', 'instruction.supervision.assigned', 'instruction.supervision.co_input', 'instruction.supervision.closed']));
  });

  it('a 值班批示 shows its item; withdrawing the item shows 已撤销 on the instruction without bumping its version', async () => {
    await bearer('duty', { roles: ['section_staff'], sectionCode: 'zonghe' });
    await bearer('leader', { roles: ['district_leader'], sectionCode: null, displayName: '王区长' });
    const log = await http.post('/api/duty/log').set('authorization', tokens.duty).send({ kind: 'report', title: '河道水位上涨', summary: '已通知沿线镇街', receivedAt: new Date().toISOString() });
    ok(log, 201);
    const instruction = await http
      .post('/api/duty/instructions')
      .set('authorization', tokens.leader)
      .send({ sourceKind: 'duty_log', sourceId: log.body.id, leaderName: '王区长', text: '请单位A加强巡查，及时报告。', instructedAt: new Date().toISOString(), leadUnitId: units.a, coUnitIds: [] });
    ok(instruction, 201);
    const [item] = await eventually(async () => {
      const res = await http.get('/api/supervision/items').query({ sourceId: instruction.body.id }).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the item of the 值班批示');
    const shown = await eventually(async () => {
      const res = await http.get(`/api/duty/instructions/${instruction.body.id}`).set('authorization', tokens.duty);
      return res.body.supervision?.status === 'assigned' && res.body;
    }, 30_000, 'the item on the 值班批示');
    expect(shown.supervision.units).toEqual([expect.objectContaining({ unitId: units.a, unitName: '闭环测试单位A', role: 'lead' })]);

    const read = await http.get(`/api/supervision/items/${item.id}`).set('authorization', tokens.ducha);
    ok(await http.post(`/api/supervision/items/${item.id}/withdrawal`).set('authorization', tokens.ducha).set('if-match', read.headers.etag).send({ reason: '汛情解除，不再督办' }));
    const withdrawn = await eventually(async () => {
      const res = await http.get(`/api/duty/instructions/${instruction.body.id}`).set('authorization', tokens.duty);
      return res.body.supervision?.lastAction === 'withdrawn' && res.body;
    }, 30_000, '已撤销 on the 值班批示');
    expect(withdrawn.supervision).toMatchObject({ statusLabel: '已撤销', lastAction: 'withdrawn', lastNote: '撤销：汛情解除，不再督办' });
    // The instruction's own version is the clerks' (If-Match): the item's changes do not bump it.
    expect(withdrawn.version).toBe(instruction.body.version);
  });

  it('a decided item of a meeting shows its item on the meeting, and the meeting\'s timeline records the 签收', async () => {
    const chairUser = await createUserForTest(loop.platform.gateway, { roles: ['district_leader'], displayName: '李区长' });
    const chair = `Bearer ${await signIn(http, chairUser.username, chairUser.password, chairUser.totpSecret)}`;
    const created = await http
      .post('/api/meetings')
      .set('authorization', tokens.zonghe)
      .send({
        kind: 'executive',
        classCode: 'class_one',
        title: '闭环测试常务会议',
        startsAt: '2026-12-29T09:00:00+08:00',
        endsAt: '2026-12-29T11:00:00+08:00',
        chair: { userId: chairUser.id, name: '李区长' },
        leaders: [],
        attendeeUnitIds: [units.a],
      });
    ok(created, 201);
    const id = created.body.id as string;
    const step = async (path: string, etag: string, body: object, token = tokens.zonghe) => {
      const res = await http.post(`/api/meetings/${id}/${path}`).set('authorization', token).set('if-match', etag).send(body);
      ok(res);
      return res;
    };
    let res = await step('submit', created.headers.etag, {});
    res = await step('approval', res.headers.etag, { approved: true, comment: '同意' }, chair);
    res = await step('notice', res.headers.etag, { text: '请准时参会' });
    res = await step('decisions', res.headers.etag, { content: '单位A牵头制定冬季保供方案', leadUnitId: units.a, dueDate: '2027-01-15' });
    res = await step('minutes', res.headers.etag, { minutesNumber: '博政纪〔2026〕21号', summary: '会议议定以下事项' });
    const [decisionId] = (res.body.decisions as { id: string }[]).map((d) => d.id);
    const [item] = await eventually(async () => {
      const found = await http.get('/api/supervision/items').query({ sourceId: decisionId }).set('authorization', tokens.ducha);
      return found.body.total === 1 && found.body.items;
    }, 30_000, 'the item of the decided item');
    const read = await http.get(`/api/supervision/items/${item.id}`).set('authorization', tokens.liaison_a);
    ok(await http.post(`/api/supervision/items/${item.id}/acknowledge`).set('authorization', tokens.liaison_a).set('if-match', read.headers.etag));
    const meeting = await eventually(async () => {
      const found = await http.get(`/api/meetings/${id}`).set('authorization', tokens.zonghe);
      return found.body.decisions?.[0]?.supervision?.status === 'acknowledged' && found.body;
    }, 30_000, 'the item on the decided item');
    expect(meeting.decisions[0].supervision).toMatchObject({ itemId: item.id, statusLabel: '已签收', lastAction: 'acknowledged', dueDate: '2027-01-15' });
    const duty = parts('duty-and-meetings');
    const lines = await duty.dataSource.query(`SELECT action, detail FROM "${duty.schema}".schedule_record_history WHERE record_type = 'meeting' AND record_id = $1 AND action LIKE 'decision_supervision_%' ORDER BY at`, [id]);
    expect(lines.map((l: { action: string }) => l.action)).toEqual(expect.arrayContaining(['decision_supervision_registered', 'decision_supervision_acknowledged']));
    expect(lines.find((l: { action: string }) => l.action === 'decision_supervision_acknowledged').detail).toMatchObject({ decisionId, label: '议定事项（1）责任单位签收' });
  });

  it('a 区长 批示 addressed to a 副区长 is followed by 秘书二科; an unknown addressed leader is a 400 in Chinese', async () => {
    const body = { sourceKind: 'other', sourceTitle: '关于城区供暖保障情况的报告', text: '请王副区长阅处，抓好落实。', leaderTitle: '区长' };
    const addressed = await http.post('/api/documents/instructions').set('authorization', tokens.mayor).send({ ...body, addressedLeaderTitle: '副区长' });
    ok(addressed, 201);
    expect(addressed.body).toMatchObject({ leaderTitle: '区长', addressedLeaderTitle: '副区长', followedBy: 'mishu_er', followedByLabel: '秘书二科' });
    const own = await http.post('/api/documents/instructions').set('authorization', tokens.mayor).send(body);
    ok(own, 201);
    expect(own.body).toMatchObject({ followedBy: 'mishu_yi', followedByLabel: '秘书一科' });
    expect(own.body.addressedLeaderTitle).toBeUndefined();
    const bad = await http.post('/api/documents/instructions').set('authorization', tokens.mayor).send({ ...body, addressedLeaderTitle: '市长' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('呈送领导职务不正确');
  });
});
