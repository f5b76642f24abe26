import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BranchSubjects, LifeMeetingSubjects, PartyAffairsPermissions as P, type BranchView, type LifeCompliance, type LifeMeetingView, type ListLifeMeetings } from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { addMonths, todayInShanghai } from '../src/common/dates.js';
import { partyAffairsDefinition } from '../src/index.js';

/** 组织生活 in party-affairs: meetings with attendance, and the compliance view per branch. */
describe('party-affairs: life meetings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let mine: BranchView;
  let theirs: BranchView;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const today = todayInShanghai();
  const lastYear = Number(today.slice(0, 4)) - 1;
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesManage, P.lifeMeetingsRead, P.lifeMeetingsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.lifeMeetingsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.lifeMeetingsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const meeting = (branchId: string, kind: string, heldOn: string, topic = '学习贯彻会议精神') => ({ branchId, kind, heldOn, topic, expected: 10, absences: [{ name: '张三', reason: '出差' }], minutes: '会议记录正文' });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
    const fields = { kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${lastYear - 1}-06-01` };
    mine = await call<BranchView>(BranchSubjects.create, { ...fields, name: '组织生活测试甲支部', unitId: U1 }, office);
    theirs = await call<BranchView>(BranchSubjects.create, { ...fields, name: '组织生活测试乙支部', unitId: U2 }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('recorded with attendance, changed at the version held, withdrawn with a reason; each step an event', async () => {
    const created = await call<LifeMeetingView>(LifeMeetingSubjects.create, meeting(mine.id, 'party_congress', addMonths(today, -1)), office);
    expect(created).toMatchObject({ kind: 'party_congress', expected: 10, present: 9, branchName: '组织生活测试甲支部', unitId: U1, status: 'recorded', version: 1 });
    const changed = await call<LifeMeetingView>(LifeMeetingSubjects.update, { id: created.id, expectedVersion: 1, ...meeting(mine.id, 'party_congress', addMonths(today, -1), '改后的主题') }, office);
    expect(changed).toMatchObject({ topic: '改后的主题', version: 2 });
    await expect(call(LifeMeetingSubjects.update, { id: created.id, expectedVersion: 1, ...meeting(mine.id, 'party_congress', today) }, office)).rejects.toMatchObject({
      spec: { code: 'LIFE_MEETING.VERSION_CONFLICT' },
    });
    const withdrawn = await call<LifeMeetingView>(LifeMeetingSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 3 });
    expect(await subjectsOf(created.id)).toEqual(['evt.party-affairs.life-meeting.created', 'evt.party-affairs.life-meeting.updated', 'evt.party-affairs.life-meeting.withdrawn']);
    await expect(call(LifeMeetingSubjects.create, { ...meeting(mine.id, 'committee', today), expected: 1, absences: [{ name: '张三', reason: '出差' }, { name: '李四', reason: '病假' }] }, office)).rejects.toMatchObject({
      spec: { code: 'LIFE_MEETING.ATTENDANCE' },
    });
    await expect(call(LifeMeetingSubjects.create, meeting(mine.id, 'committee', addMonths(today, 1)), office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });

  it('a branch that held no 党员大会 in a quarter is red; the configuration and its source are shown', async () => {
    for (const day of [`${lastYear}-02-10`, `${lastYear}-05-10`, `${lastYear}-11-10`]) await call(LifeMeetingSubjects.create, meeting(mine.id, 'party_congress', day), office);
    const view = await call<LifeCompliance.Reply>(LifeMeetingSubjects.compliance, { year: lastYear, branchId: mine.id }, reader);
    expect(view).toMatchObject({ year: lastYear, configVersion: '2018-支部工作条例', configSource: expect.stringContaining('《中国共产党支部工作条例（试行）》') });
    const congress = view.branches[0].lines.find((l) => l.kind === 'party_congress')!;
    expect(congress.periods.map((p) => [p.period, p.light])).toEqual([
      [`${lastYear}-Q1`, 'green'],
      [`${lastYear}-Q2`, 'green'],
      [`${lastYear}-Q3`, 'red'],
      [`${lastYear}-Q4`, 'green'],
    ]);
    expect(congress.light).toBe('red');
    expect(view.branches[0].light).toBe('red');
  });

  it('what a branch owes is in 待办, due at the end of its period, and closed by the meeting', async () => {
    const fresh = await call<BranchView>(BranchSubjects.create, { name: '待办测试支部', kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: today }, office);
    await call(LifeMeetingSubjects.create, meeting(fresh.id, 'committee', today), office);
    const tasks = async (subject: string) =>
      (
        (await app.parts.dataSource.query(
          `SELECT envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->'recordRef'->>'id' = $2 ORDER BY seq`,
          [subject, fresh.id],
        )) as { data: { taskId: string; title?: string; kind: string; deadline?: { date: string } } }[]
      ).map((r) => r.data);
    const opened = await tasks('evt.party-affairs.task.opened');
    const congress = opened.find((t) => t.taskId.includes(':party_congress-'));
    expect(congress).toMatchObject({ kind: 'party_meeting_due', title: expect.stringContaining('党员大会尚未召开') });
    expect(congress?.deadline?.date.slice(0, 4)).toBe(today.slice(0, 4));
    expect(opened.some((t) => t.taskId.includes(':committee-'))).toBe(false);
    await call(LifeMeetingSubjects.create, meeting(fresh.id, 'party_congress', today), office);
    expect((await tasks('evt.party-affairs.task.closed')).map((t) => t.taskId)).toContain(congress?.taskId);
  });

  it("a liaison records and sees only their own unit's branch; a reader changes nothing", async () => {
    const liaisonA = liaison(U1);
    const own = await call<LifeMeetingView>(LifeMeetingSubjects.create, meeting(mine.id, 'theme_day', today, '主题党日可见性测试'), liaisonA);
    expect(own.createdBy).toBe(liaisonA.username);
    await expect(call(LifeMeetingSubjects.create, meeting(theirs.id, 'theme_day', today), liaison(U1))).rejects.toMatchObject({ spec: { code: 'LIFE_MEETING.BRANCH_UNKNOWN' } });
    const other = await call<LifeMeetingView>(LifeMeetingSubjects.create, meeting(theirs.id, 'theme_day', today, '主题党日可见性测试'), office);
    expect((await call<ListLifeMeetings.Reply>(LifeMeetingSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([own.id]);
    await expect(call(LifeMeetingSubjects.get, { id: other.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'LIFE_MEETING.NOT_FOUND' } });
    const compliance = await call<LifeCompliance.Reply>(LifeMeetingSubjects.compliance, { year: lastYear }, liaison(U1));
    expect(compliance.branches.map((b) => b.branchId)).toEqual([mine.id]);
    await expect(call(LifeMeetingSubjects.create, meeting(mine.id, 'lecture', today), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(LifeMeetingSubjects.compliance, { year: 1999 }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });
});
