import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@gov/contracts-common';
import { EquipmentPurchaseEvents } from '@gov/contracts-facilities-and-vehicles';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { connectTestClient, createTestEnvironment, eventually, producerHeaders, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * Issue 18, closing the loop: equipment accepted into 机关事务管理科's stock (入库 with its 验收) becomes 财务科's asset
 * cards in personnel-finance — one per unit, in use, with its value, location and keeper — and the card numbers come
 * back to the acceptance. The producer's own envelope delivered once more makes no second card.
 */
describe('loop: equipment accepted in facilities-and-vehicles becomes asset cards in personnel-finance', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const tokens: Record<string, string> = {};
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const sql = (app: string, text: string, params: unknown[] = []) => parts(app).dataSource.query(text.replaceAll('{s}', `"${parts(app).schema}"`), params);
  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const ok = (res: request.Response, status = 200) => expect({ status: res.status, body: res.status === status ? undefined : res.body }).toEqual({ status, body: undefined });

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    client = await connectTestClient(environment);
    await bearer('keeper', { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    await bearer('caiwu', { roles: ['section_staff'], sectionCode: 'caiwu' });
  });

  afterAll(async () => {
    await client?.close();
    await platform?.stop();
    await environment?.dispose();
  });

  it('an accepted purchase of two printers gives two cards in 财务科’s assets, and their numbers on the acceptance; a redelivery doubles nothing', async () => {
    const items = '/api/facilities-and-vehicles/office-supplies';
    const item = await http.post(items).set('authorization', tokens.keeper).set('idempotency-key', randomUUID()).send({ name: '激光打印机（闭环）', spec: 'A4 黑白', category: 'equipment', unit: '台', lowStockThreshold: 0 });
    ok(item, 201);
    const acceptance = { unitPriceFen: 189_900, assetCategory: 'general_equipment', acceptedOn: '2026-11-20', acceptors: '王强、李娜', location: '区政府办公楼 2 楼 205 室', keeperName: '赵丽' };
    const stocked = await http
      .post(`${items}/${item.body.id}/stock-in`)
      .set('authorization', tokens.keeper)
      .set('if-match', item.headers.etag)
      .send({ quantity: 2, reason: '博山区政府采购 2026-131 号', acceptance });
    ok(stocked);
    const movementId = stocked.body.movements[0].id as string;
    expect(stocked.body.movements[0].acceptance).toMatchObject({ cardStatus: '已推送至财务科资产卡片', assetNumbers: [] });

    const cards = await eventually(async () => {
      const res = await http.get('/api/personnel-finance/assets').query({ q: '激光打印机（闭环）' }).set('authorization', tokens.caiwu);
      return res.status === 200 && res.body.items.length === 2 && res.body.items;
    }, 30_000, 'two cards in personnel-finance');
    for (const card of cards) {
      expect(card).toMatchObject({ name: '激光打印机（闭环）（A4 黑白）', category: 'general_equipment', valueFen: 189_900, acquiredOn: '2026-11-20', location: '区政府办公楼 2 楼 205 室', keeperName: '赵丽', status: 'in_use' });
      const purchase = await http.get(`/api/personnel-finance/asset-purchases/${card.purchaseId}`).set('authorization', tokens.caiwu);
      ok(purchase);
      expect(purchase.body).toMatchObject({ status: 'carded', assetNumber: card.number, source: { app: 'facilities-and-vehicles', id: movementId } });
    }
    const numbers = cards.map((c: { number: string }) => c.number).sort();

    const shown = await eventually(async () => {
      const res = await http.get(`${items}/${item.body.id}`).set('authorization', tokens.keeper);
      const accepted = res.body.movements?.find((m: { id: string }) => m.id === movementId)?.acceptance;
      return accepted?.assetNumbers.length === 2 && accepted;
    }, 30_000, 'the card numbers back on the acceptance');
    expect([...shown.assetNumbers].sort()).toEqual(numbers);
    expect(shown.cardStatus).toMatch(/^已建卡：ZC-2026-\d{5}、ZC-2026-\d{5}$/);

    // facilities-and-vehicles' own envelope, delivered again under a new bus message id: no third card.
    const [{ envelope }] = (await sql('facilities-and-vehicles', `SELECT envelope FROM {s}.outbox WHERE subject = $1 AND envelope -> 'data' ->> 'id' = $2`, [EquipmentPurchaseEvents.accepted, movementId])) as { envelope: EventEnvelope }[];
    const inbox = async () => (await sql('personnel-finance', `SELECT count(*)::int AS n FROM {s}.inbox WHERE subject = $1`, [EquipmentPurchaseEvents.accepted]))[0].n as number;
    const before = await inbox();
    await client.bus.publish(EquipmentPurchaseEvents.accepted, envelope, randomUUID(), producerHeaders(environment, 'facilities-and-vehicles', envelope));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await inbox()).toBe(before);
    const again = await http.get('/api/personnel-finance/assets').query({ q: '激光打印机（闭环）' }).set('authorization', tokens.caiwu);
    expect(again.body.items).toHaveLength(2);
  });
});
