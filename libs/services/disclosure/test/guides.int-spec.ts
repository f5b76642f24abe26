import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { GuideSubjects, DisclosurePermissions as P, type GuideDetail, type ListGuides } from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 政府信息公开指南 in disclosure: numbered versions, the current text, retirement with a reason. */
describe('disclosure: guides', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.guidesRead, P.guidesManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.guidesRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.guidesOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const text = (what: string) => `${what}：本机关政府信息公开工作机构为区政府办公室大数据科，办公地址、办公时间、联系电话、依申请公开的渠道和程序如下。`;

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

  it('registered as version 1, revised into version 2 after it (a version not after the current one is refused), retired with a reason', async () => {
    const created = await call<GuideDetail>(GuideSubjects.create, { title: '区政府办公室政府信息公开指南', content: text('2024年版'), effectiveOn: '2024-01-01' }, office);
    expect(created).toMatchObject({ status: 'in_force', currentNumber: 1, currentEffectiveOn: '2024-01-01', unitId: null, version: 1 });
    expect(created.versions).toEqual([expect.objectContaining({ number: 1, effectiveOn: '2024-01-01', changeNote: null, createdBy: office.username })]);

    await expect(call(GuideSubjects.revise, { id: created.id, expectedVersion: 1, content: text('同日版'), effectiveOn: '2024-01-01', changeNote: '更新联系电话' }, office)).rejects.toMatchObject({
      spec: { code: 'GUIDE.DATE_ORDER' },
      fieldErrors: [expect.objectContaining({ field: 'effectiveOn' })],
    });
    await expect(call(GuideSubjects.revise, { id: created.id, expectedVersion: 1, content: text('2026年版'), effectiveOn: '2026-03-01', changeNote: ' ' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    const revised = await call<GuideDetail>(GuideSubjects.revise, { id: created.id, expectedVersion: 1, content: text('2026年版'), effectiveOn: '2026-03-01', changeNote: '办公地址迁至新址，更新受理时间' }, office);
    expect(revised).toMatchObject({ currentNumber: 2, currentEffectiveOn: '2026-03-01', content: text('2026年版'), version: 2 });
    expect(revised.versions.map((v) => [v.number, v.effectiveOn, v.changeNote])).toEqual([
      [1, '2024-01-01', null],
      [2, '2026-03-01', '办公地址迁至新址，更新受理时间'],
    ]);
    expect((await call<GuideDetail>(GuideSubjects.get, { id: created.id }, reader)).versions[0].content).toBe(text('2024年版'));
    await expect(call(GuideSubjects.revise, { id: created.id, expectedVersion: 1, content: text('过期'), effectiveOn: '2026-09-01', changeNote: '过期版本' }, office)).rejects.toMatchObject({ spec: { code: 'GUIDE.VERSION_CONFLICT' } });

    const retired = await call<GuideDetail>(GuideSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '机构改革后由新指南替代' }, office);
    expect(retired).toMatchObject({ status: 'retired', withdrawalReason: '机构改革后由新指南替代', version: 3 });
    await expect(call(GuideSubjects.revise, { id: created.id, expectedVersion: 3, content: text('废止后'), effectiveOn: '2027-01-01', changeNote: '再修订' }, office)).rejects.toMatchObject({ spec: { code: 'GUIDE.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual(['evt.disclosure.guide.created', 'evt.disclosure.guide.revised', 'evt.disclosure.guide.withdrawn']);
  });

  it("a liaison keeps only their own unit's guide; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<GuideDetail>(GuideSubjects.create, { title: '可见性测试甲 指南', content: text('甲'), effectiveOn: '2025-01-01' }, liaison(U1));
    const theirs = await call<GuideDetail>(GuideSubjects.create, { title: '可见性测试乙 指南', content: text('乙'), effectiveOn: '2025-01-01' }, liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListGuides.Reply>(GuideSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListGuides.Reply>(GuideSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(GuideSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'GUIDE.NOT_FOUND' } });
    await expect(call(GuideSubjects.create, { title: '只读用户', content: text('只读'), effectiveOn: '2025-01-01' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(GuideSubjects.create, { title: '甲', content: '太短', effectiveOn: '2025-02-30' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'title' }),
        expect.objectContaining({ field: 'content', message: 'content：指南正文至少 20 个字' }),
        expect.objectContaining({ field: 'effectiveOn' }),
      ]),
    });
  });
});
