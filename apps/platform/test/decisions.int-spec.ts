import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import { DecisionEvents } from '@gov/contracts-document-secretariat';
import type { RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { documentSecretariatDefinition } from '@gov/service-document-secretariat';

/** 重大行政决策 through the gateway: the catalogue, the statutory stages in order, evidence, visibility and the timeline. */
describe('major administrative decisions (重大行政决策) through the gateway', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  const unitA = randomUUID();
  const unitB = randomUUID();
  const year = 2031;
  const tokens: Record<string, string> = {};

  const bearer = async (name: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(gateway, spec);
    tokens[name] = `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const get = (path: string, who = 'clerk') => http.get(path).set('authorization', tokens[who]);
  const post = (path: string, body: object, version?: number, who = 'clerk') => {
    const req = http.post(path).set('authorization', tokens[who]);
    return (version ? req.set('if-match', `W/"${version}"`) : req).send(body);
  };
  const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
  const decision = (overrides: Record<string, unknown> = {}) => ({
    year,
    title: '博山区城区老旧小区改造三年行动方案',
    undertakingUnitId: unitA,
    plannedTime: `${year}年第三季度`,
    secrecyLevel: 0,
    notApplicable: [],
    ...overrides,
  });
  const start = (id: string, stage: string, version: number, body: object = {}) => post(`/api/decisions/${id}/stages/${stage}/start`, body, version);
  const finish = (id: string, stage: string, version: number, body: object) => post(`/api/decisions/${id}/stages/${stage}/finish`, body, version);
  const stageOf = (view: { stages: { stage: string }[] }, stage: string) => view.stages.find((s) => s.stage === stage) as Record<string, unknown>;

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    app = await startTestApp(environment, documentSecretariatDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    for (const [id, code, name] of [
      [unitA, 'dsd-a', '区住房和城乡建设局'],
      [unitB, 'dsd-b', '区自然资源局'],
    ]) {
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
    }
    await bearer('clerk', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Confidential, displayName: '政策法规甲' });
    await bearer('uncleared', { roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.None, displayName: '政策法规乙' });
    await bearer('secretary', { roles: ['section_staff'], sectionCode: 'mishu_yi', clearance: Clearance.Confidential, displayName: '秘书一科甲' });
    await bearer('liaisonA', { roles: ['unit_liaison'], unitId: unitA, sectionCode: null });
    await bearer('liaisonB', { roles: ['unit_liaison'], unitId: unitB, sectionCode: null });
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('enters a decision in the year’s catalogue with its required stages; only 公众参与/专家论证/风险评估 may be marked not applicable, with a reason', async () => {
    const created = await post('/api/decisions', decision({ notApplicable: [{ stage: 'expert_argumentation', reason: '不涉及专业性、技术性较强的问题' }] }));
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(created.body).toMatchObject({ status: 'planned', nextStage: 'public_participation', undertakingUnitName: '区住房和城乡建设局', version: 1 });
    expect(created.body.stages.map((s: { stage: string; required: boolean; status: string }) => [s.stage, s.required, s.status])).toEqual([
      ['public_participation', true, 'pending'],
      ['expert_argumentation', false, 'not_applicable'],
      ['risk_assessment', true, 'pending'],
      ['legality_review', true, 'pending'],
      ['collective_decision', true, 'pending'],
      ['publication', false, 'pending'],
      ['post_evaluation', false, 'pending'],
    ]);
    expect(stageOf(created.body, 'expert_argumentation').notApplicableReason).toBe('不涉及专业性、技术性较强的问题');

    const legalitySkipped = await post('/api/decisions', decision({ notApplicable: [{ stage: 'legality_review', reason: '认为无需审查' }] }));
    expect(legalitySkipped.status).toBe(400);
    expect(legalitySkipped.body.errors[0].field).toBe('notApplicable.0.stage');
    expect(legalitySkipped.body.errors[0].message).toContain('只有公众参与、专家论证、风险评估可以确定为不适用');
    const noReason = await post('/api/decisions', decision({ notApplicable: [{ stage: 'risk_assessment', reason: '' }] }));
    expect(noReason.status).toBe(400);
    const unknownUnit = await post('/api/decisions', decision({ undertakingUnitId: randomUUID() }));
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.code).toBe('DOCUMENT.UNKNOWN_UNIT');
    const notLegalAffairs = await post('/api/decisions', decision(), undefined, 'secretary');
    expect(notLegalAffairs.status).toBe(403);
  });

  it('refuses to skip a stage: 422 naming the missing stage in Chinese; a stage marked not applicable cannot be started', async () => {
    const created = await post('/api/decisions', decision({ title: '关于调整城区供暖价格的决策', notApplicable: [{ stage: 'expert_argumentation', reason: '价格已经专业机构测算' }] }));
    const id = created.body.id;
    const early = await start(id, 'risk_assessment', 1);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'DECISION.STAGE_ORDER', detail: '须先完成“公众参与”环节，才能开始“风险评估”（法定程序不得跳过）' });
    const discussion = await start(id, 'collective_decision', 1);
    expect(discussion.status).toBe(422);
    expect(discussion.body.detail).toContain('“公众参与”、“风险评估”、“合法性审查”');
    const notApplicable = await start(id, 'expert_argumentation', 1);
    expect(notApplicable.status).toBe(422);
    expect(notApplicable.body.code).toBe('DECISION.STAGE_NOT_APPLICABLE');
    const publication = await start(id, 'publication', 1);
    expect(publication.status).toBe(422);
    expect(publication.body.code).toBe('DECISION.STAGE_ORDER');
    expect((await get(`/api/decisions/${id}`)).body.version).toBe(1);
  });

  it('公众参与: the comment period ends on a date computed by the deadline engine, and the stage cannot be finished before it', async () => {
    const created = await post('/api/decisions', decision({ title: '关于城区停车收费标准的决策' }));
    const id = created.body.id;
    const short = await start(id, 'public_participation', 1, { periodDays: 15 });
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('DECISION.REASON_REQUIRED');
    const started = await start(id, 'public_participation', 1, { periodStart: daysAgo(0), periodDays: 30, channel: '区政府门户网站' });
    expect(started.status).toBe(200);
    expect(started.headers.etag).toBe('W/"2"');
    const stage = stageOf(started.body, 'public_participation');
    expect(stage).toMatchObject({ status: 'in_progress', periodStart: daysAgo(0), periodDays: 30, round: 1 });
    expect(stage.periodEnd as string >= daysAgo(-30)).toBe(true);
    expect((stage.periodExplanation as string[])[0]).toBe(`起算日 ${daysAgo(0)}（当日不计入，次日起算）`);
    expect(started.body.status).toBe('in_progress');
    const tooEarly = await finish(id, 'public_participation', 2, { summary: '征求意见结束', commentCount: 3 });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.code).toBe('DECISION.COMMENT_PERIOD_OPEN');
    expect(tooEarly.body.detail).toContain(`至 ${stage.periodEnd as string} 届满`);
    const again = await start(id, 'public_participation', 2, { periodDays: 30 });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('DECISION.STAGE_STATE');
  });

  it('runs a decision through every stage: evidence by hash, 合法性审查 failed then passed, 集体讨论决定 only after it passed, then 公布', async () => {
    const content = Buffer.from('公众意见汇总：共收到意见 12 条，采纳 5 条。');
    const file = await post('/api/documents/files', { filename: '意见汇总.txt', mediaType: 'text/plain', contentBase64: content.toString('base64') });
    expect(file.status).toBe(201);
    const evidence = [{ fileId: file.body.id, sha256: file.body.sha256 }];

    const created = await post('/api/decisions', decision({ title: '博山区城乡环境综合整治决策' }));
    const id = created.body.id;
    let version = 1;
    const step = async (res: request.Response, status = 200) => {
      expect({ status: res.status, body: res.status === status ? 'ok' : res.body }).toEqual({ status, body: 'ok' });
      version = res.body.version;
      return res.body;
    };
    await step(await start(id, 'public_participation', version, { periodStart: daysAgo(60), periodDays: 30 }));
    const wrongHash = await finish(id, 'public_participation', version, { summary: '期满', commentCount: 12, evidence: [{ fileId: file.body.id, sha256: '0'.repeat(64) }] });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body.code).toBe('FILE.HASH_MISMATCH');
    const missingCount = await finish(id, 'public_participation', version, { summary: '期满' });
    expect(missingCount.status).toBe(400);
    expect(missingCount.body.errors).toEqual([expect.objectContaining({ field: 'commentCount' })]);
    const participation = await step(await finish(id, 'public_participation', version, { summary: '征求意见期满，已汇总', commentCount: 12, evidence }));
    expect(stageOf(participation, 'public_participation')).toMatchObject({ status: 'finished', outcome: { summary: '征求意见期满，已汇总', commentCount: 12 } });
    expect(stageOf(participation, 'public_participation').evidence).toEqual([{ fileId: file.body.id, sha256: file.body.sha256, filename: '意见汇总.txt', size: content.length }]);

    await step(await start(id, 'expert_argumentation', version));
    await step(await finish(id, 'expert_argumentation', version, { summary: '组织专家论证会', expertCount: 5 }));
    await step(await start(id, 'risk_assessment', version));
    await step(await finish(id, 'risk_assessment', version, { summary: '社会稳定风险评估', riskLevel: 'low' }));
    await step(await start(id, 'legality_review', version));
    await step(await finish(id, 'legality_review', version, { summary: '司法局审查', legalityResult: 'failed', legalityOpinion: '第五条与上位法不一致' }));

    const blocked = await start(id, 'collective_decision', version);
    expect(blocked.status).toBe(422);
    expect(blocked.body.code).toBe('DECISION.LEGALITY_NOT_PASSED');
    expect(blocked.body.detail).toContain('合法性审查未通过');

    const resent = await step(await start(id, 'legality_review', version));
    expect(stageOf(resent, 'legality_review')).toMatchObject({ status: 'in_progress', round: 2 });
    await step(await finish(id, 'legality_review', version, { summary: '修改后重新审查', legalityResult: 'passed', legalityOpinion: '合法' }));
    await step(await start(id, 'collective_decision', version));
    const incomplete = await finish(id, 'collective_decision', version, { summary: '常务会议讨论' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['meetingKind', 'meetingRef', 'meetingDate', 'decisionResult']);
    const decided = await step(
      await finish(id, 'collective_decision', version, { summary: '区政府第12次常务会议讨论通过', meetingKind: 'executive_meeting', meetingRef: '区政府第12次常务会议', meetingDate: daysAgo(1), decisionResult: 'passed_with_changes' }),
    );
    expect(decided).toMatchObject({ status: 'decided', result: 'passed_with_changes' });
    expect(decided.nextStage).toBeUndefined();
    await step(await start(id, 'publication', version));
    await step(await finish(id, 'publication', version, { summary: '在区政府网站公布', channel: '区政府门户网站' }));

    const stale = await start(id, 'post_evaluation', version - 1);
    expect(stale.status).toBe(412);
    const missingIfMatch = await post(`/api/decisions/${id}/stages/post_evaluation/start`, {});
    expect(missingIfMatch.status).toBe(428);

    const timeline = await get(`/api/documents/timeline/major_decision/${id}`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual([
      '列入决策事项目录',
      '开始公众参与',
      '完成公众参与',
      '开始专家论证',
      '完成专家论证',
      '开始风险评估',
      '完成风险评估',
      '开始合法性审查',
      '合法性审查未通过',
      '开始合法性审查（第 2 轮）',
      '完成合法性审查',
      '开始集体讨论决定',
      '集体讨论决定：修改后通过',
      '开始决策公布',
      '完成决策公布',
    ]);
    expect(timeline.body.entries[0]).toMatchObject({ actorName: '政策法规甲' });
    const [emitted] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'decisionId' = $2`, [DecisionEvents.decided, id]);
    expect(emitted.n).toBe(1);
    const search = await get('/api/documents/search?q=环境综合整治&kind=major_decision');
    expect(search.body.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([[id, 'decided']]);
  });

  it('a 机密 decision is visible only to cleared readers; a liaison sees only its own unit’s decisions, another unit’s id is 404', async () => {
    const secret = await post('/api/decisions', decision({ title: '关于某重点片区征收补偿方案的决策', secrecyLevel: 2, secrecyPeriod: '10年', copyNumber: '000003', undertakingUnitId: unitB }));
    expect(secret.status).toBe(201);
    const open = await post('/api/decisions', decision({ title: '关于全区公交线网优化的决策' }));
    expect((await get(`/api/decisions/${secret.body.id}`, 'uncleared')).status).toBe(404);
    const unclearedList = await get(`/api/decisions?year=${year}&q=征收补偿`, 'uncleared');
    expect(unclearedList.body).toMatchObject({ items: [], total: 0 });
    expect((await get(`/api/decisions?year=${year}&q=征收补偿`)).body.total).toBe(1);
    expect((await get(`/api/documents/timeline/major_decision/${secret.body.id}`, 'uncleared')).status).toBe(404);

    expect((await get(`/api/decisions/${open.body.id}`, 'liaisonA')).status).toBe(200);
    expect((await get(`/api/decisions/${open.body.id}`, 'liaisonB')).status).toBe(404);
    const liaisonList = await get(`/api/decisions?year=${year}`, 'liaisonA');
    expect(liaisonList.status).toBe(200);
    expect(liaisonList.body.items.length).toBeGreaterThan(0);
    expect(liaisonList.body.items.every((i: { undertakingUnitId: string }) => i.undertakingUnitId === unitA)).toBe(true);
    expect((await post('/api/decisions', decision(), undefined, 'liaisonA')).status).toBe(403);
  });

  it('publishes the catalogue; after that a new item or a change is an adjustment with a recorded reason, and an item is withdrawn, never deleted', async () => {
    const catalogueYear = 2032;
    const first = await post('/api/decisions', decision({ year: catalogueYear, plannedTime: `${catalogueYear}年第三季度`, title: '关于建设城市应急避难场所的决策' }));
    expect(first.status).toBe(201);
    const catalogue = await get(`/api/decisions/catalogues/${catalogueYear}`);
    expect(catalogue.status).toBe(200);
    expect(catalogue.headers.etag).toBe('W/"1"');
    expect(catalogue.body).toMatchObject({ year: catalogueYear, published: false, itemCount: 1 });
    expect((await post(`/api/decisions/catalogues/${catalogueYear}/publish`, { channel: '区政府门户网站' }, 9)).status).toBe(412);
    const published = await post(`/api/decisions/catalogues/${catalogueYear}/publish`, { channel: '区政府门户网站' }, 1);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, publicationChannel: '区政府门户网站', version: 2 });

    const unexplained = await post('/api/decisions', decision({ year: catalogueYear, title: '关于新增城区绿道建设的决策' }));
    expect(unexplained.status).toBe(400);
    expect(unexplained.body.code).toBe('DECISION.REASON_REQUIRED');
    const added = await post('/api/decisions', decision({ year: catalogueYear, title: '关于新增城区绿道建设的决策', adjustmentReason: '区委常委会议研究增列' }));
    expect(added.status).toBe(201);
    expect(added.body.adjustments).toEqual([expect.objectContaining({ reason: '区委常委会议研究增列', before: {}, after: { added: true, title: '关于新增城区绿道建设的决策' } })]);

    const adjusted = await http
      .patch(`/api/decisions/${first.body.id}`)
      .set('authorization', tokens.clerk)
      .set('if-match', 'W/"1"')
      .send({ plannedTime: `${catalogueYear}年第四季度`, undertakingUnitId: unitB, reason: '承办单位职能调整' });
    expect(adjusted.status).toBe(200);
    expect(adjusted.body).toMatchObject({ plannedTime: `${catalogueYear}年第四季度`, undertakingUnitName: '区自然资源局', version: 2 });
    expect(adjusted.body.adjustments).toEqual([
      expect.objectContaining({
        reason: '承办单位职能调整',
        before: { plannedTime: `${catalogueYear}年第三季度`, undertakingUnitId: unitA, undertakingUnitName: '区住房和城乡建设局' },
        after: { plannedTime: `${catalogueYear}年第四季度`, undertakingUnitId: unitB, undertakingUnitName: '区自然资源局' },
      }),
    ]);
    const withdrawn = await post(`/api/decisions/${first.body.id}/withdraw`, { reason: '上级政策调整，暂缓决策' }, 2);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: '上级政策调整，暂缓决策' });
    expect((await start(first.body.id, 'public_participation', 3)).status).toBe(422);
    const after = await get(`/api/decisions/catalogues/${catalogueYear}`);
    expect(after.body.itemCount).toBe(1);
    expect(after.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['planned', 'withdrawn']);
    const catalogueTimeline = await get(`/api/documents/timeline/decision_catalogue/${(await app.parts.dataSource.query(`SELECT id FROM "${app.parts.schema}".decision_catalogue WHERE year = $1`, [catalogueYear]))[0].id}`);
    expect(catalogueTimeline.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['建立年度决策事项目录', '新增目录事项', '公布目录', '目录调整：新增事项']);
  });
});
