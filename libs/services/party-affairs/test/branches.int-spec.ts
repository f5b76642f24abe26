import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BranchSubjects, PartyAffairsPermissions as P, type ListBranches, type BranchView } from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { partyAffairsDefinition } from '../src/index.js';

/** 党支部 in party-affairs, against real PostgreSQL and the real bus. */
describe('party-affairs: branches', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesRead, P.branchesManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.branchesRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.branchesOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('created, read, listed, changed at the version held, withdrawn with a reason; each step an event in the outbox', async () => {
    const created = await call<BranchView>(BranchSubjects.create, { title: '集成测试记录', content: '第一稿' }, office);
    expect(created).toMatchObject({ title: '集成测试记录', status: 'open', unitId: null, version: 1, createdBy: office.username });
    expect(await call<BranchView>(BranchSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    const listed = await call<ListBranches.Reply>(BranchSubjects.list, { q: '集成测试' }, office);
    expect(listed.items.map((r) => r.id)).toContain(created.id);
    const changed = await call<BranchView>(BranchSubjects.update, { id: created.id, expectedVersion: 1, title: '集成测试记录（改）', content: '第二稿' }, office);
    expect(changed).toMatchObject({ title: '集成测试记录（改）', version: 2 });
    await expect(call(BranchSubjects.update, { id: created.id, expectedVersion: 1, title: '过期版本', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.VERSION_CONFLICT' },
    });
    await expect(call(BranchSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<BranchView>(BranchSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 3 });
    await expect(call(BranchSubjects.update, { id: created.id, expectedVersion: 3, title: '已撤回', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual(['evt.party-affairs.branch.created', 'evt.party-affairs.branch.updated', 'evt.party-affairs.branch.withdrawn']);
  });

  it("a liaison sees and changes only their own unit's records; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<BranchView>(BranchSubjects.create, { title: '可见性测试甲', content: '—' }, liaison(U1));
    const theirs = await call<BranchView>(BranchSubjects.create, { title: '可见性测试乙', content: '—' }, liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListBranches.Reply>(BranchSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListBranches.Reply>(BranchSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(BranchSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'BRANCH.NOT_FOUND' } });
    await expect(call(BranchSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'BRANCH.NOT_FOUND' } });
    await expect(call(BranchSubjects.create, { title: '只读用户', content: '—' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(BranchSubjects.create, { title: '甲', content: 1 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'content' })]),
    });
  });
});
