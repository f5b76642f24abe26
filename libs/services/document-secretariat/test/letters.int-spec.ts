import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance, type CalendarYearPublished, type CallerContext } from '@gov/contracts-common';
import { LetterSubjects, type LetterView, type ListLetters } from '@gov/contracts-document-secretariat';
import { seedYearsFromChineseDays } from '@gov/calendar';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { documentSecretariatDefinition } from '../src/index.js';

/** Issue 21 §3 on real PostgreSQL through RPC: 人民来信 登记 → 转办/交办 → 回复 → 审核 → 办结, a liaison seeing only their unit's. */
describe('人民来信 (service, RPC)', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const unit = { a: randomUUID(), b: randomUUID() };
  const clerk = caller({ username: 'wenmi-lt', displayName: '文秘丁', sectionCode: 'wenmi', permissions: ['documents:read', 'documents:process'], clearance: Clearance.Secret });
  const chief = caller({ username: 'wenmi-chief', displayName: '文秘科长', roles: ['section_chief'], sectionCode: 'wenmi', permissions: ['documents:read', 'documents:process'] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], unitId, permissions: ['documents:read-own', 'documents:handle-own'] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('document-secretariat', subject, payload, who);
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => app.parts.dataSource.query(sql.replaceAll('$S', `"${app.parts.schema}"`), params) as Promise<T[]>;
  const letter = (over: Record<string, unknown> = {}) => ({
    writerName: '王建国',
    writerContact: '13800001234',
    receivedOn: '2025-09-30',
    channel: 'letter',
    summary: '反映小区供暖不足',
    content: '本人居住的小区今冬供暖温度长期低于 18 度，请求督促整改。',
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, documentSecretariatDefinition);
    client = await connectTestClient(environment);
    const insertUnit = (id: string, code: string, name: string) =>
      q(`INSERT INTO $S.unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
    await insertUnit(unit.a, 'LT-A', '博山区住房和城乡建设局');
    await insertUnit(unit.b, 'LT-B', '博山区城市管理局');
    const publish = (year: CalendarYearPublished.Event) => app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
    for (const year of seedYearsFromChineseDays()) await publish({ ...year, version: 1 });
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('registers with the 告知 deadline and its source, keeps the writer encrypted, masked in lists', async () => {
    const registered = await call<LetterView>(LetterSubjects.register, letter(), clerk);
    expect(registered).toMatchObject({ state: 'registered', writerName: '王建国', writerContact: '13800001234', channelLabel: '信件', acceptanceDeadline: { dueDate: '2025-10-28', overdue: true } });
    expect(registered.acceptanceDeadline.explanation.join('；')).toContain('信访工作条例');
    const [stored] = await q<{ writer_name_enc: string; writer_contact_enc: string }>(`SELECT writer_name_enc, writer_contact_enc FROM $S.letter WHERE id = $1`, [registered.id]);
    expect(stored.writer_name_enc.startsWith('sm4:')).toBe(true);
    expect(stored.writer_contact_enc).not.toContain('13800001234');
    const listed = await call<ListLetters.Reply>(LetterSubjects.list, { state: 'registered' }, clerk);
    expect(listed.items).toContainEqual(expect.objectContaining({ id: registered.id, writerName: '王**', writerContact: '138****1234' }));
    expect(listed.items.find((i) => i.id === registered.id)?.content).toBeUndefined();
  });

  it('refuses bad input with stable codes and Chinese field messages', async () => {
    await expect(call(LetterSubjects.register, letter({ channel: 'phone' }), clerk)).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'channel', message: expect.stringContaining('来信渠道') })],
    });
    await expect(call(LetterSubjects.register, letter({ receivedOn: '2099-01-04' }), clerk)).rejects.toMatchObject({ spec: { code: 'LETTER.RECEIVED_IN_FUTURE' } });
    await expect(call(LetterSubjects.register, letter(), liaison(unit.a))).rejects.toMatchObject({ spec: { code: 'DOCUMENT.FORBIDDEN' } });
  });

  it('交办 → the unit replies → sent back with a reason → replies again → 审核 → 办结; a liaison sees only their unit’s', async () => {
    const mine = await call<LetterView>(LetterSubjects.register, letter({ summary: '反映道路破损' }), clerk);
    const other = await call<LetterView>(LetterSubjects.register, letter({ summary: '反映占道经营', writerName: '李梅' }), clerk);
    const handed = await call<LetterView>(LetterSubjects.hand, { id: mine.id, expectedVersion: 1, mode: 'assign', unitId: unit.a, note: '请核实处理并回复' }, clerk);
    expect(handed).toMatchObject({ state: 'assigned', modeLabel: '交办', unitName: '博山区住房和城乡建设局', handlingDeadline: { overdue: false } });
    expect(handed.handlingDeadline?.explanation.join('；')).toContain('60 个工作日');
    await call<LetterView>(LetterSubjects.hand, { id: other.id, expectedVersion: 1, mode: 'transfer', unitId: unit.b }, clerk);

    const seen = await call<ListLetters.Reply>(LetterSubjects.list, {}, liaison(unit.a));
    expect(seen.items.map((i) => i.id)).toEqual([mine.id]);
    await expect(call(LetterSubjects.get, { id: other.id }, liaison(unit.a))).rejects.toMatchObject({ spec: { code: 'DOCUMENT.NOT_FOUND' } });
    await expect(call(LetterSubjects.reply, { id: mine.id, expectedVersion: 2, text: '已修复' }, liaison(unit.b))).rejects.toMatchObject({ spec: { code: 'DOCUMENT.NOT_FOUND' } });
    // A 交办 letter cannot be closed without the unit's reply.
    await expect(call(LetterSubjects.close, { id: mine.id, expectedVersion: 2 }, clerk)).rejects.toMatchObject({ spec: { code: 'LETTER.INVALID_STATE' } });

    await call<LetterView>(LetterSubjects.reply, { id: mine.id, expectedVersion: 2, text: '已安排维修' }, liaison(unit.a));
    await expect(call(LetterSubjects.review, { id: mine.id, expectedVersion: 3, decision: 'return' }, clerk)).rejects.toMatchObject({
      spec: { code: 'LETTER.REASON_REQUIRED' },
      fieldErrors: [expect.objectContaining({ field: 'reason' })],
    });
    const returned = await call<LetterView>(LetterSubjects.review, { id: mine.id, expectedVersion: 3, decision: 'return', reason: '未说明维修完成时间' }, clerk);
    expect(returned).toMatchObject({ state: 'assigned', returnReason: '未说明维修完成时间' });
    await call<LetterView>(LetterSubjects.reply, { id: mine.id, expectedVersion: 4, text: '已于本周完成维修' }, liaison(unit.a));
    const closed = await call<LetterView>(LetterSubjects.review, { id: mine.id, expectedVersion: 5, decision: 'approve' }, clerk);
    expect(closed).toMatchObject({ state: 'closed', replyText: '已于本周完成维修' });
    expect(closed.steps?.map((s) => s.action)).toEqual(['letter.registered', 'letter.assigned', 'letter.replied', 'letter.returned', 'letter.replied', 'letter.closed']);
    await expect(call(LetterSubjects.withdraw, { id: mine.id, expectedVersion: 6, reason: '重复登记' }, clerk)).rejects.toMatchObject({ spec: { code: 'LETTER.INVALID_STATE' } });
  });

  it('an extension only by the section chief, once, at most 30 days; a withdrawal keeps the record with its reason', async () => {
    const registered = await call<LetterView>(LetterSubjects.register, letter({ summary: '反映噪声扰民' }), clerk);
    const handed = await call<LetterView>(LetterSubjects.hand, { id: registered.id, expectedVersion: 1, mode: 'transfer', unitId: unit.b }, clerk);
    await expect(call(LetterSubjects.extend, { id: registered.id, expectedVersion: 2, days: 10, reason: '情况复杂' }, clerk)).rejects.toMatchObject({ spec: { code: 'DOCUMENT.FORBIDDEN' } });
    await expect(call(LetterSubjects.extend, { id: registered.id, expectedVersion: 2, days: 31, reason: '情况复杂' }, chief)).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'days' })],
    });
    const extended = await call<LetterView>(LetterSubjects.extend, { id: registered.id, expectedVersion: 2, days: 30, reason: '需多部门会商' }, chief);
    expect(extended).toMatchObject({ extensionDays: 30, extensionApprovedBy: '文秘科长' });
    expect((extended.handlingDeadline?.dueDate as string) > (handed.handlingDeadline?.dueDate as string)).toBe(true);
    await expect(call(LetterSubjects.extend, { id: registered.id, expectedVersion: 3, days: 5, reason: '再延' }, chief)).rejects.toMatchObject({ spec: { code: 'LETTER.EXTENSION_NOT_ALLOWED' } });
    const withdrawn = await call<LetterView>(LetterSubjects.withdraw, { id: registered.id, expectedVersion: 3, reason: '来信人撤回诉求' }, clerk);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawReason: '来信人撤回诉求' });
    const [{ count }] = await q<{ count: number }>(`SELECT count(*)::int AS count FROM $S.letter WHERE id = $1`, [registered.id]);
    expect(count).toBe(1);
  });

  it('lists the overdue letters: a registered letter past its 告知 deadline', async () => {
    const overdue = await call<ListLetters.Reply>(LetterSubjects.list, { overdue: 'true', state: 'registered' }, clerk);
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.acceptanceDeadline.overdue)).toBe(true);
    const onTime = await call<ListLetters.Reply>(LetterSubjects.list, { overdue: 'true', asOf: '2025-10-28', state: 'registered' }, clerk);
    expect(onTime.items).toEqual([]);
  });
});
