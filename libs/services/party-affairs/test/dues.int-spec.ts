import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import type { CallerContext } from '@gov/contracts-common';
import {
  BranchSubjects,
  DuesLedgerSubjects,
  DuesReductionSubjects,
  MemberSubjects,
  PartyAffairsPermissions as P,
  ReportSubjects,
  type BranchView,
  type DengtaExport,
  type DuesReductionView,
  type DuesStatement,
  type ListDues,
  type ListDuesArrears,
  type ListDuesReceipts,
  type MemberView,
  type YearlySummary,
} from '@gov/contracts-party-affairs';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { addMonths, todayInShanghai } from '../src/common/dates.js';
import { partyAffairsDefinition } from '../src/index.js';

/** The entries of an .xlsx (a ZIP of deflated parts), by name, as text. */
function unzip(file: Buffer): Map<string, string> {
  const parts = new Map<string, string>();
  for (let at = 0; file.readUInt32LE(at) === 0x04034b50; ) {
    const size = file.readUInt32LE(at + 18);
    const nameLength = file.readUInt16LE(at + 26);
    const extra = file.readUInt16LE(at + 28);
    const name = file.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    parts.set(name, inflateRawSync(file.subarray(start, start + size)).toString('utf8'));
    at = start + size;
  }
  return parts;
}

/** 党费减免, 党费收据, the yearly statement, the yearly summary and the 灯塔 export, against real PostgreSQL and the real bus. */
describe('party-affairs: dues, receipts, statement, summary, 灯塔 export', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let branch: BranchView;
  let member: MemberView;
  const U1 = randomUUID();
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4)) - 1; // a whole past year: every month is owed
  const m = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
  const office = caller({
    roles: ['section_staff'],
    sectionCode: 'dang_zongzhi',
    permissions: [P.branchesRead, P.branchesManage, P.membersRead, P.membersManage, P.duesRead, P.duesManage, P.lifeMeetingsRead, P.lifeMeetingsManage],
  });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.duesRead, P.membersRead] });
  const liaison = (unitId: string, permissions = [P.duesOwn, P.membersOwn]): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('party-affairs', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const pay = async (month: string) => (member = await call<MemberView>(MemberSubjects.payDues, { id: member.id, expectedVersion: member.version, month, paidOn: today }, office));

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, partyAffairsDefinition);
    client = await connectTestClient(environment);
    branch = await call<BranchView>(BranchSubjects.create, { kind: 'branch', committee: [{ post: 'secretary', name: '李书记' }], termStartedOn: addMonths(today, -24), name: '党费测试支部', unitId: U1 }, office);
    member = await call<MemberView>(
      MemberSubjects.create,
      { name: '党费测试', gender: 'male', branchId: branch.id, idNumber: '370304198001011234', mobile: '13900001111', stage: 'full', admittedOn: `${year - 5}-03-01`, fullOn: `${year - 4}-03-01` },
      office,
    );
    member = await call<MemberView>(MemberSubjects.setDues, { id: member.id, expectedVersion: member.version, category: 'in_service', baseFen: 540_000, year }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a reduction is decided by the branch, approved by the 总支, then in force; refused and withdrawn with a reason; events in the outbox', async () => {
    const request = { memberId: member.id, kind: 'reduce', fromMonth: m(3), toMonth: m(4), reducedMonthlyFen: 3_000, reason: '家庭困难' };
    await expect(call(DuesReductionSubjects.create, { ...request, reducedMonthlyFen: 8_100 }, office)).rejects.toMatchObject({ spec: { code: 'DUES_REDUCTION.RULE' } });
    await expect(call(DuesReductionSubjects.create, request, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    let reduction = await call<DuesReductionView>(DuesReductionSubjects.create, request, office);
    expect(reduction).toMatchObject({ status: 'requested', memberName: '党费测试', branchName: '党费测试支部', unitId: U1, version: 1 });
    await expect(call(DuesReductionSubjects.create, { ...request, kind: 'exempt', reducedMonthlyFen: null, fromMonth: m(4), toMonth: m(4) }, office)).rejects.toMatchObject({ spec: { code: 'DUES_REDUCTION.OVERLAP' } });
    await expect(call(DuesReductionSubjects.approve, { id: reduction.id, expectedVersion: 1, approver: '张总支', on: today }, office)).rejects.toMatchObject({ spec: { code: 'DUES_REDUCTION.INVALID_STATE' } });
    reduction = await call<DuesReductionView>(DuesReductionSubjects.decide, { id: reduction.id, expectedVersion: 1, on: addMonths(today, -1), meetingRef: '支委会纪要第 3 号' }, office);
    await expect(call(DuesReductionSubjects.approve, { id: reduction.id, expectedVersion: 1, approver: '张总支', on: today }, office)).rejects.toMatchObject({ spec: { code: 'DUES_REDUCTION.VERSION_CONFLICT' } });
    reduction = await call<DuesReductionView>(DuesReductionSubjects.approve, { id: reduction.id, expectedVersion: 2, approver: '张总支', on: today }, office);
    expect(reduction).toMatchObject({ status: 'in_force', approver: '张总支', branchMeetingRef: '支委会纪要第 3 号', version: 3, updatedBy: office.username });
    expect(await subjectsOf(reduction.id)).toEqual(['evt.party-affairs.dues-reduction.created', 'evt.party-affairs.dues-reduction.decided', 'evt.party-affairs.dues-reduction.approved']);

    const exempt = await call<DuesReductionView>(DuesReductionSubjects.create, { memberId: member.id, kind: 'exempt', fromMonth: m(5), toMonth: m(5), reason: '大病住院' }, office);
    const decided = await call<DuesReductionView>(DuesReductionSubjects.decide, { id: exempt.id, expectedVersion: 1, on: today, meetingRef: '支委会纪要第 4 号' }, office);
    await call(DuesReductionSubjects.approve, { id: exempt.id, expectedVersion: decided.version, approver: '张总支', on: today }, office);
    const refused = await call<DuesReductionView>(DuesReductionSubjects.create, { memberId: member.id, kind: 'exempt', fromMonth: m(6), toMonth: m(6), reason: '申请免交' }, office);
    await expect(call(DuesReductionSubjects.refuse, { id: refused.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<DuesReductionView>(DuesReductionSubjects.refuse, { id: refused.id, expectedVersion: 1, reason: '不符合条件' }, office)).toMatchObject({ status: 'refused', refusalReason: '不符合条件' });

    expect((await call<ListDues.Reply>(DuesReductionSubjects.list, { memberId: member.id }, reader)).total).toBe(3);
    expect((await call<ListDues.Reply>(DuesReductionSubjects.list, {}, liaison(randomUUID()))).items.map((r) => r.id)).not.toContain(reduction.id);
    await expect(call(DuesReductionSubjects.get, { id: reduction.id }, liaison(randomUUID()))).rejects.toMatchObject({ spec: { code: 'DUES_REDUCTION.NOT_FOUND' } });
    expect(await call<DuesReductionView>(DuesReductionSubjects.get, { id: reduction.id }, liaison(U1))).toMatchObject({ id: reduction.id });
  });

  it('payments follow the reductions in force, with receipt numbers per branch and year; a voided one keeps its number', async () => {
    const arrears = async (month: string) => (await call<ListDuesArrears.Reply>(MemberSubjects.arrears, { month }, office)).items.find((i) => i.memberId === member.id)?.amountFen ?? null;
    expect([await arrears(m(2)), await arrears(m(3)), await arrears(m(5)), await arrears(m(6))]).toEqual([8_100, 3_000, null, 8_100]);
    await pay(m(1));
    await pay(m(3));
    await expect(pay(m(5))).rejects.toMatchObject({ spec: { code: 'MEMBER.DUES_NOT_OWED' }, message: expect.stringContaining('免交') });
    expect(await arrears(m(3))).toBeNull();

    await expect(call(MemberSubjects.voidDues, { id: member.id, expectedVersion: member.version, month: m(2), reason: '登记错误' }, office)).rejects.toMatchObject({ spec: { code: 'MEMBER.DUES_PAYMENT_UNKNOWN' } });
    member = await call<MemberView>(MemberSubjects.voidDues, { id: member.id, expectedVersion: member.version, month: m(1), reason: '金额登记错误' }, office);
    expect(member.paidMonths).toEqual([m(3)]);
    expect(await arrears(m(1))).toBe(8_100);
    await pay(m(1));
    expect(member.paidMonths).toEqual([m(1), m(3)]);

    const receipts = await call<ListDuesReceipts.Reply>(DuesLedgerSubjects.receipts, { branchId: branch.id, month: today.slice(0, 7) }, office);
    const y = today.slice(0, 4);
    expect(receipts.items.map((r) => [r.number, r.month, r.amountFen, r.voided])).toEqual([
      [`${y}-0001`, m(1), 8_100, true],
      [`${y}-0002`, m(3), 3_000, false],
      [`${y}-0003`, m(1), 8_100, false],
    ]);
    expect(receipts.items[0]).toMatchObject({ voidReason: '金额登记错误', voidedBy: office.username });
    expect(receipts.totalFen).toBe(11_100);
    await expect(call(DuesLedgerSubjects.receipts, { branchId: branch.id, month: today.slice(0, 7) }, liaison(randomUUID()))).rejects.toMatchObject({ spec: { code: 'DUES.BRANCH_UNKNOWN' } });
    const file = await call<{ filename: string; contentBase64: string; rows: number }>(DuesLedgerSubjects.receiptsXlsx, { branchId: branch.id, month: today.slice(0, 7) }, liaison(U1));
    expect(file.rows).toBe(3);
    expect(unzip(Buffer.from(file.contentBase64, 'base64')).get('xl/worksheets/sheet1.xml')).toContain('作废：金额登记错误');
    expect(await subjectsOf(member.id)).toContain('evt.party-affairs.member.dues-voided');
  });

  it('the yearly statement: per month due, paid and reduced, from the records only', async () => {
    const statement = await call<DuesStatement.Reply>(DuesLedgerSubjects.statement, { branchId: branch.id, year }, reader);
    const line = statement.lines.find((l) => l.memberId === member.id)!;
    expect(line.months).toHaveLength(12);
    expect(line.months.slice(0, 6)).toEqual([
      { month: m(1), dueFen: 8_100, paidFen: 8_100, reducedFen: 0 },
      { month: m(2), dueFen: 8_100, paidFen: 0, reducedFen: 0 },
      { month: m(3), dueFen: 3_000, paidFen: 3_000, reducedFen: 5_100 },
      { month: m(4), dueFen: 3_000, paidFen: 0, reducedFen: 5_100 },
      { month: m(5), dueFen: 0, paidFen: 0, reducedFen: 8_100 },
      { month: m(6), dueFen: 8_100, paidFen: 0, reducedFen: 0 },
    ]);
    // 9 months of 81.00, 2 of 30.00, 1 exempt; 111.00 paid.
    expect([line.dueFen, line.paidFen, line.reducedFen, line.arrearsFen]).toEqual([78_900, 11_100, 18_300, 67_800]);
    expect(statement.arrearsFen).toBe(statement.dueFen - statement.paidFen);
    const file = await call<{ contentBase64: string }>(DuesLedgerSubjects.statementXlsx, { branchId: branch.id, year }, office);
    expect(unzip(Buffer.from(file.contentBase64, 'base64')).get('xl/worksheets/sheet1.xml')).toContain('678.00');
  });

  it('the yearly summary of a branch: meetings against the 条例, members by stage at year end, dues totals', async () => {
    const summary = await call<YearlySummary.Reply>(ReportSubjects.yearlySummary, { branchId: branch.id, year }, liaison(U1));
    expect(summary.meetings.find((l) => l.kind === 'party_congress')).toMatchObject({ required: 4, met: 0, held: 0 });
    expect(summary.meetings.find((l) => l.kind === 'committee')).toMatchObject({ required: 12 });
    expect(summary.stages.find((s) => s.stage === 'full')?.count).toBe(1);
    expect(summary.dues).toEqual({ dueFen: 78_900, paidFen: 11_100, reducedFen: 18_300, arrearsFen: 67_800 });
    await expect(call(ReportSubjects.yearlySummary, { branchId: branch.id, year }, liaison(randomUUID()))).rejects.toMatchObject({ spec: { code: 'REPORT.BRANCH_UNKNOWN' } });
  });

  it('the 灯塔 export: three sheets, personal data in full, the section only, each export recorded', async () => {
    await expect(call(ReportSubjects.dengtaExport, { year }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const file = await call<DengtaExport.Reply>(ReportSubjects.dengtaExport, { year }, office);
    const parts = unzip(Buffer.from(file.contentBase64, 'base64'));
    expect(parts.get('xl/workbook.xml')).toMatch(/党组织信息.*党员信息.*组织生活记录/);
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('党费测试支部');
    expect(parts.get('xl/worksheets/sheet2.xml')).toContain('370304198001011234');
    expect(parts.get('xl/worksheets/sheet2.xml')).toContain('13900001111');
    expect(parts.has('xl/worksheets/sheet3.xml')).toBe(true);
    const logged = (await app.parts.dataSource.query(`SELECT year, members, exported_by FROM "${app.parts.schema}".dengta_export`)) as { year: number; members: number; exported_by: string }[];
    expect(logged).toEqual([{ year, members: 1, exported_by: office.username }]);
  });

  it('a member transferred within the office: the months paid in the old branch stay there and are not owed in the new one', async () => {
    const second = await call<BranchView>(BranchSubjects.create, { kind: 'branch', committee: [{ post: 'secretary', name: '赵书记' }], termStartedOn: addMonths(today, -24), name: '党费测试第二支部' }, office);
    let mover = await call<MemberView>(
      MemberSubjects.create,
      { name: '转移测试', gender: 'female', branchId: branch.id, idNumber: '370304198001015678', stage: 'full', admittedOn: `${year - 5}-03-01`, fullOn: `${year - 4}-03-01` },
      office,
    );
    mover = await call<MemberView>(MemberSubjects.setDues, { id: mover.id, expectedVersion: mover.version, category: 'in_service', baseFen: 300_000, year }, office);
    mover = await call<MemberView>(MemberSubjects.payDues, { id: mover.id, expectedVersion: mover.version, month: m(1), paidOn: today }, office);
    await call(MemberSubjects.transfer, { id: mover.id, expectedVersion: mover.version, kind: 'within', on: today, letterNo: '内转 1 号', toBranchId: second.id }, office);
    const before = (await call<DuesStatement.Reply>(DuesLedgerSubjects.statement, { branchId: branch.id, year }, office)).lines.find((l) => l.memberId === mover.id)!;
    expect(before.months.map((x) => [x.month, x.paidFen])).toEqual([[m(1), 1_500]]);
    const after = (await call<DuesStatement.Reply>(DuesLedgerSubjects.statement, { branchId: second.id, year }, office)).lines.find((l) => l.memberId === mover.id)!;
    expect(after.months.map((x) => x.month)).toEqual(Array.from({ length: 11 }, (_, i) => m(i + 2)));
    expect(after.arrearsFen).toBe(11 * 1_500);
  });
});
