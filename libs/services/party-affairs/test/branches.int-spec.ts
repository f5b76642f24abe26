import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BranchSubjects, MemberSubjects, PartyAffairsPermissions as P, type BranchView, type ListBranches } from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { addMonths, todayInShanghai } from '../src/common/dates.js';
import { partyAffairsDefinition } from '../src/index.js';

/** 党组织 in party-affairs, against real PostgreSQL and the real bus. */
describe('party-affairs: branches', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const today = todayInShanghai();
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesRead, P.branchesManage, P.membersRead, P.membersManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.branchesRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.branchesOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const fields = (name: string, extra: object = {}) => ({ name, kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: addMonths(today, -12), ...extra });

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

  it('set up, read, changed at the version held, re-elected, extended within a year, withdrawn with a reason; each step an event', async () => {
    const created = await call<BranchView>(BranchSubjects.create, fields('集成测试第一支部'), office);
    expect(created).toMatchObject({ name: '集成测试第一支部', status: 'active', version: 1, term: { state: 'normal', endsOn: addMonths(today, 24) } });
    expect(await call<BranchView>(BranchSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    await expect(call(BranchSubjects.create, fields('集成测试第一支部'), office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const changed = await call<BranchView>(BranchSubjects.update, { id: created.id, expectedVersion: 1, ...fields('集成测试第一支部（改）', { themeDay: 15, termStartedOn: addMonths(today, -30) }) }, office);
    expect(changed).toMatchObject({ name: '集成测试第一支部（改）', themeDay: 15, version: 2 });
    await expect(call(BranchSubjects.update, { id: created.id, expectedVersion: 1, ...fields('过期版本') }, office)).rejects.toMatchObject({ spec: { code: 'BRANCH.VERSION_CONFLICT' } });
    await expect(call(BranchSubjects.elect, { id: created.id, expectedVersion: 2, electedOn: addMonths(today, -31), committee: [], approval: '博政办党字〔2026〕1号' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.ELECTION_DATE' },
    });
    const elected = await call<BranchView>(
      BranchSubjects.elect,
      { id: created.id, expectedVersion: 2, electedOn: today, committee: [{ post: 'secretary', name: '李书记' }, { post: 'organisation', name: '张委员' }, { post: 'publicity', name: '赵委员' }], approval: '博政办党字〔2026〕1号' },
      office,
    );
    expect(elected).toMatchObject({ termStartedOn: today, term: { endsOn: addMonths(today, 36), state: 'normal' }, elections: [{ kind: 'election', on: today }] });
    const extended = await call<BranchView>(BranchSubjects.extend, { id: created.id, expectedVersion: 3, months: 8, approval: '博政办党字〔2026〕2号' }, office);
    expect(extended.term).toMatchObject({ extensionMonths: 8, endsOn: addMonths(today, 44) });
    await expect(call(BranchSubjects.extend, { id: created.id, expectedVersion: 4, months: 5, approval: '博政办党字〔2026〕3号' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.EXTENSION_TOO_LONG' },
    });
    await expect(call(BranchSubjects.withdraw, { id: created.id, expectedVersion: 4, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<BranchView>(BranchSubjects.withdraw, { id: created.id, expectedVersion: 4, reason: '机构调整合并' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '机构调整合并', version: 5 });
    await expect(call(BranchSubjects.update, { id: created.id, expectedVersion: 5, ...fields('已撤销') }, office)).rejects.toMatchObject({ spec: { code: 'BRANCH.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual([
      'evt.party-affairs.branch.created',
      'evt.party-affairs.branch.updated',
      'evt.party-affairs.branch.elected',
      'evt.party-affairs.branch.extended',
      'evt.party-affairs.branch.withdrawn',
    ]);
  });

  it('换届 follows its procedure: 请示 → 批复 → 选举 → 报告, out of order refused, early ≤ 1 year; each step an event', async () => {
    const due = await call<BranchView>(BranchSubjects.create, fields('集成测试换届程序支部', { termStartedOn: addMonths(today, -31) }), office);
    const id = due.id;
    const seats = [{ post: 'secretary', name: '新书记' }];
    await expect(call(BranchSubjects.elect, { id, expectedVersion: 1, electedOn: today, committee: seats }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const early = { spec: { code: 'BRANCH.ELECTION_OUT_OF_ORDER' } };
    await expect(call(BranchSubjects.approveElection, { id, expectedVersion: 1, approvalNumber: '博政办党字〔2026〕9号', approvedOn: today, approver: '中共博山区委区直机关工委' }, office)).rejects.toMatchObject(early);
    await expect(call(BranchSubjects.reportElection, { id, expectedVersion: 1, reportedOn: today, reportNumber: '一支发〔2026〕1号', reportedTo: '区直机关工委' }, office)).rejects.toMatchObject(early);
    await expect(call(BranchSubjects.requestElection, { id, expectedVersion: 1, plannedOn: today, reason: '  ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });

    const requested = await call<BranchView>(BranchSubjects.requestElection, { id, expectedVersion: 1, plannedOn: addMonths(today, 3), reason: '本届任期即将届满，拟按期换届' }, office);
    expect(requested).toMatchObject({ version: 2, procedure: { stage: 'requested', early: false, plannedOn: addMonths(today, 3), requestedOn: today, inline: false }, elections: [{ kind: 'request', on: today }] });
    await expect(call(BranchSubjects.requestElection, { id, expectedVersion: 2, plannedOn: addMonths(today, 3), reason: '再次请示' }, office)).rejects.toMatchObject(early);
    await expect(call(BranchSubjects.elect, { id, expectedVersion: 2, electedOn: today, committee: seats, approval: '一并批复' }, office)).rejects.toMatchObject(early);
    await expect(call(BranchSubjects.approveElection, { id, expectedVersion: 2, approvalNumber: '博政办党字〔2026〕9号', approvedOn: addMonths(today, -1), approver: '区直机关工委' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.ELECTION_STEP_DATE' },
    });
    const approved = await call<BranchView>(BranchSubjects.approveElection, { id, expectedVersion: 2, approvalNumber: ' 博政办党字〔2026〕9号 ', approvedOn: today, approver: '中共博山区委区直机关工委' }, office);
    expect(approved.procedure).toMatchObject({ stage: 'approved', approvalNumber: '博政办党字〔2026〕9号', approvedOn: today, approver: '中共博山区委区直机关工委' });

    const elected = await call<BranchView>(BranchSubjects.elect, { id, expectedVersion: 3, electedOn: today, committee: seats }, office);
    expect(elected).toMatchObject({ termStartedOn: today, committee: seats, procedure: { stage: 'elected', electedOn: today, inline: false }, term: { state: 'normal', endsOn: addMonths(today, 36) } });
    expect(elected.elections.map((e) => [e.kind, e.approval])).toEqual([
      ['request', `换届请示：拟于 ${addMonths(today, 3)} 选举；本届任期即将届满，拟按期换届`],
      ['approval', '中共博山区委区直机关工委 博政办党字〔2026〕9号'],
      ['election', '博政办党字〔2026〕9号'],
    ]);
    await expect(call(BranchSubjects.reportElection, { id, expectedVersion: 4, reportedOn: addMonths(today, -1), reportNumber: '一支发〔2026〕1号', reportedTo: '区直机关工委' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.ELECTION_STEP_DATE' },
    });
    const reported = await call<BranchView>(BranchSubjects.reportElection, { id, expectedVersion: 4, reportedOn: today, reportNumber: '一支发〔2026〕1号', reportedTo: '区直机关工委' }, office);
    expect(reported).toMatchObject({ version: 5, procedure: { stage: 'reported', reportedOn: today, reportNumber: '一支发〔2026〕1号', reportedTo: '区直机关工委', reportedBy: office.username } });
    await expect(call(BranchSubjects.reportElection, { id, expectedVersion: 5, reportedOn: today, reportNumber: '再报', reportedTo: '区直机关工委' }, office)).rejects.toMatchObject(early);
    expect(await subjectsOf(id)).toEqual([
      'evt.party-affairs.branch.created',
      'evt.party-affairs.branch.election-requested',
      'evt.party-affairs.branch.election-approved',
      'evt.party-affairs.branch.elected',
      'evt.party-affairs.branch.election-reported',
    ]);

    // 提前换届: flagged more than 6 months before the end, refused more than 1 year before it (RULES.md §2.11).
    const young = await call<BranchView>(BranchSubjects.create, fields('集成测试提前换届支部', { termStartedOn: addMonths(today, -20) }), office);
    await expect(call(BranchSubjects.requestElection, { id: young.id, expectedVersion: 1, plannedOn: addMonths(today, 3), reason: '机构调整' }, office)).rejects.toMatchObject({
      spec: { code: 'BRANCH.ELECTION_TOO_EARLY' },
    });
    const earlyRequest = await call<BranchView>(BranchSubjects.requestElection, { id: young.id, expectedVersion: 1, plannedOn: addMonths(today, 5), reason: '机构调整，提前换届' }, office);
    expect(earlyRequest.procedure).toMatchObject({ stage: 'requested', early: true });
    await expect(call(BranchSubjects.elect, { id: young.id, expectedVersion: 2, electedOn: today, committee: seats, approval: '一并批复' }, office)).rejects.toMatchObject(early);
  });

  it('a term ending in 5 months shows its reminder; 7 full members without a committee are flagged', async () => {
    const due = await call<BranchView>(BranchSubjects.create, fields('集成测试换届提醒支部', { termStartedOn: addMonths(today, -31) }), office);
    expect(due.term).toMatchObject({ state: 'reminder', endsOn: addMonths(today, 5) });
    expect(due.term.explanation).toContain('《中国共产党支部工作条例（试行）》');
    for (let i = 0; i < 7; i++) {
      await call(MemberSubjects.create, { name: `党员${i}号`, gender: 'male', branchId: due.id, idNumber: `37030419800101${String(1000 + i)}`, stage: 'full', admittedOn: '2000-01-01', fullOn: '2001-01-01' }, office);
    }
    const counted = await call<BranchView>(BranchSubjects.get, { id: due.id }, office);
    expect(counted).toMatchObject({ fullMembers: 7, probationaryMembers: 0 });
    expect(counted.flags.map((f) => f.code)).toEqual(['BRANCH.COMMITTEE_REQUIRED']);
  });

  it("a liaison reads only their own unit's branches and changes none; bad input is refused in Chinese", async () => {
    const mine = await call<BranchView>(BranchSubjects.create, fields('可见性测试甲支部', { unitId: U1 }), office);
    const theirs = await call<BranchView>(BranchSubjects.create, fields('可见性测试乙支部', { unitId: U2 }), office);
    expect((await call<ListBranches.Reply>(BranchSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListBranches.Reply>(BranchSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(BranchSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'BRANCH.NOT_FOUND' } });
    await expect(call(BranchSubjects.withdraw, { id: mine.id, expectedVersion: 1, reason: '越权撤销' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(BranchSubjects.create, fields('只读用户'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(BranchSubjects.create, { name: '甲', kind: 'x', committee: [{ post: 'boss', name: '' }], termStartedOn: '2026-02-30' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'termStartedOn' })]),
    });
  });
});
