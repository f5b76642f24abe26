import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  CadreSelectionSubjects,
  EstablishmentPostSubjects,
  StaffMemberSubjects,
  PersonnelFinancePermissions as P,
  type CadreSelectionView,
  type EstablishmentPostView,
  type ListCadreSelections,
  type StaffMemberView,
} from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 干部选拔任用 against real PostgreSQL and the real bus: every step in order, the 公示 from the engine, objections, 任职. */
describe('personnel-finance: cadre-selections', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const renshi = caller({
    roles: ['section_staff'],
    sectionCode: 'renshi',
    permissions: [P.cadreSelectionsRead, P.cadreSelectionsManage, P.establishmentPostsRead, P.establishmentPostsManage, P.staffMembersRead, P.staffMembersManage, P.staffMembersPersonal],
  });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.cadreSelectionsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.cadreSelectionsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  let post: EstablishmentPostView;
  let member: StaffMemberView;

  const motion = (over: Record<string, unknown> = {}) => ({ establishmentPostId: post.id, title: '选拔综合科副科长', motionDate: '2026-02-02', motionReason: '原副科长退休，职位空缺', proposedBy: '办公室党组', ...over });
  const recommendation = { recommendedOn: '2026-02-10', participants: 30, candidates: [{ name: '王芳', votes: 22 }, { name: '李强', votes: 6 }] };
  const inspection = () => ({
    inspectedOn: '2026-02-20',
    team: ['刘洋', '陈静'],
    candidateName: '王芳',
    candidateGender: 'female',
    candidateIdNumber: '370304199003151228',
    candidateCurrentPost: '综合科一级主任科员',
    staffMemberId: member.id,
    conclusion: '政治素质好，工作实绩突出，群众公认度高。',
  });
  const decision = { meetingDate: '2026-02-27', meetingTitle: '2026年第3次党组会', membersTotal: 7, membersPresent: 6, votesFor: 6, votesAgainst: 0, votesAbstain: 0 };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    post = await call<EstablishmentPostView>(
      EstablishmentPostSubjects.create,
      { unitName: '博山区人民政府办公室', kind: 'administrative', level: 'deputy_section', title: '综合科副科长', postTitles: ['综合科副科长'], approvedCount: 1, basisNumber: '博编发〔2026〕1号', basisDate: '2026-01-10' },
      renshi,
    );
    member = await call<StaffMemberView>(
      StaffMemberSubjects.create,
      { name: '王芳', gender: 'female', idNumber: '370304199003151228', mobile: '13900001111', sectionCode: 'zonghe', category: 'civil_servant', postTitle: '科员', rank: '一级主任科员', hiredOn: '2012-07-01', monthlySalaryFen: 900_000 },
      renshi,
    );
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('动议 → 民主推荐 → 考察 → 讨论决定 → 任前公示 (5 working days) → objection resolved → 任职 with 试用期; no step skipped; the staff record and the establishment follow', async () => {
    let s = await call<CadreSelectionView>(CadreSelectionSubjects.create, motion(), renshi);
    expect(s).toMatchObject({ status: 'proposed', postTitle: '综合科副科长', unitName: '博山区人民政府办公室', version: 1 });
    // The only vacancy is taken by this procedure: a second 动议 on the same post is refused.
    await expect(call(CadreSelectionSubjects.create, motion({ title: '重复动议' }), renshi)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.POST_UNAVAILABLE' }, message: expect.stringContaining('没有空缺') });

    // Skipping 民主推荐 straight to 考察 is refused with its stable code.
    await expect(call(CadreSelectionSubjects.inspect, { ...inspection(), id: s.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({
      spec: { code: 'CADRE_SELECTION.STEP_OUT_OF_ORDER' },
      message: expect.stringContaining('不得跳过'),
    });
    await expect(call(CadreSelectionSubjects.recommend, { ...recommendation, recommendedOn: '2026-01-30', id: s.id, expectedVersion: 1 }, renshi)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.DATE_ORDER' } });
    s = await call<CadreSelectionView>(CadreSelectionSubjects.recommend, { ...recommendation, id: s.id, expectedVersion: 1 }, renshi);
    expect(s.recommendation?.candidates).toEqual([{ name: '王芳', votes: 22 }, { name: '李强', votes: 6 }]);

    await expect(call(CadreSelectionSubjects.inspect, { ...inspection(), candidateName: '赵敏', id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.CANDIDATE_NOT_RECOMMENDED' } });
    s = await call<CadreSelectionView>(CadreSelectionSubjects.inspect, { ...inspection(), id: s.id, expectedVersion: s.version }, renshi);
    expect(s.candidate).toMatchObject({ name: '王芳', idNumber: '370304199003151228', staffMemberId: member.id });
    expect(s.personalDataMasked).toBe(false);
    const [stored] = (await app.parts.dataSource.query(`SELECT candidate_id_number_encrypted AS enc FROM "${app.parts.schema}".cadre_selection WHERE id = $1`, [s.id])) as { enc: string }[];
    expect(stored.enc).not.toContain('370304199003151228');

    await expect(call(CadreSelectionSubjects.publicize, { publishedOn: '2026-03-02', channel: '办公室内网', id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.STEP_OUT_OF_ORDER' } });
    await expect(call(CadreSelectionSubjects.decide, { ...decision, membersPresent: 4, votesFor: 4, id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({
      spec: { code: 'CADRE_SELECTION.DECISION_RULE' },
      message: expect.stringContaining('三分之二'),
    });
    s = await call<CadreSelectionView>(CadreSelectionSubjects.decide, { ...decision, id: s.id, expectedVersion: s.version }, renshi);
    expect(s.decision?.explanation).toContain('应到 7 人，实到 6 人');

    s = await call<CadreSelectionView>(CadreSelectionSubjects.publicize, { publishedOn: '2026-03-02', channel: '办公室内网、公告栏', id: s.id, expectedVersion: s.version }, renshi);
    expect(s).toMatchObject({ status: 'publicizing', publicity: { publishedOn: '2026-03-02', endsOn: '2026-03-09', workingDays: 5 } });
    expect(s.publicity?.explanation.join('')).toContain('不少于 5 个工作日');

    s = await call<CadreSelectionView>(CadreSelectionSubjects.recordObjection, { receivedOn: '2026-03-04', source: '来信（匿名）', summary: '反映其个人有关事项报告不完整', id: s.id, expectedVersion: s.version }, renshi);
    const objectionId = s.objections[0].id;
    await expect(call(CadreSelectionSubjects.appoint, { appointedOn: '2026-03-09', documentNumber: '博政办任〔2026〕2号', probation: true, id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({
      spec: { code: 'CADRE_SELECTION.PUBLICITY_NOT_OVER' },
    });
    await expect(call(CadreSelectionSubjects.appoint, { appointedOn: '2026-03-10', documentNumber: '博政办任〔2026〕2号', probation: true, id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({
      spec: { code: 'CADRE_SELECTION.OBJECTIONS_UNRESOLVED' },
    });
    s = await call<CadreSelectionView>(
      CadreSelectionSubjects.resolveObjection,
      { objectionId, resolvedOn: '2026-03-06', finding: '经核查，已按规定报告，反映不属实。', outcome: 'unfounded', id: s.id, expectedVersion: s.version },
      renshi,
    );
    await expect(
      call(CadreSelectionSubjects.resolveObjection, { objectionId, resolvedOn: '2026-03-06', finding: '重复核查', outcome: 'unfounded', id: s.id, expectedVersion: s.version }, renshi),
    ).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.OBJECTION_NOT_FOUND' } });

    s = await call<CadreSelectionView>(CadreSelectionSubjects.appoint, { appointedOn: '2026-03-10', documentNumber: '博政办任〔2026〕2号', probation: true, id: s.id, expectedVersion: s.version }, renshi);
    expect(s).toMatchObject({ status: 'appointed', appointment: { appointedOn: '2026-03-10', probation: true, probationEndsOn: '2027-03-10' } });
    expect(s.steps.map((step) => [step.label, step.done])).toEqual([
      ['动议', true],
      ['民主推荐', true],
      ['考察', true],
      ['讨论决定', true],
      ['任前公示', true],
      ['任职', true],
    ]);
    await expect(call(CadreSelectionSubjects.withdraw, { id: s.id, expectedVersion: s.version, reason: '任职后撤回' }, renshi)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.INVALID_STATE' } });

    // The staff record takes the post, and the establishment counts it as filled.
    expect(await call<StaffMemberView>(StaffMemberSubjects.get, { id: member.id }, renshi)).toMatchObject({ postTitle: '综合科副科长', version: 2 });
    expect(await call<EstablishmentPostView>(EstablishmentPostSubjects.get, { id: post.id }, renshi)).toMatchObject({ filled: 1, vacant: 0 });
    expect(await subjectsOf(member.id)).toEqual(['evt.personnel-finance.staff-member.created', 'evt.personnel-finance.staff-member.updated']);
    expect(await subjectsOf(s.id)).toEqual(
      ['created', 'recommended', 'inspected', 'decided', 'publicized', 'objection-recorded', 'objection-resolved', 'appointed'].map((e) => `evt.personnel-finance.cadre-selection.${e}`),
    );
    // 人事科's 待办 followed each step: the next step opened as the previous closed; the reported problem was a task of its
    // own (by the 公示's last day) until checked; nothing is left open after 任职.
    const tasks = (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data'->>'title' AS title, envelope->'data'->'deadline'->>'date' AS due FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [s.id],
    )) as { subject: string; title: string | null; due: string | null }[];
    const opened = tasks.filter((t) => t.subject.endsWith('task.opened')).map((t) => [t.title?.split('：')[0], t.due]);
    expect(opened).toEqual([
      ['民主推荐', null],
      ['考察', null],
      ['讨论决定', null],
      ['任前公示', null],
      ['任职', null],
      ['核查反映问题', '2026-03-09'],
      ['任职', null],
    ]);
    expect(tasks.filter((t) => t.subject.endsWith('task.closed'))).toHaveLength(opened.length);
  });

  it('a blocking objection stops 任职 until withdrawn with a reason; leaders read masked; liaisons see nothing', async () => {
    const second = await call<EstablishmentPostView>(
      EstablishmentPostSubjects.create,
      { unitName: '博山区人民政府办公室', kind: 'administrative', level: 'deputy_section', title: '秘书科副科长', postTitles: ['秘书科副科长'], approvedCount: 1, basisNumber: '博编发〔2026〕1号', basisDate: '2026-01-10' },
      renshi,
    );
    let s = await call<CadreSelectionView>(CadreSelectionSubjects.create, motion({ establishmentPostId: second.id, title: '选拔秘书科副科长' }), renshi);
    s = await call<CadreSelectionView>(CadreSelectionSubjects.recommend, { ...recommendation, id: s.id, expectedVersion: s.version }, renshi);
    s = await call<CadreSelectionView>(CadreSelectionSubjects.inspect, { ...inspection(), staffMemberId: undefined, candidateName: '李强', candidateIdNumber: '37030419880601123X', id: s.id, expectedVersion: s.version }, renshi);
    s = await call<CadreSelectionView>(CadreSelectionSubjects.decide, { ...decision, id: s.id, expectedVersion: s.version }, renshi);
    s = await call<CadreSelectionView>(CadreSelectionSubjects.publicize, { publishedOn: '2026-04-13', channel: '办公室内网', id: s.id, expectedVersion: s.version }, renshi);
    expect(s.publicity?.endsOn).toBe('2026-04-20');
    s = await call<CadreSelectionView>(CadreSelectionSubjects.recordObjection, { receivedOn: '2026-04-15', source: '来访', summary: '反映其违规兼职取酬', id: s.id, expectedVersion: s.version }, renshi);
    s = await call<CadreSelectionView>(
      CadreSelectionSubjects.resolveObjection,
      { objectionId: s.objections[0].id, resolvedOn: '2026-04-20', finding: '经核查属实，影响任职。', outcome: 'blocking', id: s.id, expectedVersion: s.version },
      renshi,
    );
    await expect(call(CadreSelectionSubjects.appoint, { appointedOn: '2026-04-21', documentNumber: '博政办任〔2026〕9号', probation: false, id: s.id, expectedVersion: s.version }, renshi)).rejects.toMatchObject({
      spec: { code: 'CADRE_SELECTION.OBJECTION_BLOCKS' },
    });

    const masked = await call<CadreSelectionView>(CadreSelectionSubjects.get, { id: s.id }, leader);
    expect(masked).toMatchObject({ personalDataMasked: true, candidate: { name: '李强', idNumber: expect.stringMatching(/^370304\*+123X$/) } });
    const listed = await call<ListCadreSelections.Reply>(CadreSelectionSubjects.list, { q: '秘书科' }, renshi);
    expect(listed.items.map((i) => [i.id, i.candidate?.idNumber.includes('*')])).toEqual([[s.id, true]]);
    await expect(call(CadreSelectionSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(CadreSelectionSubjects.get, { id: s.id }, liaison)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.NOT_FOUND' } });
    await expect(call(CadreSelectionSubjects.withdraw, { id: s.id, expectedVersion: s.version, reason: '越权' }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    await expect(call(CadreSelectionSubjects.withdraw, { id: s.id, expectedVersion: s.version, reason: ' ' }, renshi)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    s = await call<CadreSelectionView>(CadreSelectionSubjects.withdraw, { id: s.id, expectedVersion: s.version, reason: '反映问题属实，不予任职' }, renshi);
    expect(s).toMatchObject({ status: 'withdrawn', withdrawalReason: '反映问题属实，不予任职' });
    // The vacancy is free again for a new 动议.
    expect(await call<CadreSelectionView>(CadreSelectionSubjects.create, motion({ establishmentPostId: second.id, title: '重新选拔秘书科副科长' }), renshi)).toMatchObject({ status: 'proposed' });
    await expect(call(CadreSelectionSubjects.create, motion({ establishmentPostId: randomUUID() }), renshi)).rejects.toMatchObject({ spec: { code: 'CADRE_SELECTION.POST_UNAVAILABLE' } });
    await expect(call(CadreSelectionSubjects.create, { ...motion(), motionReason: '' }, renshi)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'motionReason', message: expect.stringContaining('动议理由') })],
    });
  });
});
