import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BranchSubjects, PairingSubjects, PartyAffairsPermissions as P, type BranchView, type ListPairings, type PairingView } from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { partyAffairsDefinition } from '../src/index.js';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** 结对帮扶 in party-affairs, against real PostgreSQL and the real bus. */
describe('party-affairs: pairings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let mine: BranchView;
  let theirs: BranchView;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesManage, P.pairingsRead, P.pairingsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.pairingsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.pairingsOwn] });
  const [liaisonA, liaisonB] = [liaison(U1), liaison(U2)];
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const pairing = (branchId: string, targetName: string) => ({ year, branchId, targetKind: 'village', targetName, targetPlace: '某镇', plannedVisits: 2, plannedHelpFen: 500_000, goals: [{ content: '村集体增收' }, { content: '修缮村道' }] });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
    const fields = { kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${year - 1}-06-01` };
    mine = await call<BranchView>(BranchSubjects.create, { ...fields, name: '结对测试甲支部', unitId: U1 }, office);
    theirs = await call<BranchView>(BranchSubjects.create, { ...fields, name: '结对测试乙支部', unitId: U2 }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a pairing with its year targets; visits, help and outcomes recorded at the version held; the year view; withdrawn with a reason; events in the outbox', async () => {
    const created = await call<PairingView>(PairingSubjects.create, pairing(mine.id, '集成测试村'), office);
    expect(created).toMatchObject({ branchName: '结对测试甲支部', unitId: U1, memberId: null, status: 'open', version: 1, progress: { visits: 0, helpFen: 0, goals: 2, met: false } });
    const visited = await call<PairingView>(PairingSubjects.visit, { id: created.id, expectedVersion: 1, visitedOn: today, participants: ['王书记', '李委员'], content: '走访困难户' }, liaisonA);
    expect(visited).toMatchObject({ version: 2, progress: { visits: 1 } });
    expect(visited.visits).toEqual([expect.objectContaining({ participants: ['王书记', '李委员'], recordedBy: liaisonA.username })]);
    const helped = await call<PairingView>(PairingSubjects.help, { id: created.id, expectedVersion: 2, kind: 'funds', givenOn: today, valueFen: 300_000, description: '村道修缮资金' }, office);
    const helped2 = await call<PairingView>(PairingSubjects.help, { id: created.id, expectedVersion: 3, kind: 'materials', givenOn: today, valueFen: 200_000, description: '慰问物资' }, office);
    expect(helped.progress.helpFen).toBe(300_000);
    expect(helped2.progress).toMatchObject({ helpFen: 500_000, helpByKindFen: { funds: 300_000, materials: 200_000, project: 0, other: 0 } });
    await expect(call(PairingSubjects.visit, { id: created.id, expectedVersion: 3, visitedOn: today, participants: ['王书记'], content: '过期版本' }, office)).rejects.toMatchObject({
      spec: { code: 'PAIRING.VERSION_CONFLICT' },
    });
    await expect(call(PairingSubjects.visit, { id: created.id, expectedVersion: 4, visitedOn: `${year - 1}-12-31`, participants: ['王书记'], content: '上一年度' }, office)).rejects.toMatchObject({
      spec: { code: 'PAIRING.OUTSIDE_YEAR' },
    });
    let current = helped2;
    for (const goal of created.goals) {
      current = await call<PairingView>(PairingSubjects.outcome, { id: created.id, expectedVersion: current.version, goalId: goal.id, outcome: '目标达成', achievedOn: today }, office);
    }
    await expect(call(PairingSubjects.outcome, { id: created.id, expectedVersion: current.version, goalId: randomUUID(), outcome: '未知目标' }, office)).rejects.toMatchObject({ spec: { code: 'PAIRING.GOAL_UNKNOWN' } });
    expect(current.progress).toMatchObject({ visits: 1, plannedVisits: 2, goalsAchieved: 2, met: false });
    const changed = await call<PairingView>(PairingSubjects.update, { id: created.id, expectedVersion: current.version, ...pairing(mine.id, '集成测试村'), plannedVisits: 1, goals: current.goals.map((g) => ({ id: g.id, content: g.content })) }, office);
    expect(changed.progress.met).toBe(true);
    const withdrawn = await call<PairingView>(PairingSubjects.withdraw, { id: created.id, expectedVersion: changed.version, reason: '结对调整' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '结对调整' });
    await expect(call(PairingSubjects.visit, { id: created.id, expectedVersion: withdrawn.version, visitedOn: today, participants: ['王书记'], content: '已撤回' }, office)).rejects.toMatchObject({
      spec: { code: 'PAIRING.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual([
      'evt.party-affairs.pairing.created',
      'evt.party-affairs.pairing.visited',
      'evt.party-affairs.pairing.helped',
      'evt.party-affairs.pairing.helped',
      'evt.party-affairs.pairing.outcome-recorded',
      'evt.party-affairs.pairing.outcome-recorded',
      'evt.party-affairs.pairing.updated',
      'evt.party-affairs.pairing.withdrawn',
    ]);
  });

  it("a liaison sets up and sees only their own unit's branches' pairings; a reader cannot change; bad input is refused in Chinese", async () => {
    const own = await call<PairingView>(PairingSubjects.create, pairing(mine.id, '可见性测试社区甲'), liaisonA);
    const other = await call<PairingView>(PairingSubjects.create, pairing(theirs.id, '可见性测试社区乙'), liaisonB);
    await expect(call(PairingSubjects.create, pairing(theirs.id, '越权登记'), liaisonA)).rejects.toMatchObject({ spec: { code: 'PAIRING.BRANCH_UNKNOWN' } });
    expect((await call<ListPairings.Reply>(PairingSubjects.list, { q: '可见性测试' }, liaisonA)).items.map((r) => r.id)).toEqual([own.id]);
    expect((await call<ListPairings.Reply>(PairingSubjects.list, { q: '可见性测试', year }, reader)).items.map((r) => r.id).sort()).toEqual([own.id, other.id].sort());
    await expect(call(PairingSubjects.get, { id: other.id }, liaisonA)).rejects.toMatchObject({ spec: { code: 'PAIRING.NOT_FOUND' } });
    await expect(call(PairingSubjects.create, pairing(mine.id, '只读用户'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(PairingSubjects.create, { ...pairing(mine.id, '未知党员'), memberId: randomUUID() }, office)).rejects.toMatchObject({ spec: { code: 'PAIRING.MEMBER_UNKNOWN' } });
    await expect(call(PairingSubjects.help, { id: own.id, expectedVersion: 1, kind: 'gold', givenOn: today, valueFen: 1.5, description: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'valueFen' }), expect.objectContaining({ field: 'description' })]),
    });
  });
});
