import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance, type CallerContext } from '@gov/contracts-common';
import type { OutgoingDocumentView } from '@gov/contracts-document-secretariat';
import type { RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { caller, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { documentSecretariatDefinition, OutgoingService } from '@gov/service-document-secretariat';

/** 发文 and 印鉴 through the gateway (document-secretariat + gateway on one test environment). */
describe('outgoing documents and seals through the gateway', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  const token: Record<string, string> = {};
  const unit = { emergency: randomUUID(), town: randomUUID(), other: randomUUID() };
  let issued: OutgoingDocumentView;
  let issuedEtag: string;

  const bearer = async (spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(gateway, spec);
    return `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };
  const call = (method: 'get' | 'post' | 'patch' | 'put', path: string, who: string, body?: object, etag?: string) => {
    let req = http[method](path).set('authorization', token[who]);
    if (etag) req = req.set('if-match', etag);
    return body ? req.send(body) : req;
  };
  const outgoing = (id: string) => `/api/documents/outgoing/${id}`;
  /** Posts one step with the ETag held; expects it to succeed and returns the new view and ETag. */
  const step = async (doc: { id: string; etag: string }, path: string, who: string, body: object = {}, method: 'post' | 'put' = 'post') => {
    const res = await call(method, `${outgoing(doc.id)}/${path}`, who, body, doc.etag);
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return { id: doc.id, etag: res.headers.etag as string, view: res.body as OutgoingDocumentView };
  };
  const draft = (overrides: Record<string, unknown> = {}) => ({
    agencyCode: '博政发',
    docType: '通知',
    title: '博山区人民政府关于做好冬季安全生产工作的通知',
    mainRecipients: [{ unitId: unit.emergency }, { unitId: unit.town }],
    copyRecipients: [{ name: '淄博市人民政府', relation: 'superior' }],
    secrecyLevel: 0,
    body: '各镇人民政府、街道办事处，区政府各部门：\n为做好冬季安全生产工作，现通知如下。\n一、压实责任。',
    ...overrides,
  });
  const create = async (body: object, who = 'drafter') => {
    const res = await call('post', '/api/documents/outgoing', who, body);
    if (res.status !== 201) throw new Error(`create → ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, etag: res.headers.etag as string, view: res.body as OutgoingDocumentView };
  };
  /** 拟稿 → 送核稿 → 核稿 → 签发 through the API. */
  const signed = async (overrides: Record<string, unknown> = {}, signer = 'districtLeader', signBody: object = { leaderTitle: '区长' }) => {
    let doc = await create(draft(overrides));
    doc = await step(doc, 'submit', 'drafter');
    doc = await step(doc, 'review', 'clerk');
    expect(doc.view.latestReview?.outcome).toBe('passed');
    return step(doc, 'sign', signer, signBody);
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000', RATE_LIMIT_PER_MINUTE: '10000' });
    app = await startTestApp(environment, documentSecretariatDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    const insertUnit = (id: string, code: string, name: string, type: string) =>
      app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, $4, 'active', 1)`, [id, code, name, type]);
    await insertUnit(unit.emergency, 'OUT-YJ', '博山区应急管理局', 'department');
    await insertUnit(unit.town, 'OUT-ST', '山头街道办事处', 'street');
    await insertUnit(unit.other, 'OUT-QT', '博山区文化和旅游局', 'department');
    token.drafter = await bearer({ roles: ['section_staff'], sectionCode: 'zonghe', displayName: '综合科拟稿人', clearance: Clearance.Secret });
    token.clerk = await bearer({ roles: ['section_staff'], sectionCode: 'wenmi', displayName: '文秘科核稿人', clearance: Clearance.Confidential });
    token.wenmiChief = await bearer({ roles: ['section_chief'], sectionCode: 'wenmi', displayName: '文秘科科长' });
    token.zongheChief = await bearer({ roles: ['section_chief'], sectionCode: 'zonghe', displayName: '综合科科长' });
    token.districtLeader = await bearer({ roles: ['district_leader'], sectionCode: null, displayName: '张区长', clearance: Clearance.Confidential });
    token.officeLeader = await bearer({ roles: ['office_leader'], sectionCode: null, displayName: '李主任' });
    token.liaisonEmergency = await bearer({ roles: ['unit_liaison'], unitId: unit.emergency, sectionCode: null, displayName: '应急局联络员' });
    token.liaisonOther = await bearer({ roles: ['unit_liaison'], unitId: unit.other, sectionCode: null, displayName: '文旅局联络员' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('goes 拟稿 → 核稿 → 会签 → 签发 → 编号 → 印制 → 用印 → 核发, with every body save kept and the event published once', async () => {
    let doc = await create(draft());
    expect(doc.view).toMatchObject({ status: 'drafting', issuingBody: '博山区人民政府', bodyVersionNo: 1, upward: false });
    expect(doc.view.mainRecipients).toEqual([
      expect.objectContaining({ unitId: unit.emergency, name: '博山区应急管理局', relation: 'subordinate' }),
      expect.objectContaining({ unitId: unit.town, relation: 'subordinate' }),
    ]);
    const edited = await call('patch', outgoing(doc.id), 'drafter', { body: `${draft().body}\n二、加强排查。`, bodyNote: '补充第二条' }, doc.etag);
    expect(edited.status).toBe(200);
    expect(edited.body.bodyVersionNo).toBe(2);
    doc = { id: doc.id, etag: edited.headers.etag, view: edited.body };
    const diff = await call('get', `/api/documents/versions/outgoing/${doc.id}/diff?from=1&to=2`, 'drafter');
    expect(diff.status).toBe(200);
    expect(diff.body.lines.filter((l: { op: string }) => l.op !== 'equal')).toEqual([{ op: 'insert', text: '二、加强排查。', newLine: 4 }]);

    doc = await step(doc, 'submit', 'drafter');
    doc = await step(doc, 'review', 'clerk', { comment: '格式规范' });
    expect(doc.view.status).toBe('reviewed');
    expect(doc.view.latestReview).toMatchObject({ outcome: 'passed', bodyVersionNo: 2, comment: '格式规范', reviewedByName: '文秘科核稿人' });

    doc = await step(doc, 'countersigns', 'drafter', { unitIds: [unit.emergency], sectionCodes: ['zonghe'] });
    expect(doc.view.status).toBe('countersigning');
    const [unitParty, sectionParty] = [doc.view.countersigns.find((c) => c.unitId === unit.emergency)!, doc.view.countersigns.find((c) => c.sectionCode === 'zonghe')!];
    // The other unit's liaison may not sign for the emergency bureau, and does not even see the draft.
    expect((await call('post', `${outgoing(doc.id)}/countersigns/${unitParty.id}`, 'liaisonOther', { agree: true })).status).toBe(404);
    const early = await call('post', `${outgoing(doc.id)}/sign`, 'districtLeader', {}, doc.etag);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('OUTGOING.COUNTERSIGN_INCOMPLETE');
    expect(early.body.detail).toContain('博山区应急管理局');
    expect((await call('post', `${outgoing(doc.id)}/countersigns/${unitParty.id}`, 'liaisonEmergency', { agree: true, opinion: '同意' })).status).toBe(200);
    const lastCountersign = await call('post', `${outgoing(doc.id)}/countersigns/${sectionParty.id}`, 'zongheChief', { agree: true });
    expect(lastCountersign.status).toBe(200);
    doc = { id: doc.id, etag: lastCountersign.headers.etag, view: lastCountersign.body };

    doc = await step(doc, 'sign', 'districtLeader', { leaderTitle: '区长', opinion: '同意印发' });
    expect(doc.view).toMatchObject({ status: 'signed', signerName: '张区长', signerTitle: '区长', agencyCodeVersion: 1 });
    expect(doc.view.docNumber).toBeUndefined();
    doc = await step(doc, 'number', 'clerk');
    expect(doc.view.docNumber).toMatch(/^博政发〔\d{4}〕1号$/);
    doc = await step(doc, 'print', 'clerk', { quantity: 30, securePlace: false });

    // 用印: a request for this document, approved by a leader, applied by the keeper; then registered on the document.
    const seal = await call('post', '/api/documents/seals', 'wenmiChief', { name: '博山区人民政府', kind: 'official', keeperName: '文秘科王某' });
    expect(seal.status).toBe(201);
    const sealRequest = await call('post', '/api/documents/seal-requests', 'clerk', { sealId: seal.body.id, purpose: '冬季安全生产通知用印', outgoingDocumentId: doc.id, copies: 30 });
    expect(sealRequest.status).toBe(201);
    const approved = await call('post', `/api/documents/seal-requests/${sealRequest.body.id}/decision`, 'officeLeader', { approve: true }, sealRequest.headers.etag);
    expect(approved.status).toBe(200);
    const used = await call('post', `/api/documents/seal-requests/${sealRequest.body.id}/uses`, 'clerk', { impressions: 30 }, approved.headers.etag);
    expect(used.status).toBe(200);
    doc = await step(doc, 'seal', 'clerk', { sealUseId: used.body.use.id });

    const withoutDisclosure = await call('post', `${outgoing(doc.id)}/issue`, 'clerk', {}, doc.etag);
    expect(withoutDisclosure.status).toBe(422);
    expect(withoutDisclosure.body.code).toBe('OUTGOING.DISCLOSURE_MISSING');
    const noReason = await call('put', `${outgoing(doc.id)}/disclosure`, 'clerk', { disclosure: 'not_public' }, doc.etag);
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].message).toMatch(/理由/);
    doc = await step(doc, 'disclosure', 'clerk', { disclosure: 'proactive' }, 'put');
    doc = await step(doc, 'issue', 'clerk');
    expect(doc.view).toMatchObject({ status: 'issued', disclosure: 'proactive', disclosureLabel: '主动公开' });
    expect(doc.view.distribution).toHaveLength(2);
    expect(doc.view.distribution.map((d) => [d.unitName, d.role])).toEqual(
      expect.arrayContaining([
        ['博山区应急管理局', 'main'],
        ['山头街道办事处', 'main'],
      ]),
    );
    issued = doc.view;
    issuedEtag = doc.etag;

    const events: { envelope: { data: Record<string, unknown> } }[] = await app.parts.dataSource.query(
      `SELECT envelope FROM "${app.parts.schema}".outbox WHERE subject = 'evt.document-secretariat.outgoing.issued' AND envelope->'data'->>'documentId' = $1`,
      [doc.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0].envelope.data).toMatchObject({ docNumber: issued.docNumber, disclosure: 'proactive', issuingBody: '博山区人民政府', mainRecipientUnitIds: [unit.emergency, unit.town], bodySha256: issued.bodySha256 });

    const found = await call('get', '/api/documents/search', 'clerk').query({ q: '冬季安全生产', kind: 'outgoing' });
    expect(found.body.items).toEqual([expect.objectContaining({ id: doc.id, docNumber: issued.docNumber, status: 'issued', statusLabel: '已核发' })]);
  });

  it('the history of a document reads as a timeline: every step with who did it and when', async () => {
    const history = await call('get', `/api/documents/timeline/outgoing/${issued.id}`, 'clerk');
    expect(history.status).toBe(200);
    const entries = history.body.entries as { action: string; actorName: string; at: string }[];
    expect(entries.map((e) => e.action)).toEqual([
      'outgoing.drafted',
      'outgoing.edited',
      'outgoing.submitted',
      'outgoing.reviewed',
      'outgoing.countersign-requested',
      'outgoing.countersigned',
      'outgoing.countersigned',
      'outgoing.signed',
      'outgoing.numbered',
      'outgoing.printed',
      'outgoing.sealed',
      'outgoing.disclosure-set',
      'outgoing.issued',
    ]);
    expect(entries.find((e) => e.action === 'outgoing.signed')?.actorName).toBe('张区长');
    expect(entries.find((e) => e.action === 'outgoing.reviewed')?.actorName).toBe('文秘科核稿人');
    expect([...entries.map((e) => e.at)].sort()).toEqual(entries.map((e) => e.at));
  });

  it('liaisons of the 主送 units see the issued document and send a read receipt; another unit sees nothing', async () => {
    expect((await call('get', outgoing(issued.id), 'liaisonOther')).status).toBe(404);
    const list = await call('get', '/api/documents/outgoing', 'liaisonOther');
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(issued.id);
    expect((await call('post', `${outgoing(issued.id)}/receipt`, 'liaisonOther')).status).toBe(404);

    const receipt = await call('post', `${outgoing(issued.id)}/receipt`, 'liaisonEmergency');
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({ unitId: unit.emergency, receivedByName: '应急局联络员' });
    const view = await call('get', outgoing(issued.id), 'liaisonEmergency');
    expect(view.status).toBe(200);
    expect(view.body.distribution.find((d: { unitId: string }) => d.unitId === unit.emergency).receivedAt).toBeTruthy();
    expect(view.body.version).toBe(issued.version);
  });

  it('an issued document cannot be edited; a correction is a new document that references it', async () => {
    const edit = await call('patch', outgoing(issued.id), 'clerk', { title: '博山区人民政府关于改过标题的通知' }, issuedEtag);
    expect(edit.status).toBe(422);
    expect(edit.body.code).toBe('OUTGOING.ISSUED_IMMUTABLE');
    expect(edit.body.detail).toMatch(/已核发/);
    const again = await call('post', `${outgoing(issued.id)}/issue`, 'clerk', {}, issuedEtag);
    expect(again.body.code).toBe('OUTGOING.ISSUED_IMMUTABLE');
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".outgoing_document SET title = '被篡改' WHERE id = $1`, [issued.id])).rejects.toThrow(/immutable/);

    const correction = await call('post', `${outgoing(issued.id)}/corrections`, 'drafter', { reason: '第二条表述有误' });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ status: 'drafting', correctsDocumentId: issued.id, correctionReason: '第二条表述有误', title: issued.title });
    expect(correction.body.docNumber).toBeUndefined();
    const original = await call('get', outgoing(issued.id), 'clerk');
    expect(original.body).toMatchObject({ status: 'issued', version: issued.version, title: issued.title, docNumber: issued.docNumber });
    expect(original.body.correctedBy).toEqual([expect.objectContaining({ id: correction.body.id, status: 'drafting' })]);
    const history = await call('get', `/api/documents/timeline/outgoing/${issued.id}`, 'clerk');
    expect(history.body.entries.at(-1)).toMatchObject({ action: 'outgoing.corrected', note: '第二条表述有误', detail: { correctionDocumentId: correction.body.id } });
  });

  it('a 请示 with two 主送 fails 核稿 with a Chinese message naming the rule, and 签发 is refused listing the findings', async () => {
    let doc = await create(
      draft({
        docType: '请示',
        title: '博山区人民政府关于申请安全生产专项资金的请示',
        mainRecipients: [
          { name: '淄博市人民政府', relation: 'superior' },
          { name: '淄博市应急管理局', relation: 'superior' },
        ],
        copyRecipients: [{ unitId: unit.town }],
        proposedSignerName: '张区长',
      }),
    );
    doc = await step(doc, 'submit', 'drafter');
    doc = await step(doc, 'review', 'clerk');
    expect(doc.view.status).toBe('reviewing');
    expect(doc.view.upward).toBe(true);
    expect(doc.view.latestReview?.outcome).toBe('failed');
    const codes = doc.view.latestReview?.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['REQUEST.ONE_PRINCIPAL', 'REQUEST.COPY_TO_SUBORDINATE']));
    const rule = doc.view.latestReview?.findings.find((f) => f.code === 'REQUEST.ONE_PRINCIPAL');
    expect(rule).toMatchObject({ severity: 'error', basis: '条例第十五条' });
    expect(rule?.message).toMatch(/请示应当只主送一个上级机关/);

    const sign = await call('post', `${outgoing(doc.id)}/sign`, 'districtLeader', {}, doc.etag);
    expect(sign.status).toBe(422);
    expect(sign.body.code).toBe('OUTGOING.REVIEW_ERRORS');
    expect(sign.body.errors.map((e: { code: string }) => e.code)).toEqual(expect.arrayContaining(['REQUEST.ONE_PRINCIPAL']));
    expect(sign.body.errors.every((e: { message: string }) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);

    doc = await step(doc, 'return', 'clerk', { comment: '请示只能主送一个上级机关，请修改' });
    expect(doc.view.status).toBe('drafting');
  });

  it('a 会签 disagreement is recorded with its opinion and blocks 签发 until the draft is returned and a new round agrees', async () => {
    let doc = await create(draft({ title: '博山区人民政府关于调整应急物资储备的通知' }));
    doc = await step(doc, 'submit', 'drafter');
    doc = await step(doc, 'review', 'clerk');
    doc = await step(doc, 'countersigns', 'clerk', { unitIds: [unit.emergency] });
    const party = doc.view.countersigns[0];
    const noOpinion = await call('post', `${outgoing(doc.id)}/countersigns/${party.id}`, 'liaisonEmergency', { agree: false });
    expect(noOpinion.status).toBe(400);
    const disagreed = await call('post', `${outgoing(doc.id)}/countersigns/${party.id}`, 'liaisonEmergency', { agree: false, opinion: '储备数量须按新标准核定' });
    expect(disagreed.status).toBe(200);
    expect(disagreed.body.countersigns[0]).toMatchObject({ status: 'disagreed', opinion: '储备数量须按新标准核定', signedByName: '应急局联络员' });
    doc = { id: doc.id, etag: disagreed.headers.etag, view: disagreed.body };
    const blocked = await call('post', `${outgoing(doc.id)}/sign`, 'districtLeader', {}, doc.etag);
    expect(blocked.status).toBe(422);
    expect(blocked.body.code).toBe('OUTGOING.COUNTERSIGN_INCOMPLETE');
    expect(blocked.body.detail).toContain('储备数量须按新标准核定');
    expect((await call('post', `${outgoing(doc.id)}/countersigns/${party.id}`, 'liaisonEmergency', { agree: true })).status).toBe(422);

    doc = await step(doc, 'return', 'districtLeader', { comment: '按应急局意见修改' });
    const revised = await call('patch', outgoing(doc.id), 'drafter', { body: '修改后的正文：按新标准核定储备数量。' }, doc.etag);
    expect(revised.body.bodyVersionNo).toBe(2);
    doc = { id: doc.id, etag: revised.headers.etag as string, view: revised.body as OutgoingDocumentView };
    doc = await step(doc, 'submit', 'drafter');
    doc = await step(doc, 'review', 'clerk');
    const stillBlocked = await call('post', `${outgoing(doc.id)}/sign`, 'districtLeader', {}, doc.etag);
    expect(stillBlocked.body.code).toBe('OUTGOING.COUNTERSIGN_INCOMPLETE');
    doc = await step(doc, 'countersigns', 'clerk', { unitIds: [unit.emergency] });
    const round2 = doc.view.countersigns.find((c) => c.round === 2)!;
    const agreed = await call('post', `${outgoing(doc.id)}/countersigns/${round2.id}`, 'liaisonEmergency', { agree: true });
    doc = await step({ id: doc.id, etag: agreed.headers.etag }, 'sign', 'districtLeader');
    expect(doc.view.status).toBe('signed');
    expect(doc.view.countersigns.map((c) => [c.round, c.status])).toEqual([
      [1, 'disagreed'],
      [2, 'agreed'],
    ]);
  });

  it('attachments are stored files referenced by id and hash; a wrong hash is refused, never a silent replacement', async () => {
    const content = Buffer.from('附件：应急物资清单');
    const file = await call('post', '/api/documents/files', 'drafter', { filename: '附件1.txt', mediaType: 'text/plain', contentBase64: content.toString('base64') });
    expect(file.status).toBe(201);
    const wrong = await call('post', '/api/documents/outgoing', 'drafter', draft({ attachments: [{ fileId: file.body.id, sha256: '0'.repeat(64) }] }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('FILE.HASH_MISMATCH');
    const doc = await create(draft({ title: '博山区人民政府关于下发应急物资清单的通知', attachments: [{ fileId: file.body.id, sha256: file.body.sha256 }] }));
    expect(doc.view.attachments).toEqual([{ fileId: file.body.id, sha256: file.body.sha256, filename: '附件1.txt', size: content.length }]);
  });

  it('only a leader with signing rights for the 代字 signs: 403 with a Chinese message otherwise', async () => {
    let doc = await create(draft({ title: '博山区人民政府关于开展消防检查的通知' }));
    doc = await step(doc, 'submit', 'drafter');
    doc = await step(doc, 'review', 'clerk');
    const office = await call('post', `${outgoing(doc.id)}/sign`, 'officeLeader', {}, doc.etag);
    expect(office.status).toBe(403);
    expect(office.body.code).toBe('OUTGOING.NO_SIGNING_RIGHT');
    expect(office.body.detail).toContain('博政发');
    expect((await call('post', `${outgoing(doc.id)}/sign`, 'clerk', {}, doc.etag)).status).toBe(403);
    const stale = await call('post', `${outgoing(doc.id)}/sign`, 'districtLeader', {}, 'W/"1"');
    expect(stale.status).toBe(412);
    expect((await step(doc, 'sign', 'districtLeader')).view.status).toBe('signed');
  });

  it('50 concurrent 编号 of 50 signed documents of one 代字 and year get 1…50, no gap, no duplicate; another year starts at 1', async () => {
    const service = app.nest.get(OutgoingService);
    const drafter: CallerContext = caller({ sectionCode: 'zonghe', permissions: ['outgoing:draft'] });
    const clerk: CallerContext = caller({ sectionCode: 'wenmi', permissions: ['outgoing:process', 'documents:read'], clearance: Clearance.Confidential });
    const leader: CallerContext = caller({ roles: ['office_leader'], permissions: ['outgoing:sign', 'documents:read'], displayName: '李主任' });
    const signOne = async (i: number, signedDate?: string) => {
      let view = await service.create(draft({ agencyCode: '博政办发', title: `博山区人民政府办公室关于第${i}批安全检查的通知` }) as never, drafter);
      view = await service.submit({ id: view.id, expectedVersion: view.version }, drafter);
      view = await service.review({ id: view.id, expectedVersion: view.version }, clerk);
      return service.sign({ id: view.id, expectedVersion: view.version, ...(signedDate ? { signedDate } : {}) }, leader);
    };
    const docs: OutgoingDocumentView[] = [];
    for (let i = 1; i <= 50; i++) docs.push(await signOne(i));

    const numbered = await Promise.all(docs.map((d) => call('post', `${outgoing(d.id)}/number`, 'clerk', {}, `W/"${d.version}"`)));
    expect(numbered.map((r) => r.status)).toEqual(docs.map(() => 200));
    const year = Number(docs[0].writtenDate?.slice(0, 4));
    const sequences = numbered.map((r) => Number(/〔\d{4}〕(\d+)号$/.exec(r.body.docNumber)?.[1])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(numbered.map((r) => r.body.docNumber)).toContain(`博政办发〔${year}〕50号`);

    const lastYear = await signOne(51, `${year - 1}-12-30`);
    const previous = await call('post', `${outgoing(lastYear.id)}/number`, 'clerk', {}, `W/"${lastYear.version}"`);
    expect(previous.body.docNumber).toBe(`博政办发〔${year - 1}〕1号`);
  });

  it('an invalid hand-entered 发文字号 is rejected in Chinese; only the next number of the sequence is taken (a gap is 422, a duplicate 409)', async () => {
    const pinned = { signedDate: '2026-11-20' };
    const doc = await signed({ agencyCode: '博政函', docType: '函', title: '博山区人民政府关于商请协助开展联合检查的函' }, 'districtLeader', pinned);
    for (const bad of ['博政函[2026]3号', '博政函〔2026〕003号', '博政函〔2026〕第3号']) {
      const res = await call('post', `${outgoing(doc.id)}/number`, 'clerk', { manualDocNumber: bad }, doc.etag);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('OUTGOING.INVALID_DOC_NUMBER');
      expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const wrongCode = await call('post', `${outgoing(doc.id)}/number`, 'clerk', { manualDocNumber: '博政发〔2026〕7号' }, doc.etag);
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body.detail).toContain('博政函');
    const gap = await call('post', `${outgoing(doc.id)}/number`, 'clerk', { manualDocNumber: '博政函〔2026〕5号' }, doc.etag);
    expect(gap.status).toBe(422);
    expect(gap.body.code).toBe('OUTGOING.DOC_NUMBER_NOT_NEXT');
    expect(gap.body.detail).toContain('下一个应为“博政函〔2026〕1号”');
    const manual = await step(doc, 'number', 'clerk', { manualDocNumber: '博政函〔2026〕1号' });
    expect(manual.view).toMatchObject({ docNumber: '博政函〔2026〕1号', docNumberManual: true });

    const next = await signed({ agencyCode: '博政函', docType: '函', title: '博山区人民政府关于商请支持应急演练的函' }, 'districtLeader', pinned);
    expect((await step(next, 'number', 'clerk')).view.docNumber).toBe('博政函〔2026〕2号');
    const duplicate = await signed({ agencyCode: '博政函', docType: '函', title: '博山区人民政府关于商请派员参加会议的函' }, 'districtLeader', pinned);
    const taken = await call('post', `${outgoing(duplicate.id)}/number`, 'clerk', { manualDocNumber: '博政函〔2026〕1号' }, duplicate.etag);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('OUTGOING.DOC_NUMBER_TAKEN');
    const skipped = await call('post', `${outgoing(duplicate.id)}/number`, 'clerk', { manualDocNumber: '博政函〔2026〕4号' }, duplicate.etag);
    expect(skipped.status).toBe(422);
    expect(skipped.body.detail).toContain('博政函〔2026〕3号');
    expect((await step(duplicate, 'number', 'clerk', { manualDocNumber: '博政函〔2026〕3号' })).view.docNumber).toBe('博政函〔2026〕3号');
  });

  it('seals: a use needs an approved request; rejections need a reason; the use log records who, when and how many', async () => {
    const seal = await call('post', '/api/documents/seals', 'clerk', { name: '博山区人民政府办公室', kind: 'official', keeperName: '文秘科赵某' });
    expect(seal.status).toBe(201);
    const asked = await call('post', '/api/documents/seal-requests', 'drafter', { sealId: seal.body.id, purpose: '出具工作证明', copies: 2 });
    expect(asked.status).toBe(201);
    const early = await call('post', `/api/documents/seal-requests/${asked.body.id}/uses`, 'clerk', { impressions: 1 }, asked.headers.etag);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('SEAL_REQUEST.NOT_APPROVED');
    expect((await call('post', `/api/documents/seal-requests/${asked.body.id}/decision`, 'clerk', { approve: true }, asked.headers.etag)).status).toBe(403);
    const noReason = await call('post', `/api/documents/seal-requests/${asked.body.id}/decision`, 'officeLeader', { approve: false }, asked.headers.etag);
    expect(noReason.status).toBe(400);
    const approved = await call('post', `/api/documents/seal-requests/${asked.body.id}/decision`, 'officeLeader', { approve: true, reason: '同意' }, asked.headers.etag);
    expect(approved.body).toMatchObject({ status: 'approved', decidedByName: '李主任' });
    const tooMany = await call('post', `/api/documents/seal-requests/${asked.body.id}/uses`, 'clerk', { impressions: 3 }, approved.headers.etag);
    expect(tooMany.body.code).toBe('SEAL_REQUEST.TOO_MANY_IMPRESSIONS');
    const used = await call('post', `/api/documents/seal-requests/${asked.body.id}/uses`, 'clerk', { impressions: 2 }, approved.headers.etag);
    expect(used.status).toBe(200);
    expect(used.body).toMatchObject({ status: 'used', use: { impressions: 2, appliedByName: '文秘科核稿人', sealName: '博山区人民政府办公室' } });
    const log = await call('get', '/api/documents/seal-uses', 'officeLeader').query({ sealId: seal.body.id });
    expect(log.body.items).toEqual([expect.objectContaining({ requestId: asked.body.id, impressions: 2 })]);
    // The requester sees only their own requests (not the clerk's for the 冬季安全生产 notice); approvers see them all.
    const own = await call('get', '/api/documents/seal-requests', 'drafter').query({ q: '证明' });
    expect(own.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: asked.body.id, status: 'used' })] });
    expect((await call('get', '/api/documents/seal-requests', 'drafter').query({ q: '冬季安全生产' })).body).toMatchObject({ items: [], total: 0 });
    expect((await call('get', '/api/documents/seal-requests', 'officeLeader').query({ q: '冬季安全生产' })).body.total).toBe(1);
    const bySeal = await call('get', '/api/documents/seal-requests', 'officeLeader').query({ sealId: seal.body.id, status: 'used' });
    expect(bySeal.body.items.map((r: { id: string }) => r.id)).toEqual([asked.body.id]);
    // A page past the end still says how many there are.
    expect((await call('get', '/api/documents/seal-requests', 'officeLeader').query({ sealId: seal.body.id, offset: 20 })).body).toMatchObject({ items: [], total: 1 });
    // The use log is for keepers and approvers.
    expect((await call('get', '/api/documents/seal-uses', 'drafter')).status).toBe(403);
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".seal_use SET impressions = 1`)).rejects.toThrow(/append-only/);

    const retired = await call('post', `/api/documents/seals/${seal.body.id}/retire`, 'clerk', { reason: '印章更换' }, seal.headers.etag);
    expect(retired.body).toMatchObject({ status: 'retired', retiredReason: '印章更换' });
    const retiredSeals = (await call('get', '/api/documents/seals', 'clerk').query({ status: 'retired' })).body.items.map((x: { id: string }) => x.id);
    expect(retiredSeals).toContain(seal.body.id);
    expect((await call('get', '/api/documents/seals', 'clerk').query({ status: 'active' })).body.items.map((x: { id: string }) => x.id)).not.toContain(seal.body.id);
    const onRetired = await call('post', '/api/documents/seal-requests', 'drafter', { sealId: seal.body.id, purpose: '出具证明', copies: 1 });
    expect(onRetired.status).toBe(422);
    expect(onRetired.body.code).toBe('SEAL.RETIRED');
    const history = await call('get', `/api/documents/timeline/seal_request/${asked.body.id}`, 'clerk');
    expect(history.body.entries.map((e: { action: string }) => e.action)).toEqual(['seal-request.submitted', 'seal-request.approved', 'seal-request.used']);
  });

  it('the 机关代字 table is kept by the 文秘科 chief with a source; signed documents keep the version they used', async () => {
    const codes = await call('get', '/api/documents/outgoing/agency-codes', 'drafter');
    expect(codes.status).toBe(200);
    const zi = codes.body.items.find((c: { code: string }) => c.code === '博政字');
    expect(zi).toMatchObject({ issuingBody: '博山区人民政府', signerRoles: ['district_leader'], version: 1 });
    expect(zi.source).toMatch(/条例/);
    const body = { signerRoles: ['district_leader', 'office_leader'], effectiveFrom: '2026-12-01', source: '区政府办公室主任办公会议纪要（2026年第20期）' };
    expect((await call('put', `/api/documents/outgoing/agency-codes/${encodeURIComponent('博政字')}`, 'clerk', body, 'W/"1"')).status).toBe(403);
    const changed = await call('put', `/api/documents/outgoing/agency-codes/${encodeURIComponent('博政字')}`, 'wenmiChief', body, 'W/"1"');
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, signerRoles: ['district_leader', 'office_leader'], effectiveFrom: '2026-12-01' });
    const doc = await signed({ agencyCode: '博政字', title: '博山区人民政府关于表彰先进集体的通知' }, 'officeLeader', {});
    expect(doc.view).toMatchObject({ status: 'signed', signerName: '李主任', agencyCodeVersion: 2 });
  });

  it('a section asked to 会签 finds the draft in the shared search and reads its timeline and versions; other sections do not, and clearance comes first', async () => {
    token.xinxiStaff ??= await bearer({ roles: ['section_staff'], sectionCode: 'xinxi', displayName: '信息科科员' });
    token.zongheCleared ??= await bearer({ roles: ['section_staff'], sectionCode: 'zonghe', displayName: '综合科涉密科员', clearance: Clearance.Secret });
    const search = async (who: string, q: string) => (await call('get', '/api/documents/search', who).query({ kind: 'outgoing', q })).body.items.map((r: { id: string }) => r.id);
    const reads = async (who: string, id: string) => [
      (await call('get', `/api/documents/timeline/outgoing/${id}`, who)).status,
      (await call('get', `/api/documents/versions/outgoing/${id}`, who)).status,
    ];

    let doc = await create(draft({ title: '博山区人民政府关于会签科室检索测试的通知' }), 'clerk');
    doc = await step(doc, 'submit', 'clerk');
    doc = await step(doc, 'review', 'clerk');
    expect(await search('zongheChief', '会签科室检索')).toEqual([]);
    expect(await reads('zongheChief', doc.id)).toEqual([404, 404]);
    doc = await step(doc, 'countersigns', 'clerk', { sectionCodes: ['zonghe'] });
    expect(await search('zongheChief', '会签科室检索')).toEqual([doc.id]);
    expect(await reads('zongheChief', doc.id)).toEqual([200, 200]);
    expect(await search('xinxiStaff', '会签科室检索')).toEqual([]);
    expect(await reads('xinxiStaff', doc.id)).toEqual([404, 404]);
    expect(await search('liaisonOther', '会签科室检索')).toEqual([]);

    // A 秘密 draft routed to the same section: only the section's staff cleared for 秘密 find it.
    let secret = await create(draft({ title: '博山区人民政府关于会签科室涉密检索的通知', secrecyLevel: 1, secrecyPeriod: '10年', copyNumber: '000001' }), 'drafter');
    secret = await step(secret, 'submit', 'drafter');
    secret = await step(secret, 'review', 'clerk');
    secret = await step(secret, 'countersigns', 'drafter', { sectionCodes: ['zonghe'] });
    expect(await search('zongheChief', '会签科室涉密')).toEqual([]);
    expect(await reads('zongheChief', secret.id)).toEqual([404, 404]);
    expect(await search('zongheCleared', '会签科室涉密')).toEqual([secret.id]);
    expect(await reads('zongheCleared', secret.id)).toEqual([200, 200]);
  });

  it('classified documents: 印制 needs a 份号 range and a secure place; a reader not cleared never sees them', async () => {
    const doc = await step(await signed({ title: '博山区人民政府关于重点目标安全防范的通知', secrecyLevel: 1, secrecyPeriod: '10年', copyNumber: '000001' }), 'number', 'clerk');
    const open = await call('post', `${outgoing(doc.id)}/print`, 'clerk', { quantity: 10, securePlace: false, copyNumberFrom: '000001', copyNumberTo: '000010' }, doc.etag);
    expect(open.status).toBe(422);
    expect(open.body.detail).toMatch(/保密/);
    const mismatch = await call('post', `${outgoing(doc.id)}/print`, 'clerk', { quantity: 10, securePlace: true, copyNumberFrom: '000001', copyNumberTo: '000005' }, doc.etag);
    expect(mismatch.status).toBe(422);
    const printed = await step(doc, 'print', 'clerk', { quantity: 10, securePlace: true, copyNumberFrom: '000001', copyNumberTo: '000010' });
    expect(printed.view).toMatchObject({ status: 'printed', printQuantity: 10, printedSecurely: true, copyNumberFrom: '000001', copyNumberTo: '000010' });
    expect((await call('get', outgoing(doc.id), 'wenmiChief')).status).toBe(404);
    const list = await call('get', '/api/documents/outgoing', 'wenmiChief').query({ q: '重点目标' });
    expect(list.body).toMatchObject({ items: [], total: 0 });
    expect((await call('get', '/api/documents/outgoing', 'clerk').query({ q: '重点目标' })).body.total).toBe(1);
  });

  it('bad input is a 400 listing the fields in Chinese, never a 500', async () => {
    const res = await call('post', '/api/documents/outgoing', 'drafter', { agencyCode: 'BZF', docType: '便条', title: '', mainRecipients: [{}], copyRecipients: 'x', secrecyLevel: 7, body: '' });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['agencyCode', 'docType', 'title', 'copyRecipients', 'secrecyLevel', 'body']));
    const recipient = await call('post', '/api/documents/outgoing', 'drafter', draft({ mainRecipients: [{ name: '某机关' }] }));
    expect(recipient.status).toBe(400);
    expect(recipient.body.code).toBe('OUTGOING.INVALID_RECIPIENT');
    const unknownCode = await call('post', '/api/documents/outgoing', 'drafter', draft({ agencyCode: '博无此号' }));
    expect(unknownCode.status).toBe(400);
    expect(unknownCode.body.code).toBe('OUTGOING.UNKNOWN_AGENCY_CODE');
  });

  it('the seeded 代字 ending in 字 are numbered automatically and by hand; 签发 on an impossible date is a 400 (issue 12)', async () => {
    const pinned = { leaderTitle: '区长', signedDate: '2026-11-23' };
    const first = await signed({ agencyCode: '博政字', title: '博山区人民政府关于表彰安全生产先进单位的决定', docType: '决定' }, 'districtLeader', pinned);
    expect((await step(first, 'number', 'clerk')).view.docNumber).toBe('博政字〔2026〕1号');
    const second = await signed({ agencyCode: '博政字', title: '博山区人民政府关于表彰防汛先进单位的决定', docType: '决定' }, 'districtLeader', pinned);
    const typed = await step(second, 'number', 'clerk', { manualDocNumber: '博政字〔2026〕2号' });
    expect(typed.view).toMatchObject({ docNumber: '博政字〔2026〕2号', docNumberManual: true });
    const third = await signed({ title: '博山区人民政府关于做好岁末年初安全生产工作的通知' }, 'districtLeader', pinned);
    const extraZi = await call('post', `${outgoing(third.id)}/number`, 'clerk', { manualDocNumber: '博政发字〔2026〕1号' }, third.etag);
    expect(extraZi.status).toBe(400);
    expect(extraZi.body.code).toBe('OUTGOING.INVALID_DOC_NUMBER');
    expect(extraZi.body.detail).toContain('机关代字后不加“字”');

    let unsigned = await create(draft({ title: '博山区人民政府关于做好元旦春节期间值班工作的通知' }));
    unsigned = await step(unsigned, 'submit', 'drafter');
    unsigned = await step(unsigned, 'review', 'clerk');
    const impossible = await call('post', `${outgoing(unsigned.id)}/sign`, 'districtLeader', { leaderTitle: '区长', signedDate: '2026-02-30' }, unsigned.etag);
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors).toEqual([expect.objectContaining({ field: 'signedDate', code: 'isCalendarDate' })]);
  });
});
