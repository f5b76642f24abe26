import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BranchSubjects, CampaignSubjects, PartyAffairsPermissions as P, type BranchView, type CampaignView, type ListCampaigns } from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { partyAffairsDefinition } from '../src/index.js';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** 主题教育 in party-affairs, against real PostgreSQL and the real bus. */
describe('party-affairs: campaigns', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let mine: BranchView;
  let theirs: BranchView;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesManage, P.campaignsRead, P.campaignsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.campaignsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.campaignsOwn] });
  const liaisonA = liaison(U1);
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const plan = (name: string) => ({
    name,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    basisDocument: '《关于在全党开展主题教育的意见》',
    tasks: [
      { content: '读书班集中学习', branchIds: [mine.id, theirs.id], dueOn: `${year}-01-01` },
      { content: '专题组织生活会', branchIds: [mine.id], dueOn: `${year}-12-31` },
    ],
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
    const fields = { kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${year - 1}-06-01` };
    mine = await call<BranchView>(BranchSubjects.create, { ...fields, name: '主题教育测试甲支部', unitId: U1 }, office);
    theirs = await call<BranchView>(BranchSubjects.create, { ...fields, name: '主题教育测试乙支部', unitId: U2 }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('set up with its plan, progress per branch with overdue tasks, completions recorded at the version held, withdrawn with a reason; events in the outbox', async () => {
    const created = await call<CampaignView>(CampaignSubjects.create, plan('集成测试主题教育'), office);
    expect(created).toMatchObject({ name: '集成测试主题教育', status: 'open', version: 1, createdBy: office.username });
    expect(created.branches.map((b) => b.name)).toEqual(['主题教育测试甲支部', '主题教育测试乙支部']);
    const first = created.tasks[0].id;
    const overdueExpected = today > `${year}-01-01` ? 1 : 0;
    expect(created.progress.map((p) => [p.branchName, p.assigned, p.done, p.overdue])).toEqual([
      ['主题教育测试甲支部', 2, 0, overdueExpected],
      ['主题教育测试乙支部', 1, 0, overdueExpected],
    ]);

    const completed = await call<CampaignView>(CampaignSubjects.complete, { id: created.id, expectedVersion: 1, taskId: first, branchId: mine.id, completedOn: today, evidence: '读书班签到表' }, liaisonA);
    expect(completed.version).toBe(2);
    expect(completed.progress).toEqual([expect.objectContaining({ branchId: mine.id, done: 1, overdue: 0, completionRate: 50 })]);
    expect(completed.completions).toEqual([expect.objectContaining({ taskId: first, branchId: mine.id, recordedBy: liaisonA.username })]);
    await expect(call(CampaignSubjects.complete, { id: created.id, expectedVersion: 2, taskId: first, branchId: theirs.id, completedOn: today, evidence: '越权登记' }, liaisonA)).rejects.toMatchObject({
      spec: { code: 'AUTH.FORBIDDEN' },
    });
    await expect(call(CampaignSubjects.complete, { id: created.id, expectedVersion: 2, taskId: created.tasks[1].id, branchId: theirs.id, completedOn: today, evidence: '非其任务' }, office)).rejects.toMatchObject({
      spec: { code: 'CAMPAIGN.TASK_UNKNOWN' },
    });
    await expect(call(CampaignSubjects.complete, { id: created.id, expectedVersion: 1, taskId: first, branchId: theirs.id, completedOn: today, evidence: '过期版本' }, office)).rejects.toMatchObject({
      spec: { code: 'CAMPAIGN.VERSION_CONFLICT' },
    });
    await expect(call(CampaignSubjects.complete, { id: created.id, expectedVersion: 2, taskId: first, branchId: theirs.id, completedOn: `${year - 1}-12-31`, evidence: '早于期间' }, office)).rejects.toMatchObject({
      spec: { code: 'CAMPAIGN.PERIOD' },
    });

    const changed = await call<CampaignView>(CampaignSubjects.update, { id: created.id, expectedVersion: 2, ...plan('集成测试主题教育（改）'), tasks: [{ id: first, content: '读书班', branchIds: [mine.id], dueOn: `${year}-01-01` }] }, office);
    expect({ version: changed.version, completions: changed.completions.length, branches: changed.branches.length }).toEqual({ version: 3, completions: 1, branches: 1 });
    await expect(call(CampaignSubjects.update, { id: created.id, expectedVersion: 3, ...plan('越权修改') }, liaisonA)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const withdrawn = await call<CampaignView>(CampaignSubjects.withdraw, { id: created.id, expectedVersion: 3, reason: '重复部署' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复部署', version: 4 });
    await expect(call(CampaignSubjects.complete, { id: created.id, expectedVersion: 4, taskId: first, branchId: mine.id, completedOn: today, evidence: '已撤回' }, office)).rejects.toMatchObject({
      spec: { code: 'CAMPAIGN.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual([
      'evt.party-affairs.campaign.created',
      'evt.party-affairs.campaign.task-completed',
      'evt.party-affairs.campaign.updated',
      'evt.party-affairs.campaign.withdrawn',
    ]);
  });

  it("a liaison sees the campaigns with tasks for their unit's branches, cut to those; a reader cannot change; bad input is refused in Chinese", async () => {
    const both = await call<CampaignView>(CampaignSubjects.create, plan('可见性测试甲乙'), office);
    const onlyTheirs = await call<CampaignView>(CampaignSubjects.create, { ...plan('可见性测试乙'), tasks: [{ content: '乙的任务', branchIds: [theirs.id], dueOn: `${year}-06-30` }] }, office);
    const seen = await call<ListCampaigns.Reply>(CampaignSubjects.list, { q: '可见性测试' }, liaisonA);
    expect(seen.items.map((r) => r.id)).toEqual([both.id]);
    expect(seen.items[0].progress.map((p) => p.branchId)).toEqual([mine.id]);
    expect((await call<ListCampaigns.Reply>(CampaignSubjects.list, { q: '可见性测试' }, reader)).items.map((r) => r.id).sort()).toEqual([both.id, onlyTheirs.id].sort());
    await expect(call(CampaignSubjects.get, { id: onlyTheirs.id }, liaisonA)).rejects.toMatchObject({ spec: { code: 'CAMPAIGN.NOT_FOUND' } });
    await expect(call(CampaignSubjects.create, plan('只读用户'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(CampaignSubjects.create, { ...plan('期间外'), tasks: [{ content: '期间外任务', branchIds: [mine.id], dueOn: `${year + 1}-01-01` }] }, office)).rejects.toMatchObject({
      spec: { code: 'CAMPAIGN.PERIOD' },
    });
    await expect(call(CampaignSubjects.create, { ...plan('未知支部'), tasks: [{ content: '任务', branchIds: [randomUUID()], dueOn: `${year}-06-30` }] }, office)).rejects.toMatchObject({
      spec: { code: 'CAMPAIGN.BRANCH_UNKNOWN' },
    });
    await expect(call(CampaignSubjects.create, { name: '甲', startsOn: 'x', tasks: [] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'startsOn' }), expect.objectContaining({ field: 'tasks' })]),
    });
  });
});
