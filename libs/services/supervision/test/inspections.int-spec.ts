import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { InspectionSubjects, type HigherInspectionView, type InspectionView, type ListHigherInspections, type ListInspections } from '@gov/contracts-supervision';
import { CalendarCopy } from '@gov/platform';
import { caller } from '@gov/testing';
import { supervisionTestbed } from './testbed.js';

/**
 * 督查 in supervision against real PostgreSQL and the real bus (《政府督查工作条例》; RULES.md 2.6): the 督查方案 and
 * 督查组, the 督查结论 fed back to each inspected unit (each unit reads its own), withdrawals with a reason, and the
 * replies upward on 国务院/省/市 督查事项 with their deadline from the deadline engine.
 */
describe('supervision inspections (督查) and replies to higher-level inspections', () => {
  const [A, B, C] = [randomUUID(), randomUUID(), randomUUID()];
  const ducha = caller({ roles: ['section_staff'], sectionCode: 'ducha', permissions: ['supervision:read', 'supervision:manage'] });
  const duchaChief = caller({ roles: ['section_chief'], sectionCode: 'ducha', permissions: ['supervision:read', 'supervision:manage', 'supervision:configure'] });
  const reader = caller({ roles: ['section_staff'], sectionCode: 'zonghe', permissions: ['supervision:read'] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], unitId, permissions: ['supervision:read-own', 'supervision:report-own'] });
  const bed = supervisionTestbed({
    units: [
      { id: A, code: 'INS-A', name: '督查测试应急局' },
      { id: B, code: 'INS-B', name: '督查测试教体局' },
      { id: C, code: 'INS-C', name: '督查测试卫健局' },
    ],
    calendarYears: (year) => year >= 2025,
  });
  const call = <T = InspectionView>(subject: string, payload: unknown, who: CallerContext = ducha) => bed.call<T>(subject, payload, who);
  const plan = (extra: Record<string, unknown> = {}) => ({
    subject: '2026年春季安全生产专项督查',
    scope: '危化品企业安全生产责任落实情况',
    periodStart: '2026-03-02',
    periodEnd: '2026-03-31',
    basis: '区政府第12次常务会议纪要',
    unitIds: [A, B],
    leaderName: '刘主任',
    members: [
      { name: '陈科长', identity: 'staff' },
      { name: '周代表', identity: 'npc_deputy', organisation: '区人大常委会' },
      { name: '吴教授', identity: 'expert', organisation: '山东理工大学' },
    ],
    ...extra,
  });

  it('a 督查 runs from its approved 方案 to its conclusions, and each unit reads only the conclusion about its own work', async () => {
    const draft = await call(InspectionSubjects.create, plan());
    expect(draft).toMatchObject({ status: 'draft', unitIds: [A, B], leaderName: '刘主任', approvedBy: null, conclusions: [] });
    expect(draft.members.map((m) => m.identity)).toEqual(['staff', 'npc_deputy', 'expert']);
    // A draft 方案 is the office's own; a liaison cannot act at all.
    await expect(call(InspectionSubjects.get, { id: draft.id }, liaison(A))).rejects.toMatchObject({ spec: { code: 'INSPECTION.NOT_FOUND' } });
    await expect(call(InspectionSubjects.approve, { id: draft.id, expectedVersion: draft.version }, liaison(A))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InspectionSubjects.conduct, { id: draft.id, expectedVersion: draft.version, conductedOn: '2026-03-31' })).rejects.toMatchObject({
      spec: { code: 'INSPECTION.INVALID_STATE' },
      detail: expect.stringContaining('须先经批准'),
    });
    const updated = await call(InspectionSubjects.update, { id: draft.id, expectedVersion: draft.version, ...plan({ scope: '危化品企业和建筑工地安全生产责任落实情况' }) });
    await expect(call(InspectionSubjects.approve, { id: draft.id, expectedVersion: draft.version })).rejects.toMatchObject({ spec: { code: 'INSPECTION.VERSION_CONFLICT' } });
    const approved = await call(InspectionSubjects.approve, { id: draft.id, expectedVersion: updated.version }, duchaChief);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: duchaChief.username });
    expect((await call(InspectionSubjects.get, { id: draft.id }, liaison(A))).status).toBe('approved');
    await expect(call(InspectionSubjects.conduct, { id: draft.id, expectedVersion: approved.version, conductedOn: '2026-02-27' })).rejects.toMatchObject({ spec: { code: 'INSPECTION.INVALID_PERIOD' } });
    const conducted = await call(InspectionSubjects.conduct, { id: draft.id, expectedVersion: approved.version, conductedOn: '2026-03-31' });
    expect(conducted).toMatchObject({ status: 'conducted', conductedOn: '2026-03-31' });

    const conclusionOf = (unitId: string, what: string) => ({ unitId, facts: `${what}：抽查企业 5 家，台账齐全`, conclusion: `${what}责任落实到位`, requirements: `${what}继续加强夜间巡查` });
    await expect(call(InspectionSubjects.conclude, { id: draft.id, expectedVersion: conducted.version, conclusions: [conclusionOf(A, '应急局')] })).rejects.toMatchObject({
      spec: { code: 'INSPECTION.INCOMPLETE_CONCLUSIONS' },
      detail: '督查结论须反馈每个被督查单位，尚缺：督查测试教体局',
    });
    await expect(
      call(InspectionSubjects.conclude, { id: draft.id, expectedVersion: conducted.version, conclusions: [conclusionOf(A, '应急局'), conclusionOf(B, '教体局'), conclusionOf(C, '卫健局')] }),
    ).rejects.toMatchObject({ spec: { code: 'INSPECTION.INCOMPLETE_CONCLUSIONS' }, detail: '以下单位不在本次督查范围内：督查测试卫健局' });
    const concluded = await call(InspectionSubjects.conclude, { id: draft.id, expectedVersion: conducted.version, conclusions: [conclusionOf(A, '应急局'), conclusionOf(B, '教体局')] });
    expect(concluded.status).toBe('concluded');
    expect(concluded.conclusions.map((c) => [c.unitName, c.conclusion, c.fedBackBy])).toEqual([
      ['督查测试应急局', '应急局责任落实到位', ducha.username],
      ['督查测试教体局', '教体局责任落实到位', ducha.username],
    ]);

    const seenBy = async (who: CallerContext) => (await call(InspectionSubjects.get, { id: draft.id }, who)).conclusions.map((c) => c.unitId);
    expect(await seenBy(liaison(A))).toEqual([A]);
    expect(await seenBy(liaison(B))).toEqual([B]);
    expect(await seenBy(reader)).toEqual([A, B]);
    await expect(call(InspectionSubjects.get, { id: draft.id }, liaison(C))).rejects.toMatchObject({ spec: { code: 'INSPECTION.NOT_FOUND' } });
    const listedForA = (await call<ListInspections.Reply>(InspectionSubjects.list, { limit: 100 }, liaison(A))).items.find((i) => i.id === draft.id);
    expect(listedForA?.conclusions.map((c) => c.unitId)).toEqual([A]);
    expect((await call<ListInspections.Reply>(InspectionSubjects.list, { limit: 100 }, liaison(C))).items.map((i) => i.id)).not.toContain(draft.id);

    await expect(call(InspectionSubjects.withdraw, { id: draft.id, expectedVersion: concluded.version, reason: '误登记' })).rejects.toMatchObject({ spec: { code: 'INSPECTION.INVALID_STATE' } });
    expect(concluded.timeline.map((t) => t.action)).toEqual(['drafted', 'updated', 'approved', 'conducted', 'concluded']);
    expect(await bed.subjectsOf(draft.id)).toEqual(Array(5).fill('evt.supervision.inspection.changed'));
  });

  it('a 督查 is withdrawn with a reason, never deleted, and takes no further step', async () => {
    const approved = await call(InspectionSubjects.approve, { id: (await call(InspectionSubjects.create, plan({ subject: '待撤回的督查' }))).id, expectedVersion: 1 });
    await expect(call(InspectionSubjects.withdraw, { id: approved.id, expectedVersion: approved.version, reason: '' })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call(InspectionSubjects.withdraw, { id: approved.id, expectedVersion: approved.version, reason: '与市级督查合并开展' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '与市级督查合并开展' });
    expect(withdrawn.timeline.at(-1)).toMatchObject({ action: 'withdrawn', note: '撤回：与市级督查合并开展', by: ducha.username });
    await expect(call(InspectionSubjects.conduct, { id: approved.id, expectedVersion: withdrawn.version, conductedOn: '2026-03-31' })).rejects.toMatchObject({ spec: { code: 'INSPECTION.INVALID_STATE' } });
    expect((await call<ListInspections.Reply>(InspectionSubjects.list, { status: 'withdrawn', limit: 100 })).items.map((i) => i.id)).toContain(approved.id);
  });

  it('a reply to a 省 督查事项 is due by the engine, drafted, approved by another person and sent with its date', async () => {
    const received = await call<HigherInspectionView>(InspectionSubjects.receiveHigher, {
      level: 'province',
      title: '省政府督查：安全生产大检查落实情况',
      reference: '鲁政督函〔2026〕15号',
      requirement: '报送大检查开展情况和问题整改清单',
      receivedOn: '2026-09-28',
      replyWorkingDays: 5,
    });
    // 09-29, 09-30, then 国庆 (10-01…10-07), 10-08, 10-09 and the make-up working day 10-10.
    expect(received).toMatchObject({ status: 'received', level: 'province', due: { dueDate: '2026-10-10', provisional: false } });
    expect(received.due.explanation[0]).toBe('上级要求 5 个工作日内答复，自接收日次日起算');
    await expect(call(InspectionSubjects.sendReply, { id: received.id, expectedVersion: received.version, sentOn: '2026-10-09' })).rejects.toMatchObject({ spec: { code: 'HIGHER_INSPECTION.INVALID_STATE' } });
    const drafted = await call<HigherInspectionView>(InspectionSubjects.draftReply, { id: received.id, expectedVersion: received.version, content: '我区已完成大检查，整改清单附后。' });
    expect(drafted).toMatchObject({ status: 'drafted', draftedBy: ducha.username });
    await expect(call(InspectionSubjects.approveReply, { id: received.id, expectedVersion: drafted.version })).rejects.toMatchObject({ spec: { code: 'HIGHER_INSPECTION.SAME_APPROVER' } });
    const approved = await call<HigherInspectionView>(InspectionSubjects.approveReply, { id: received.id, expectedVersion: drafted.version }, duchaChief);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: duchaChief.username });
    await expect(call(InspectionSubjects.draftReply, { id: received.id, expectedVersion: approved.version, content: '改稿' })).rejects.toMatchObject({ spec: { code: 'HIGHER_INSPECTION.INVALID_STATE' } });
    await expect(call(InspectionSubjects.sendReply, { id: received.id, expectedVersion: approved.version, sentOn: '2026-09-27' })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const sent = await call<HigherInspectionView>(InspectionSubjects.sendReply, { id: received.id, expectedVersion: approved.version, sentOn: '2026-10-09' });
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2026-10-09', sentBy: ducha.username, light: 'none', lightReason: '已按期上报' });
    expect(sent.timeline.map((t) => t.action)).toEqual(['received', 'reply_drafted', 'reply_approved', 'reply_sent']);
    expect(sent.timeline.at(-1)?.note).toBe('2026-10-09 向省上报答复');
    await expect(call(InspectionSubjects.withdrawHigher, { id: received.id, expectedVersion: sent.version, reason: '不再需要' })).rejects.toMatchObject({ spec: { code: 'HIGHER_INSPECTION.INVALID_STATE' } });
    // The office's own business: no liaison sees it; an office reader does.
    await expect(call(InspectionSubjects.getHigher, { id: received.id }, liaison(A))).rejects.toMatchObject({ spec: { code: 'HIGHER_INSPECTION.NOT_FOUND' } });
    await expect(call(InspectionSubjects.listHigher, { limit: 10 }, liaison(A))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect((await call<ListHigherInspections.Reply>(InspectionSubjects.listHigher, { level: 'province', limit: 100 }, reader)).items.map((i) => i.id)).toContain(received.id);
    expect(await bed.subjectsOf(received.id)).toEqual(Array(4).fill('evt.supervision.higher-inspection.changed'));
  });

  it('a 上级督查事项 not yet sent is withdrawn with a reason', async () => {
    const received = await call<HigherInspectionView>(InspectionSubjects.receiveHigher, { level: 'city', title: '市督查：冬季供暖', requirement: '报送供暖保障情况', receivedOn: '2026-11-02', replyWorkingDays: 3 });
    expect(received.due.dueDate).toBe('2026-11-05');
    expect(received.light).toBe('red'); // judged today, after the deadline
    const withdrawn = await call<HigherInspectionView>(InspectionSubjects.withdrawHigher, { id: received.id, expectedVersion: received.version, reason: '市督查室通知取消' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '市督查室通知取消', light: 'none' });
  });

  it('rejects bad input with Chinese field messages and stable codes', async () => {
    const error = (await call(InspectionSubjects.create, { ...plan(), subject: '', unitIds: [], leaderName: '', members: [] }).then(
      () => undefined,
      (e: unknown) => e,
    )) as { spec: { code: string }; fieldErrors: { field: string; message: string }[] };
    expect(error.spec.code).toBe('REQUEST.VALIDATION_FAILED');
    expect([...new Set(error.fieldErrors.map((f) => f.field))].sort()).toEqual(['leaderName', 'members', 'subject', 'unitIds']);
    expect(error.fieldErrors.every((f) => /[\u4e00-\u9fa5]/.test(f.message))).toBe(true);
    await expect(call(InspectionSubjects.create, plan({ periodStart: '2026-04-01', periodEnd: '2026-03-01' }))).rejects.toMatchObject({ spec: { code: 'INSPECTION.INVALID_PERIOD' } });
    await expect(call(InspectionSubjects.create, plan({ unitIds: [randomUUID()] }))).rejects.toMatchObject({ spec: { code: 'INSPECTION.UNKNOWN_UNIT' } });
    await expect(call(InspectionSubjects.create, plan(), liaison(A))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InspectionSubjects.receiveHigher, { level: 'county', title: '无效', requirement: '无效', receivedOn: '2999-01-01', replyWorkingDays: 0 })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    await expect(call(InspectionSubjects.receiveHigher, { level: 'city', title: '将来的事项', requirement: '报送情况', receivedOn: '2999-01-04', replyWorkingDays: 3 })).rejects.toMatchObject({
      spec: { code: 'HIGHER_INSPECTION.FUTURE_DATE' },
    });
  });

  // Last: it loads 2027 into this file's calendar copy.
  it('a calendar year published later re-dates an open reply deadline in the same transaction, with the new explanation', async () => {
    // 23 working days from 2026-12-01 reach 2027-01-01, a Friday judged on weekends alone while 2027 is not published.
    const received = await call<HigherInspectionView>(InspectionSubjects.receiveHigher, { level: 'state_council', title: '国务院督查：稳就业政策落实', requirement: '报送政策落实情况', receivedOn: '2026-12-01', replyWorkingDays: 23 });
    expect(received.due).toMatchObject({ dueDate: '2027-01-01', provisional: true });
    await bed.app.parts.transactions.run((tx) =>
      bed.app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(
        { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: '国务院办公厅关于2027年部分节假日安排的通知（测试）', version: 1 },
        tx,
      ),
    );
    const redated = await call<HigherInspectionView>(InspectionSubjects.getHigher, { id: received.id });
    expect(redated.due).toMatchObject({ dueDate: '2027-01-04', provisional: false });
    expect(redated.due.explanation.join('\n')).toContain('元旦');
    expect(redated.version).toBe(received.version + 1);
    expect(redated.timeline.at(-1)).toMatchObject({ action: 'redated', by: 'system', note: '2027 年节假日安排更新，答复期限重新计算为 2027-01-04' });
  });
});
