import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@gov/testing';
import type request from 'supertest';
import { ok, startLoopPlatform, type LoopPlatform } from './loop-platform.js';

interface Copy {
  id: string;
  unitId?: string;
  status: string;
  version: number;
  result?: string;
  linkedItemId?: string;
  linkedRole?: string;
  linkNotice?: string;
  dueDate?: string;
  deadlineSource?: string;
  deadlineExplanation?: string[];
}

/**
 * Issue 21 §2, one matter one deadline: a 收文 with a 区长 批示 is distributed to the units the 批示 names; the 督办事项
 * opened from the 批示 links their 分办 copies (supervision's `item.changed`, never its tables), the units answer once on the
 * item, the copy shows the stricter deadline, and the item's 报办结 completes the copies so the 收文 counts the units done.
 */
describe('loop: one matter, one deadline (收文 分办 and 督办事项)', () => {
  let loop: LoopPlatform;
  let http: LoopPlatform['http'];
  let tokens: LoopPlatform['tokens'];
  let units: LoopPlatform['units'];

  beforeAll(async () => {
    loop = await startLoopPlatform('OM', '一事一期限单位');
    ({ http, tokens, units } = loop);
  });

  afterAll(async () => {
    await loop?.stop();
  });

  it('links the units’ copies to the item, refuses 办结 on the copy, shows the stricter deadline, and completes the copies on 报办结', async () => {
    const { incomingId, instructed } = await loop.instructedIncoming(
      { title: '关于开展城镇燃气安全专项整治的通知', sourceBody: '淄博市人民政府办公室', originalNumber: '淄政办字〔2026〕52号', urgency: 'normal', pages: 3 },
      '请单位A牵头、单位B配合，抓紧整治。',
    );
    const current = await http.get(`/api/documents/incoming/${incomingId}`).set('authorization', tokens.clerk);
    const distributed = await http
      .post(`/api/documents/incoming/${incomingId}/distribute`)
      .set('authorization', tokens.clerk)
      .set('if-match', current.headers.etag)
      .send({ leadUnitId: units.a, coUnitIds: [units.b], workingDays: 2 });
    ok(distributed);
    const routingDue: string = distributed.body.dueDate;

    const [item] = await eventually(async () => {
      const res = await http.get('/api/supervision/items').query({ sourceId: instructed.body.id }).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the item of the 批示');
    // The 交办 may have come before the 分办: unit A's 签收 on the item is a later change that links the copies.
    const itemPath = `/api/supervision/items/${item.id}`;
    const read = await http.get(itemPath).set('authorization', tokens.liaison_a);
    const ack = await http.post(`${itemPath}/acknowledge`).set('authorization', tokens.liaison_a).set('if-match', read.headers.etag);
    ok(ack);

    const linked = await eventually(async () => {
      const res = await http.get(`/api/documents/incoming/${incomingId}`).set('authorization', tokens.clerk);
      const copies = res.body.routings as Copy[];
      return copies.length === 2 && copies.every((c) => c.linkedItemId === item.id) && copies;
    }, 30_000, 'both copies linked to the item');
    const copyA = linked.find((c) => c.unitId === units.a)!;
    const copyB = linked.find((c) => c.unitId === units.b)!;
    expect(copyA).toMatchObject({ linkedRole: 'lead', linkNotice: '本件已列入督办，请在督办事项中反馈' });
    expect(copyB).toMatchObject({ linkedRole: 'co' });
    // 2 working days from 分办 against the item's default 15: the 承办期限 is the stricter, and says so.
    const itemDue: string = ack.body.due.dueDate;
    expect(copyA).toMatchObject({ dueDate: routingDue, deadlineSource: 'routing' });
    expect(copyA.deadlineExplanation?.at(-1)).toBe(`收文承办期限 ${routingDue} 早于督办期限 ${itemDue}，按较严格的期限执行（一事一期限）`);

    // Supervision learns the copies' 承办期限 (`routing.deadline-linked`) and judges the item's light on the stricter one:
    // 2 working days away is within the warning threshold (3), so the item turns yellow on the 收文's deadline.
    const judged = await eventually(async () => {
      const res = await http.get(itemPath).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.linkedRoutings.length === 2 && res.body.light === 'yellow' && res.body;
    }, 30_000, 'the item judged on the linked 承办期限');
    expect(judged.due.dueDate).toBe(itemDue);
    expect(judged.linkedRoutings.map((r: { unitId: string }) => r.unitId).sort()).toEqual([units.a, units.b].sort());
    expect(judged.linkedRoutings.every((r: { routingDueDate: string; incomingId: string }) => r.routingDueDate === routingDue && r.incomingId === incomingId)).toBe(true);
    expect(judged.linkedRoutings.filter((r: { stricter: boolean }) => r.stricter)).toHaveLength(1);
    expect(judged.lightReason).toContain(`收文承办期限 ${routingDue} 早于督办期限 ${itemDue}，按较严格的期限判定`);
    expect(judged.timeline.filter((e: { action: string }) => e.action === 'routing_linked')).toHaveLength(2);

    // Unit A answers on its copy first: refused, pointing to the item. A later change of the item (its light, say) may
    // still update the copy and move its version, as another person's edit would: the liaison then reloads and retries.
    const onFreshCopy = (action: (version: number) => request.Test) =>
      eventually(async () => {
        const mine = await http.get('/api/documents/routings/mine').set('authorization', tokens.liaison_a);
        const own = (mine.body.items as Copy[]).find((c) => c.id === copyA.id)!;
        const res = await action(own.version);
        return ![409, 412].includes(res.status) && res;
      }, 30_000, 'an answer on the current version of copy A');
    const own = copyA;
    const signed = await onFreshCopy((version) => http.post(`/api/documents/routings/${own.id}/sign`).set('authorization', tokens.liaison_a).set('if-match', `W/"${version}"`).send({}));
    ok(signed);
    const refused = await onFreshCopy((version) => http.post(`/api/documents/routings/${own.id}/done`).set('authorization', tokens.liaison_a).set('if-match', `W/"${version}"`).send({ note: '已整治' }));
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('ROUTING.LINKED_TO_ITEM');
    expect(refused.body.detail).toContain(item.id);

    // The unit answers once, on the item: 报办结 completes both copies with the item's note.
    const completed = await http.post(`${itemPath}/completion`).set('authorization', tokens.liaison_a).set('if-match', ack.headers.etag).send({ content: '燃气隐患已全部整改' });
    ok(completed);
    const done = await eventually(async () => {
      const res = await http.get(`/api/documents/incoming/${incomingId}`).set('authorization', tokens.clerk);
      const copies = res.body.routings as Copy[];
      return copies.every((c) => c.status === 'done') && copies;
    }, 30_000, 'both copies completed by the item');
    expect(done.map((c) => c.result)).toEqual(['燃气隐患已全部整改', '燃气隐患已全部整改']);
    const timeline = (await http.get(`/api/documents/timeline/incoming/${incomingId}`).set('authorization', tokens.clerk)).body.entries as { action: string; actor?: string; actorName?: string }[];
    expect(timeline.filter((e) => e.action === 'routing.done')).toHaveLength(2);
    expect(timeline.filter((e) => e.action === 'routing.linked')).toHaveLength(2);
  });
});
