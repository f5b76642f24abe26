import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  SupplyItemSubjects,
  SupplyRequestSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type ListSupplyItems,
  type ListSupplyRequests,
  type SupplyItemView,
  type SupplyRequestView,
} from '@gov/contracts-facilities-and-vehicles';
import { streamOf } from '@gov/contracts-common';
import { AssetEvents, type AssetPurchaseChanged } from '@gov/contracts-personnel-finance';
import { buildEnvelope, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, eventually, producerHeaders, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 办公用品 (catalogue, stock, 申领) in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: office-supplies', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const keeper = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.officeSuppliesRead, P.officeSuppliesManage, P.officeSuppliesOwn] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.officeSuppliesRead] });
  const zonghe = caller({ roles: ['section_staff'], sectionCode: 'zonghe', permissions: [P.officeSuppliesOwn] });
  const xinxi = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [P.officeSuppliesOwn] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.officeSuppliesOwn] });
  const call = <T>(subject: string, payload: unknown, who: typeof keeper) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const movements = async (itemId: string) =>
    (await app.parts.dataSource.query(`SELECT direction, quantity, stock_after AS "stockAfter", request_id AS "requestId" FROM "${app.parts.schema}".stock_movement WHERE item_id = $1 ORDER BY at, id`, [itemId])) as {
      direction: string;
      quantity: number;
      stockAfter: number;
      requestId: string | null;
    }[];
  const newItem = async (name: string, threshold = 10) => call<SupplyItemView>(SupplyItemSubjects.create, { name, spec: '70g 500张/包', category: 'paper', unit: '包', lowStockThreshold: threshold }, keeper);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('an item starts empty and low; stock goes in and out with a record each, never below zero; low stock is flagged and listed', async () => {
    const created = await newItem('A4 复印纸（集成）', 10);
    expect(created).toMatchObject({ stock: 0, lowStock: true, status: 'active', categoryLabel: '纸张', version: 1 });
    const stocked = await call<SupplyItemView>(SupplyItemSubjects.stockIn, { id: created.id, expectedVersion: 1, quantity: 30, reason: '博山区政府采购 2026-118 号' }, keeper);
    expect(stocked).toMatchObject({ stock: 30, lowStock: false, version: 2 });
    expect(stocked.movements).toEqual([expect.objectContaining({ direction: 'in', directionLabel: '入库', quantity: 30, stockAfter: 30, by: keeper.username })]);
    await expect(call(SupplyItemSubjects.stockOut, { id: created.id, expectedVersion: 2, quantity: 31, reason: '会议用' }, keeper)).rejects.toMatchObject({
      spec: { code: 'SUPPLY_ITEM.INSUFFICIENT_STOCK' },
      fieldErrors: [expect.objectContaining({ field: 'quantity', message: 'quantity：「A4 复印纸（集成）」库存仅 30包' })],
    });
    await expect(call(SupplyItemSubjects.stockOut, { id: created.id, expectedVersion: 1, quantity: 1, reason: '会议用' }, keeper)).rejects.toMatchObject({ spec: { code: 'SUPPLY_ITEM.VERSION_CONFLICT' } });
    const out = await call<SupplyItemView>(SupplyItemSubjects.stockOut, { id: created.id, expectedVersion: 2, quantity: 20, reason: '区政府常务会议用' }, keeper);
    expect(out).toMatchObject({ stock: 10, lowStock: true, version: 3 });
    expect(await movements(created.id)).toEqual([
      { direction: 'in', quantity: 30, stockAfter: 30, requestId: null },
      { direction: 'out', quantity: 20, stockAfter: 10, requestId: null },
    ]);
    const low = await call<ListSupplyItems.Reply>(SupplyItemSubjects.list, { lowStock: true, q: '集成' }, leader);
    expect(low.items.map((i) => i.id)).toEqual([created.id]);
    await expect(call(SupplyItemSubjects.retire, { id: created.id, expectedVersion: 3, reason: '改用再生纸' }, keeper)).rejects.toMatchObject({ spec: { code: 'SUPPLY_ITEM.STOCK_LEFT' } });
  });

  it('a section requests, the keeper approves and the stock is issued in the same step; a shortage refuses the whole request naming the items', async () => {
    const paper = await newItem('A4 复印纸（申领）', 5);
    const toner = await call<SupplyItemView>(SupplyItemSubjects.create, { name: 'HP 硒鼓（申领）', category: 'consumable', unit: '个', lowStockThreshold: 1 }, keeper);
    await call(SupplyItemSubjects.stockIn, { id: paper.id, expectedVersion: 1, quantity: 12, reason: '采购入库' }, keeper);
    await call(SupplyItemSubjects.stockIn, { id: toner.id, expectedVersion: 1, quantity: 1, reason: '采购入库' }, keeper);

    const asked = await call<SupplyRequestView>(
      SupplyRequestSubjects.create,
      { purpose: '综合科第四季度办公用', lines: [{ itemId: paper.id, quantity: 4 }, { itemId: paper.id, quantity: 2 }, { itemId: toner.id, quantity: 1 }] },
      zonghe,
    );
    expect(asked).toMatchObject({ sectionCode: 'zonghe', status: 'submitted', statusLabel: '待审批', version: 1 });
    expect(asked.lines.map((l) => [l.itemName, l.quantity])).toEqual([['A4 复印纸（申领）', 6], ['HP 硒鼓（申领）', 1]]);
    await expect(call(SupplyRequestSubjects.get, { id: asked.id }, xinxi)).rejects.toMatchObject({ spec: { code: 'SUPPLY_REQUEST.NOT_FOUND' } });
    await expect(call(SupplyRequestSubjects.approve, { id: asked.id, expectedVersion: 1 }, zonghe)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    const issued = await call<SupplyRequestView>(SupplyRequestSubjects.approve, { id: asked.id, expectedVersion: 1 }, keeper);
    expect(issued).toMatchObject({ status: 'issued', decidedBy: keeper.username, version: 2 });
    expect(await call<SupplyItemView>(SupplyItemSubjects.get, { id: paper.id }, keeper)).toMatchObject({ stock: 6, lowStock: false });
    expect((await movements(toner.id)).at(-1)).toEqual({ direction: 'out', quantity: 1, stockAfter: 0, requestId: asked.id });

    const second = await call<SupplyRequestView>(SupplyRequestSubjects.create, { purpose: '信息科打印用', lines: [{ itemId: paper.id, quantity: 2 }, { itemId: toner.id, quantity: 1 }] }, xinxi);
    await expect(call(SupplyRequestSubjects.approve, { id: second.id, expectedVersion: 1 }, keeper)).rejects.toMatchObject({
      spec: { code: 'SUPPLY_ITEM.INSUFFICIENT_STOCK' },
      detail: expect.stringContaining('「HP 硒鼓（申领）」申领 1，库存 0'),
    });
    expect(await call<SupplyItemView>(SupplyItemSubjects.get, { id: paper.id }, keeper)).toMatchObject({ stock: 6 });
    const rejected = await call<SupplyRequestView>(SupplyRequestSubjects.reject, { id: second.id, expectedVersion: 1, reason: '硒鼓缺货，待采购后重新申领' }, keeper);
    expect(rejected).toMatchObject({ status: 'rejected', reason: '硒鼓缺货，待采购后重新申领' });

    const third = await call<SupplyRequestView>(SupplyRequestSubjects.create, { purpose: '信息科备用', lines: [{ itemId: paper.id, quantity: 1 }] }, xinxi);
    await expect(call(SupplyRequestSubjects.withdraw, { id: third.id, expectedVersion: 1, reason: '已向他科借用' }, zonghe)).rejects.toMatchObject({ spec: { code: 'SUPPLY_REQUEST.NOT_FOUND' } });
    expect(await call<SupplyRequestView>(SupplyRequestSubjects.withdraw, { id: third.id, expectedVersion: 1, reason: '已向他科借用' }, xinxi)).toMatchObject({ status: 'withdrawn' });
    expect((await call<ListSupplyRequests.Reply>(SupplyRequestSubjects.list, {}, xinxi)).items.map((r) => r.id).sort()).toEqual([second.id, third.id].sort());
    expect((await call<ListSupplyRequests.Reply>(SupplyRequestSubjects.list, {}, leader)).items.map((r) => r.id)).toEqual(expect.arrayContaining([asked.id, second.id, third.id]));
    // Each request waited in the 待办 of 机关事务管理科 while submitted: issued → done, refused → returned, withdrawn → withdrawn.
    const tasksOf = async (id: string) =>
      (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
        subject: string;
        data: Record<string, unknown>;
      }[];
    const asks = await tasksOf(asked.id);
    expect(asks.map((t) => t.subject)).toEqual(['evt.facilities-and-vehicles.task.opened', 'evt.facilities-and-vehicles.task.closed']);
    expect(asks[0].data).toMatchObject({ kind: 'supply_request_approval', assignee: { type: 'role', id: 'section_staff' }, section: 'jiguan_shiwu' });
    expect([(await tasksOf(asked.id))[1].data.outcome, (await tasksOf(second.id))[1].data.outcome, (await tasksOf(third.id))[1].data.outcome]).toEqual(['done', 'returned', 'withdrawn']);
  });

  it('unknown or retired items cannot be requested; liaisons have no access; bad input is refused in Chinese', async () => {
    const spare = await newItem('旧式传真纸（停用）', 0);
    await call(SupplyItemSubjects.retire, { id: spare.id, expectedVersion: 1, reason: '传真机已淘汰' }, keeper);
    await expect(call(SupplyRequestSubjects.create, { purpose: '备用', lines: [{ itemId: spare.id, quantity: 1 }, { itemId: randomUUID(), quantity: 1 }] }, zonghe)).rejects.toMatchObject({
      spec: { code: 'SUPPLY_REQUEST.UNKNOWN_ITEM' },
      fieldErrors: [expect.objectContaining({ field: 'lines.0.itemId' }), expect.objectContaining({ field: 'lines.1.itemId' })],
    });
    expect((await call<ListSupplyItems.Reply>(SupplyItemSubjects.list, { q: '传真纸' }, zonghe)).items).toEqual([]);
    await expect(call(SupplyItemSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SupplyRequestSubjects.create, { purpose: '联络员申领', lines: [{ itemId: spare.id, quantity: 1 }] }, liaison)).rejects.toMatchObject({ spec: { code: 'SUPPLY_REQUEST.NO_SECTION' } });
    await expect(call(SupplyItemSubjects.create, { name: '笔', category: 'pens', unit: '', lowStockThreshold: -1 }, keeper)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'category' }), expect.objectContaining({ field: 'unit' }), expect.objectContaining({ field: 'lowStockThreshold' })]),
    });
    await expect(call(SupplyRequestSubjects.create, { purpose: '空单', lines: [] }, zonghe)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'lines' })] });
  });

  it('设备购置验收: an 入库 of equipment with its acceptance publishes equipment-purchase.accepted; the card numbers 财务科 reports back are shown once', async () => {
    const pc = await call<SupplyItemView>(SupplyItemSubjects.create, { name: '台式计算机', spec: 'i5/16G/512G', category: 'equipment', unit: '台', lowStockThreshold: 0 }, keeper);
    const acceptance = { unitPriceFen: 568_000, assetCategory: 'general_equipment', acceptedOn: '2026-11-20', acceptors: '王强、李娜', location: '区政府办公楼 3 楼 312 室', keeperName: '张敏' };
    const paper = await newItem('A4 复印纸（验收）');
    await expect(call(SupplyItemSubjects.stockIn, { id: paper.id, expectedVersion: 1, quantity: 5, reason: '采购', acceptance }, keeper)).rejects.toMatchObject({ spec: { code: 'SUPPLY_ITEM.NOT_EQUIPMENT' } });
    await expect(call(SupplyItemSubjects.stockIn, { id: pc.id, expectedVersion: 1, quantity: 51, reason: '采购', acceptance }, keeper)).rejects.toMatchObject({
      spec: { code: 'SUPPLY_ITEM.TOO_MANY_UNITS' },
      fieldErrors: [expect.objectContaining({ field: 'quantity' })],
    });
    await expect(call(SupplyItemSubjects.stockIn, { id: pc.id, expectedVersion: 1, quantity: 2, reason: '采购', acceptance: { ...acceptance, acceptedOn: '2099-01-01' } }, keeper)).rejects.toMatchObject({
      spec: { code: 'SUPPLY_ITEM.ACCEPTANCE_IN_FUTURE' },
      fieldErrors: [expect.objectContaining({ field: 'acceptance.acceptedOn', message: 'acceptance.acceptedOn：验收日期不能晚于今天' })],
    });
    await expect(call(SupplyItemSubjects.stockIn, { id: pc.id, expectedVersion: 1, quantity: 2, reason: '采购', acceptance: { ...acceptance, unitPriceFen: 5680.5, assetCategory: 'land' } }, keeper)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'acceptance.unitPriceFen', message: 'acceptance.unitPriceFen：单价须为整数（分）' }),
        expect.objectContaining({ field: 'acceptance.assetCategory', message: expect.stringContaining('资产分类须为') }),
      ]),
    });

    const stocked = await call<SupplyItemView>(SupplyItemSubjects.stockIn, { id: pc.id, expectedVersion: 1, quantity: 2, reason: '博山区政府采购 2026-118 号', acceptance }, keeper);
    expect(stocked).toMatchObject({ stock: 2, version: 2 });
    const [movement] = stocked.movements ?? [];
    expect(movement.acceptance).toEqual({ ...acceptance, assetCategoryLabel: '通用设备', assetNumbers: [], cardStatus: '已推送至财务科资产卡片' });
    const published = (await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE subject = 'evt.facilities-and-vehicles.equipment-purchase.accepted' AND envelope->'data'->>'id' = $1`, [movement.id])) as {
      envelope: { id: string; data: Record<string, unknown> };
    }[];
    expect(published).toHaveLength(1);
    expect(published[0].envelope.id).toBe(movement.id);
    expect(published[0].envelope.data).toEqual({
      id: movement.id,
      itemId: pc.id,
      name: '台式计算机（i5/16G/512G）',
      assetCategory: 'general_equipment',
      quantity: 2,
      unitPriceFen: 568_000,
      source: '博山区政府采购 2026-118 号',
      acceptedOn: '2026-11-20',
      acceptors: '王强、李娜',
      location: '区政府办公楼 3 楼 312 室',
      keeperName: '张敏',
      acceptedBy: keeper.username,
      version: 1,
    });
    // A plain 入库 of equipment (no acceptance, e.g. 配件) publishes nothing for the cards.
    const plain = await call<SupplyItemView>(SupplyItemSubjects.stockIn, { id: pc.id, expectedVersion: 2, quantity: 1, reason: '调剂入库' }, keeper);
    expect(plain.movements?.[0].acceptance).toBeNull();

    // personnel-finance reports the cards (asset-purchase.carded with the source), as its outbox relay would publish them.
    const processed = async () =>
      ((await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".inbox WHERE subject = $1`, [AssetEvents.purchaseCarded])) as { n: number }[])[0].n;
    const report = async (data: AssetPurchaseChanged.Event, envelopeId = randomUUID()) => {
      const before = await processed();
      await client.bus.ensureStream(streamOf('personnel-finance'), 'evt.personnel-finance.>');
      const envelope = buildEnvelope('personnel-finance', AssetEvents.purchaseCarded, data, envelopeId);
      await client.bus.publish(AssetEvents.purchaseCarded, envelope, randomUUID(), producerHeaders(environment, 'personnel-finance', envelope));
      await eventually(async () => (await processed()) > before, 15_000, 'asset-purchase.carded processed');
    };
    const carded = (assetNumber: string): AssetPurchaseChanged.Event => ({
      id: randomUUID(),
      number: 'CG-2026-0001',
      name: '台式计算机（i5/16G/512G）',
      status: 'carded',
      assetId: randomUUID(),
      assetNumber,
      sourceApp: 'facilities-and-vehicles',
      sourceId: movement.id,
      version: 2,
    });
    const first = carded('ZC-2026-00007');
    await report(first);
    const half = await call<SupplyItemView>(SupplyItemSubjects.get, { id: pc.id }, keeper);
    expect(half.movements?.find((m) => m.id === movement.id)?.acceptance).toMatchObject({ assetNumbers: ['ZC-2026-00007'], cardStatus: '已推送至财务科资产卡片（已建卡 1/2：ZC-2026-00007）' });
    await report(first); // the same card again (a new envelope): kept once
    await report(carded('ZC-2026-00008'));
    const both = await call<SupplyItemView>(SupplyItemSubjects.get, { id: pc.id }, keeper);
    expect(both.movements?.find((m) => m.id === movement.id)?.acceptance).toMatchObject({ assetNumbers: ['ZC-2026-00007', 'ZC-2026-00008'], cardStatus: '已建卡：ZC-2026-00007、ZC-2026-00008' });
    expect(both.version).toBe(3); // the numbers are not a change of the item
  });
});
