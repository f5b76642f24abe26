import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { SuggestionSubjects, type SuggestionStatistics, type SuggestionView } from '@gov/contracts-supervision';
import { CalendarCopy } from '@gov/platform';
import { caller } from '@gov/testing';
import { supervisionTestbed } from './testbed.js';

/**
 * 人大代表建议、政协提案 in supervision, against real PostgreSQL and the real bus: deadlines by the engine over
 * the loaded calendar (RULES.md 2.5), the return period, extensions, re-handling, the statistics and who sees what.
 */
describe('NPC suggestions and CPPCC proposals', () => {
  const [U1, U2, U3, U4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const ducha = caller({ roles: ['section_staff'], sectionCode: 'ducha', permissions: ['suggestions:read', 'suggestions:manage'] });
  const duchaChief = caller({ roles: ['section_chief'], sectionCode: 'ducha', permissions: ['suggestions:read', 'suggestions:manage', 'suggestions:configure'] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], unitId, permissions: ['suggestions:handle-own'] });
  const today = shanghaiDate(new Date());

  const bed = supervisionTestbed({
    units: [
      { id: U1, code: 'T-U1', name: '测试住建局' },
      { id: U2, code: 'T-U2', name: '测试教体局' },
      { id: U3, code: 'T-U3', name: '测试卫健局' },
      { id: U4, code: 'T-U4', name: '测试审批局' },
    ],
    calendarYears: (year) => year >= 2025,
  });
  const call = <T = SuggestionView>(subject: string, payload: unknown, who: CallerContext = ducha) => bed.call<T>(subject, payload, who);
  let n = 0;
  const register = (session = '区十九届人大', extra: Record<string, unknown> = {}) =>
    call(SuggestionSubjects.register, {
      kind: 'npc_suggestion',
      session,
      meeting: '第五次会议',
      number: `${++n}`,
      proposer: '王代表',
      coSigners: ['李代表', '赵代表'],
      title: `关于老旧小区改造的建议（${n}）`,
      content: '建议加快推进老旧小区改造。',
      ...extra,
    });
  const assign = (s: SuggestionView, units: { unitId: string; role: string }[], assignedOn?: string) =>
    call(SuggestionSubjects.assign, { id: s.id, expectedVersion: s.version, units, ...(assignedOn ? { assignedOn } : {}) });
  const assignmentOf = (s: SuggestionView, unitId: string) => s.assignments.find((a) => a.unitId === unitId && a.status !== 'returned')!;

  it('a suggestion 交办 on 2026-07-01 is due three months later, moved past National Day; the 协办 opinion one month later, moved past the weekend', async () => {
    const s = await register();
    expect(s.status).toBe('registered');
    const assigned = await assign(s, [{ unitId: U1, role: 'host' }, { unitId: U2, role: 'assisting' }], '2026-07-01');
    expect(assigned.status).toBe('assigned');
    expect(assigned.handlingMode).toBe('lead');
    const host = assignmentOf(assigned, U1);
    // 3 months: 2026-10-01 is 国庆节, the holiday runs to 10-07, so the period ends on 10-08 (《民法典》第203条).
    expect(host.due.dueDate).toBe('2026-10-08');
    expect(host.due.explanation.join('\n')).toContain('《民法典》第203条');
    expect(host.unitName).toBe('测试住建局');
    expect(host.rules.reply_months).toMatchObject({ amount: 3, unit: 'months', ruleVersion: 1 });
    // 1 month: 2026-08-01 is a Saturday, so the 协办 opinion is due on Monday 08-03.
    const assisting = assignmentOf(assigned, U2);
    expect(assisting.due.dueDate).toBe('2026-08-03');
    expect(assisting.rules.co_opinion_months).toMatchObject({ amount: 1, unit: 'months' });
    // 5 calendar days for a wrong-handler return: 07-06 is a Monday.
    expect(host.returnDue.dueDate).toBe('2026-07-06');
    const rows = (await bed.subjectsOf(s.id)).map((subject) => ({ subject }));
    expect(rows.map((r: { subject: string }) => r.subject)).toEqual(['evt.supervision.suggestion.registered', 'evt.supervision.suggestion.assigned']);
  });

  it('an extension to six months needs a reason, may not pass the six-month maximum, and keeps the reason in the explanation', async () => {
    const s = await assign(await register(), [{ unitId: U1, role: 'host' }], '2026-03-02');
    expect(assignmentOf(s, U1).due.dueDate).toBe('2026-06-02');
    await expect(call(SuggestionSubjects.extend, { id: s.id, expectedVersion: s.version, unitId: U1, months: 6 })).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(SuggestionSubjects.extend, { id: s.id, expectedVersion: s.version, unitId: U1, months: 6, reason: '' })).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'reason' })],
    });
    await expect(call(SuggestionSubjects.extend, { id: s.id, expectedVersion: s.version, unitId: U1, months: 7, reason: '涉及多部门协调' })).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.EXTENSION_TOO_LONG' },
    });
    const extended = await call(SuggestionSubjects.extend, { id: s.id, expectedVersion: s.version, unitId: U1, months: 6, reason: '涉及多部门协调，已向代表说明' });
    const host = assignmentOf(extended, U1);
    expect(host.due.dueDate).toBe('2026-09-02');
    expect(host.extendedMonths).toBe(6);
    expect(host.extensionReason).toBe('涉及多部门协调，已向代表说明');
    expect(host.due.explanation[0]).toContain('涉及多部门协调，已向代表说明');
    expect(extended.timeline.at(-1)).toMatchObject({ action: 'extended', by: ducha.username });
    // A stale version is refused.
    await expect(call(SuggestionSubjects.extend, { id: s.id, expectedVersion: s.version, unitId: U1, months: 5, reason: '再次延期的理由' })).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.VERSION_CONFLICT' },
    });
  });

  it('a unit may return an item it should not handle within 5 days, not after; the office re-assigns it and the clock starts again', async () => {
    const late = await assign(await register(), [{ unitId: U3, role: 'host' }], '2026-07-01');
    await expect(call(SuggestionSubjects.returnAssignment, { id: late.id, expectedVersion: late.version, reason: '不属于本单位职责' }, liaison(U3))).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.RETURN_WINDOW_CLOSED' },
      detail: expect.stringContaining('已超过退回期限'),
    });

    const fresh = await assign(await register(), [{ unitId: U3, role: 'host' }]);
    const returned = await call(SuggestionSubjects.returnAssignment, { id: fresh.id, expectedVersion: fresh.version, reason: '属于住建局职责，依据三定方案' }, liaison(U3));
    expect(returned.assignments[0]).toMatchObject({ unitId: U3, status: 'returned', returnReason: '属于住建局职责，依据三定方案' });
    // The returning unit may not pass it on itself.
    await expect(call(SuggestionSubjects.reassign, { id: fresh.id, expectedVersion: returned.version, unitId: U1, role: 'host' }, liaison(U3))).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    const reassigned = await call(SuggestionSubjects.reassign, { id: fresh.id, expectedVersion: returned.version, unitId: U1, role: 'host' });
    expect(assignmentOf(reassigned, U1)).toMatchObject({ role: 'host', status: 'handling', assignedOn: today });
    expect(reassigned.timeline.map((t) => t.action)).toEqual(['registered', 'assigned', 'returned', 'reassigned']);
  });

  it('the 协办 opinion goes to the 主办: the 主办 unit sees it, another 协办 unit does not; only the 主办 replies', async () => {
    const s = await assign(await register(), [
      { unitId: U1, role: 'host' },
      { unitId: U2, role: 'assisting' },
      { unitId: U4, role: 'joint' },
    ]);
    const withOpinion = await call(SuggestionSubjects.submitOpinion, { id: s.id, expectedVersion: s.version, content: '建议由住建局牵头，教体局配合做好校园周边改造' }, liaison(U2));
    expect(assignmentOf(withOpinion, U2).status).toBe('replied');
    expect((await call(SuggestionSubjects.get, { id: s.id }, liaison(U1))).opinions.map((o) => o.unitId)).toEqual([U2]);
    expect((await call(SuggestionSubjects.get, { id: s.id }, liaison(U4))).opinions).toEqual([]);
    await expect(call(SuggestionSubjects.reply, { id: s.id, expectedVersion: withOpinion.version, category: 'A', content: '答复内容' }, liaison(U2))).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.INVALID_STATE' },
    });
    await expect(call(SuggestionSubjects.reply, { id: s.id, expectedVersion: withOpinion.version, category: 'Z', content: '答复内容' }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.UNKNOWN_CATEGORY' },
    });
    const contacted = await call(
      SuggestionSubjects.recordContact,
      { id: s.id, expectedVersion: withOpinion.version, contactedOn: today, method: 'visit', contactPerson: '张科长', summary: '上门听取王代表意见' },
      liaison(U1),
    );
    expect(contacted.contacts).toEqual([expect.objectContaining({ unitId: U1, method: 'visit', contactPerson: '张科长', contactedOn: today })]);
    const replied = await call(SuggestionSubjects.reply, { id: s.id, expectedVersion: contacted.version, category: 'A', content: '已列入年度改造计划并完成', documentNumber: '博建提〔2026〕3号' }, liaison(U1));
    expect(replied.status).toBe('replied');
    expect(replied.replies).toEqual([expect.objectContaining({ unitId: U1, category: 'A', categoryVersion: 1, round: 1, repliedOn: today })]);
  });

  it('不满意 feedback sends the item back for re-handling with a new three-month deadline from the feedback', async () => {
    const s = await assign(await register(), [{ unitId: U1, role: 'host' }], '2026-03-02');
    const replied = await call(SuggestionSubjects.reply, { id: s.id, expectedVersion: s.version, category: 'B', content: '正在研究解决', repliedOn: '2026-05-20' }, liaison(U1));
    await expect(call(SuggestionSubjects.recordFeedback, { id: s.id, expectedVersion: replied.version, unitId: U1, satisfaction: 'unsatisfied', receivedOn: '2026-06-01' }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    const rehandling = await call(SuggestionSubjects.recordFeedback, { id: s.id, expectedVersion: replied.version, unitId: U1, satisfaction: 'unsatisfied', receivedOn: '2026-06-01', comments: '进度太慢' });
    const host = assignmentOf(rehandling, U1);
    expect(rehandling.status).toBe('assigned');
    expect(host).toMatchObject({ status: 'handling', round: 2 });
    // 3 months from 2026-06-01: 09-01, a Tuesday.
    expect(host.due.dueDate).toBe('2026-09-01');
    expect(host.due.explanation[0]).toContain('不满意');
    expect(host.rules.rehandle_months).toMatchObject({ amount: 3, ruleVersion: 1 });
    const again = await call(SuggestionSubjects.reply, { id: s.id, expectedVersion: rehandling.version, category: 'A', content: '已解决', repliedOn: '2026-08-20' }, liaison(U1));
    const closed = await call(SuggestionSubjects.recordFeedback, { id: s.id, expectedVersion: again.version, unitId: U1, satisfaction: 'satisfied', receivedOn: '2026-09-01' });
    expect(closed.status).toBe('closed');
    expect(closed.feedback.map((f) => [f.round, f.satisfaction])).toEqual([
      [1, 'unsatisfied'],
      [2, 'satisfied'],
    ]);
    const subjects = (await bed.subjectsOf(s.id)).map((subject) => ({ subject }));
    expect(subjects.map((r: { subject: string }) => r.subject)).toContain('evt.supervision.suggestion.rehandling-started');
  });

  it('办复率, 满意率 and the A/B/C split match the records they are counted from', async () => {
    const session = `统计届-${randomUUID().slice(0, 6)}`;
    const reg = () => register(session);
    const reply = (s: SuggestionView, unitId: string, category: string) => call(SuggestionSubjects.reply, { id: s.id, expectedVersion: s.version, category, content: '答复' }, liaison(unitId));
    const feedback = (s: SuggestionView, unitId: string, satisfaction: string) => call(SuggestionSubjects.recordFeedback, { id: s.id, expectedVersion: s.version, unitId, satisfaction, receivedOn: today });

    // S1: U1 answers A, satisfied.
    await feedback(await reply(await assign(await reg(), [{ unitId: U1, role: 'host' }]), U1, 'A'), U1, 'satisfied');
    // S2: U1 answers B, unsatisfied (re-handling; still replied once).
    await feedback(await reply(await assign(await reg(), [{ unitId: U1, role: 'host' }, { unitId: U2, role: 'assisting' }]), U1, 'B'), U1, 'unsatisfied');
    // S3: U1, not yet answered.
    await assign(await reg(), [{ unitId: U1, role: 'host' }]);
    // S4: U2 answers C, basically satisfied.
    await feedback(await reply(await assign(await reg(), [{ unitId: U2, role: 'host' }]), U2, 'C'), U2, 'basically_satisfied');
    // S5: 分办 to U1 and U2; U1 answers A, U2 not yet.
    await reply(await assign(await reg(), [{ unitId: U1, role: 'separate' }, { unitId: U2, role: 'separate' }]), U1, 'A');
    // S6: U2 returns it, re-assigned to U1, not yet answered (the returned one is not counted).
    const s6 = await assign(await reg(), [{ unitId: U2, role: 'host' }]);
    const s6returned = await call(SuggestionSubjects.returnAssignment, { id: s6.id, expectedVersion: s6.version, reason: '不属于本单位职责' }, liaison(U2));
    await call(SuggestionSubjects.reassign, { id: s6.id, expectedVersion: s6returned.version, unitId: U1, role: 'host' });
    // S7: withdrawn (not counted).
    const s7 = await assign(await reg(), [{ unitId: U2, role: 'host' }]);
    await call(SuggestionSubjects.withdraw, { id: s7.id, expectedVersion: s7.version, reason: '代表撤回' });

    const stats = await call<SuggestionStatistics.Reply>(SuggestionSubjects.statistics, { session });
    const u1 = stats.byUnit.find((u) => u.unitId === U1)!;
    const u2 = stats.byUnit.find((u) => u.unitId === U2)!;
    // U1: S1, S2, S3, S5, S6 assigned; S1, S2, S5 replied; feedback S1 满意, S2 不满意.
    expect(u1).toMatchObject({ unitName: '测试住建局', assigned: 5, replied: 3, replyRate: 0.6, feedbackReceived: 2, satisfied: 1, basicallySatisfied: 0, unsatisfied: 1, satisfactionRate: 0.5 });
    expect(u1.categories).toEqual({ A: 2, B: 1 });
    // U2: S4 and S5 assigned (S6 returned, S7 withdrawn); S4 replied, 基本满意.
    expect(u2).toMatchObject({ assigned: 2, replied: 1, replyRate: 0.5, feedbackReceived: 1, basicallySatisfied: 1, satisfactionRate: 1 });
    expect(u2.categories).toEqual({ C: 1 });
    expect(stats.byUnit).toHaveLength(2);
    expect(stats.overall).toMatchObject({ unitId: null, assigned: 7, replied: 4, replyRate: 0.5714, feedbackReceived: 3, satisfied: 1, basicallySatisfied: 1, unsatisfied: 1, satisfactionRate: 0.6667 });
    expect(stats.overall.categories).toEqual({ A: 2, B: 1, C: 1 });

    // A liaison sees their own unit's figures only.
    const own = await call<SuggestionStatistics.Reply>(SuggestionSubjects.statistics, { session }, liaison(U2));
    expect(own.byUnit.map((u) => u.unitId)).toEqual([U2]);
    expect(own.overall).toMatchObject({ assigned: 2, replied: 1 });
  });

  it("a liaison of another unit can neither see nor handle a unit's suggestion, by list or by id", async () => {
    const session = `可见性-${randomUUID().slice(0, 6)}`;
    const mine = await assign(await register(session), [{ unitId: U3, role: 'host' }, { unitId: U2, role: 'joint' }]);
    const other = await assign(await register(session), [{ unitId: U4, role: 'host' }]);
    const listed = await call<{ items: { id: string }[]; total: number }>(SuggestionSubjects.list, { session }, liaison(U3));
    expect(listed.items.map((i) => i.id)).toEqual([mine.id]);
    expect(listed.total).toBe(1);
    expect((await call<{ items: { id: string }[] }>(SuggestionSubjects.list, { session }, liaison(U2))).items.map((i) => i.id)).toEqual([mine.id]);
    expect((await call<{ items: { id: string }[] }>(SuggestionSubjects.list, { session })).items.map((i) => i.id).sort()).toEqual([mine.id, other.id].sort());
    await expect(call(SuggestionSubjects.get, { id: other.id }, liaison(U3))).rejects.toMatchObject({ spec: { code: 'SUGGESTION.NOT_FOUND' } });
    await expect(call(SuggestionSubjects.reply, { id: other.id, expectedVersion: other.version, category: 'A', content: '越权答复' }, liaison(U3))).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.NOT_FOUND' },
    });
    await expect(call(SuggestionSubjects.reply, { id: mine.id, expectedVersion: mine.version, category: 'A', content: '越权答复', unitId: U4 }, liaison(U3))).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.FORBIDDEN' },
    });
    await expect(call(SuggestionSubjects.list, {}, caller({ permissions: [] }))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('rules are versioned configuration: a new version applies from its date, earlier items keep theirs, and none may be retroactive', async () => {
    const before = await assign(await register(), [{ unitId: U1, role: 'host' }]);
    await expect(call(SuggestionSubjects.setRule, { code: 'reply_months', amount: 2, unit: 'months', effectiveFrom: '2020-01-01', source: '测试用规则来源' }, duchaChief)).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.RETROACTIVE_RULE' },
    });
    await expect(call(SuggestionSubjects.setRule, { code: 'reply_months', amount: 2, unit: 'months', effectiveFrom: '2099-01-01', source: '测试用规则来源' }, ducha)).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    const rule = await call<{ ruleVersion: number; code: string }>(SuggestionSubjects.setRule, { code: 'reply_months', amount: 2, unit: 'months', effectiveFrom: '2099-01-01', source: '测试用规则来源（2099）' }, duchaChief);
    expect(rule).toMatchObject({ code: 'reply_months', ruleVersion: 2 });
    const rules = await call<{ effective: { code: string; ruleVersion: number }[]; all: unknown[] }>(SuggestionSubjects.listRules, {});
    expect(rules.effective.find((r) => r.code === 'reply_months')?.ruleVersion).toBe(1);
    const later = await call<{ effective: { code: string; ruleVersion: number; amount: number }[] }>(SuggestionSubjects.listRules, { asOf: '2099-06-01' });
    expect(later.effective.find((r) => r.code === 'reply_months')).toMatchObject({ ruleVersion: 2, amount: 2 });
    expect(rules.effective.find((r) => r.code === 'return_days')).toMatchObject({ amount: 5, unit: 'calendar_days', source: expect.stringContaining('《民法典》') });
    expect(assignmentOf(await call(SuggestionSubjects.get, { id: before.id }), U1).rules.reply_months.ruleVersion).toBe(1);

    const categories = await call<{ effective: { code: string }[] }>(SuggestionSubjects.listCategories, {});
    expect(categories.effective.map((c) => c.code)).toEqual(['A', 'B', 'C']);
    await call(SuggestionSubjects.setCategory, { code: 'D', label: '留作参考', effectiveFrom: today, source: '本地办理办法（测试）', sortOrder: 40 }, duchaChief);
    expect((await call<{ effective: { code: string }[] }>(SuggestionSubjects.listCategories, {})).effective.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('a calendar year published later re-dates open deadlines in the same transaction, with the new explanation', async () => {
    const s = await assign(await register(), [{ unitId: U1, role: 'host' }], '2026-10-01');
    // 2027 is not loaded: 2027-01-01 is judged on weekends alone (a Friday) and is provisional.
    expect(assignmentOf(s, U1).due).toMatchObject({ dueDate: '2027-01-01', provisional: true });
    await bed.app.parts.transactions.run((tx) =>
      bed.app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(
        { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: '国务院办公厅关于2027年部分节假日安排的通知（测试）', version: 1 },
        tx,
      ),
    );
    const redated = assignmentOf(await call(SuggestionSubjects.get, { id: s.id }), U1);
    expect(redated.due).toMatchObject({ dueDate: '2027-01-04', provisional: false });
    expect(redated.due.explanation.join('\n')).toContain('元旦');
    expect((await call(SuggestionSubjects.get, { id: s.id })).timeline.at(-1)).toMatchObject({ action: 'redated', by: 'system' });
  });

  it('a duplicate number is a conflict and bad 交办 is refused with the reason', async () => {
    const s = await register('重复届');
    await expect(
      call(SuggestionSubjects.register, { kind: 'npc_suggestion', session: '重复届', meeting: '第五次会议', number: s.number, proposer: '王代表', coSigners: [], title: '重复的建议', content: '内容' }),
    ).rejects.toMatchObject({ spec: { code: 'SUGGESTION.DUPLICATE_NUMBER' } });
    await expect(assign(s, [{ unitId: U1, role: 'assisting' }])).rejects.toMatchObject({ spec: { code: 'SUGGESTION.INVALID_ASSIGNMENT' }, detail: expect.stringContaining('主办单位') });
    await expect(assign(s, [{ unitId: randomUUID(), role: 'host' }])).rejects.toMatchObject({ spec: { code: 'SUGGESTION.UNKNOWN_UNIT' } });
    await expect(assign(s, [{ unitId: U1, role: 'host' }], '2999-01-01')).rejects.toMatchObject({ spec: { code: 'SUGGESTION.FUTURE_DATE' } });
  });
  it('a jointly signed item is answered to each signer: when, by whom, and each signer’s own satisfaction', async () => {
    const host = liaison(U1);
    const s = await assign(await register(), [{ unitId: U1, role: 'host' }], '2026-03-02');
    expect(s.pendingSigners).toEqual([]);
    await expect(call(SuggestionSubjects.answerSigner, { id: s.id, expectedVersion: s.version, signer: '王代表', method: 'letter', answeredOn: '2026-05-21' }, host)).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.INVALID_STATE' },
    });
    const replied = await call(SuggestionSubjects.reply, { id: s.id, expectedVersion: s.version, category: 'A', content: '已列入改造计划', repliedOn: '2026-05-20' }, host);
    expect(replied.pendingSigners.map((p) => p.signer)).toEqual(['王代表', '李代表', '赵代表']);
    await expect(call(SuggestionSubjects.answerSigner, { id: s.id, expectedVersion: replied.version, signer: '钱代表', method: 'letter', answeredOn: '2026-05-21' }, host)).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.UNKNOWN_SIGNER' },
    });
    await expect(call(SuggestionSubjects.answerSigner, { id: s.id, expectedVersion: replied.version, signer: '王代表', method: 'letter', answeredOn: '2026-05-19' }, host)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    let current = replied;
    for (const [signer, answeredOn, method] of [['王代表', '2026-05-21', 'visit'], ['李代表', '2026-05-22', 'letter'], ['赵代表', '2026-05-25', 'phone']] as const) {
      current = await call(SuggestionSubjects.answerSigner, { id: s.id, expectedVersion: current.version, signer, method, answeredOn }, host);
    }
    await expect(call(SuggestionSubjects.answerSigner, { id: s.id, expectedVersion: current.version, signer: '李代表', method: 'letter' }, host)).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.SIGNER_ALREADY_ANSWERED' },
    });
    expect(current.pendingSigners).toEqual([]);
    expect(current.signerAnswers.map((a) => [a.signer, a.answeredOn, a.answeredBy, a.method, a.unitId, a.round, a.satisfaction])).toEqual([
      ['王代表', '2026-05-21', host.username, 'visit', U1, 1, null],
      ['李代表', '2026-05-22', host.username, 'letter', U1, 1, null],
      ['赵代表', '2026-05-25', host.username, 'phone', U1, 1, null],
    ]);
    // Each signer's 征询意见表 is recorded by 督查室, not by the unit.
    await expect(call(SuggestionSubjects.recordSignerFeedback, { id: s.id, expectedVersion: current.version, unitId: U1, signer: '王代表', satisfaction: 'satisfied', receivedOn: '2026-06-01' }, host)).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    for (const [signer, satisfaction] of [['王代表', 'satisfied'], ['李代表', 'basically_satisfied'], ['赵代表', 'unsatisfied']] as const) {
      current = await call(SuggestionSubjects.recordSignerFeedback, { id: s.id, expectedVersion: current.version, unitId: U1, signer, satisfaction, receivedOn: '2026-06-01' });
    }
    await expect(call(SuggestionSubjects.recordSignerFeedback, { id: s.id, expectedVersion: current.version, unitId: U1, signer: '王代表', satisfaction: 'unsatisfied', receivedOn: '2026-06-02' })).rejects.toMatchObject({
      spec: { code: 'SUGGESTION.INVALID_STATE' },
    });
    expect(current.signerAnswers.map((a) => [a.signer, a.satisfaction, a.satisfactionOn, a.satisfactionRecordedBy])).toEqual([
      ['王代表', 'satisfied', '2026-06-01', ducha.username],
      ['李代表', 'basically_satisfied', '2026-06-01', ducha.username],
      ['赵代表', 'unsatisfied', '2026-06-01', ducha.username],
    ]);
    expect(current.timeline.filter((t) => t.action === 'signer_answered').map((t) => t.note)).toEqual(['2026-05-21 答复送达王代表（走访）', '2026-05-22 答复送达李代表（书面）', '2026-05-25 答复送达赵代表（电话）']);
    expect(await bed.subjectsOf(s.id)).toEqual(expect.arrayContaining(['evt.supervision.suggestion.signer-answered', 'evt.supervision.suggestion.signer-feedback-recorded']));
  });

  it('merged (并案) proposals are handled together but each original is answered on its own', async () => {
    const host = liaison(U1);
    const main = await assign(await register('并案届'), [{ unitId: U1, role: 'host' }], '2026-03-02');
    const original = await assign(await register('并案届', { proposer: '孙代表', coSigners: [] }), [{ unitId: U1, role: 'host' }], '2026-03-02');
    const merged = await call(SuggestionSubjects.merge, { id: original.id, expectedVersion: original.version, intoId: main.id });
    expect(merged.mergedIntoId).toBe(main.id);
    expect(merged.timeline.at(-1)?.note).toContain('仍分别答复');
    const mainView = await call(SuggestionSubjects.get, { id: main.id });
    expect(mainView.mergedItems).toEqual([{ id: original.id, number: original.number, title: original.title, proposer: '孙代表', status: 'assigned' }]);
    // One level only: the original cannot be merged again, the main item cannot itself be merged away.
    await expect(call(SuggestionSubjects.merge, { id: merged.id, expectedVersion: merged.version, intoId: main.id })).rejects.toMatchObject({ spec: { code: 'SUGGESTION.INVALID_STATE' }, detail: '该件已并案，不能再次并入' });
    const third = await register('并案届');
    await expect(call(SuggestionSubjects.merge, { id: main.id, expectedVersion: mainView.version, intoId: third.id })).rejects.toMatchObject({ spec: { code: 'SUGGESTION.INVALID_STATE' }, detail: '已有其他件并入本件，本件只能作为主件' });
    // Answering the main item answers only the main item.
    const mainReplied = await call(SuggestionSubjects.reply, { id: main.id, expectedVersion: mainView.version, category: 'A', content: '主件答复', repliedOn: '2026-05-20', documentNumber: '博建提〔2026〕1号' }, host);
    expect(mainReplied.status).toBe('replied');
    expect(mainReplied.mergedItems[0].status).toBe('assigned');
    expect((await call(SuggestionSubjects.get, { id: original.id })).replies).toEqual([]);
    const originalReplied = await call(SuggestionSubjects.reply, { id: original.id, expectedVersion: merged.version, category: 'B', content: '对孙代表所提建议的答复', repliedOn: '2026-05-21', documentNumber: '博建提〔2026〕2号' }, host);
    expect(originalReplied.status).toBe('replied');
    expect(originalReplied.replies.map((r) => [r.category, r.documentNumber])).toEqual([['B', '博建提〔2026〕2号']]);
    expect(originalReplied.pendingSigners.map((p) => p.signer)).toEqual(['孙代表']);
    expect((await call(SuggestionSubjects.get, { id: main.id })).replies.map((r) => [r.category, r.documentNumber])).toEqual([['A', '博建提〔2026〕1号']]);
    expect((await call(SuggestionSubjects.get, { id: main.id })).mergedItems[0].status).toBe('replied');
  });
});
