import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { ApplicationSubjects, DisclosurePermissions as P, type ListApplications, type ApplicationView } from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 依申请公开申请 in disclosure, against real PostgreSQL and the real bus. */
describe('disclosure: applications', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.applicationsRead, P.applicationsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.applicationsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.applicationsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

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

  it('created, read, listed, changed at the version held, withdrawn with a reason; each step an event in the outbox', async () => {
    const created = await call<ApplicationView>(ApplicationSubjects.create, { title: '集成测试记录', content: '第一稿' }, office);
    expect(created).toMatchObject({ title: '集成测试记录', status: 'open', unitId: null, version: 1, createdBy: office.username });
    expect(await call<ApplicationView>(ApplicationSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    const listed = await call<ListApplications.Reply>(ApplicationSubjects.list, { q: '集成测试' }, office);
    expect(listed.items.map((r) => r.id)).toContain(created.id);
    const changed = await call<ApplicationView>(ApplicationSubjects.update, { id: created.id, expectedVersion: 1, title: '集成测试记录（改）', content: '第二稿' }, office);
    expect(changed).toMatchObject({ title: '集成测试记录（改）', version: 2 });
    await expect(call(ApplicationSubjects.update, { id: created.id, expectedVersion: 1, title: '过期版本', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.VERSION_CONFLICT' },
    });
    await expect(call(ApplicationSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<ApplicationView>(ApplicationSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 3 });
    await expect(call(ApplicationSubjects.update, { id: created.id, expectedVersion: 3, title: '已撤回', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'APPLICATION.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual(['evt.disclosure.application.created', 'evt.disclosure.application.updated', 'evt.disclosure.application.withdrawn']);
  });

  it("a liaison sees and changes only their own unit's records; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<ApplicationView>(ApplicationSubjects.create, { title: '可见性测试甲', content: '—' }, liaison(U1));
    const theirs = await call<ApplicationView>(ApplicationSubjects.create, { title: '可见性测试乙', content: '—' }, liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListApplications.Reply>(ApplicationSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListApplications.Reply>(ApplicationSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(ApplicationSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'APPLICATION.NOT_FOUND' } });
    await expect(call(ApplicationSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'APPLICATION.NOT_FOUND' } });
    await expect(call(ApplicationSubjects.create, { title: '只读用户', content: '—' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ApplicationSubjects.create, { title: '甲', content: 1 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'content' })]),
    });
  });
});
