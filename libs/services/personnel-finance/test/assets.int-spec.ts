import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  AssetSubjects,
  StaffMemberSubjects,
  PersonnelFinancePermissions as P,
  type AssetInventoryView,
  type AssetPurchaseView,
  type AssetView,
  type ExportAssetReport,
  type GetAssetReport,
  type ListAssets,
  type StaffMemberView,
} from '@gov/contracts-personnel-finance';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/** 国有资产 against real PostgreSQL and the real bus: the purchase procedure in order, cards, transfers, inventory, disposal, reports. */
describe('personnel-finance: assets', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let keeper: StaffMemberView;
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.assetsRead, P.assetsManage, P.staffMembersRead, P.staffMembersManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.assetsRead, P.assetsApprove] });
  const reader = caller({ roles: ['district_leader'], sectionCode: null, permissions: [P.assetsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.assetsRead, P.assetsManage] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const tasksOf = async (id: string) =>
    (
      (await app.parts.dataSource.query(`SELECT subject, envelope->'data'->>'kind' AS kind FROM "${app.parts.schema}".outbox WHERE subject LIKE '%task.%' AND envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
        subject: string;
        kind: string;
      }[]
    ).map((t) => `${t.subject.split('.').pop()}:${t.kind}`);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

  /** The whole procedure, each step by its actor, to a card. */
  async function cardOf(name: string, category: string, amountFen: number, acceptedOn: string, keeping: object = { location: '办公楼 301 室', keeperName: '王保管' }): Promise<AssetView> {
    let p = await call<AssetPurchaseView>(AssetSubjects.purchaseCreate, { name, category, estimatedFen: amountFen, purpose: '更新老旧设备' }, caiwu);
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseApprove, { id: p.id, expectedVersion: p.version }, leader);
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseBuy, { id: p.id, expectedVersion: p.version, supplier: '淄博某科技有限公司', amountFen, purchasedOn: acceptedOn }, caiwu);
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseAccept, { id: p.id, expectedVersion: p.version, acceptedOn, acceptors: '李验收、赵验收' }, caiwu);
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseCard, { id: p.id, expectedVersion: p.version, ...keeping }, caiwu);
    return call<AssetView>(AssetSubjects.get, { id: p.assetId }, caiwu);
  }

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
    keeper = await call<StaffMemberView>(
      StaffMemberSubjects.create,
      { name: '资产保管员', gender: 'female', idNumber: '370304199001010028', mobile: '13800000001', sectionCode: 'caiwu', category: 'civil_servant', postTitle: '科员', rank: '一级科员', hiredOn: '2015-07-01', probationEndsOn: null, monthlySalaryFen: 800_000 },
      caiwu,
    );
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('the purchase goes request → approval → purchase → acceptance → card, each step attributable; a skipped or repeated step is refused with its code', async () => {
    let p = await call<AssetPurchaseView>(AssetSubjects.purchaseCreate, { name: '台式计算机', category: 'general_equipment', estimatedFen: 650_000, purpose: '新进人员办公' }, caiwu);
    expect(p).toMatchObject({ status: 'requested', number: expect.stringMatching(/^CG-\d{4}-\d{4}$/), createdBy: caiwu.username, version: 1 });
    await expect(call(AssetSubjects.purchaseAccept, { id: p.id, expectedVersion: 1, acceptedOn: '2026-03-10', acceptors: '李验收' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_PURCHASE.STEP_OUT_OF_ORDER' } });
    await expect(call(AssetSubjects.purchaseCard, { id: p.id, expectedVersion: 1, location: '301', keeperName: '王某' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_PURCHASE.STEP_OUT_OF_ORDER' } });
    await expect(call(AssetSubjects.purchaseApprove, { id: p.id, expectedVersion: 1 }, caiwu)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseApprove, { id: p.id, expectedVersion: 1, opinion: '同意' }, leader);
    expect(p).toMatchObject({ status: 'approved', approval: { by: leader.username, opinion: '同意' } });
    await expect(call(AssetSubjects.purchaseApprove, { id: p.id, expectedVersion: 2 }, leader)).rejects.toMatchObject({ spec: { code: 'ASSET_PURCHASE.STEP_OUT_OF_ORDER' } });
    await expect(call(AssetSubjects.purchaseBuy, { id: p.id, expectedVersion: 1, supplier: '某公司', amountFen: 1, purchasedOn: '2026-03-01' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_PURCHASE.VERSION_CONFLICT' } });
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseBuy, { id: p.id, expectedVersion: 2, supplier: '淄博某科技有限公司', amountFen: 612_345, purchasedOn: '2026-03-01', contractNumber: 'HT-2026-001' }, caiwu);
    await expect(call(AssetSubjects.purchaseAccept, { id: p.id, expectedVersion: 3, acceptedOn: '2026-02-28', acceptors: '李验收' }, caiwu)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseAccept, { id: p.id, expectedVersion: 3, acceptedOn: '2026-03-10', acceptors: '李验收、赵验收' }, caiwu);
    await expect(call(AssetSubjects.purchaseCard, { id: p.id, expectedVersion: 4, location: '办公楼 301 室' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET.KEEPER_REQUIRED' } });
    await expect(call(AssetSubjects.purchaseCard, { id: p.id, expectedVersion: 4, location: '办公楼 301 室', keeperStaffMemberId: randomUUID() }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET.UNKNOWN_KEEPER' } });
    p = await call<AssetPurchaseView>(AssetSubjects.purchaseCard, { id: p.id, expectedVersion: 4, location: '办公楼 301 室', keeperStaffMemberId: keeper.id }, caiwu);
    expect(p).toMatchObject({ status: 'carded', assetId: expect.any(String), assetNumber: expect.stringMatching(/^ZC-2026-\d{5}$/) });
    expect(p.timeline.map((t) => t.step)).toEqual(['申请', '审批同意', '采购', '验收', '建卡']);
    await expect(call(AssetSubjects.purchaseWithdraw, { id: p.id, expectedVersion: 5, reason: '不需要了' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_PURCHASE.CLOSED' } });

    const card = await call<AssetView>(AssetSubjects.get, { id: p.assetId }, reader);
    expect(card).toMatchObject({ number: p.assetNumber, valueFen: 612_345, acquiredOn: '2026-03-10', keeperStaffMemberId: keeper.id, keeperName: '资产保管员', status: 'in_use', purchaseId: p.id });
    expect(await subjectsOf(p.id)).toEqual(
      ['created', 'approved', 'bought', 'accepted', 'carded'].map((s) => `evt.personnel-finance.asset-purchase.${s}`),
    );
    expect(await subjectsOf(card.id)).toEqual(['evt.personnel-finance.asset.created']);
    expect(await tasksOf(p.id)).toEqual([
      'opened:asset_approval',
      'closed:asset_approval',
      'opened:asset_purchase_step',
      'closed:asset_purchase_step',
      'opened:asset_purchase_step',
      'closed:asset_purchase_step',
      'opened:asset_purchase_step',
      'closed:asset_purchase_step',
    ]);
  });

  it('a refused request and a withdrawn one keep their reason; nobody outside the office sees a thing', async () => {
    const a = await call<AssetPurchaseView>(AssetSubjects.purchaseCreate, { name: '会议桌', category: 'furniture', estimatedFen: 300_000, purpose: '会议室' }, caiwu);
    expect(await call<AssetPurchaseView>(AssetSubjects.purchaseReject, { id: a.id, expectedVersion: 1, reason: '现有桌椅可用' }, leader)).toMatchObject({ status: 'rejected', reason: '现有桌椅可用' });
    const b = await call<AssetPurchaseView>(AssetSubjects.purchaseCreate, { name: '书柜', category: 'furniture', estimatedFen: 100_000, purpose: '档案' }, caiwu);
    await expect(call(AssetSubjects.purchaseWithdraw, { id: b.id, expectedVersion: 1, reason: ' ' }, caiwu)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<AssetPurchaseView>(AssetSubjects.purchaseWithdraw, { id: b.id, expectedVersion: 1, reason: '改为调剂' }, caiwu)).toMatchObject({ status: 'withdrawn', reason: '改为调剂' });
    await expect(call(AssetSubjects.purchaseGet, { id: b.id }, liaison)).rejects.toMatchObject({ spec: { code: 'ASSET_PURCHASE.NOT_FOUND' } });
    await expect(call(AssetSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(AssetSubjects.purchaseCreate, { name: '越权申请', category: 'furniture', estimatedFen: 1, purpose: '越权申请' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(AssetSubjects.purchaseCreate, { name: '甲', category: 'house', estimatedFen: 1.5, purpose: '采购' }, caiwu)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'category' }), expect.objectContaining({ field: 'estimatedFen' })]),
    });
  });

  it('asset numbers are gap-free within a year; transfers are kept as history; disposal needs approval and keeps the card as 已处置', async () => {
    const first = await cardOf('打印机甲', 'general_equipment', 250_000, '2025-05-06');
    const second = await cardOf('打印机乙', 'general_equipment', 250_000, '2025-05-07');
    const serial = (n: string) => Number(n.slice(-5));
    expect(first.number.startsWith('ZC-2025-')).toBe(true);
    expect(serial(second.number)).toBe(serial(first.number) + 1);

    let card = await call<AssetView>(AssetSubjects.transfer, { id: first.id, expectedVersion: 1, kind: 'keeper_change', transferredOn: '2025-06-01', keeperStaffMemberId: keeper.id, reason: '人员调整' }, caiwu);
    card = await call<AssetView>(AssetSubjects.transfer, { id: first.id, expectedVersion: 2, kind: 'allocation', transferredOn: '2025-07-01', location: '档案室', keeperName: '档案员', reason: '调剂使用' }, caiwu);
    expect(card.transfers.map((t) => [t.kind, t.fromKeeperName, t.toKeeperName, t.toLocation])).toEqual([
      ['keeper_change', '王保管', '资产保管员', '办公楼 301 室'],
      ['allocation', '资产保管员', '档案员', '档案室'],
    ]);
    await expect(call(AssetSubjects.transfer, { id: first.id, expectedVersion: 3, kind: 'relocation', transferredOn: '2025-07-02', location: '档案室', reason: '无变化' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET.NOTHING_CHANGED' } });
    card = await call<AssetView>(AssetSubjects.setUse, { id: first.id, expectedVersion: 3, status: 'idle', reason: '暂不使用' }, caiwu);
    card = await call<AssetView>(AssetSubjects.requestDisposal, { id: first.id, expectedVersion: 4, kind: 'scrap', reason: '已达使用年限，无法维修' }, caiwu);
    expect(card).toMatchObject({ status: 'pending_disposal', disposal: { kind: 'scrap', previousStatus: 'idle' } });
    await expect(call(AssetSubjects.transfer, { id: first.id, expectedVersion: 5, kind: 'relocation', transferredOn: '2025-08-01', location: '仓库', reason: '入库' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET.INVALID_STATE' } });
    await expect(call(AssetSubjects.approveDisposal, { id: first.id, expectedVersion: 5, documentNumber: '博办资〔2025〕3号', disposedOn: '2025-09-01' }, caiwu)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    card = await call<AssetView>(AssetSubjects.rejectDisposal, { id: first.id, expectedVersion: 5, reason: '可调剂使用' }, leader);
    expect(card).toMatchObject({ status: 'idle', disposal: null });
    card = await call<AssetView>(AssetSubjects.requestDisposal, { id: first.id, expectedVersion: 6, kind: 'scrap', reason: '确已损坏' }, caiwu);
    card = await call<AssetView>(AssetSubjects.approveDisposal, { id: first.id, expectedVersion: 7, documentNumber: '博办资〔2025〕3号', disposedOn: '2025-09-01' }, leader);
    expect(card).toMatchObject({ status: 'disposed', disposal: { approvedBy: leader.username, documentNumber: '博办资〔2025〕3号', disposedOn: '2025-09-01' } });
    await expect(call(AssetSubjects.setUse, { id: first.id, expectedVersion: 8, status: 'in_use', reason: '恢复' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET.INVALID_STATE' } });
    const listed = await call<ListAssets.Reply>(AssetSubjects.list, { status: 'disposed', q: '打印机甲' }, reader);
    expect(listed.items.map((a) => a.id)).toEqual([first.id]);
    expect(await subjectsOf(first.id)).toEqual(
      ['created', 'transferred', 'transferred', 'use-changed', 'disposal-requested', 'disposal-rejected', 'disposal-requested', 'disposed'].map((s) => `evt.personnel-finance.asset.${s}`),
    );
    expect(await tasksOf(first.id)).toEqual(['opened:asset_approval', 'closed:asset_approval', 'opened:asset_approval', 'closed:asset_approval']);
  });

  it('an inventory lists the cards on the books at its date, needs every result, and closes with the 盘亏 list', async () => {
    const x = await cardOf('投影仪', 'general_equipment', 800_000, '2024-02-01');
    const y = await cardOf('档案柜', 'furniture', 120_050, '2024-02-02');
    let inv = await call<AssetInventoryView>(AssetSubjects.inventoryCreate, { title: '2024 年一季度盘点', asOf: '2024-03-31' }, caiwu);
    expect(inv.lines.map((l) => l.assetId)).toEqual([x.id, y.id]);
    await expect(call(AssetSubjects.inventoryCreate, { title: '远古盘点', asOf: '1999-12-31' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_INVENTORY.NO_ASSETS' } });
    inv = await call<AssetInventoryView>(AssetSubjects.inventoryRecord, { id: inv.id, expectedVersion: 1, assetId: x.id, result: 'found' }, caiwu);
    await expect(call(AssetSubjects.inventoryClose, { id: inv.id, expectedVersion: 2 }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_INVENTORY.UNCHECKED' } });
    await expect(call(AssetSubjects.inventoryRecord, { id: inv.id, expectedVersion: 2, assetId: y.id, result: 'missing' }, caiwu)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(AssetSubjects.inventoryRecord, { id: inv.id, expectedVersion: 2, assetId: randomUUID(), result: 'found' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_INVENTORY.NOT_IN_INVENTORY' } });
    inv = await call<AssetInventoryView>(AssetSubjects.inventoryRecord, { id: inv.id, expectedVersion: 2, assetId: y.id, result: 'missing', note: '原存放处未找到' }, caiwu);
    inv = await call<AssetInventoryView>(AssetSubjects.inventoryClose, { id: inv.id, expectedVersion: 3 }, caiwu);
    expect(inv).toMatchObject({ status: 'closed', unchecked: 0, lossFen: 120_050 });
    expect(inv.losses.map((l) => l.number)).toEqual([y.number]);
    await expect(call(AssetSubjects.inventoryRecord, { id: inv.id, expectedVersion: 4, assetId: y.id, result: 'found' }, caiwu)).rejects.toMatchObject({ spec: { code: 'ASSET_INVENTORY.CLOSED' } });
  });

  it('the monthly and yearly reports count and value by category, with additions and disposals, as JSON and .xlsx', async () => {
    await cardOf('服务器', 'special_equipment', 5_000_001, '2023-04-10');
    const chair = await cardOf('办公椅', 'furniture', 80_000, '2023-04-20');
    await cardOf('公务用书', 'books_archives', 9_999, '2023-06-01');
    const pending = await call<AssetView>(AssetSubjects.requestDisposal, { id: chair.id, expectedVersion: 1, kind: 'allocation_out', reason: '调出至下属单位' }, caiwu);
    expect(await call<AssetView>(AssetSubjects.approveDisposal, { id: chair.id, expectedVersion: pending.version, documentNumber: '博办资〔2023〕1号', disposedOn: '2023-11-15' }, leader)).toMatchObject({ status: 'disposed' });
    const april = await call<GetAssetReport.Reply>(AssetSubjects.report, { year: 2023, month: 4 }, reader);
    expect(april).toMatchObject({ period: '2023-04', from: '2023-04-01', to: '2023-04-30' });
    expect(april.total).toEqual({ count: 2, valueFen: 5_080_001, additions: 2, additionsFen: 5_080_001, disposals: 0, disposalsFen: 0 });
    const year = await call<GetAssetReport.Reply>(AssetSubjects.report, { year: 2023 }, reader);
    expect(year.rows.find((r) => r.category === 'furniture')).toMatchObject({ count: 0, valueFen: 0, additions: 1, additionsFen: 80_000, disposals: 1, disposalsFen: 80_000 });
    expect(year.total).toEqual({ count: 2, valueFen: 5_010_000, additions: 3, additionsFen: 5_090_000, disposals: 1, disposalsFen: 80_000 });
    const file = await call<ExportAssetReport.Reply>(AssetSubjects.exportReport, { year: 2023 }, reader);
    expect(file).toMatchObject({ filename: '国有资产年报_2023.xlsx', rows: 9 });
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(call(AssetSubjects.report, { year: 2023, month: 13 }, reader)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });
});
