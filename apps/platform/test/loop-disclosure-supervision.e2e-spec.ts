import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { shanghaiDate } from '@gov/calendar';
import { eventually } from '@gov/testing';
import { ok, startPeoplePlatform, type PeoplePlatform } from './loop-platform.js';

/**
 * Issue 15 §5 and issue 21 §1: a red (overdue) 依申请公开申请 reaches supervision as a 督办事项 when the office chooses
 * (大数据科 科长, once), and the item's changes flow back to the case file (its state and a timeline line, no new version).
 */
describe('loop: an overdue information request sent to supervision and its 督办 back on the case file', () => {
  let loop: PeoplePlatform;
  const path = '/api/disclosure/applications';
  const intake = (submittedOn: string) => ({
    title: '某路段拓宽工程的规划许可文件',
    content: '请提供该工程的建设工程规划许可证及附图',
    channel: 'in_person',
    submittedOn,
    applicantType: 'natural_person',
    applicantName: '周某',
    idNumber: '370304198802021234',
    phone: '13900002222',
  });

  beforeAll(async () => {
    loop = await startPeoplePlatform({
      unitCode: 'DS',
      unitName: '转督办单位',
      people: {
        office: { roles: ['section_staff'], sectionCode: 'dashuju', displayName: '公开科员' },
        chief: { roles: ['section_chief'], sectionCode: 'dashuju', displayName: '公开科长' },
        ducha: { roles: ['section_staff'], sectionCode: 'ducha', displayName: '督查甲' },
      },
      knownTo: ['supervision'],
    });
  });

  afterAll(async () => {
    await loop?.stop();
  });

  it('refuses a case not yet overdue and a clerk’s choice, sends a red one once, and shows the item’s steps on the case', async () => {
    const { http, tokens, units } = loop;
    // Received 2026-09-28: 20 working days ran out in October (国庆 not counted), long before today.
    const overdue = await http.post(path).set('authorization', tokens.office).send(intake('2026-09-28'));
    ok(overdue, 201);
    expect(overdue.body.dueDate < shanghaiDate(new Date())).toBe(true);
    const fresh = await http.post(path).set('authorization', tokens.office).send(intake(shanghaiDate(new Date())));
    ok(fresh, 201);
    const send = (id: string, etag: string, token: string, body: Record<string, unknown> = {}) =>
      http
        .post(`${path}/${id}/supervision`)
        .set('authorization', token)
        .set('if-match', etag)
        .send({ leadUnitId: units.a, coUnitIds: [units.b], note: '请督促主责单位五个工作日内提供信息，逾期说明原因', ...body });

    const early = await send(fresh.body.id, fresh.headers.etag, tokens.chief);
    expect({ status: early.status, code: early.body.code, type: early.headers['content-type'] }).toMatchObject({ status: 422, code: 'APPLICATION.SUPERVISION_RULE', type: expect.stringContaining('application/problem+json') });
    expect(early.body.detail).toContain('尚未届满');
    const byClerk = await send(overdue.body.id, overdue.headers.etag, tokens.office);
    expect({ status: byClerk.status, code: byClerk.body.code }).toEqual({ status: 422, code: 'APPLICATION.SUPERVISION_RULE' });
    const noNote = await send(overdue.body.id, overdue.headers.etag, tokens.chief, { note: ' ' });
    expect({ status: noNote.status, fields: noNote.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: ['note'] });

    const sent = await send(overdue.body.id, overdue.headers.etag, tokens.chief);
    ok(sent);
    expect(sent.body).toMatchObject({ status: 'processing', supervisionRequestedBy: expect.any(String), version: 2 });
    expect(sent.body.timeline.at(-1)).toMatchObject({ step: 'supervise', label: '逾期转督办', note: expect.stringContaining(`答复期限 ${overdue.body.dueDate} 已过`) });
    const again = await send(overdue.body.id, sent.headers.etag, tokens.chief);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'APPLICATION.SUPERVISION_RULE' });

    // Supervision registers one 专项督查 item from the event, for the unit the office named; no personal data travels.
    const [item] = await eventually(async () => {
      const res = await http.get('/api/supervision/items').query({ sourceId: overdue.body.id }).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.total === 1 && res.body.items;
    }, 30_000, 'the item of the overdue case');
    expect(item).toMatchObject({
      kind: 'special_inspection',
      status: 'assigned',
      leadUnitId: units.a,
      coUnitIds: [units.b],
      title: '依申请公开逾期案件：某路段拓宽工程的规划许可文件',
      source: { kind: 'disclosure_application', kindLabel: '依申请公开逾期案件', id: overdue.body.id },
    });
    expect(item.content).toContain(`法定答复期限 ${overdue.body.dueDate}`);
    expect(JSON.stringify(item)).not.toContain('周某');

    // The unit acknowledges on the item: the case file shows where the 督办 stands, with a timeline line, same version.
    const itemPath = `/api/supervision/items/${item.id}`;
    const read = await http.get(itemPath).set('authorization', tokens.liaison_a);
    ok(await http.post(`${itemPath}/acknowledge`).set('authorization', tokens.liaison_a).set('if-match', read.headers.etag));
    const followed = await eventually(async () => {
      const res = await http.get(`${path}/${overdue.body.id}`).set('authorization', tokens.office);
      return res.status === 200 && res.body.supervision?.status === 'acknowledged' && res;
    }, 30_000, 'the 督办 on the case file');
    expect(followed.body.supervision).toMatchObject({ itemId: item.id, statusLabel: '已签收', units: expect.arrayContaining([expect.objectContaining({ unitId: units.a, role: 'lead' })]) });
    expect(followed.body.version).toBe(2);
    expect(followed.headers.etag).toBe(sent.headers.etag);
    expect(followed.body.timeline.map((t: { step: string }) => t.step)).toEqual(expect.arrayContaining(['supervise', 'supervision_acknowledged']));
  });
});
