import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { InternalAuditSubjects, PersonnelFinancePermissions as P, type InternalAuditView, type ListInternalAudits } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 内部审计 in personnel-finance, against real PostgreSQL and the real bus. */
describe('personnel-finance: internal audits', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const unitId = randomUUID();
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.internalAuditsRead, P.internalAuditsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.internalAuditsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.internalAuditsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const plan = { unitId, unitName: '区机关事务服务中心', periodFrom: '2025-01-01', periodTo: '2025-12-31', scope: '2025 年度财务收支、政府采购和资产管理', team: ['王审计', '李会计', '赵出纳'], plannedOn: '2026-03-01' };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('planned, fieldwork with findings, report, rectification, 核查 (a failed one sends it back), closed when every finding is verified; each finding a 待办 until verified', async () => {
    let audit = await call<InternalAuditView>(InternalAuditSubjects.create, plan, caiwu);
    expect(audit).toMatchObject({ status: 'planned', team: plan.team, version: 1 });
    audit = await call<InternalAuditView>(InternalAuditSubjects.start, { id: audit.id, expectedVersion: audit.version, startedOn: '2026-03-02' }, caiwu);
    await expect(call(InternalAuditSubjects.withdraw, { id: audit.id, expectedVersion: audit.version, reason: '进场后撤回' }, caiwu)).rejects.toMatchObject({ spec: { code: 'INTERNAL_AUDIT.INVALID_STATE' } });
    audit = await call<InternalAuditView>(
      InternalAuditSubjects.addFinding,
      { id: audit.id, expectedVersion: audit.version, category: 'official_spending', description: '超标准列支公务接待费', amountFen: 356_000, requirement: '退回超标准部分并完善审批', dueDate: '2026-05-31' },
      caiwu,
    );
    audit = await call<InternalAuditView>(InternalAuditSubjects.addFinding, { id: audit.id, expectedVersion: audit.version, category: 'internal_control', description: '未建立合同管理制度', requirement: '制定合同管理办法', dueDate: '2026-06-30' }, caiwu);
    expect(audit.findings.map((f) => [f.sequence, f.amountFen, f.status])).toEqual([
      [1, 356_000, 'open'],
      [2, null, 'open'],
    ]);
    expect(audit.findingsAmountFen).toBe(356_000);
    const [first, second] = audit.findings;
    await expect(call(InternalAuditSubjects.verify, { id: audit.id, expectedVersion: audit.version, findingId: first.id, passed: true, note: '未出报告', verifiedOn: '2026-04-01' }, caiwu)).rejects.toMatchObject({
      spec: { code: 'INTERNAL_AUDIT.INVALID_STATE' },
    });
    audit = await call<InternalAuditView>(InternalAuditSubjects.report, { id: audit.id, expectedVersion: audit.version, reportNumber: '博政办财审〔2026〕1号', reportedOn: '2026-03-20' }, caiwu);
    await expect(call(InternalAuditSubjects.verify, { id: audit.id, expectedVersion: audit.version, findingId: first.id, passed: true, note: '尚未整改', verifiedOn: '2026-04-01' }, caiwu)).rejects.toMatchObject({
      spec: { code: 'INTERNAL_AUDIT.FINDING_STATE' },
    });
    audit = await call<InternalAuditView>(InternalAuditSubjects.rectify, { id: audit.id, expectedVersion: audit.version, findingId: first.id, measures: '已退回 3,560 元', reportedOn: '2026-04-10' }, caiwu);
    audit = await call<InternalAuditView>(InternalAuditSubjects.rectify, { id: audit.id, expectedVersion: audit.version, findingId: second.id, measures: '起草了制度', reportedOn: '2026-04-12' }, caiwu);
    audit = await call<InternalAuditView>(InternalAuditSubjects.verify, { id: audit.id, expectedVersion: audit.version, findingId: first.id, passed: true, note: '退款凭证已核对', verifiedOn: '2026-04-15' }, caiwu);
    audit = await call<InternalAuditView>(InternalAuditSubjects.verify, { id: audit.id, expectedVersion: audit.version, findingId: second.id, passed: false, note: '制度未经领导班子审议印发', verifiedOn: '2026-04-15' }, caiwu);
    expect(audit.findings.map((f) => [f.status, f.rejections])).toEqual([
      ['verified', 0],
      ['open', 1],
    ]);
    await expect(call(InternalAuditSubjects.close, { id: audit.id, expectedVersion: audit.version, closedOn: '2026-04-20' }, caiwu)).rejects.toMatchObject({ spec: { code: 'INTERNAL_AUDIT.FINDINGS_NOT_VERIFIED' } });
    audit = await call<InternalAuditView>(InternalAuditSubjects.rectify, { id: audit.id, expectedVersion: audit.version, findingId: second.id, measures: '制度已审议印发', reportedOn: '2026-05-10' }, caiwu);
    audit = await call<InternalAuditView>(InternalAuditSubjects.verify, { id: audit.id, expectedVersion: audit.version, findingId: second.id, passed: true, note: '印发文件已核对', verifiedOn: '2026-05-12' }, caiwu);
    audit = await call<InternalAuditView>(InternalAuditSubjects.close, { id: audit.id, expectedVersion: audit.version, closedOn: '2026-05-15' }, caiwu);
    expect(audit).toMatchObject({ status: 'closed', closedOn: '2026-05-15' });
    expect(await call<InternalAuditView>(InternalAuditSubjects.get, { id: audit.id }, reader)).toMatchObject({ status: 'closed' });

    expect(await subjectsOf(audit.id)).toEqual(
      ['created', 'started', 'finding-added', 'finding-added', 'reported', 'rectified', 'rectified', 'verified', 'verified', 'rectified', 'verified', 'closed'].map((e) => `evt.personnel-finance.internal-audit.${e}`),
    );
    const tasks = (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data'->'deadline'->>'date' AS due FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [audit.id],
    )) as { subject: string; due: string | null }[];
    expect(tasks.map((t) => [t.subject.split('.').at(-1), t.due])).toEqual([
      ['opened', '2026-05-31'],
      ['opened', '2026-06-30'],
      ['closed', null],
      ['closed', null],
    ]);
  });

  it('withdrawn with a reason before fieldwork; team ≥ 2 and a past period; readers cannot act; liaisons see nothing; bad input refused in Chinese', async () => {
    await expect(call(InternalAuditSubjects.create, { ...plan, team: ['王审计', ' 王审计 '] }, caiwu)).rejects.toMatchObject({ spec: { code: 'INTERNAL_AUDIT.TEAM_TOO_SMALL' } });
    await expect(call(InternalAuditSubjects.create, { ...plan, team: ['王审计'] }, caiwu)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'team' })]),
    });
    await expect(call(InternalAuditSubjects.create, { ...plan, periodTo: '2026-06-30' }, caiwu)).rejects.toMatchObject({ spec: { code: 'INTERNAL_AUDIT.INVALID_PERIOD' } });
    await expect(call(InternalAuditSubjects.create, plan, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(InternalAuditSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const audit = await call<InternalAuditView>(InternalAuditSubjects.create, { ...plan, scope: '专项审计：撤回测试' }, caiwu);
    const changed = await call<InternalAuditView>(InternalAuditSubjects.update, { ...plan, id: audit.id, expectedVersion: 1, scope: '专项审计：撤回测试（改）' }, caiwu);
    expect(changed.version).toBe(2);
    await expect(call(InternalAuditSubjects.withdraw, { id: audit.id, expectedVersion: 2, reason: ' ' }, caiwu)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<InternalAuditView>(InternalAuditSubjects.withdraw, { id: audit.id, expectedVersion: 2, reason: '单位机构改革，审计另行安排' }, caiwu);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '单位机构改革，审计另行安排' });
    const listed = await call<ListInternalAudits.Reply>(InternalAuditSubjects.list, { q: '撤回测试', status: 'withdrawn' }, reader);
    expect(listed.items.map((a) => a.id)).toEqual([audit.id]);
  });
});
