import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { streamOf, type CallerContext } from '@gov/contracts-common';
import { EquipmentPurchaseEvents, type EquipmentPurchaseAccepted } from '@gov/contracts-facilities-and-vehicles';
import { AssetSubjects, PersonnelFinancePermissions as P, type AssetPurchaseView, type AssetView, type ListAssets } from '@gov/contracts-personnel-finance';
import { buildEnvelope, type RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, eventually, producerHeaders, startTestApp, type TestEnvironment } from '@gov/testing';
import { personnelFinanceDefinition } from '../src/index.js';

/**
 * Issue 18: 机关事务管理科's accepted equipment purchases become 财务科's asset cards — the event published on the real bus
 * as facilities-and-vehicles' outbox relay would (the producer itself runs in apps/platform/test/loop-equipment-assets
 * .e2e-spec.ts), against real PostgreSQL: one accepted and carded purchase per unit, never twice.
 */
describe('personnel-finance: equipment purchases accepted in facilities-and-vehicles', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const caiwu = caller({ roles: ['section_staff'], sectionCode: 'caiwu', permissions: [P.assetsRead, P.assetsManage] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext = caiwu) => client.rpc.call<T>('personnel-finance', subject, payload, who);
  const sql = (text: string, params: unknown[] = []) => app.parts.dataSource.query(text.replaceAll('{s}', `"${app.parts.schema}"`), params) as Promise<Record<string, unknown>[]>;
  const processed = async (): Promise<number> => (await sql(`SELECT count(*)::int AS n FROM {s}.inbox WHERE subject = $1`, [EquipmentPurchaseEvents.accepted]))[0].n as number;
  const purchasesOf = async (sourceId: string) =>
    (await sql(`SELECT id, source_unit FROM {s}.asset_purchase WHERE source_app = 'facilities-and-vehicles' AND source_id = $1 ORDER BY source_unit`, [sourceId])).map((r) => ({ id: r.id as string, unit: Number(r.source_unit) }));
  /** Publishes as the producer's relay does (the envelope id is the JetStream message id unless told), and waits for the inbox. */
  const deliver = async (data: EquipmentPurchaseAccepted.Event, envelopeId: string = randomUUID(), msgId: string = envelopeId, expected = 1) => {
    const before = await processed();
    await client.bus.ensureStream(streamOf('facilities-and-vehicles'), 'evt.facilities-and-vehicles.>');
    const envelope = buildEnvelope('facilities-and-vehicles', EquipmentPurchaseEvents.accepted, data, envelopeId);
    await client.bus.publish(EquipmentPurchaseEvents.accepted, envelope, msgId, producerHeaders(environment, 'facilities-and-vehicles', envelope));
    if (expected) await eventually(async () => (await processed()) >= before + expected, 15_000, 'equipment-purchase.accepted processed');
    else {
      await new Promise((resolve) => setTimeout(resolve, 500)); // time for a wrongly accepted redelivery to show
      expect(await processed()).toBe(before);
    }
    return envelope;
  };
  const accepted = (over: Partial<EquipmentPurchaseAccepted.Event> = {}): EquipmentPurchaseAccepted.Event => ({
    id: randomUUID(),
    itemId: randomUUID(),
    name: '台式计算机（i5/16G/512G）',
    assetCategory: 'general_equipment',
    quantity: 2,
    unitPriceFen: 568_000,
    source: '博山区政府采购 2026-118 号',
    acceptedOn: '2026-11-20',
    acceptors: '王强、李娜',
    location: '区政府办公楼 3 楼 312 室',
    keeperName: '张敏',
    acceptedBy: 'jiguan01',
    version: 1,
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, personnelFinanceDefinition);
    client = await connectTestClient(environment);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('each accepted unit becomes an accepted purchase carded at once: a card in use with its value, location and keeper, the source kept', async () => {
    const event = accepted();
    await deliver(event);
    const units = await purchasesOf(event.id);
    expect(units.map((u) => u.unit)).toEqual([1, 2]);
    const purchase = await call<AssetPurchaseView>(AssetSubjects.purchaseGet, { id: units[0].id });
    expect(purchase).toMatchObject({
      name: event.name,
      category: 'general_equipment',
      status: 'carded',
      estimatedFen: 568_000,
      purchase: { supplier: event.source, amountFen: 568_000, purchasedOn: '2026-11-20' },
      acceptance: { acceptedOn: '2026-11-20', acceptors: '王强、李娜', by: 'facilities-and-vehicles:jiguan01' },
      source: { app: 'facilities-and-vehicles', id: event.id, unit: 1, label: '机关事务管理科设备购置验收入库（第 1 台）' },
      version: 2,
    });
    expect(purchase.number).toMatch(/^CG-\d{4}-\d{4}$/);
    expect(purchase.assetNumber).toMatch(/^ZC-2026-\d{5}$/);
    expect(purchase.timeline.map((t) => t.step)).toEqual(['设备购置验收（机关事务管理科）', '建卡']);
    const card = await call<AssetView>(AssetSubjects.get, { id: purchase.assetId });
    expect(card).toMatchObject({
      number: purchase.assetNumber,
      category: 'general_equipment',
      valueFen: 568_000,
      acquiredOn: '2026-11-20',
      location: '区政府办公楼 3 楼 312 室',
      keeperStaffMemberId: null,
      keeperName: '张敏',
      status: 'in_use',
      purchaseId: purchase.id,
    });
    expect(card.timeline[0]).toMatchObject({ step: '建卡', by: 'facilities-and-vehicles:jiguan01' });
    const listed = await call<ListAssets.Reply>(AssetSubjects.list, { q: '台式计算机' });
    expect(listed.items.filter((a) => a.name === event.name)).toHaveLength(2);
    // The card numbers go back to facilities with the source, through the outbox.
    const carded = await sql(`SELECT envelope->'data' AS data FROM {s}.outbox WHERE subject = 'evt.personnel-finance.asset-purchase.carded' AND envelope->'data'->>'sourceId' = $1 ORDER BY seq`, [event.id]);
    expect(carded.map((r) => r.data)).toEqual([
      expect.objectContaining({ sourceApp: 'facilities-and-vehicles', sourceId: event.id, assetNumber: purchase.assetNumber, status: 'carded' }),
      expect.objectContaining({ sourceApp: 'facilities-and-vehicles', sourceId: event.id, assetNumber: expect.stringMatching(/^ZC-2026-\d{5}$/) }),
    ]);
    const created = await sql(`SELECT count(*)::int AS n FROM {s}.outbox WHERE subject = 'evt.personnel-finance.asset.created' AND envelope->'data'->>'id' = ANY($1::text[])`, [[card.id]]);
    expect(created[0].n).toBe(1);
  });

  it('a redelivered event (same envelope) and a re-published one (new envelope) make no second card', async () => {
    const event = accepted({ quantity: 1, name: '彩色激光打印机', unitPriceFen: 329_900, assetCategory: 'general_equipment' });
    const envelope = await deliver(event);
    const cards = async () => (await sql(`SELECT count(*)::int AS n FROM {s}.asset WHERE name = '彩色激光打印机'`))[0].n as number;
    expect(await cards()).toBe(1);
    // The same envelope under another JetStream message id (past the stream's de-duplication): the inbox drops it.
    await deliver(event, envelope.id, randomUUID(), 0);
    expect(await cards()).toBe(1);
    // A new envelope for the same purchase (a producer re-publishing): processed, but the unit is already taken in.
    await deliver(event);
    expect(await cards()).toBe(1);
    expect(await purchasesOf(event.id)).toHaveLength(1);
  });

  it('an event that breaks the contract is refused before it changes anything', async () => {
    const bad = accepted({ quantity: 0, unitPriceFen: 1.5 } as Partial<EquipmentPurchaseAccepted.Event>);
    const before = (await sql(`SELECT count(*)::int AS n FROM {s}.asset`))[0].n as number;
    await client.bus.ensureStream(streamOf('facilities-and-vehicles'), 'evt.facilities-and-vehicles.>');
    const envelope = buildEnvelope('facilities-and-vehicles', EquipmentPurchaseEvents.accepted, bad, randomUUID());
    await client.bus.publish(EquipmentPurchaseEvents.accepted, envelope, envelope.id, producerHeaders(environment, 'facilities-and-vehicles', envelope));
    await eventually(async () => ((await sql(`SELECT count(*)::int AS n FROM {s}.dead_letter WHERE event_id = $1`, [envelope.id]))[0].n as number) > 0, 15_000, 'dead letter');
    expect((await sql(`SELECT count(*)::int AS n FROM {s}.asset`))[0].n).toBe(before);
  });
});
