import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { BudgetSubjects, ClaimSubjects, PersonnelFinancePermissions as P, type BudgetView, type ClaimView, type ExportClaimVouchers, type ListBudgetEntries, type ListClaims } from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 报销单 against real PostgreSQL and the real bus: 公务卡 rule, approval by amount, payment, vouchers, 待办. */
describe('personnel-finance: claims', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.claimsRead, P.claimsManage] });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'caiwu', permissions: [P.claimsRead, P.claimsManage, P.claimsApprove] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.claimsRead, P.claimsApprove] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.claimsRead] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const claim = (over: Record<string, unknown> = {}) => ({
    title: '购买办公用品',
    claimantName: '林娜',
    sectionCode: 'zonghe',
    expenseKind: 'office',
    paymentMethod: 'official_card',
    items: [
      { description: '打印纸 10 箱', amountFen: 230_000, occurredOn: '2026-11-20', invoiceNumber: '25370000123456' },
      { description: '硒鼓 2 只', amountFen: 90_050, occurredOn: '2026-11-21' },
    ],
    ...over,
  });

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

  it('a cash claim for a 公务卡 expense is refused citing 财库〔2011〕160号; 劳务费 in cash is accepted', async () => {
    await expect(call(ClaimSubjects.create, claim({ paymentMethod: 'cash' }), caiwu)).rejects.toMatchObject({
      spec: { code: 'CLAIM.OFFICIAL_CARD_REQUIRED' },
      message: expect.stringContaining('财库〔2011〕160号'),
    });
    const labour = await call<ClaimView>(ClaimSubjects.create, claim({ expenseKind: 'other_labour', paymentMethod: 'cash', title: '专家评审劳务费' }), caiwu);
    expect(labour).toMatchObject({ status: 'draft', paymentMethod: 'cash' });
    await expect(call(ClaimSubjects.update, { ...claim({ paymentMethod: 'cash' }), id: labour.id, expectedVersion: 1 }, caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.OFFICIAL_CARD_REQUIRED' } });
  });

  it('a small claim: submitted, approved by the 财务科 chief alone, paid with a voucher; each step an event and a 待办', async () => {
    let c = await call<ClaimView>(ClaimSubjects.create, claim(), caiwu);
    expect(c).toMatchObject({ totalFen: 320_050, status: 'draft', number: expect.stringMatching(/^BX-\d{4}-\d{4}$/) });
    c = await call<ClaimView>(ClaimSubjects.submit, { id: c.id, expectedVersion: c.version }, caiwu);
    expect(c).toMatchObject({ status: 'submitted', thresholdsVersion: 'BX-2025-01', requiredApprovals: ['section_chief'], nextApproval: 'section_chief' });
    await expect(call(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, leader)).rejects.toMatchObject({ spec: { code: 'CLAIM.NOT_YOUR_LEVEL' } });
    await expect(call(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, caiwu)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    c = await call<ClaimView>(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version, note: '同意' }, chief);
    expect(c).toMatchObject({ status: 'approved', approvals: [expect.objectContaining({ level: 'section_chief', by: chief.username })] });
    c = await call<ClaimView>(ClaimSubjects.pay, { id: c.id, expectedVersion: c.version, paidOn: '2026-11-25' }, caiwu);
    expect(c).toMatchObject({ status: 'paid', voucherNumber: '记-202611-0001', paidOn: '2026-11-25' });
    expect(await subjectsOf(c.id)).toEqual(['evt.personnel-finance.claim.created', 'evt.personnel-finance.claim.submitted', 'evt.personnel-finance.claim.approved', 'evt.personnel-finance.claim.paid']);
    const tasks = (await app.parts.dataSource.query(`SELECT subject, envelope->'data'->>'kind' AS kind FROM "${app.parts.schema}".outbox WHERE subject LIKE '%task.%' AND envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [
      c.id,
    ])) as { subject: string; kind: string }[];
    expect(tasks.map((t) => `${t.subject.split('.').pop()}:${t.kind}`)).toEqual(['opened:claim_approval', 'closed:claim_approval', 'opened:claim_payment', 'closed:claim_payment']);

    const exported = await call<ExportClaimVouchers.Reply>(ClaimSubjects.exportVouchers, { from: '2026-11-01', to: '2026-11-30' }, caiwu);
    expect(exported).toMatchObject({ rows: 2, filename: '记账凭证_2026-11-01_2026-11-30.xlsx' });
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('a large claim needs the chief, then an office leader (分管副主任, 主任); a return needs a reason and the claim is submitted again', async () => {
    let c = await call<ClaimView>(ClaimSubjects.create, claim({ expenseKind: 'meeting', title: '全区工作会议', meeting: { category: 'second', days: 2, attendees: 60 }, items: [{ description: '会场租赁及资料', amountFen: 6_000_000, occurredOn: '2026-11-10' }] }), caiwu);
    c = await call<ClaimView>(ClaimSubjects.submit, { id: c.id, expectedVersion: c.version }, caiwu);
    expect(c.requiredApprovals).toEqual(['section_chief', 'deputy_director', 'director']);
    c = await call<ClaimView>(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, chief);
    await expect(call(ClaimSubjects.return, { id: c.id, expectedVersion: c.version, reason: ' ' }, leader)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    c = await call<ClaimView>(ClaimSubjects.return, { id: c.id, expectedVersion: c.version, reason: '缺会议通知' }, leader);
    expect(c).toMatchObject({ status: 'returned', reason: '缺会议通知' });
    c = await call<ClaimView>(ClaimSubjects.update, { ...claim({ expenseKind: 'meeting', title: '全区工作会议', meeting: { category: 'second', days: 2, attendees: 60 }, attachments: ['会议通知'], items: [{ description: '会场租赁及资料', amountFen: 6_000_000, occurredOn: '2026-11-10' }] }), id: c.id, expectedVersion: c.version }, caiwu);
    c = await call<ClaimView>(ClaimSubjects.submit, { id: c.id, expectedVersion: c.version }, caiwu);
    expect(c.approvals).toEqual([]);
    c = await call<ClaimView>(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, chief);
    c = await call<ClaimView>(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, leader);
    expect(c).toMatchObject({ status: 'submitted', nextApproval: 'director' });
    c = await call<ClaimView>(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, leader);
    expect(c.status).toBe('approved');
    await expect(call(ClaimSubjects.withdraw, { id: c.id, expectedVersion: c.version, reason: '不再报销' }, caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.INVALID_STATE' } });
  });

  const trip = (over: Record<string, unknown> = {}) => ({ travellerName: '林娜', rankClass: 'other', destination: 'jinan', departOn: '2026-11-02', returnOn: '2026-11-04', nights: 2, lodgingFen: 76_000, mealFen: 30_000, transportFen: 24_000, ...over });
  const travel = (trips: unknown[], over: Record<string, unknown> = {}) =>
    claim({ expenseKind: 'travel', title: '赴济南参加培训', items: [{ description: '往返火车票', amountFen: 30_000, occurredOn: '2026-11-02' }, { description: '住宿费及补助', amountFen: 130_000, occurredOn: '2026-11-04' }], trips, ...over });

  it('travel and meeting claims are checked against the standards in force (kept with the claim); above the cap is refused citing the rule', async () => {
    await expect(call(ClaimSubjects.create, travel([trip({ lodgingFen: 80_000 })]), caiwu)).rejects.toMatchObject({
      spec: { code: 'CLAIM.OVER_STANDARD' },
      message: expect.stringMatching(/住宿费.*380\.00 元\/夜.*限额 760\.00 元，申报 800\.00 元/),
      fieldErrors: [expect.objectContaining({ field: 'trips' })],
    });
    await expect(call(ClaimSubjects.create, travel([trip({ nights: 3 })]), caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.STANDARD_DATA' }, fieldErrors: [expect.objectContaining({ field: 'trips.0.nights' })] });
    let c = await call<ClaimView>(ClaimSubjects.create, travel([]), caiwu);
    await expect(call(ClaimSubjects.submit, { id: c.id, expectedVersion: c.version }, caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.STANDARD_DATA' }, fieldErrors: [expect.objectContaining({ field: 'trips' })] });
    c = await call<ClaimView>(ClaimSubjects.update, { ...travel([trip()]), id: c.id, expectedVersion: c.version }, caiwu);
    c = await call<ClaimView>(ClaimSubjects.submit, { id: c.id, expectedVersion: c.version }, caiwu);
    expect(c).toMatchObject({ status: 'submitted', standardsVersion: 'CLBZ-2025-01', trips: [expect.objectContaining({ destination: 'jinan', nights: 2 })] });
    expect(c.standardChecks.map((k) => [k.capFen, k.claimedFen, k.withinStandard])).toEqual([
      [76_000, 76_000, true],
      [30_000, 30_000, true],
      [24_000, 24_000, true],
    ]);
    await expect(call(ClaimSubjects.create, claim({ expenseKind: 'meeting', title: '季度工作会', meeting: { category: 'third', days: 1, attendees: 10 }, items: [{ description: '会议费', amountFen: 550_001, occurredOn: '2026-11-10' }] }), caiwu)).rejects.toMatchObject({
      spec: { code: 'CLAIM.OVER_STANDARD' },
      message: expect.stringContaining('综合定额'),
    });
    await expect(call(ClaimSubjects.create, claim({ expenseKind: 'meeting', title: '季度工作会', meeting: { category: 'third', days: 3, attendees: 10 } }), caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.OVER_STANDARD' }, message: expect.stringContaining('会期') });
  });

  it('a claim charged to a budget item: approved counts as committed, paid becomes a payment entry in the same transaction; beyond the available amount the payment is refused', async () => {
    const manager = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.budgetsRead, P.budgetsManage] });
    const ITEM = '2010301/30211';
    let budget = await call<BudgetView>(BudgetSubjects.create, { year: 2036, title: '2036 年度部门预算', items: [{ functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 200_000 }] }, manager);
    await expect(call(ClaimSubjects.create, travel([trip()], { budgetId: budget.id, budgetItemKey: ITEM }), caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.BUDGET_ITEM' }, message: expect.stringContaining('尚未批复') });
    budget = await call<BudgetView>(BudgetSubjects.approve, { id: budget.id, expectedVersion: budget.version, documentNumber: '博财预〔2036〕1号', approvedOn: '2036-01-10', approvedBy: '博山区财政局' }, manager);
    await expect(call(ClaimSubjects.create, travel([trip()], { budgetId: budget.id, budgetItemKey: '2010301/30299' }), caiwu)).rejects.toMatchObject({ spec: { code: 'CLAIM.BUDGET_ITEM' } });
    await expect(call(ClaimSubjects.create, travel([trip()], { budgetId: budget.id }), caiwu)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'budgetItemKey' })] });

    const through = async (over: Record<string, unknown>) => {
      let c = await call<ClaimView>(ClaimSubjects.create, travel([trip()], { budgetId: budget.id, budgetItemKey: ITEM, ...over }), caiwu);
      c = await call<ClaimView>(ClaimSubjects.submit, { id: c.id, expectedVersion: c.version }, caiwu);
      return call<ClaimView>(ClaimSubjects.approve, { id: c.id, expectedVersion: c.version }, chief);
    };
    const first = await through({});
    expect(first).toMatchObject({ status: 'approved', budgetId: budget.id, budgetItemKey: ITEM, totalFen: 160_000 });
    const second = await through({ title: '赴济南第二次培训' });
    let view = await call<BudgetView>(BudgetSubjects.get, { id: budget.id }, manager);
    expect(view.items[0]).toMatchObject({ committedFen: 320_000, claimCommittedFen: 320_000, paidFen: 0, availableFen: 200_000 });

    const paid = await call<ClaimView>(ClaimSubjects.pay, { id: first.id, expectedVersion: first.version, paidOn: '2036-03-05' }, caiwu);
    view = await call<BudgetView>(BudgetSubjects.get, { id: budget.id }, manager);
    expect(view.items[0]).toMatchObject({ committedFen: 160_000, claimCommittedFen: 160_000, paidFen: 160_000, availableFen: 40_000, executionRate: 80 });
    const entries = await call<ListBudgetEntries.Reply>(BudgetSubjects.entries, { id: budget.id, kind: 'payment' }, manager);
    expect(entries.items).toEqual([expect.objectContaining({ claimId: first.id, amountFen: 160_000, occurredOn: '2036-03-05', reference: `${paid.voucherNumber}（${first.number}）` })]);
    expect(view.timeline.at(-1)?.note).toContain(first.number);

    // 40,000 分 left: the second claim's payment is refused, and neither the claim nor the budget changes.
    await expect(call(ClaimSubjects.pay, { id: second.id, expectedVersion: second.version, paidOn: '2036-03-06' }, caiwu)).rejects.toMatchObject({
      spec: { code: 'BUDGET.OVER_AVAILABLE' },
      message: expect.stringContaining('第十三条'),
    });
    expect(await call<ClaimView>(ClaimSubjects.get, { id: second.id }, caiwu)).toMatchObject({ status: 'approved', voucherNumber: null, version: second.version });
    expect((await call<BudgetView>(BudgetSubjects.get, { id: budget.id }, manager)).version).toBe(view.version);
  });

  it('a liaison sees no claim; bad input is refused in Chinese', async () => {
    await expect(call(ClaimSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect((await call<ListClaims.Reply>(ClaimSubjects.list, { q: '办公用品' }, leader)).total).toBeGreaterThan(0);
    await expect(call(ClaimSubjects.create, claim({ items: [{ description: '零头', amountFen: 1.5, occurredOn: '2026-11-01' }] }), caiwu)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    await expect(call(ClaimSubjects.create, claim({ items: [] }), caiwu)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'items' })] });
  });
});
