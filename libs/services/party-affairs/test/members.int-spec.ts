import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BranchSubjects, MemberSubjects, PartyAffairsPermissions as P, type BranchView, type ListDuesArrears, type ListMembers, type MemberView } from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { addMonths, todayInShanghai } from '../src/common/dates.js';
import { partyAffairsDefinition } from '../src/index.js';

/** 党员 in party-affairs: development under its time rules, transfers, dues, personal data encrypted and masked. */
describe('party-affairs: members', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let branch: BranchView;
  let other: BranchView;
  const U1 = randomUUID();
  const today = todayInShanghai();
  const office = caller({ roles: ['section_staff'], sectionCode: 'dang_zongzhi', permissions: [P.branchesRead, P.branchesManage, P.membersRead, P.membersManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.membersRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.membersOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
      subject: string;
      data: Record<string, unknown>;
    }[];
  const applicant = (name: string, appliedOn: string) => ({ name, gender: 'female', branchId: branch.id, idNumber: '37030419900101123X', mobile: '13812345678', stage: 'applicant', appliedOn });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
    const fields = { kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: addMonths(today, -12) };
    branch = await call<BranchView>(BranchSubjects.create, { ...fields, name: '党员测试第一支部', unitId: U1 }, office);
    other = await call<BranchView>(BranchSubjects.create, { ...fields, name: '党员测试第二支部' }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('keeps 身份证号 and 手机号 encrypted at rest, masked in lists, in full for the section', async () => {
    const created = await call<MemberView>(MemberSubjects.create, applicant('加密测试', addMonths(today, -1)), office);
    const [stored] = (await app.parts.dataSource.query(`SELECT id_number_encrypted, mobile_encrypted FROM "${app.parts.schema}".member WHERE id = $1`, [created.id])) as Record<string, string>[];
    expect(stored.id_number_encrypted).toMatch(/^sm4:/);
    expect(stored.mobile_encrypted).toMatch(/^sm4:/);
    expect(JSON.stringify(stored)).not.toContain('37030419900101123X');
    const listed = await call<ListMembers.Reply>(MemberSubjects.list, { q: '加密测试' }, office);
    expect(listed.items[0]).toMatchObject({ idNumber: '370304********123X', mobile: '138****5678' });
    expect(await call<MemberView>(MemberSubjects.get, { id: created.id }, office)).toMatchObject({ idNumber: '37030419900101123X', mobile: '13812345678' });
    expect(await call<MemberView>(MemberSubjects.get, { id: created.id }, reader)).toMatchObject({ idNumber: '370304********123X' });
    expect(await call<MemberView>(MemberSubjects.get, { id: created.id }, liaison(U1))).toMatchObject({ id: created.id, mobile: '138****5678' });
  });

  it('an 积极分子 cannot become a 发展对象 before a full year; each step in 待办 with its next allowed date', async () => {
    const appliedOn = addMonths(today, -14);
    let member = await call<MemberView>(MemberSubjects.create, applicant('发展测试', appliedOn), office);
    expect(member.next).toMatchObject({ step: 'talk', earliestOn: appliedOn });
    expect(member.next?.dueOn).not.toBeNull();
    const develop = (step: string, on: string, extra: object = {}) => call<MemberView>(MemberSubjects.develop, { id: member.id, expectedVersion: member.version, step, on, ...extra }, office);
    await expect(develop('activist', addMonths(today, -13))).rejects.toMatchObject({ spec: { code: 'MEMBER.DEVELOPMENT_RULE' }, message: expect.stringContaining('第九条') });
    member = await develop('talk', addMonths(appliedOn, 0));
    const activistOn = addMonths(today, -11);
    member = await develop('activist', activistOn);
    expect(member).toMatchObject({ stage: 'activist', next: { step: 'candidate', earliestOn: addMonths(activistOn, 12) } });
    await expect(develop('candidate', today)).rejects.toMatchObject({
      spec: { code: 'MEMBER.DEVELOPMENT_RULE' },
      message: expect.stringContaining('《中国共产党发展党员工作细则》第十五条'),
      fieldErrors: [expect.objectContaining({ field: 'on', code: 'MEMBER.TOO_EARLY' })],
    });
    const tasks = (await outbox(member.id)).filter((r) => r.subject.endsWith('task.opened')).map((r) => r.data.title as string);
    expect(tasks.some((t) => t.startsWith('列为发展对象：发展测试') && t.includes(`${addMonths(activistOn, 12)} 起可办理`))).toBe(true);
  });

  it('a full year of training admits the 发展对象; admission, approval, 转正 after the 预备期; dues by the 2008 rates', async () => {
    let member = await call<MemberView>(MemberSubjects.create, applicant('转正测试', addMonths(today, -40)), office);
    const develop = async (step: string, on: string, extra: object = {}) => {
      member = await call<MemberView>(MemberSubjects.develop, { id: member.id, expectedVersion: member.version, step, on, ...extra }, office);
      return member;
    };
    await develop('talk', addMonths(today, -40));
    await develop('activist', addMonths(today, -38));
    await develop('candidate', addMonths(today, -26));
    await expect(
      call(MemberSubjects.develop, { id: member.id, expectedVersion: member.version, step: 'admit', on: addMonths(today, -14), trainingHours: 16, politicalReviewOn: addMonths(today, -20), preReviewedOn: addMonths(today, -14) }, office),
    ).rejects.toMatchObject({ message: expect.stringContaining('24 个学时') });
    await develop('admit', addMonths(today, -14), { trainingHours: 24, politicalReviewOn: addMonths(today, -20), preReviewedOn: addMonths(today, -14), votes: { for: 12, against: 0, abstain: 1 }, documents: '入党志愿书 No.001' });
    expect(member).toMatchObject({ stage: 'probationary', admittedOn: addMonths(today, -14), next: { step: 'approve' } });
    expect(member.development.at(-1)).toMatchObject({ step: 'admit', votes: { for: 12, against: 0, abstain: 1 }, documents: '入党志愿书 No.001' });
    await develop('approve', addMonths(today, -12));
    expect(member.next).toMatchObject({ step: 'full', earliestOn: addMonths(today, -2) });
    await develop('full', today, { votes: { for: 13, against: 0, abstain: 0 } });
    expect(member).toMatchObject({ stage: 'full', fullOn: today, next: null });

    member = await call<MemberView>(MemberSubjects.setDues, { id: member.id, expectedVersion: member.version, category: 'in_service', baseFen: 540_000, year: 2026 }, office);
    expect(member.dues).toMatchObject({ category: 'in_service', monthlyFen: 8_100 });
    expect(member.dues?.explanation).toContain('中组发〔2008〕3号');
    const [stored] = (await app.parts.dataSource.query(`SELECT dues_base_encrypted FROM "${app.parts.schema}".member WHERE id = $1`, [member.id])) as { dues_base_encrypted: string }[];
    expect(stored.dues_base_encrypted).toMatch(/^sm4:/);
    const subjects = (await outbox(member.id)).map((r) => r.subject);
    expect(subjects.filter((s) => s === 'evt.party-affairs.member.developed')).toHaveLength(6);
    expect(subjects).toContain('evt.party-affairs.member.dues-set');
  });

  it('monthly collection: the arrears list comes from the records; a month is paid once; 预备党员 owe from their admission', async () => {
    const month = today.slice(0, 7);
    const previous = addMonths(today, -1).slice(0, 7);
    let full = await call<MemberView>(MemberSubjects.create, { ...applicant('收缴测试', today), stage: 'full', appliedOn: null, admittedOn: '2010-07-01', fullOn: '2011-07-01' }, office);
    await expect(call(MemberSubjects.payDues, { id: full.id, expectedVersion: 1, month, paidOn: today }, office)).rejects.toMatchObject({ spec: { code: 'MEMBER.DUES_NOT_OWED' } });
    full = await call<MemberView>(MemberSubjects.setDues, { id: full.id, expectedVersion: 1, category: 'retired', baseFen: 500_001, year: Number(today.slice(0, 4)) }, office);
    const owing = await call<ListDuesArrears.Reply>(MemberSubjects.arrears, { month }, office);
    expect(owing.items).toContainEqual({ memberId: full.id, name: '收缴测试', branchName: '党员测试第一支部', amountFen: 5_000 });
    full = await call<MemberView>(MemberSubjects.payDues, { id: full.id, expectedVersion: full.version, month, paidOn: today }, office);
    expect(full.paidMonths).toEqual([month]);
    await expect(call(MemberSubjects.payDues, { id: full.id, expectedVersion: full.version, month, paidOn: today }, office)).rejects.toMatchObject({ spec: { code: 'MEMBER.DUES_ALREADY_PAID' } });
    expect((await call<ListDuesArrears.Reply>(MemberSubjects.arrears, { month }, office)).items.map((i) => i.memberId)).not.toContain(full.id);

    let probationary = await call<MemberView>(MemberSubjects.create, { ...applicant('预备收缴', today), stage: 'probationary', appliedOn: null, admittedOn: today }, office);
    probationary = await call<MemberView>(MemberSubjects.setDues, { id: probationary.id, expectedVersion: 1, category: 'in_service', baseFen: 300_000, year: Number(today.slice(0, 4)) }, office);
    expect((await call<ListDuesArrears.Reply>(MemberSubjects.arrears, { month: previous }, office)).items.map((i) => i.memberId)).not.toContain(probationary.id);
    await expect(call(MemberSubjects.payDues, { id: probationary.id, expectedVersion: probationary.version, month: previous, paidOn: today }, office)).rejects.toMatchObject({
      spec: { code: 'MEMBER.DUES_NOT_OWED' },
      message: expect.stringContaining('中组发〔2008〕3号'),
    });
    expect((await call<ListDuesArrears.Reply>(MemberSubjects.arrears, { month }, liaison(U1))).items.map((i) => i.memberId)).toEqual(expect.arrayContaining([probationary.id]));
    await expect(call(MemberSubjects.arrears, { month: '2026-13' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });

  it('transfers within and out with their letters; dues are not set for an applicant; a liaison changes nothing', async () => {
    const applied = await call<MemberView>(MemberSubjects.create, applicant('转接测试', addMonths(today, -1)), office);
    await expect(call(MemberSubjects.setDues, { id: applied.id, expectedVersion: 1, category: 'in_service', baseFen: 100_000, year: 2026 }, office)).rejects.toMatchObject({ spec: { code: 'MEMBER.INVALID_STATE' } });
    const within = await call<MemberView>(MemberSubjects.transfer, { id: applied.id, expectedVersion: 1, kind: 'within', toBranchId: other.id, letterNo: '内转〔2026〕1号', on: today }, office);
    expect(within).toMatchObject({ branchId: other.id, branchName: '党员测试第二支部', transfers: [{ kind: 'within', letterNo: '内转〔2026〕1号' }] });
    await expect(call(MemberSubjects.transfer, { id: applied.id, expectedVersion: 2, kind: 'out', letterNo: '转〔2026〕2号', on: today }, office)).rejects.toMatchObject({ spec: { code: 'MEMBER.TRANSFER_RULE' } });
    const out = await call<MemberView>(MemberSubjects.transfer, { id: applied.id, expectedVersion: 2, kind: 'out', destination: '淄博市某单位党委', letterNo: '转〔2026〕2号', on: today }, office);
    expect(out).toMatchObject({ status: 'transferred_out', dormant: false, next: null });
    const receipt = await call<MemberView>(MemberSubjects.transfer, { id: applied.id, expectedVersion: 3, kind: 'receipt', letterNo: '回执〔2026〕2号', on: today }, office);
    expect(receipt.transfers.map((t) => t.kind)).toEqual(['within', 'out', 'receipt']);
    await expect(call(MemberSubjects.withdraw, { id: applied.id, expectedVersion: 4, reason: '越权' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'MEMBER.NOT_FOUND' } });
    await expect(call(MemberSubjects.create, applicant('联络员登记', today), liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(MemberSubjects.create, { ...applicant('身份证错', today), idNumber: '123', mobile: '999' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'idNumber' }), expect.objectContaining({ field: 'mobile' })]),
    });
    await expect(call(MemberSubjects.create, { ...applicant('缺申请日', today), appliedOn: null }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });
});
