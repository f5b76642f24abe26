import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import { DocumentSecretariatEvents } from '@gov/contracts-document-secretariat';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The whole platform: a leader's 批示 on an incoming document is published once and becomes one 督办事项 in supervision. */
describe('documents end to end: a 批示 on a 收文 reaches supervision exactly once', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  const partsOf = (app: string) => platform.services.find((s) => s.parts.app === app)!.parts;
  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    await bearer('zonghe', { roles: ['section_staff'], sectionCode: 'zonghe' });
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Confidential, displayName: '文秘甲' });
    await bearer('mayor', { roles: ['district_leader'], clearance: Clearance.Confidential, displayName: '张区长' });
    await bearer('ducha', { roles: ['section_staff'], sectionCode: 'ducha', clearance: Clearance.Confidential, displayName: '督查甲' });
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('registers, reviews and proposes a 收文, the 区长 instructs it (retried twice), and supervision tracks one item', async () => {
    const unit = await http
      .post('/api/units')
      .set('authorization', tokens.zonghe)
      .send({ code: `DSA-${Date.now().toString(36)}`, name: '文档端到端测试局', type: 'department', liaisons: [{ name: '赵六', mobile: '13700001234' }], dutyPhones: ['0533-4180001'] });
    expect(unit.status).toBe(201);
    const secretariat = partsOf('document-secretariat');
    await eventually(async () => {
      const [row] = await secretariat.dataSource.query(`SELECT 1 FROM "${secretariat.schema}".unit_directory WHERE id = $1`, [unit.body.id]);
      return row;
    });

    const registered = await http.post('/api/documents/incoming').set('authorization', tokens.clerk).send({
      title: '关于进一步加强森林防火工作的紧急通知',
      sourceBody: '山东省人民政府办公厅',
      sourceLevel: 'province',
      originalNumber: '鲁政办发明电〔2026〕9号',
      docType: '通知',
      urgency: 'urgent',
      pages: 3,
      receivedAt: new Date().toISOString(),
      secrecyLevel: 0,
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id;
    expect((await http.post(`/api/documents/incoming/${id}/review`).set('authorization', tokens.clerk).set('if-match', 'W/"1"').send({ decision: 'accept' })).status).toBe(200);
    expect(
      (await http.post(`/api/documents/incoming/${id}/propose`).set('authorization', tokens.clerk).set('if-match', 'W/"2"').send({ proposal: '拟请张区长批示' })).status,
    ).toBe(200);

    const body = { sourceKind: 'incoming', sourceId: id, text: '请应急部门牵头严防死守。', leaderTitle: '区长', leadUnitId: unit.body.id, requestId: randomUUID() };
    const key = randomUUID();
    const first = await http.post('/api/documents/instructions').set('authorization', tokens.mayor).set('idempotency-key', key).send(body);
    const replayed = await http.post('/api/documents/instructions').set('authorization', tokens.mayor).set('idempotency-key', key).send(body);
    const withoutKey = await http.post('/api/documents/instructions').set('authorization', tokens.mayor).send(body);
    expect(first.status).toBe(201);
    expect(replayed.body.id).toBe(first.body.id);
    expect(withoutKey.body.id).toBe(first.body.id);

    const [{ n }] = await secretariat.dataSource.query(
      `SELECT count(*)::int AS n FROM "${secretariat.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'instructionId' = $2`,
      [DocumentSecretariatEvents.instructionRecorded, first.body.id],
    );
    expect(n).toBe(1);
    const incoming = await http.get(`/api/documents/incoming/${id}`).set('authorization', tokens.clerk);
    expect(incoming.body).toMatchObject({ state: 'instructed', instructionId: first.body.id });

    const items = await eventually(async () => {
      const res = await http.get('/api/supervision/items').query({ sourceId: first.body.id }).set('authorization', tokens.ducha);
      return res.status === 200 && res.body.total > 0 && res.body;
    });
    expect(items.total).toBe(1);
    expect(items.items[0]).toMatchObject({ kind: 'leader_instruction', content: '请应急部门牵头严防死守。' });

    const timeline = await http.get(`/api/documents/timeline/incoming/${id}`).set('authorization', tokens.clerk);
    expect(timeline.body.entries.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ['incoming.signed', '文秘甲'],
      ['incoming.registered', '文秘甲'],
      ['incoming.accept', '文秘甲'],
      ['incoming.propose', '文秘甲'],
      ['incoming.instructed', '张区长'],
    ]);
  });
});
