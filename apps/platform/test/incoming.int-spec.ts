import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import { DocumentSecretariatEvents } from '@gov/contracts-document-secretariat';
import { CalendarCopy, type RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { documentSecretariatDefinition } from '@gov/service-document-secretariat';

/** 收文, 批示, 请示 and 机要递送 through the gateway, against real PostgreSQL and the bus. */
describe('incoming documents, leader instructions, 请示 and 机要递送 through the gateway', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  const unitA = randomUUID();
  const unitB = randomUUID();
  const unitC = randomUUID();
  const users: Record<string, { id: string; token: string }> = {};

  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(gateway, spec);
    users[name] = { id: user.id, token: `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}` };
  };
  const as = (name: string) => users[name].token;
  const post = (path: string, who: string, body: object, version?: number) => {
    const req = http.post(path).set('authorization', as(who));
    return (version ? req.set('if-match', `W/"${version}"`) : req).send(body);
  };
  const get = (path: string, who: string) => http.get(path).set('authorization', as(who));

  const incoming = (overrides: Record<string, unknown> = {}) => ({
    title: '关于做好今冬明春安全生产工作的通知',
    sourceBody: '淄博市人民政府办公室',
    sourceLevel: 'city',
    originalNumber: '淄政办字〔2026〕12号',
    docType: '通知',
    urgency: 'very_urgent',
    pages: 4,
    receivedAt: new Date(Date.now() - 3600_000).toISOString(),
    secrecyLevel: 0,
    ...overrides,
  });

  const outboxCount = async (instructionId: string): Promise<number> => {
    const [row] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'instructionId' = $2`, [
      DocumentSecretariatEvents.instructionRecorded,
      instructionId,
    ]);
    return row.n;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    app = await startTestApp(environment, documentSecretariatDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    for (const [id, code, name] of [
      [unitA, 'dsa-a', '区应急管理局'],
      [unitB, 'dsa-b', '区住房和城乡建设局'],
      [unitC, 'dsa-c', '区教育和体育局'],
    ]) {
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
    }
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Confidential, displayName: '文秘甲' });
    await bearer('clerk0', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.None, displayName: '文秘乙' });
    await bearer('mayor', { roles: ['district_leader'], clearance: Clearance.Confidential, displayName: '张区长' });
    await bearer('deputy', { roles: ['district_leader'], clearance: Clearance.Confidential, displayName: '李副区长' });
    await bearer('mishuEr', { roles: ['section_staff'], sectionCode: 'mishu_er', clearance: Clearance.Confidential, displayName: '秘书二科甲' });
    await bearer('liaisonA', { roles: ['unit_liaison'], unitId: unitA, clearance: Clearance.Secret, displayName: '应急局联络员' });
    await bearer('liaisonB', { roles: ['unit_liaison'], unitId: unitB, clearance: Clearance.Secret, displayName: '住建局联络员' });
    await bearer('liaisonC', { roles: ['unit_liaison'], unitId: unitC, clearance: Clearance.Secret, displayName: '教体局联络员' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('a classified document cannot be registered without its 份号 (400, Chinese field message)', async () => {
    const res = await post('/api/documents/incoming', 'clerk', incoming({ secrecyLevel: 1, secrecyPeriod: '10年' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INCOMING.COPY_NUMBER_REQUIRED');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'copyNumber', message: expect.stringContaining('份号') })]);
    const bad = await post('/api/documents/incoming', 'clerk', incoming({ sourceLevel: 'galaxy', pages: 0 }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pages', 'sourceLevel']);
  });

  it('an impossible 收到时间 is a 400, never rolled over to another day; so are a page count out of range and text for a number (issue 12)', async () => {
    for (const receivedAt of ['2026-02-30T10:00+08:00', '2026-11-31T10:00:00+08:00', '2026-12-01T24:00:00+08:00', '2026-12-01T10:00:00']) {
      const res = await post('/api/documents/incoming', 'clerk', incoming({ receivedAt }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'receivedAt', code: 'isOffsetDateTime' })]);
    }
    const huge = await post('/api/documents/incoming', 'clerk', incoming({ pages: 3_000_000_000 }));
    expect(huge.status).toBe(400);
    expect(huge.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'pages', code: 'isInt32' })]));
    expect(new Set(huge.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['pages']));
    const text = await post('/api/documents/incoming', 'clerk', incoming({ pages: '4' }));
    expect(text.status).toBe(400);
    const nul = await post('/api/documents/incoming', 'clerk', incoming({ originalNumber: '淄政办字\u0000〔2026〕12号' }));
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([expect.objectContaining({ field: 'originalNumber', code: 'noNulCharacter' })]);
  });

  it('runs 签收登记 → 初审 → 拟办 → 批办 → 分办/传阅 → 签收/阅读 → 催办 → 办结 → 答复, knowing who holds it, and the history reads as a timeline', async () => {
    const registered = await post('/api/documents/incoming', 'clerk', incoming());
    expect(registered.status).toBe(201);
    const doc = registered.body;
    expect(doc.registrationNumber).toMatch(/^收〔\d{4}〕[1-9]\d*号$/);
    expect(doc).toMatchObject({ state: 'registered', stateLabel: '已登记待初审', originalNumber: '淄政办字〔2026〕12号', sourceLevelLabel: '市', version: 1 });
    expect(doc.holder).toMatchObject({ kind: 'user', name: '文秘甲' });
    expect(registered.headers.etag).toBe('W/"1"');

    // Skipping steps or holding a stale version is refused.
    expect((await post(`/api/documents/incoming/${doc.id}/complete`, 'clerk', { result: '已办理' }, 1)).body.code).toBe('DOCUMENT.INVALID_STATE');
    expect((await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'accept' })).status).toBe(428);
    expect((await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'accept' }, 9)).status).toBe(412);

    const accepted = await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'accept' }, 1);
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    const proposed = await post(`/api/documents/incoming/${doc.id}/propose`, 'clerk', { proposal: '拟请张区长阅示，由区应急管理局牵头办理', leaderUserId: users.mayor.id, leaderName: '张区长' }, 2);
    expect(proposed.body).toMatchObject({ state: 'proposed', proposal: '拟请张区长阅示，由区应急管理局牵头办理', holder: { kind: 'user', name: '张区长' } });

    // 批办 = the leader's 批示 on the document.
    const instructed = await post('/api/documents/instructions', 'mayor', { sourceKind: 'incoming', sourceId: doc.id, text: '请应急局牵头抓好落实，住建局配合。', leaderTitle: '区长', leadUnitId: unitA, coUnitIds: [unitB] });
    expect(instructed.status).toBe(201);
    expect(instructed.body).toMatchObject({ leaderName: '张区长', followedBy: 'mishu_yi', followedByLabel: '秘书一科', recordedOnBehalf: false, sourceTitle: doc.title });
    const afterInstruction = await get(`/api/documents/incoming/${doc.id}`, 'clerk');
    expect(afterInstruction.body).toMatchObject({ state: 'instructed', instructionId: instructed.body.id, holder: { kind: 'section', name: '文秘科' } });

    const distributed = await post(
      `/api/documents/incoming/${doc.id}/distribute`,
      'clerk',
      { leadUnitId: unitA, coUnitIds: [unitB], leaders: [{ userId: users.deputy.id, name: '李副区长' }] },
      afterInstruction.body.version,
    );
    expect(distributed.status).toBe(200);
    expect(distributed.body).toMatchObject({ state: 'distributed', holder: { kind: 'unit', id: unitA, name: '区应急管理局' } });
    expect(distributed.body.deadline).toMatchObject({ workingDays: 3, basis: expect.stringContaining('特急 3') });
    expect(distributed.body.deadline.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(distributed.body.deadline.explanation.length).toBeGreaterThan(1);
    expect(distributed.body.routings.map((r: { recipientName: string; role: string; status: string }) => [r.recipientName, r.role, r.status])).toEqual([
      ['区应急管理局', 'lead', 'pending'],
      ['区住房和城乡建设局', 'co', 'pending'],
      ['李副区长', 'read', 'pending'],
    ]);
    expect((await post(`/api/documents/incoming/${doc.id}/distribute`, 'clerk', { leadUnitId: unitC }, distributed.body.version)).body.code).toBe('DOCUMENT.INVALID_STATE');

    // The lead unit's liaison signs for and reports on its own copy only.
    const mine = await get('/api/documents/routings/mine', 'liaisonA');
    const copyA = mine.body.items.find((r: { recordId: string }) => r.recordId === doc.id);
    expect(copyA).toMatchObject({ role: 'lead', status: 'pending', recordTitle: doc.title });
    const signed = await post(`/api/documents/routings/${copyA.id}/sign`, 'liaisonA', {}, copyA.version);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', statusLabel: '已签收' });
    expect(signed.body.signedAt).toBeDefined();
    const copyB = distributed.body.routings[1];
    const foreign = await post(`/api/documents/routings/${copyB.id}/sign`, 'liaisonA', {}, copyB.version);
    expect(foreign.status).toBe(403);
    expect((await get(`/api/documents/incoming/${doc.id}`, 'liaisonC')).status).toBe(404);
    expect((await get(`/api/documents/incoming/${doc.id}`, 'liaisonB')).status).toBe(200);
    const progress = await post(`/api/documents/routings/${copyA.id}/progress`, 'liaisonA', { note: '已部署全区隐患排查' }, signed.body.version);
    expect(progress.body).toMatchObject({ status: 'handling', note: '已部署全区隐患排查' });

    // The deputy's 传阅 copy: a read receipt, and no handling.
    const copyDeputy = distributed.body.routings[2];
    const read = await post(`/api/documents/routings/${copyDeputy.id}/read`, 'deputy', {}, copyDeputy.version);
    expect(read.body).toMatchObject({ status: 'read', readBy: expect.any(String) });
    expect(read.body.readAt).toBeDefined();
    expect((await post(`/api/documents/routings/${copyDeputy.id}/done`, 'deputy', { note: 'x' }, read.body.version)).status).toBe(422);

    // 催办 the units not done, then 办结 and 答复.
    const chased = await post(`/api/documents/incoming/${doc.id}/chase`, 'clerk', { note: '请于明日下班前报送办理情况' }, distributed.body.version);
    expect(chased.status).toBe(200);
    expect(chased.body.chases.map((c: { targetName: string; chasedBy: string }) => [c.targetName, c.chasedBy])).toEqual([
      ['区应急管理局', '文秘甲'],
      ['区住房和城乡建设局', '文秘甲'],
    ]);
    const done = await post(`/api/documents/routings/${copyA.id}/done`, 'liaisonA', { note: '隐患排查 126 处，已全部整改' }, progress.body.version);
    expect(done.body).toMatchObject({ status: 'done', result: '隐患排查 126 处，已全部整改' });

    const glance = await get('/api/documents/incoming', 'clerk').query({ state: 'distributed', holderId: unitA });
    expect(glance.body.items.find((i: { id: string }) => i.id === doc.id)).toMatchObject({ holder: { name: '区应急管理局' }, overdue: false, dueDate: distributed.body.deadline.dueDate });
    expect((await get('/api/documents/incoming', 'clerk').query({ overdue: 'true' })).body.items.map((i: { id: string }) => i.id)).not.toContain(doc.id);

    const completed = await post(`/api/documents/incoming/${doc.id}/complete`, 'clerk', { result: '已按要求部署落实并报市政府办公室' }, chased.body.version);
    expect(completed.body).toMatchObject({ state: 'completed', result: '已按要求部署落实并报市政府办公室', holder: { name: '文秘甲' } });
    const replied = await post(`/api/documents/incoming/${doc.id}/reply`, 'clerk', { method: 'letter', content: '已函复市政府办公室' }, completed.body.version);
    expect(replied.body).toMatchObject({ state: 'replied', replyMethod: 'letter', replyContent: '已函复市政府办公室' });
    expect(replied.body.holder).toBeUndefined();

    const timeline = await get(`/api/documents/timeline/incoming/${doc.id}`, 'clerk');
    expect(timeline.status).toBe(200);
    expect(timeline.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'incoming.signed',
      'incoming.registered',
      'incoming.accept',
      'incoming.propose',
      'incoming.instructed',
      'incoming.distribute',
      'routing.sign',
      'routing.progress',
      'routing.read',
      'incoming.chase',
      'routing.done',
      'incoming.complete',
      'incoming.reply',
    ]);
    expect(timeline.body.entries.map((e: { actorName: string }) => e.actorName)).toEqual([
      '文秘甲',
      '文秘甲',
      '文秘甲',
      '文秘甲',
      '张区长',
      '文秘甲',
      '应急局联络员',
      '应急局联络员',
      '李副区长',
      '文秘甲',
      '应急局联络员',
      '文秘甲',
      '文秘甲',
    ]);
    for (const entry of timeline.body.entries) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('returning a document to its sender at 初审 needs reasons and ends the flow', async () => {
    const doc = (await post('/api/documents/incoming', 'clerk', incoming({ title: '关于申请拨付专项经费的函', docType: '函', urgency: 'normal' }))).body;
    const noReason = await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'return' }, 1);
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const returned = await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'return', reason: '不符合行文规则：应报区财政局' }, 1);
    expect(returned.body).toMatchObject({ state: 'returned', stateLabel: '已退回', returnReason: '不符合行文规则：应报区财政局', holder: { name: '淄博市人民政府办公室' } });
    const after = await post(`/api/documents/incoming/${doc.id}/propose`, 'clerk', { proposal: '拟办' }, 2);
    expect(after.status).toBe(422);
    expect(after.body.detail).toContain('已退回');
  });

  it('a user not cleared for 机密 never sees a 机密 document: not in a list, not by id, not in search', async () => {
    const secret = await post('/api/documents/incoming', 'clerk', incoming({ title: '关于重点目标防护的机密通知', secrecyLevel: 2, copyNumber: '000012', secrecyPeriod: '10年' }));
    expect(secret.status).toBe(201);
    const id = secret.body.id;
    await post(`/api/documents/incoming/${id}/review`, 'clerk', { decision: 'accept' }, 1);
    await post(`/api/documents/incoming/${id}/distribute`, 'clerk', { leadUnitId: unitA }, 2);

    expect((await get(`/api/documents/incoming/${id}`, 'clerk')).status).toBe(200);
    expect((await get('/api/documents/incoming', 'clerk').query({ q: '重点目标防护' })).body.total).toBe(1);
    const found = (await get('/api/documents/search', 'clerk').query({ q: '重点目标防护' })).body;
    expect(found.total).toBe(1);
    // The registry holds the state code; search shows its label beside it.
    expect(found.items[0]).toMatchObject({ id, kind: 'incoming', status: 'distributed', statusLabel: '承办中' });

    for (const who of ['clerk0', 'liaisonA']) {
      expect((await get(`/api/documents/incoming/${id}`, who)).status).toBe(404);
      expect((await get('/api/documents/incoming', who).query({ q: '重点目标防护' })).body).toMatchObject({ items: [], total: 0 });
      expect((await get('/api/documents/search', who).query({ q: '重点目标防护' })).body).toMatchObject({ items: [], total: 0 });
      expect((await get(`/api/documents/timeline/incoming/${id}`, who)).status).toBe(404);
      const copies = (await get('/api/documents/routings/mine', who)).body.items.map((r: { recordId: string }) => r.recordId);
      expect(copies).not.toContain(id);
    }
    // Nor can an uncleared clerk act on it or register one.
    expect((await post(`/api/documents/incoming/${id}/chase`, 'clerk0', { note: '请抓紧' }, 3)).status).toBe(404);
    expect((await post('/api/documents/incoming', 'clerk0', incoming({ secrecyLevel: 2, secrecyPeriod: '20年', copyNumber: '000013' }))).status).toBe(403);
  });

  it('a leader instruction on an incoming document produces exactly one event, retried with Idempotency-Key or with the same requestId', async () => {
    const doc = (await post('/api/documents/incoming', 'clerk', incoming({ title: '关于开展汛前检查的通知' }))).body;
    const body = { sourceKind: 'incoming', sourceId: doc.id, text: '请各相关单位认真落实。', leaderTitle: '副区长', leadUnitId: unitA };

    const key = randomUUID();
    const first = await http.post('/api/documents/instructions').set('authorization', as('deputy')).set('idempotency-key', key).send(body);
    const retry = await http.post('/api/documents/instructions').set('authorization', as('deputy')).set('idempotency-key', key).send(body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(await outboxCount(first.body.id)).toBe(1);

    // Without the header (or after the idempotency record expired) the client's requestId finds the first instruction.
    const requestId = randomUUID();
    const a = await post('/api/documents/instructions', 'deputy', { ...body, text: '请抓紧组织检查。', requestId });
    const b = await post('/api/documents/instructions', 'deputy', { ...body, text: '请抓紧组织检查。', requestId });
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    expect(b.body.requestId).toBe(requestId);
    expect(await outboxCount(a.body.id)).toBe(1);
    const [{ n }] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".leader_instruction WHERE request_id = $1`, [requestId]);
    expect(n).toBe(1);
    // Someone else's request with that id is a conflict, not a silent match.
    expect((await post('/api/documents/instructions', 'mayor', { ...body, leaderTitle: '区长', requestId })).status).toBe(409);

    const [envelope] = await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'instructionId' = $2`, [
      DocumentSecretariatEvents.instructionRecorded,
      a.body.id,
    ]);
    expect(envelope.envelope.data).toMatchObject({ sourceKind: 'incoming', sourceId: doc.id, sourceTitle: '关于开展汛前检查的通知', leaderName: '李副区长', leaderTitle: '副区长', followedBy: 'mishu_er', leadUnitId: unitA, coUnitIds: [] });
  });

  it('relays an instruction to the units named and lets 秘书二科 follow the deputy mayors’ ones; a clerk records a paper 批示 for a named leader', async () => {
    const recorded = await post('/api/documents/instructions', 'clerk', {
      sourceKind: 'other',
      sourceTitle: '区住建局《关于老旧小区改造进展情况的报告》',
      text: '请住建局加快进度，教体局配合做好校园周边改造。',
      leaderTitle: '副区长',
      leaderUserId: users.deputy.id,
      leaderName: '李副区长',
      leadUnitId: unitB,
      coUnitIds: [unitC],
      dueDate: '2026-12-31',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ recordedOnBehalf: true, leaderName: '李副区长', followedBy: 'mishu_er', dueDate: '2026-12-31' });
    expect(recorded.body.routings.map((r: { recipientName: string; role: string }) => [r.recipientName, r.role])).toEqual([
      ['区住房和城乡建设局', 'lead'],
      ['区教育和体育局', 'co'],
    ]);
    const missingLeader = await post('/api/documents/instructions', 'clerk', { sourceKind: 'other', sourceTitle: '材料', text: '请阅。', leaderTitle: '副区长' });
    expect(missingLeader.status).toBe(400);
    expect(missingLeader.body.code).toBe('INSTRUCTION.LEADER_REQUIRED');
    expect((await post('/api/documents/instructions', 'liaisonA', { sourceKind: 'other', sourceTitle: '材料', text: '请阅。', leaderTitle: '区长' })).status).toBe(403);

    // The named unit's liaison gets its copy and its read receipt is kept.
    const copyC = (await get('/api/documents/routings/mine', 'liaisonC')).body.items.find((r: { recordId: string }) => r.recordId === recorded.body.id);
    expect(copyC).toMatchObject({ recordKind: 'instruction', role: 'co' });
    expect((await post(`/api/documents/routings/${copyC.id}/read`, 'liaisonC', {}, copyC.version)).body.status).toBe('read');
    expect((await get(`/api/documents/instructions/${recorded.body.id}`, 'liaisonA')).status).toBe(404);

    const list = await get('/api/documents/instructions', 'mishuEr').query({ followedBy: 'mishu_er', followStatus: 'following' });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(recorded.body.id);
    const followed = await post(`/api/documents/instructions/${recorded.body.id}/follow-up`, 'mishuEr', { note: '住建局已完成 80%，年底前完工', followStatus: 'done' }, recorded.body.version);
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ followStatus: 'done', followStatusLabel: '已落实', followNote: '住建局已完成 80%，年底前完工' });
    expect((await get('/api/documents/instructions', 'mishuEr').query({ followedBy: 'mishu_er', followStatus: 'following' })).body.items.map((i: { id: string }) => i.id)).not.toContain(recorded.body.id);
    const history = await get(`/api/documents/timeline/instruction/${recorded.body.id}`, 'mishuEr');
    expect(history.body.entries.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ['instruction.recorded', '文秘甲'],
      ['routing.read', '教体局联络员'],
      ['instruction.done', '秘书二科甲'],
    ]);
  });

  it('a unit’s 请示: submitted by its liaison → 拟办意见 → leader decision → 批复, seen by that unit only', async () => {
    const submitted = await post('/api/documents/requests', 'liaisonA', { title: '关于申请应急物资储备库建设资金的请示', summary: '申请资金 300 万元用于应急物资储备库建设。', urgency: 'urgent', secrecyLevel: 0 });
    expect(submitted.status).toBe(201);
    const req = submitted.body;
    expect(req).toMatchObject({ unitId: unitA, unitName: '区应急管理局', state: 'submitted', registrationNumber: expect.stringMatching(/^请〔\d{4}〕\d+号$/) });

    expect((await post(`/api/documents/requests/${req.id}/decide`, 'mayor', { decision: 'approve', text: '同意', leaderTitle: '区长' }, 1)).status).toBe(422);
    const proposed = await post(`/api/documents/requests/${req.id}/propose`, 'clerk', { proposal: '拟请张区长审定，建议同意并由区财政局统筹' }, 1);
    expect(proposed.body.state).toBe('proposed');
    expect((await post(`/api/documents/requests/${req.id}/decide`, 'liaisonA', { decision: 'approve', text: '同意', leaderTitle: '区长' }, 2)).status).toBe(403);
    const decided = await post(`/api/documents/requests/${req.id}/decide`, 'mayor', { decision: 'approve', text: '同意，请财政局统筹安排。', leaderTitle: '区长' }, 2);
    expect(decided.body).toMatchObject({ state: 'decided', decision: 'approve', decisionLabel: '同意', decidedByName: '张区长', decidedByTitle: '区长' });
    const replyDocumentId = randomUUID();
    // A 批复文号 typed by hand is checked like any 发文字号 (issue 12): wrong brackets or a 字 added after the 代字 are refused.
    for (const docNumber of ['博政字[2026]8号', '博政发字〔2026〕8号', '第8号']) {
      const refused = await post(`/api/documents/requests/${req.id}/reply`, 'clerk', { text: '同意你局建设应急物资储备库。', docNumber }, 3);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('REQUEST.INVALID_REPLY_DOC_NUMBER');
      expect(refused.body.errors.length).toBeGreaterThan(0);
      expect(refused.body.errors.every((e: { field: string }) => e.field === 'docNumber')).toBe(true);
    }
    const replied = await post(`/api/documents/requests/${req.id}/reply`, 'clerk', { text: '同意你局建设应急物资储备库，所需资金由区财政统筹。', docNumber: '博政字〔2026〕8号', replyDocumentId }, 3);
    expect(replied.body).toMatchObject({ state: 'replied', reply: { docNumber: '博政字〔2026〕8号', replyDocumentId }, holder: { kind: 'unit', id: unitA } });

    const seen = await get(`/api/documents/requests/${req.id}`, 'liaisonA');
    expect(seen.status).toBe(200);
    expect(seen.body.reply.text).toBe('同意你局建设应急物资储备库，所需资金由区财政统筹。');
    expect((await get(`/api/documents/requests/${req.id}`, 'liaisonC')).status).toBe(404);
    expect((await get('/api/documents/requests', 'liaisonC')).body.items.map((i: { id: string }) => i.id)).not.toContain(req.id);
    expect((await get('/api/documents/requests', 'liaisonA')).body.items.map((i: { id: string }) => i.id)).toContain(req.id);
    // A liaison cannot file a 请示 in another unit's name.
    const other = await post('/api/documents/requests', 'liaisonA', { title: '冒名请示', summary: '以他单位名义提交', urgency: 'normal', secrecyLevel: 0, unitId: unitC });
    expect(other.body.unitId).toBe(unitA);
    // A 批示 on the 请示 is recorded on it and published like any other.
    // A 批示 with an impossible 办理期限 is refused before anything is recorded or published (issue 12: it dead-lettered in supervision).
    const impossibleDue = await post('/api/documents/instructions', 'mayor', { sourceKind: 'request', sourceId: req.id, text: '请尽快办理。', leaderTitle: '区长', dueDate: '2026-02-30' });
    expect(impossibleDue.status).toBe(400);
    expect(impossibleDue.body.errors).toEqual([expect.objectContaining({ field: 'dueDate', code: 'isCalendarDate' })]);
    const onRequest = await post('/api/documents/instructions', 'mayor', { sourceKind: 'request', sourceId: req.id, text: '请财政局尽快拨付。', leaderTitle: '区长' });
    expect(onRequest.body).toMatchObject({ sourceKind: 'request', sourceTitle: '关于申请应急物资储备库建设资金的请示', sourceDocNumber: req.registrationNumber });
    expect(await outboxCount(onRequest.body.id)).toBe(1);
    const history = await get(`/api/documents/timeline/request/${req.id}`, 'liaisonA');
    expect(history.body.entries.map((e: { action: string }) => e.action)).toEqual(['request.submitted', 'request.propose', 'request.decide', 'request.reply', 'request.leader_instruction']);
    const classified = await post('/api/documents/requests', 'liaisonA', { title: '涉密请示', summary: '涉密事项', urgency: 'normal', secrecyLevel: 1, secrecyPeriod: '6个月' });
    expect(classified.status).toBe(400);
    expect(classified.body.errors).toEqual([expect.objectContaining({ field: 'copyNumber' })]);
  });

  it('keeps the 机要递送 log, visible by clearance, signed for by the receiver', async () => {
    const secret = (await post('/api/documents/incoming', 'clerk', incoming({ title: '关于防范化解重大风险的机密文件', secrecyLevel: 2, secrecyPeriod: '10年', copyNumber: '000031' }))).body;
    const created = await post('/api/documents/confidential-deliveries', 'clerk', { documentKind: 'incoming', documentId: secret.id, copyNumbers: ['000031', '000032'], recipientUnitId: unitA, courier: '王机要' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ documentTitle: '关于防范化解重大风险的机密文件', secrecyLevel: 2, recipientName: '区应急管理局', state: 'sent', copyNumbers: ['000031', '000032'] });
    expect((await get('/api/documents/confidential-deliveries', 'clerk0')).body.items.map((i: { id: string }) => i.id)).not.toContain(created.body.id);
    expect((await get(`/api/documents/confidential-deliveries/${created.body.id}`, 'liaisonA')).status).toBe(404);
    const received = await post(`/api/documents/confidential-deliveries/${created.body.id}/receive`, 'clerk', { receiverSignature: '赵接收' }, 1);
    expect(received.body).toMatchObject({ state: 'received', receiverSignature: '赵接收' });
    expect(received.body.receivedAt).toBeDefined();
    expect((await post(`/api/documents/confidential-deliveries/${created.body.id}/receive`, 'clerk', { receiverSignature: '赵接收' }, 2)).status).toBe(422);

    const plain = await post('/api/documents/confidential-deliveries', 'clerk', { documentTitle: '普通通知', secrecyLevel: 0, copyNumbers: ['000001'], recipientName: '某单位', courier: '王机要' });
    expect(plain.status).toBe(400);
    const badCopy = await post('/api/documents/confidential-deliveries', 'clerk', { documentTitle: '机密通知', secrecyLevel: 2, copyNumbers: ['12'], recipientName: '某单位', courier: '王机要' });
    expect(badCopy.status).toBe(400);
    expect(badCopy.body.errors[0].message).toContain('份号');
  });

  it('flags a document past its 承办 due date as overdue, at a glance and in the overdue filter', async () => {
    const doc = (await post('/api/documents/incoming', 'clerk', incoming({ title: '关于报送年度统计数据的通知', urgency: 'normal' }))).body;
    await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'accept' }, 1);
    const distributed = (await post(`/api/documents/incoming/${doc.id}/distribute`, 'clerk', { leadUnitId: unitB, workingDays: 2 }, 2)).body;
    expect(distributed.deadline).toMatchObject({ workingDays: 2, basis: '分办时指定 2 个工作日' });
    expect((await get('/api/documents/incoming', 'clerk').query({ overdue: 'false', q: '年度统计数据' })).body.items.map((i: { id: string }) => i.id)).toEqual([doc.id]);

    // As if it had been distributed a month ago and the unit never finished.
    await app.parts.dataSource.query(`UPDATE "${app.parts.schema}".incoming_document SET due_date = '2026-01-05', deadline_start = '2026-01-01' WHERE id = $1`, [doc.id]);
    const overdue = await get('/api/documents/incoming', 'clerk').query({ overdue: 'true', q: '年度统计数据' });
    expect(overdue.body.items).toEqual([expect.objectContaining({ id: doc.id, overdue: true, dueDate: '2026-01-05', holder: expect.objectContaining({ name: '区住房和城乡建设局' }) })]);
    expect((await get('/api/documents/incoming', 'clerk').query({ overdue: 'false', q: '年度统计数据' })).body.total).toBe(0);
  });

  it('two simultaneous submissions of one 批示 with the same requestId record and publish it once', async () => {
    const doc = (await post('/api/documents/incoming', 'clerk', incoming({ title: '关于做好防汛准备的通知' }))).body;
    const body = { sourceKind: 'incoming', sourceId: doc.id, text: '请抓好落实。', leaderTitle: '区长', requestId: randomUUID() };
    const [a, b] = await Promise.all([post('/api/documents/instructions', 'mayor', body), post('/api/documents/instructions', 'mayor', body)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await outboxCount(a.body.id)).toBe(1);
  });

  it('re-dates an open 承办 deadline when the calendar year it falls in is published', async () => {
    const doc = (await post('/api/documents/incoming', 'clerk', incoming({ title: '关于节前安全检查的紧急通知', urgency: 'urgent' }))).body;
    await post(`/api/documents/incoming/${doc.id}/review`, 'clerk', { decision: 'accept' }, 1);
    const distributed = (await post(`/api/documents/incoming/${doc.id}/distribute`, 'clerk', { leadUnitId: unitA }, 2)).body;
    const before: string = distributed.deadline.dueDate;
    const start: string = distributed.deadline.start;
    const year = Number(start.slice(0, 4));

    // The next seven days after the start become holidays: the due date must move later.
    const schema = app.parts.schema;
    const [current] = await app.parts.dataSource.query(`SELECT holidays, makeup_workdays, version FROM "${schema}".calendar_year_copy WHERE year = $1`, [year]);
    const extra = Array.from({ length: 7 }, (_, i) => new Date(Date.parse(`${start}T00:00:00Z`) + (i + 1) * 86_400_000).toISOString().slice(0, 10)).filter((d) => d.startsWith(String(year)));
    const holidays = [...(current?.holidays ?? []), ...extra.map((date) => ({ date, name: '测试假期' }))];
    await app.parts.transactions.run((tx) =>
      app.nest.get(CalendarCopy).applyWhenCalendarYearPublished({ year, holidays, makeupWorkdays: current?.makeup_workdays ?? [], source: '测试', version: (current?.version ?? 0) + 1 }, tx),
    );
    const after = (await get(`/api/documents/incoming/${doc.id}`, 'clerk')).body;
    if (extra.length) {
      expect(after.deadline.dueDate > before).toBe(true);
      const timeline = await get(`/api/documents/timeline/incoming/${doc.id}`, 'clerk');
      expect(timeline.body.entries.at(-1)).toMatchObject({ action: 'incoming.redated', actorName: '系统' });
    } else {
      expect(after.deadline.dueDate).toBe(before);
    }
  });
});
