import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { MonthlyNoticeEvents, MonthlyNoticeSubjects, SubmissionSubjects, InformationPermissions as P, type ListMonthlyNotices, type MonthlyNoticeSigned, type MonthlyNoticeView, type SubmissionDetailView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 月度通报 in information, against real PostgreSQL and the real bus: drafted for a closed month, 审核, 签发, its event. */
describe('information: monthly notices', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const manage = [P.monthlyNoticesRead, P.monthlyNoticesManage, P.submissionsRead, P.submissionsManage];
  const staff = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: manage });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'xinxi', permissions: manage });
  const director = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.monthlyNoticesRead, P.monthlyNoticesSign] });
  const mayor = caller({ roles: ['district_leader'], sectionCode: null, permissions: [P.monthlyNoticesRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: U1, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const sql = (text: string, params: unknown[] = []) => app.parts.dataSource.query(text.replaceAll('{s}', `"${app.parts.schema}"`), params);
  // Months relative to today (Asia/Shanghai): the current one is not closed, the two before it are.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const monthBefore = (month: string, n: number) => {
    const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - n, 1));
    return d.toISOString().slice(0, 7);
  };
  const current = today.slice(0, 7);
  const [last, earlier, next] = [monthBefore(current, 1), monthBefore(current, 2), monthBefore(current, -1)];
  const preface = '现将各镇街、区直各部门政务信息报送采用情况通报如下，请各单位对照排名，认真做好信息报送工作。';
  const mainRecipients = ['各镇人民政府、街道办事处', '区政府各部门、各有关单位'];

  async function adopted(title: string, level: string, adoptedOn: string): Promise<SubmissionDetailView> {
    const created = await call<SubmissionDetailView>(SubmissionSubjects.create, { title, body: `${title}。用于月度通报的政务信息正文。`, category: 'practice' }, liaison);
    const accepted = await call<SubmissionDetailView>(SubmissionSubjects.accept, { id: created.id, expectedVersion: 1 }, staff);
    return call<SubmissionDetailView>(SubmissionSubjects.adopt, { id: created.id, expectedVersion: accepted.version, level, adoptedOn }, staff);
  }

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
    for (const [id, code, name] of [
      [U1, 'INF-M1', '通报测试甲局'],
      [U2, 'INF-M2', '通报测试乙镇'],
    ])
      await sql(`INSERT INTO {s}.unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('drafts a closed month once with its snapshot, regenerates only in 草稿, 审核 by the chief, 签发 by the leader, and publishes what the 发文 needs', async () => {
    const item = await adopted('月度通报测试信息', 'district_bulletin', `${last}-15`);
    for (const month of [current, next]) {
      await expect(call(MonthlyNoticeSubjects.create, { month, preface, mainRecipients }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.MONTH_NOT_CLOSED' } });
    }
    await expect(call(MonthlyNoticeSubjects.create, { month: last, preface, mainRecipients }, director)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const draft = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.create, { month: last, preface, mainRecipients }, staff);
    const [y, m] = [last.slice(0, 4), Number(last.slice(5, 7))];
    expect(draft).toMatchObject({ month: last, title: `关于${y}年${m}月份政务信息报送采用情况的通报`, status: 'draft', statusLabel: '草稿', version: 1, mainRecipients });
    expect(draft.report.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: U1, unitName: '通报测试甲局', rank: 1, score: 5 }),
        expect.objectContaining({ unitId: U2, unitName: '通报测试乙镇', submitted: 0, score: 0 }),
      ]),
    );
    expect(draft.report.silentUnits).toContain('通报测试乙镇');
    expect(draft.text).toContain('名次 | 单位 | 报送 | 区刊 | 报市 | 市采用 | 省采用 | 国办采用 | 批示 | 约稿扣分 | 得分');
    await expect(call(MonthlyNoticeSubjects.create, { month: last, preface, mainRecipients }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.DUPLICATE_MONTH' } });
    // Leaders see only what is sent on to them; a liaison nothing (the notice ranks every unit).
    await expect(call(MonthlyNoticeSubjects.get, { id: draft.id }, mayor)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.NOT_FOUND' } });
    await expect(call(MonthlyNoticeSubjects.get, { id: draft.id }, director)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.NOT_FOUND' } });
    await expect(call(MonthlyNoticeSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    // The snapshot holds until regenerated: a 市采用 recorded later shows only after 重新生成.
    await call(SubmissionSubjects.adopt, { id: item.id, expectedVersion: item.version, level: 'city', adoptedOn: `${last}-20` }, staff);
    expect((await call<MonthlyNoticeView>(MonthlyNoticeSubjects.get, { id: draft.id }, staff)).report.rows.find((r) => r.unitId === U1)?.score).toBe(5);
    const regenerated = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.regenerate, { id: draft.id, expectedVersion: 1 }, staff);
    expect({ version: regenerated.version, score: regenerated.report.rows.find((r) => r.unitId === U1)?.score }).toEqual({ version: 2, score: 25 });
    const edited = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.update, { id: draft.id, expectedVersion: 2, preface: `${preface}（修改稿）`, mainRecipients }, staff);
    expect(edited).toMatchObject({ version: 3, title: draft.title, preface: `${preface}（修改稿）` });

    const submitted = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.submit, { id: draft.id, expectedVersion: 3 }, staff);
    expect(submitted.status).toBe('reviewing');
    await expect(call(MonthlyNoticeSubjects.regenerate, { id: draft.id, expectedVersion: 4 }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.INVALID_STATE' } });
    await expect(call(MonthlyNoticeSubjects.sign, { id: draft.id, expectedVersion: 4 }, director)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.INVALID_STATE' } });
    await expect(call(MonthlyNoticeSubjects.review, { id: draft.id, expectedVersion: 4 }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.REVIEWER_REQUIRED' } });
    const reviewed = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.review, { id: draft.id, expectedVersion: 4, note: '同意' }, chief);
    expect(reviewed).toMatchObject({ status: 'approved', reviewedBy: chief.username });
    await expect(call(MonthlyNoticeSubjects.sign, { id: draft.id, expectedVersion: 5 }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(MonthlyNoticeSubjects.sign, { id: draft.id, expectedVersion: 5, signedOn: '2999-01-01' }, director)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const signed = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.sign, { id: draft.id, expectedVersion: 5, opinion: '同意印发' }, director);
    expect(signed).toMatchObject({ status: 'signed', statusLabel: '已签发', signedBy: director.username, signedOn: today, version: 6 });
    expect(signed.steps.map((s) => [s.step, s.status, s.actor])).toEqual([
      ['create', 'draft', staff.username],
      ['regenerate', 'draft', staff.username],
      ['update', 'draft', staff.username],
      ['submit', 'reviewing', staff.username],
      ['review', 'approved', chief.username],
      ['sign', 'signed', director.username],
    ]);
    expect((await call<ListMonthlyNotices.Reply>(MonthlyNoticeSubjects.list, {}, mayor)).items.map((n) => n.id)).toContain(draft.id);

    const [{ envelope }] = (await sql(`SELECT envelope FROM {s}.outbox WHERE subject = $1 AND envelope -> 'data' ->> 'noticeId' = $2`, [MonthlyNoticeEvents.signed, draft.id])) as { envelope: { data: MonthlyNoticeSigned.Event } }[];
    expect(envelope.data).toMatchObject({ noticeId: draft.id, month: last, title: draft.title, mainRecipients, signedBy: director.username, signedByUserId: director.userId, signedOn: today, opinion: '同意印发', section: 'xinxi', version: 6 });
    expect(envelope.data.bodyText).toContain(`${preface}（修改稿）`);
    // 报送 counts the month's submissions (this one was reported today), 采用 the adoptions dated in the month.
    expect(envelope.data.bodyText).toMatch(/\n1 \| 通报测试甲局 \| 0 \| 1 \| 0 \| 1 \| 0 \| 0 \| 0 \| 0 \| 25\n/);

    // Signed is final: no step, no update behind the service's back.
    await expect(call(MonthlyNoticeSubjects.withdraw, { id: draft.id, expectedVersion: 6, reason: '签发后撤回' }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.INVALID_STATE' } });
    await expect(sql(`UPDATE {s}.monthly_notice SET preface = 'x' WHERE id = $1`, [draft.id])).rejects.toThrow('已签发或已撤回的月度通报不可更改');
    await expect(sql(`DELETE FROM {s}.monthly_notice WHERE id = $1`, [draft.id])).rejects.toThrow('月度通报不删除');
  });

  it('退回 with a reason returns to 草稿; withdrawn with a reason before 签发, which frees the month; bad input is refused in Chinese', async () => {
    const first = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.create, { month: earlier, preface, mainRecipients, title: '关于政务信息工作情况的通报' }, staff);
    await call(MonthlyNoticeSubjects.submit, { id: first.id, expectedVersion: 1 }, staff);
    await call(MonthlyNoticeSubjects.review, { id: first.id, expectedVersion: 2 }, chief);
    await expect(call(MonthlyNoticeSubjects.sendBack, { id: first.id, expectedVersion: 3, reason: ' ' }, director)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const sentBack = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.sendBack, { id: first.id, expectedVersion: 3, reason: '按语请补充下月工作要求' }, director);
    expect(sentBack).toMatchObject({ status: 'draft', reason: '按语请补充下月工作要求', reviewedBy: null });
    await expect(call(MonthlyNoticeSubjects.update, { id: first.id, expectedVersion: 3, preface, mainRecipients }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.VERSION_CONFLICT' } });
    const withdrawn = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.withdraw, { id: first.id, expectedVersion: 4, reason: '统计口径调整，重新起草' }, staff);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', reason: '统计口径调整，重新起草' });
    const again = await call<MonthlyNoticeView>(MonthlyNoticeSubjects.create, { month: earlier, preface, mainRecipients }, staff);
    expect(again).toMatchObject({ month: earlier, status: 'draft', version: 1 });

    await expect(call(MonthlyNoticeSubjects.create, { month: '2026-13', preface: '短', mainRecipients: [] }, staff)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'month' }), expect.objectContaining({ field: 'preface' }), expect.objectContaining({ field: 'mainRecipients' })]),
    });
    await expect(call(MonthlyNoticeSubjects.get, { id: randomUUID() }, staff)).rejects.toMatchObject({ spec: { code: 'MONTHLY_NOTICE.NOT_FOUND' } });
  });
});
