import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * supervision across the platform, for the additions of issues 17 and 21: a 党组会's decided items published by
 * personnel-finance become 督办事项 in supervision; a 督查 runs through the gateway from its 方案 to its conclusions,
 * each unit reading the conclusion about its own work; a 上级督查事项 is received with its deadline from the engine.
 */
describe('supervision end to end: 党组会 decisions, 督查 and replies to higher inspections', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { ducha: '', duchaChief: '', zonghe: '', renshi: '', liaisonA: '', liaisonB: '' };
  const units = { a: '', b: '' };
  const bearer = (who: keyof typeof tokens) => `Bearer ${tokens[who]}`;
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const users = {
      ducha: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'ducha' }),
      duchaChief: await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'ducha' }),
      zonghe: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' }),
      renshi: await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'renshi' }),
    };
    for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await signIn(http, users[key].username, users[key].password);
    for (const key of ['a', 'b'] as const) {
      const created = await http
        .post('/api/units')
        .set('authorization', bearer('zonghe'))
        .send({ code: `E2E-INS-${key.toUpperCase()}`, name: `督查端到端单位${key.toUpperCase()}`, type: 'department', liaisons: [], dutyPhones: [] });
      expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
      units[key] = created.body.id;
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: created.body.id, sectionCode: null });
      tokens[key === 'a' ? 'liaisonA' : 'liaisonB'] = await signIn(http, liaison.username, liaison.password);
    }
    const supervision = parts('supervision');
    await eventually(async () => {
      const [row] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".unit_directory WHERE id = ANY($1)`, [[units.a, units.b]]);
      const calendar = await supervision.dataSource.query(`SELECT 1 FROM "${supervision.schema}".calendar_year_copy WHERE year = 2026`);
      return row.n === 2 && calendar.length === 1;
    }, 20_000, 'units and the 2026 calendar in supervision');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('each decided item of a published 党组会 becomes one 督办事项 of its lead unit', async () => {
    const meetings = '/api/personnel-finance/leading-group-meetings';
    let res = await http
      .post(meetings)
      .set('authorization', bearer('renshi'))
      .set('idempotency-key', randomUUID())
      .send({ kind: 'party_group', title: '督查端到端党组会', meetingDate: '2026-11-10', chairName: '孙建国', agenda: [{ title: '研究安全生产', sectionCode: 'renshi' }] });
    expect(res.status).toBe(201);
    const meetingId = res.body.id as string;
    res = await http.post(`${meetings}/${meetingId}/notify`).set('authorization', bearer('renshi')).set('if-match', res.headers.etag).send({ approvedBy: '孙建国' });
    res = await http
      .post(`${meetings}/${meetingId}/minutes`)
      .set('authorization', bearer('renshi'))
      .set('if-match', res.headers.etag)
      .send({
        attendees: ['孙建国', '杨帆'],
        minutesNumber: '〔2026〕9号',
        minutes: '研究了安全生产工作。',
        decisions: [
          { content: '开展危化品专项检查', leadUnitId: units.a, coUnitIds: [units.b], dueDate: '2026-12-31' },
          { content: '完善校园安全预案', leadUnitId: units.b, coUnitIds: [] },
        ],
      });
    expect(res.body.status).toBe('held');
    res = await http.post(`${meetings}/${meetingId}/publish`).set('authorization', bearer('renshi')).set('if-match', res.headers.etag).send();
    expect(res.status).toBe(200);
    const items = await eventually(async () => {
      const found = (await http.get('/api/supervision/items').query({ sourceId: meetingId, limit: 100 }).set('authorization', bearer('ducha'))).body.items as
        | { kind: string; status: string; leadUnitId: string; coUnitIds: string[]; source: { kind: string; parentKind: string }; due: { dueDate: string } }[]
        | undefined;
      return found?.length === 2 ? found : undefined;
    }, 20_000, 'two items of the 党组会');
    expect(items.every((i) => i.kind === 'meeting_decision' && i.status === 'assigned' && i.source.kind === 'leading_group_decision' && i.source.parentKind === 'leading_group_meeting')).toBe(true);
    const first = items.find((i) => i.leadUnitId === units.a)!;
    expect(first).toMatchObject({ coUnitIds: [units.b], due: { dueDate: '2026-12-31' } });
    const seenByB = (await http.get('/api/supervision/items').query({ sourceId: meetingId, limit: 100 }).set('authorization', bearer('liaisonB'))).body.items as unknown[];
    expect(seenByB).toHaveLength(2); // lead of one, co-unit of the other
  });

  it('a 督查 goes from its 方案 to its conclusions through the gateway; each liaison reads only their unit’s conclusion', async () => {
    const base = '/api/supervision/inspections';
    const bad = await http.post(base).set('authorization', bearer('ducha')).set('idempotency-key', randomUUID()).send({ subject: '', unitIds: [] });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const plan = {
      subject: '端到端安全生产专项督查',
      scope: '危化品企业、校园安全',
      periodStart: '2026-03-02',
      periodEnd: '2026-03-31',
      basis: '区政府常务会议纪要〔2026〕3号',
      unitIds: [units.a, units.b],
      leaderName: '刘主任',
      members: [{ name: '陈科长', identity: 'staff' }, { name: '周代表', identity: 'npc_deputy' }],
    };
    let res = await http.post(base).set('authorization', bearer('ducha')).set('idempotency-key', randomUUID()).send(plan);
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    expect((await http.post(base).set('authorization', bearer('liaisonA')).set('idempotency-key', randomUUID()).send(plan)).status).toBe(403);
    expect((await http.get(`${base}/${id}`).set('authorization', bearer('liaisonA'))).status).toBe(404);
    const stale = await http.post(`${base}/${id}/approve`).set('authorization', bearer('duchaChief')).set('if-match', '"99"').send();
    expect(stale.status).toBe(412);
    res = await http.post(`${base}/${id}/approve`).set('authorization', bearer('duchaChief')).set('if-match', res.headers.etag).send();
    expect({ status: res.status, state: res.body.status }).toEqual({ status: 200, state: 'approved' });
    res = await http.post(`${base}/${id}/conduct`).set('authorization', bearer('ducha')).set('if-match', res.headers.etag).send({ conductedOn: '2026-03-31' });
    expect(res.body.status).toBe('conducted');
    const missing = await http
      .post(`${base}/${id}/conclusions`)
      .set('authorization', bearer('ducha'))
      .set('if-match', res.headers.etag)
      .send({ conclusions: [{ unitId: units.a, facts: '抽查企业 5 家', conclusion: '落实到位' }] });
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 422, code: 'INSPECTION.INCOMPLETE_CONCLUSIONS' });
    res = await http
      .post(`${base}/${id}/conclusions`)
      .set('authorization', bearer('ducha'))
      .set('if-match', res.headers.etag)
      .send({
        conclusions: [
          { unitId: units.a, facts: '抽查企业 5 家，台账齐全', conclusion: 'A 单位落实到位' },
          { unitId: units.b, facts: '抽查学校 3 所，1 所预案过期', conclusion: 'B 单位需整改', requirements: '一个月内完成预案修订' },
        ],
      });
    expect(res.body.status).toBe('concluded');
    const conclusionsOf = async (who: keyof typeof tokens) => ((await http.get(`${base}/${id}`).set('authorization', bearer(who))).body.conclusions as { conclusion: string }[]).map((c) => c.conclusion);
    expect(await conclusionsOf('liaisonA')).toEqual(['A 单位落实到位']);
    expect(await conclusionsOf('liaisonB')).toEqual(['B 单位需整改']);
    expect(await conclusionsOf('ducha')).toEqual(['A 单位落实到位', 'B 单位需整改']);
  });

  it('a 市 督查事项 is received with its reply deadline from the engine; liaisons cannot see it', async () => {
    const base = '/api/supervision/higher-inspections';
    const res = await http
      .post(base)
      .set('authorization', bearer('ducha'))
      .set('idempotency-key', randomUUID())
      .send({ level: 'city', title: '市督查：冬季供暖保障', requirement: '报送供暖保障情况', receivedOn: '2026-11-02', replyWorkingDays: 3 });
    expect(res.status).toBe(201);
    expect(res.body.due).toMatchObject({ dueDate: '2026-11-05', provisional: false });
    expect((await http.get(`${base}/${res.body.id}`).set('authorization', bearer('liaisonA'))).status).toBe(403);
    expect((await http.get(base).set('authorization', bearer('zonghe'))).status).toBe(200);
  });
});
