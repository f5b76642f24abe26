import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { ManuscriptSubjects, DisclosurePermissions as P, type ListManuscripts, type ManuscriptDetail, type ManuscriptStats } from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 政务公开稿件 in disclosure, against real PostgreSQL and the real bus: 登记 → 报送 → 采用 / 未采用, the yearly count, who sees what. */
describe('disclosure: manuscripts', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.manuscriptsRead, P.manuscriptsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.manuscriptsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.manuscriptsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const outboxOf = async (id: string) =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [id],
    )) as { subject: string; data: Record<string, unknown> }[];
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const manuscript = (title: string, over: Record<string, unknown> = {}) => ({
    title,
    authors: ['张三', '李四'],
    authorUnit: '区应急管理局',
    target: 'exchange',
    content: '我局以政务公开标准化规范化为抓手，梳理公开事项清单 26 项，按月更新。',
    attachments: ['事项清单.xlsx'],
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a liaison registers its unit’s manuscript; 政务公开科 sends it on and records its adoption; each step a line, an event and the 待办', async () => {
    const unitLiaison = liaison(U1);
    const created = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('应急管理局推进基层政务公开'), unitLiaison);
    expect(created).toMatchObject({ unitId: U1, status: 'pending', statusLabel: '待报送', target: 'exchange', targetLabel: '《政务公开工作交流》', authors: ['张三', '李四'], version: 1, createdBy: unitLiaison.username });
    const changed = await call<ManuscriptDetail>(ManuscriptSubjects.update, { id: created.id, expectedVersion: 1, ...manuscript('应急管理局推进基层政务公开标准化', { target: 'provincial' }) }, unitLiaison);
    expect(changed).toMatchObject({ title: '应急管理局推进基层政务公开标准化', target: 'provincial', version: 2 });
    await expect(call(ManuscriptSubjects.update, { id: created.id, expectedVersion: 1, ...manuscript('过期版本') }, unitLiaison)).rejects.toMatchObject({ spec: { code: 'MANUSCRIPT.VERSION_CONFLICT' } });
    // Sending on and recording adoption are 政务公开科's, never the liaison's.
    await expect(call(ManuscriptSubjects.submit, { id: created.id, expectedVersion: 2, submittedOn: today }, unitLiaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ManuscriptSubjects.adopt, { id: created.id, expectedVersion: 2, adoptedOn: today, publishedIn: '省政府网站' }, office)).rejects.toMatchObject({ spec: { code: 'MANUSCRIPT.INVALID_STATE' } });
    await expect(call(ManuscriptSubjects.submit, { id: created.id, expectedVersion: 2, submittedOn: '2099-01-01' }, office)).rejects.toMatchObject({
      spec: { code: 'MANUSCRIPT.DATE_ORDER' },
      fieldErrors: [expect.objectContaining({ field: 'submittedOn', message: 'submittedOn：日期不能晚于今天' })],
    });
    const sent = await call<ManuscriptDetail>(ManuscriptSubjects.submit, { id: created.id, expectedVersion: 2, submittedOn: today }, office);
    expect(sent).toMatchObject({ status: 'submitted', submittedOn: today, submittedBy: office.username, version: 3 });
    await expect(call(ManuscriptSubjects.update, { id: created.id, expectedVersion: 3, ...manuscript('报送后修改') }, unitLiaison)).rejects.toMatchObject({ spec: { code: 'MANUSCRIPT.INVALID_STATE' } });
    await expect(call(ManuscriptSubjects.withdraw, { id: created.id, expectedVersion: 3, reason: '单位撤稿' }, unitLiaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const adopted = await call<ManuscriptDetail>(ManuscriptSubjects.adopt, { id: created.id, expectedVersion: 3, adoptedOn: today, publishedIn: '山东省政府网站·政务公开专栏', issueNumber: `${year}年第3期` }, office);
    expect(adopted).toMatchObject({ status: 'adopted', statusLabel: '已采用', adoptedOn: today, publishedIn: '山东省政府网站·政务公开专栏', issueNumber: `${year}年第3期`, version: 4 });
    expect(adopted.steps.map((s) => s.label)).toEqual(['登记稿件', '修改稿件', '报送', '登记采用']);
    expect(await call<ManuscriptDetail>(ManuscriptSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id, version: 4 });

    const outbox = await outboxOf(created.id);
    expect(outbox.map((r) => r.subject)).toEqual([
      'evt.disclosure.manuscript.created',
      'evt.disclosure.task.opened',
      'evt.disclosure.manuscript.updated',
      'evt.disclosure.task.opened',
      'evt.disclosure.manuscript.submitted',
      'evt.disclosure.task.closed',
      'evt.disclosure.task.opened',
      'evt.disclosure.manuscript.adopted',
      'evt.disclosure.task.closed',
    ]);
    expect(outbox[1].data).toMatchObject({ kind: 'disclosure_manuscript_submission', assignee: { type: 'role', id: 'section_staff' }, section: 'dashuju', link: `/disclosure/manuscripts/${created.id}` });
    expect(outbox[6].data).toMatchObject({ kind: 'disclosure_manuscript_adoption' });
  });

  it('not adopted, withdrawn with a reason, and the yearly count per unit and target from the records', async () => {
    const before = await call<ManuscriptStats.Reply>(ManuscriptSubjects.stats, { year }, liaison(U2));
    expect(before).toEqual({ year, rows: [], submitted: 0, adopted: 0 });
    const rejected = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('乙单位稿件一', { target: 'city' }), liaison(U2));
    await call(ManuscriptSubjects.submit, { id: rejected.id, expectedVersion: 1, submittedOn: today }, office);
    const notAdopted = await call<ManuscriptDetail>(ManuscriptSubjects.reject, { id: rejected.id, expectedVersion: 2, note: '内容与已刊发稿件重复' }, office);
    expect(notAdopted).toMatchObject({ status: 'not_adopted', rejectionNote: '内容与已刊发稿件重复', version: 3 });
    const adopted = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('乙单位稿件二', { target: 'city' }), liaison(U2));
    await call(ManuscriptSubjects.submit, { id: adopted.id, expectedVersion: 1, submittedOn: today }, office);
    await call(ManuscriptSubjects.adopt, { id: adopted.id, expectedVersion: 2, adoptedOn: today, publishedIn: '淄博市政府网站' }, office);
    const pulled = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('乙单位稿件三'), liaison(U2));
    await expect(call(ManuscriptSubjects.withdraw, { id: pulled.id, expectedVersion: 1, reason: ' ' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<ManuscriptDetail>(ManuscriptSubjects.withdraw, { id: pulled.id, expectedVersion: 1, reason: '单位决定不再投稿' }, liaison(U2));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '单位决定不再投稿', version: 2 });

    const mine = await call<ManuscriptStats.Reply>(ManuscriptSubjects.stats, { year }, liaison(U2));
    expect(mine).toEqual({ year, rows: [{ unitId: U2, target: 'city', targetLabel: '市级政务公开栏目', submitted: 2, adopted: 1 }], submitted: 2, adopted: 1 });
    const all = await call<ManuscriptStats.Reply>(ManuscriptSubjects.stats, { year }, reader);
    expect(all.rows).toEqual(expect.arrayContaining([{ unitId: U1, target: 'provincial', targetLabel: '省级政务公开栏目', submitted: 1, adopted: 1 }, mine.rows[0]]));
    await expect(call(ManuscriptSubjects.stats, { year: 1999 }, reader)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });

  it("a liaison sees and changes only their own unit's manuscripts; a reader cannot register; bad input is refused in Chinese", async () => {
    const mine = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('可见性测试甲'), liaison(U1));
    const theirs = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('可见性测试乙'), liaison(U2));
    const officeOwn = await call<ManuscriptDetail>(ManuscriptSubjects.create, manuscript('可见性测试丙', { unitId: U2 }), office);
    expect(officeOwn.unitId).toBe(U2);
    expect((await call<ListManuscripts.Reply>(ManuscriptSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListManuscripts.Reply>(ManuscriptSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id, officeOwn.id].sort());
    expect((await call<ListManuscripts.Reply>(ManuscriptSubjects.list, { q: '李四', status: 'pending', target: 'exchange', limit: 100 }, liaison(U1))).items.map((r) => r.id)).toContain(mine.id);
    await expect(call(ManuscriptSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'MANUSCRIPT.NOT_FOUND' } });
    await expect(call(ManuscriptSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'MANUSCRIPT.NOT_FOUND' } });
    await expect(call(ManuscriptSubjects.create, manuscript('只读用户'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ManuscriptSubjects.create, { ...manuscript('甲'), authors: [], target: 'county', content: 1 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'title' }),
        expect.objectContaining({ field: 'authors' }),
        expect.objectContaining({ field: 'target' }),
        expect.objectContaining({ field: 'content' }),
      ]),
    });
  });
});
