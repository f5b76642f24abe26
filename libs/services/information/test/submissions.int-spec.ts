import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { SubmissionSubjects, InformationPermissions as P, type ListSubmissions, type SubmissionView } from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 报送信息 in information, against real PostgreSQL and the real bus. */
describe('information: submissions', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.submissionsRead, P.submissionsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.submissionsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('created, read, listed, changed at the version held, withdrawn with a reason; each step an event in the outbox', async () => {
    const created = await call<SubmissionView>(SubmissionSubjects.create, { title: '集成测试记录', content: '第一稿' }, office);
    expect(created).toMatchObject({ title: '集成测试记录', status: 'open', unitId: null, version: 1, createdBy: office.username });
    expect(await call<SubmissionView>(SubmissionSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    const listed = await call<ListSubmissions.Reply>(SubmissionSubjects.list, { q: '集成测试' }, office);
    expect(listed.items.map((r) => r.id)).toContain(created.id);
    const changed = await call<SubmissionView>(SubmissionSubjects.update, { id: created.id, expectedVersion: 1, title: '集成测试记录（改）', content: '第二稿' }, office);
    expect(changed).toMatchObject({ title: '集成测试记录（改）', version: 2 });
    await expect(call(SubmissionSubjects.update, { id: created.id, expectedVersion: 1, title: '过期版本', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'SUBMISSION.VERSION_CONFLICT' },
    });
    await expect(call(SubmissionSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<SubmissionView>(SubmissionSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 3 });
    await expect(call(SubmissionSubjects.update, { id: created.id, expectedVersion: 3, title: '已撤回', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'SUBMISSION.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual(['evt.information.submission.created', 'evt.information.submission.updated', 'evt.information.submission.withdrawn']);
  });

  it("a liaison sees and changes only their own unit's records; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<SubmissionView>(SubmissionSubjects.create, { title: '可见性测试甲', content: '—' }, liaison(U1));
    const theirs = await call<SubmissionView>(SubmissionSubjects.create, { title: '可见性测试乙', content: '—' }, liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListSubmissions.Reply>(SubmissionSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListSubmissions.Reply>(SubmissionSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(SubmissionSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'SUBMISSION.NOT_FOUND' } });
    await expect(call(SubmissionSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'SUBMISSION.NOT_FOUND' } });
    await expect(call(SubmissionSubjects.create, { title: '只读用户', content: '—' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SubmissionSubjects.create, { title: '甲', content: 1 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'content' })]),
    });
  });
});
