import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance, type CallerContext } from '@gov/contracts-common';
import {
  BranchSubjects,
  ClueSubjects,
  PartyAffairsPermissions as P,
  ResponsibilitySubjects,
  TalkSubjects,
  type BranchView,
  type ClueView,
  type ListClues,
  type ListIntegrity,
  type ListTalks,
  type ResponsibilityView,
  type ResponsibilityYear,
  type TalkView,
} from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { partyAffairsDefinition } from '../src/index.js';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** 纪检监察 / 党风廉政 in party-affairs (责任清单, 谈话, 问题线索), against real PostgreSQL and the real bus. */
describe('party-affairs: integrity', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let mine: BranchView;
  let theirs: BranchView;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesManage, P.integrityRead, P.integrityManage] });
  const discipline = caller({ roles: ['section_chief'], sectionCode: 'dang_zongzhi', clearance: Clearance.Confidential, permissions: [P.integrityRead, P.integrityManage, P.integrityConfidentialRead, P.integrityConfidentialManage] });
  const lowClearance = { ...discipline, username: 'low-clearance', clearance: Clearance.Secret };
  const reader = caller({ roles: ['office_leader'], sectionCode: null, clearance: Clearance.TopSecret, permissions: [P.integrityRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.integrityOwn] });
  const [liaisonA, liaisonB] = [liaison(U1), liaison(U2)];
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string; data: Record<string, unknown> }[];
  const list = (branchId: string, title: string) => ({
    year,
    branchId,
    title,
    items: [
      { content: '每季度研究党风廉政建设', responsible: '王书记', dueOn: `${year}-01-01` },
      { content: '开展廉政教育', responsible: '李委员', dueOn: `${year}-12-31` },
    ],
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
    const fields = { kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${year - 1}-06-01` };
    mine = await call<BranchView>(BranchSubjects.create, { ...fields, name: '廉政测试甲支部', unitId: U1 }, office);
    theirs = await call<BranchView>(BranchSubjects.create, { ...fields, name: '廉政测试乙支部', unitId: U2 }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('责任清单: one per branch and year, completed item by item (the liaison for their branch), the year view, withdrawn with a reason', async () => {
    const created = await call<ResponsibilityView>(ResponsibilitySubjects.create, list(mine.id, '集成测试责任清单'), office);
    expect(created).toMatchObject({ branchName: '廉政测试甲支部', unitId: U1, itemCount: 2, done: 0, overdue: today > `${year}-01-01` ? 1 : 0, completionRate: 0, version: 1 });
    await expect(call(ResponsibilitySubjects.create, list(mine.id, '重复清单'), office)).rejects.toMatchObject({ spec: { code: 'RESPONSIBILITY.DUPLICATE' } });
    await expect(call(ResponsibilitySubjects.create, { ...list(theirs.id, '跨年'), items: [{ content: '跨年条目', responsible: '王书记', dueOn: `${year + 1}-01-01` }] }, office)).rejects.toMatchObject({
      spec: { code: 'RESPONSIBILITY.DATE_OUT_OF_RANGE' },
    });
    const completed = await call<ResponsibilityView>(ResponsibilitySubjects.complete, { id: created.id, expectedVersion: 1, itemId: created.items[0].id, doneOn: today, evidence: '党组会议纪要' }, liaisonA);
    expect(completed).toMatchObject({ version: 2, done: 1, overdue: 0, completionRate: 50 });
    expect(completed.items[0]).toMatchObject({ doneOn: today, evidence: '党组会议纪要', completedBy: liaisonA.username });
    await expect(call(ResponsibilitySubjects.complete, { id: created.id, expectedVersion: 2, itemId: created.items[1].id, doneOn: today, evidence: '越权' }, liaisonB)).rejects.toMatchObject({
      spec: { code: 'RESPONSIBILITY.NOT_FOUND' },
    });
    await expect(call(ResponsibilitySubjects.update, { id: created.id, expectedVersion: 2, ...list(mine.id, '联络员不能改清单') }, liaisonA)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ResponsibilitySubjects.complete, { id: created.id, expectedVersion: 1, itemId: created.items[1].id, doneOn: today, evidence: '过期版本' }, office)).rejects.toMatchObject({
      spec: { code: 'RESPONSIBILITY.VERSION_CONFLICT' },
    });
    const changed = await call<ResponsibilityView>(ResponsibilitySubjects.update, { id: created.id, expectedVersion: 2, ...list(mine.id, '集成测试责任清单（改）'), items: [{ id: created.items[0].id, content: '每季度研究', responsible: '王书记', dueOn: created.items[0].dueOn }, { content: '新增条目', responsible: '张委员', dueOn: `${year}-12-31` }] }, office);
    expect({ version: changed.version, done: changed.done, total: changed.itemCount, first: changed.items[0].doneOn }).toEqual({ version: 3, done: 1, total: 2, first: today });
    const other = await call<ResponsibilityView>(ResponsibilitySubjects.create, list(theirs.id, '乙支部清单'), office);
    const yearView = await call<ResponsibilityYear.Reply>(ResponsibilitySubjects.year, { year }, reader);
    const line = (id: string) => yearView.lists.find((l) => l.id === id);
    expect([line(created.id), line(other.id)].map((l) => [l?.branchName, l?.done, l?.total])).toEqual([
      ['廉政测试甲支部', 1, 2],
      ['廉政测试乙支部', 0, 2],
    ]);
    expect((await call<ResponsibilityYear.Reply>(ResponsibilitySubjects.year, { year }, liaisonA)).lists.map((l) => l.id)).toEqual([created.id]);
    expect((await call<ListIntegrity.Reply>(ResponsibilitySubjects.list, { year }, liaisonB)).items.map((l) => l.id)).toEqual([other.id]);
    const withdrawn = await call<ResponsibilityView>(ResponsibilitySubjects.withdraw, { id: other.id, expectedVersion: 1, reason: '重新制定' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重新制定' });
    expect((await outbox(created.id)).map((e) => e.subject)).toEqual(['evt.party-affairs.responsibility.created', 'evt.party-affairs.responsibility.completed', 'evt.party-affairs.responsibility.updated']);
  });

  it('谈话: recorded by the 纪检委员; others with integrity:read see only that it took place; liaisons nothing; the event carries no person or record', async () => {
    await expect(call(TalkSubjects.create, { kind: 'reminder', talkedOn: today, talker: '周强', record: '谈话内容', personName: '赵某', personUnit: '某局' }, office)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(TalkSubjects.create, { kind: 'reminder', talkedOn: today, talker: '周强', record: '谈话内容' }, discipline)).rejects.toMatchObject({ spec: { code: 'TALK.PERSON_REQUIRED' } });
    await expect(call(TalkSubjects.create, { kind: 'reminder', talkedOn: today, talker: '周强', record: '谈话内容', memberId: randomUUID() }, discipline)).rejects.toMatchObject({ spec: { code: 'TALK.MEMBER_UNKNOWN' } });
    const talk = await call<TalkView>(TalkSubjects.create, { kind: 'admonition', talkedOn: today, talker: '周强', record: '诫勉谈话记录正文', personName: '赵某', personUnit: '某局科长' }, discipline);
    expect(talk).toMatchObject({ confidential: true, personName: '赵某', record: '诫勉谈话记录正文' });
    for (const who of [office, reader]) {
      const seen = await call<TalkView>(TalkSubjects.get, { id: talk.id }, who);
      expect(seen).toMatchObject({ confidential: false, kind: 'admonition', talkedOn: today, talker: '周强', personName: null, personUnit: null, record: null });
      const listed = await call<ListTalks.Reply>(TalkSubjects.list, { kind: 'admonition' }, who);
      expect(listed.items.find((t) => t.id === talk.id)).toMatchObject({ record: null, personName: null });
    }
    await expect(call(TalkSubjects.get, { id: talk.id }, liaisonA)).rejects.toMatchObject({ spec: { code: 'TALK.NOT_FOUND' } });
    await expect(call(TalkSubjects.list, {}, liaisonA)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(TalkSubjects.withdraw, { id: talk.id, expectedVersion: 1, reason: '误登记' }, office)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const withdrawn = await call<TalkView>(TalkSubjects.withdraw, { id: talk.id, expectedVersion: 1, reason: '误登记' }, discipline);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 2 });
    const events = await outbox(talk.id);
    expect(events.map((e) => e.subject)).toEqual(['evt.party-affairs.talk.created', 'evt.party-affairs.talk.withdrawn']);
    expect(JSON.stringify(events)).not.toMatch(/赵某|诫勉谈话记录正文/);
  });

  it('问题线索: 登记 → 初核 → 处置 → 办结 in order with dates; confidential (permission and clearance); never deleted; the event carries the state only', async () => {
    await expect(call(ClueSubjects.create, { receivedOn: today, source: '信访举报', personConcerned: '钱某', summary: '反映问题', secrecyLevel: 3 }, discipline)).rejects.toMatchObject({ spec: { code: 'CLUE.ABOVE_CLEARANCE' } });
    const clue = await call<ClueView>(ClueSubjects.create, { receivedOn: today, source: '信访举报', personConcerned: '钱某', personUnit: '某局', summary: '反映违规收受礼金' }, discipline);
    expect(clue).toMatchObject({ status: 'registered', secrecyLevel: 2, checkOverdue: false, history: [expect.objectContaining({ step: 'register' })] });
    expect(clue.checkDueExplanation).toContain('本地设定');
    expect({ version: clue.checkRuleVersion, after: clue.checkDueOn > today }).toEqual({ version: 'local-2018-1', after: true });
    for (const who of [office, reader, liaisonA, lowClearance]) {
      await expect(call(ClueSubjects.get, { id: clue.id }, who)).rejects.toMatchObject({ spec: { code: 'CLUE.NOT_FOUND' } });
    }
    await expect(call(ClueSubjects.list, {}, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect((await call<ListClues.Reply>(ClueSubjects.list, {}, lowClearance)).items.map((c) => c.id)).not.toContain(clue.id);
    expect((await call<ListClues.Reply>(ClueSubjects.list, { status: 'registered' }, discipline)).items.map((c) => c.id)).toContain(clue.id);

    await expect(call(ClueSubjects.advance, { id: clue.id, expectedVersion: 1, step: 'dispose', on: today, disposition: 'inquiry', result: '越级' }, discipline)).rejects.toMatchObject({ spec: { code: 'CLUE.INVALID_STEP' } });
    const checking = await call<ClueView>(ClueSubjects.advance, { id: clue.id, expectedVersion: 1, step: 'check', on: today, result: '纪检委员开始初核' }, discipline);
    await expect(call(ClueSubjects.advance, { id: clue.id, expectedVersion: 2, step: 'dispose', on: today, result: '未选处置方式' }, discipline)).rejects.toMatchObject({ spec: { code: 'CLUE.DISPOSITION_REQUIRED' } });
    await expect(call(ClueSubjects.advance, { id: clue.id, expectedVersion: 2, step: 'dispose', on: '2000-01-01', disposition: 'inquiry', result: '日期早于上一步' }, discipline)).rejects.toMatchObject({ spec: { code: 'CLUE.DATE_ORDER' } });
    await expect(call(ClueSubjects.advance, { id: clue.id, expectedVersion: 1, step: 'dispose', on: today, disposition: 'inquiry', result: '过期版本' }, discipline)).rejects.toMatchObject({ spec: { code: 'CLUE.VERSION_CONFLICT' } });
    const disposed = await call<ClueView>(ClueSubjects.advance, { id: clue.id, expectedVersion: checking.version, step: 'dispose', on: today, disposition: 'inquiry', result: '谈话函询，本人作出说明' }, discipline);
    const closed = await call<ClueView>(ClueSubjects.advance, { id: clue.id, expectedVersion: disposed.version, step: 'close', on: today, result: '说明属实，予以采信' }, discipline);
    expect(closed).toMatchObject({ status: 'closed', disposition: 'inquiry', version: 4 });
    expect(closed.history.map((h) => h.step)).toEqual(['register', 'check', 'dispose', 'close']);
    await expect(call(ClueSubjects.advance, { id: clue.id, expectedVersion: 4, step: 'close', on: today, result: '重复办结' }, discipline)).rejects.toMatchObject({ spec: { code: 'CLUE.INVALID_STEP' } });
    const events = await outbox(clue.id);
    expect(events.map((e) => e.subject)).toEqual(['evt.party-affairs.clue.registered', 'evt.party-affairs.clue.advanced', 'evt.party-affairs.clue.advanced', 'evt.party-affairs.clue.advanced']);
    expect(JSON.stringify(events)).not.toMatch(/钱某|礼金/);
  });
});
