import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 办公用品 of facilities-and-vehicles through the gateway: the catalogue, 入库 with If-Match, a section's 申领 approved and issued, a shortage as a 422 in Chinese. */
describe('facilities-and-vehicles office supplies end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { keeper: '', zonghe: '', liaison: '' };
  const bearer = (token: string) => `Bearer ${token}`;
  const items = '/api/facilities-and-vehicles/office-supplies';
  const requests = '/api/facilities-and-vehicles/supply-requests';

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      keeper: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' }),
      zonghe: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' }),
      liaison: await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password, users[key].totpSecret);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('stocks an item, a section requests it, the keeper issues it; the stock falls and a second request beyond it is refused with the item named', async () => {
    const key = randomUUID();
    const body = { name: '黑色签字笔', spec: '0.5mm', category: 'stationery', unit: '支', lowStockThreshold: 5 };
    const created = await http.post(items).set('authorization', bearer(tokens.keeper)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { stock: 0, lowStock: true, version: 1 } });
    expect((await http.post(items).set('authorization', bearer(tokens.keeper)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const stocked = await http.post(`${items}/${created.body.id}/stock-in`).set('authorization', bearer(tokens.keeper)).set('if-match', created.headers.etag).send({ quantity: 8, reason: '采购入库' });
    expect({ status: stocked.status, stock: stocked.body.stock }).toEqual({ status: 200, stock: 8 });
    const stale = await http.post(`${items}/${created.body.id}/stock-in`).set('authorization', bearer(tokens.keeper)).set('if-match', created.headers.etag).send({ quantity: 1, reason: '采购入库' });
    expect(stale.status).toBe(412);

    const catalogue = await http.get(items).query({ q: '签字笔' }).set('authorization', bearer(tokens.zonghe));
    expect(catalogue.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    const asked = await http.post(requests).set('authorization', bearer(tokens.zonghe)).set('idempotency-key', randomUUID()).send({ purpose: '综合科会议记录用', lines: [{ itemId: created.body.id, quantity: 6 }] });
    expect({ status: asked.status, body: asked.body }).toMatchObject({ status: 201, body: { sectionCode: 'zonghe', status: 'submitted' } });
    const issued = await http.post(`${requests}/${asked.body.id}/approve`).set('authorization', bearer(tokens.keeper)).set('if-match', asked.headers.etag).send({});
    expect({ status: issued.status, body: issued.body }).toMatchObject({ status: 200, body: { status: 'issued', statusLabel: '已发放' } });
    const after = await http.get(`${items}/${created.body.id}`).set('authorization', bearer(tokens.keeper));
    expect(after.body).toMatchObject({ stock: 2, lowStock: true });
    expect(after.body.movements.map((m: { direction: string; quantity: number }) => [m.direction, m.quantity])).toEqual([['out', 6], ['in', 8]]);

    const again = await http.post(requests).set('authorization', bearer(tokens.zonghe)).set('idempotency-key', randomUUID()).send({ purpose: '综合科备用', lines: [{ itemId: created.body.id, quantity: 3 }] });
    const short = await http.post(`${requests}/${again.body.id}/approve`).set('authorization', bearer(tokens.keeper)).set('if-match', again.headers.etag).send({});
    expect({ status: short.status, code: short.body.code }).toEqual({ status: 422, code: 'SUPPLY_ITEM.INSUFFICIENT_STOCK' });
    expect(short.headers['content-type']).toContain('application/problem+json');
    expect(short.body.detail).toContain('「黑色签字笔」申领 3，库存 2');
  });

  it('a section cannot manage the stock; a liaison has no access', async () => {
    expect((await http.post(items).set('authorization', bearer(tokens.zonghe)).set('idempotency-key', randomUUID()).send({ name: '订书钉', category: 'stationery', unit: '盒', lowStockThreshold: 1 })).status).toBe(403);
    expect((await http.get(items).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(requests).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
