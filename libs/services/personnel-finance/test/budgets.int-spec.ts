import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { BudgetSubjects, PersonnelFinancePermissions as P, type BudgetView, type ExportBudgetFinalAccounts, type ListBudgetEntries, type ListBudgets } from '@gov/contracts-personnel-finance';
import type { CallerContext } from '@gov/contracts-common';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 预算/决算 in personnel-finance, against real PostgreSQL and the real bus. */
describe('personnel-finance: budgets', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.budgetsRead, P.budgetsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.budgetsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.budgetsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const OFFICE = '2010301/30201';
  const TRAVEL = '2010301/30211';
  const items = [
    { functionCode: '2010301', economicCode: '30201', name: '行政运行—办公费', amountFen: 1_000_000 },
    { functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 500_000 },
  ];

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

  it('drafted, approved (then immutable), executed within each item, adjusted with its approval, 拨付 recorded, closed with the 决算 snapshot', async () => {
    const draft = await call<BudgetView>(BudgetSubjects.create, { year: 2031, title: '2031 年度部门预算', items }, office);
    expect(draft).toMatchObject({ status: 'draft', version: 1, totals: { amountFen: 1_500_000, executionRate: 0 } });
    await expect(call(BudgetSubjects.create, { year: 2031, title: '重复年度', items }, office)).rejects.toMatchObject({ spec: { code: 'BUDGET.DUPLICATE_YEAR' } });
    await expect(call(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: 1, itemKey: OFFICE, kind: 'payment', amountFen: 1, occurredOn: '2031-01-05', reference: '记-203101-0001', purpose: '未批复先支付' }, office)).rejects.toMatchObject({
      spec: { code: 'BUDGET.INVALID_STATE' },
    });

    const approved = await call<BudgetView>(BudgetSubjects.approve, { id: draft.id, expectedVersion: 1, documentNumber: '博财预〔2031〕3号', approvedOn: '2031-01-20', approvedBy: '博山区财政局' }, office);
    expect(approved).toMatchObject({ status: 'approved', approval: { documentNumber: '博财预〔2031〕3号', approvedOn: '2031-01-20' } });
    await expect(call(BudgetSubjects.update, { id: draft.id, expectedVersion: 2, year: 2031, title: '批复后修改', items }, office)).rejects.toMatchObject({ spec: { code: 'BUDGET.INVALID_STATE' } });

    const committed = await call<BudgetView>(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: 2, itemKey: OFFICE, kind: 'commitment', amountFen: 300_000, occurredOn: '2031-02-01', reference: 'HT-2031-007', purpose: '办公用品年度采购合同' }, office);
    const paid = await call<BudgetView>(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: committed.version, itemKey: OFFICE, kind: 'payment', amountFen: 900_000, occurredOn: '2031-03-01', reference: '记-203103-0004', purpose: '办公用品' }, office);
    expect(paid.items.find((i) => i.key === OFFICE)).toMatchObject({ committedFen: 300_000, paidFen: 900_000, availableFen: 100_000, executionRate: 90 });
    await expect(
      call(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: paid.version, itemKey: OFFICE, kind: 'payment', amountFen: 100_001, occurredOn: '2031-03-02', reference: '记-203103-0005', purpose: '超支' }, office),
    ).rejects.toMatchObject({ spec: { code: 'BUDGET.OVER_AVAILABLE' } });
    await expect(call(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: paid.version, itemKey: '2010301/30299', kind: 'payment', amountFen: 1, occurredOn: '2031-03-02', reference: '记-1', purpose: '无此项目' }, office)).rejects.toMatchObject({
      spec: { code: 'BUDGET.UNKNOWN_ITEM' },
    });

    await expect(
      call(BudgetSubjects.adjust, { id: draft.id, expectedVersion: paid.version, reason: '压减', documentNumber: '博财预〔2031〕9号', approvedBy: '博山区财政局', approvedOn: '2031-06-01', changes: [{ ...items[0], amountFen: 899_999 }] }, office),
    ).rejects.toMatchObject({ spec: { code: 'BUDGET.ADJUSTMENT_BELOW_EXECUTED' } });
    const adjusted = await call<BudgetView>(
      BudgetSubjects.adjust,
      { id: draft.id, expectedVersion: paid.version, reason: '追加办公设备更新', documentNumber: '博财预〔2031〕9号', approvedBy: '博山区财政局', approvedOn: '2031-06-01', changes: [{ ...items[0], amountFen: 1_200_000 }] },
      office,
    );
    expect(adjusted.adjustments).toEqual([expect.objectContaining({ sequence: 1, reason: '追加办公设备更新', changes: [{ key: OFFICE, name: '行政运行—办公费', beforeFen: 1_000_000, afterFen: 1_200_000 }] })]);
    expect(adjusted.items.find((i) => i.key === OFFICE)).toMatchObject({ amountFen: 1_200_000, originalFen: 1_000_000, availableFen: 300_000 });

    const unit = randomUUID();
    const transferred = await call<BudgetView>(
      BudgetSubjects.transfer,
      { id: draft.id, expectedVersion: adjusted.version, itemKey: TRAVEL, unitId: unit, unitName: '区机关事务服务中心', amountFen: 200_000, purpose: '专项业务经费', approvedBy: '张主任', approvedOn: '2031-06-10', occurredOn: '2031-06-12' },
      office,
    );
    expect(transferred.items.find((i) => i.key === TRAVEL)).toMatchObject({ transferredFen: 200_000, availableFen: 300_000, executionRate: 40 });
    const withUnit = await call<BudgetView>(BudgetSubjects.setUnitBudget, { id: draft.id, expectedVersion: transferred.version, unitId: unit, unitName: '区机关事务服务中心', basicFen: 3_000_000, projectFen: 1_000_000 }, office);
    const corrected = await call<BudgetView>(BudgetSubjects.setUnitBudget, { id: draft.id, expectedVersion: withUnit.version, unitId: unit, unitName: '区机关事务服务中心', basicFen: 3_000_000, projectFen: 1_500_000, note: '更正' }, office);
    expect(corrected.unitBudgets).toHaveLength(1);
    expect(corrected.unitBudgetsTotalFen).toBe(4_500_000);

    const entries = await call<ListBudgetEntries.Reply>(BudgetSubjects.entries, { id: draft.id, kind: 'payment' }, reader);
    expect(entries.items.map((e) => e.reference)).toEqual(['记-203103-0004']);
    const voided = await call<BudgetView>(BudgetSubjects.voidEntry, { id: draft.id, expectedVersion: corrected.version, entryId: entries.items[0].id, reason: '凭证录错' }, office);
    expect(voided.items.find((i) => i.key === OFFICE)).toMatchObject({ paidFen: 0, availableFen: 1_200_000 });
    await expect(call(BudgetSubjects.voidEntry, { id: draft.id, expectedVersion: voided.version, entryId: entries.items[0].id, reason: '再次作废' }, office)).rejects.toMatchObject({ spec: { code: 'BUDGET.UNKNOWN_ENTRY' } });
    const again = await call<BudgetView>(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: voided.version, itemKey: OFFICE, kind: 'payment', amountFen: 1_000_000, occurredOn: '2031-03-01', reference: '记-203103-0006', purpose: '办公用品（更正）' }, office);
    expect(again.totals).toMatchObject({ amountFen: 1_700_000, paidFen: 1_000_000, transferredFen: 200_000, availableFen: 500_000, executionRate: 70.58 });

    await expect(call(BudgetSubjects.exportFinalAccounts, { id: draft.id }, reader)).rejects.toMatchObject({ spec: { code: 'BUDGET.NOT_CLOSED' } });
    const closed = await call<BudgetView>(BudgetSubjects.close, { id: draft.id, expectedVersion: again.version, closedOn: '2031-12-31' }, office);
    expect(closed).toMatchObject({ status: 'closed', finalAccounts: { closedOn: '2031-12-31', unitBudgetsTotalFen: 4_500_000, totals: { executionRate: 70.58 } } });
    await expect(call(BudgetSubjects.recordEntry, { id: draft.id, expectedVersion: closed.version, itemKey: TRAVEL, kind: 'payment', amountFen: 1, occurredOn: '2031-12-31', reference: '记-1', purpose: '决算后支付' }, office)).rejects.toMatchObject({
      spec: { code: 'BUDGET.INVALID_STATE' },
    });
    expect((await call<BudgetView>(BudgetSubjects.get, { id: draft.id }, reader)).finalAccounts?.totals).toEqual(closed.finalAccounts?.totals);
    const exported = await call<ExportBudgetFinalAccounts.Reply>(BudgetSubjects.exportFinalAccounts, { id: draft.id }, reader);
    expect(exported).toMatchObject({ filename: '2031年度决算表.xlsx', rows: 3 });
    const xlsx = Buffer.from(exported.contentBase64, 'base64');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await expect(call(BudgetSubjects.exportFinalAccounts, { id: draft.id }, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect(await subjectsOf(draft.id)).toEqual([
      'evt.personnel-finance.budget.created',
      'evt.personnel-finance.budget.approved',
      'evt.personnel-finance.budget.entry-recorded',
      'evt.personnel-finance.budget.entry-recorded',
      'evt.personnel-finance.budget.adjusted',
      'evt.personnel-finance.budget.transferred',
      'evt.personnel-finance.budget.unit-budget-set',
      'evt.personnel-finance.budget.unit-budget-set',
      'evt.personnel-finance.budget.entry-voided',
      'evt.personnel-finance.budget.entry-recorded',
      'evt.personnel-finance.budget.closed',
    ]);
  });

  it('a draft is changed and withdrawn with a reason; readers cannot change; liaisons see nothing; bad input is refused in Chinese', async () => {
    const draft = await call<BudgetView>(BudgetSubjects.create, { year: 2032, title: '2032 年度部门预算（草）', items }, office);
    const changed = await call<BudgetView>(BudgetSubjects.update, { id: draft.id, expectedVersion: 1, year: 2032, title: '2032 年度部门预算', items: [items[0]] }, office);
    expect(changed).toMatchObject({ version: 2, totals: { amountFen: 1_000_000 } });
    await expect(call(BudgetSubjects.update, { id: draft.id, expectedVersion: 1, year: 2032, title: '过期版本', items }, office)).rejects.toMatchObject({ spec: { code: 'BUDGET.VERSION_CONFLICT' } });
    await expect(call(BudgetSubjects.create, { year: 2033, title: '只读用户', items }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(BudgetSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(BudgetSubjects.create, { year: 2033, title: '重复项目', items: [items[0], items[0]] }, office)).rejects.toMatchObject({ spec: { code: 'BUDGET.DUPLICATE_ITEM' } });
    await expect(call(BudgetSubjects.create, { year: 2033, title: '甲', items: [{ functionCode: '20', economicCode: '30201', name: '办公费', amountFen: 1.5 }] }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' })]),
    });
    const withdrawn = await call<BudgetView>(BudgetSubjects.withdraw, { id: draft.id, expectedVersion: 2, reason: '重复编制' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复编制' });
    const listed = await call<ListBudgets.Reply>(BudgetSubjects.list, { q: '2032' }, reader);
    expect(listed.items.map((b) => b.id)).toContain(draft.id);
  });
});
