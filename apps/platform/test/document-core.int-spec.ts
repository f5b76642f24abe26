import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import type { RunningApp } from '@gov/platform';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { BodyVersions, documentSecretariatDefinition, Registry, Timeline } from '@gov/service-document-secretariat';

/** The parts every document record shares — files, the registry with its visibility rule, the timeline — through the gateway. */
describe('document core: content-hashed files, search by clearance, timelines', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let gateway: RunningGateway;
  let http: ReturnType<typeof request>;
  let clerk: string;
  let clerkSecret: string;
  let uncleared: string;

  const bearer = async (spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(gateway, spec);
    return `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}`;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    app = await startTestApp(environment, documentSecretariatDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(gateway.app.getHttpServer());
    clerk = await bearer({ roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.None });
    clerkSecret = await bearer({ roles: ['section_staff'], sectionCode: 'wenmi', clearance: Clearance.Confidential });
    uncleared = clerk;
  });

  afterAll(async () => {
    await gateway?.stop();
    await app?.stop();
    await environment?.dispose();
  });

  it('stores a file with its SHA-256 and serves the same bytes back; a wrong client hash is refused', async () => {
    const content = Buffer.from('关于做好冬季安全生产工作的通知（正文）');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const uploaded = await http.post('/api/documents/files').set('authorization', clerk).send({ filename: '正文.txt', mediaType: 'text/plain', contentBase64: content.toString('base64'), sha256 });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ sha256, size: content.length, secrecyLevel: 0 });
    const back = await http.get(`/api/documents/files/${uploaded.body.id}/content`).set('authorization', clerk).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(back.status).toBe(200);
    expect(back.headers.etag).toBe(`"${sha256}"`);
    expect(Buffer.compare(back.body as Buffer, content)).toBe(0);

    const wrong = await http.post('/api/documents/files').set('authorization', clerk).send({ filename: 'x.txt', mediaType: 'text/plain', contentBase64: content.toString('base64'), sha256: '0'.repeat(64) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('FILE.HASH_MISMATCH');
  });

  it('a file is never changed in place: the database refuses UPDATE and DELETE of stored files and timeline rows', async () => {
    const uploaded = await http.post('/api/documents/files').set('authorization', clerk).send({ filename: 'a.txt', mediaType: 'text/plain', contentBase64: Buffer.from('A').toString('base64') });
    const schema = app.parts.schema;
    await expect(app.parts.dataSource.query(`UPDATE "${schema}".stored_file SET content = 'B' WHERE id = $1`, [uploaded.body.id])).rejects.toThrow(/append-only/);
    await expect(app.parts.dataSource.query(`DELETE FROM "${schema}".stored_file WHERE id = $1`, [uploaded.body.id])).rejects.toThrow(/append-only/);
    await app.parts.transactions.run((tx) =>
      app.nest.get(Timeline).append(tx, { userId: randomUUID(), username: 'wenmi01', displayName: '文秘甲' }, { kind: 'incoming', id: randomUUID(), action: 'incoming.registered', label: '登记' }),
    );
    await expect(app.parts.dataSource.query(`UPDATE "${schema}".record_event SET actor_name = '他人'`)).rejects.toThrow(/append-only/);
    await expect(app.parts.dataSource.query(`DELETE FROM "${schema}".record_event`)).rejects.toThrow(/append-only/);
  });

  it('search and the timeline show a 机密 record only to a reader cleared for 机密', async () => {
    const registry = app.nest.get(Registry);
    const timeline = app.nest.get(Timeline);
    const id = randomUUID();
    const actor = { userId: randomUUID(), username: 'wenmi01', displayName: '文秘甲' };
    await app.parts.transactions.run(async (tx) => {
      await registry.put(tx, { kind: 'incoming', id, title: '关于核心区改造的机密通知', secrecyLevel: 2, status: 'registered', statusLabel: '已登记待初审', unitIds: [], userIds: [], year: 2026, createdAt: new Date(), updatedAt: new Date() });
      await timeline.append(tx, actor, { kind: 'incoming', id, action: 'incoming.registered', label: '登记' });
    });
    const cleared = await http.get('/api/documents/search').query({ q: '核心区改造' }).set('authorization', clerkSecret);
    expect(cleared.status).toBe(200);
    expect(cleared.body.items).toEqual([expect.objectContaining({ id, kind: 'incoming', kindLabel: '收文', status: 'registered', statusLabel: '已登记待初审' })]);
    const notCleared = await http.get('/api/documents/search').query({ q: '核心区改造' }).set('authorization', uncleared);
    expect(notCleared.status).toBe(200);
    expect(notCleared.body).toMatchObject({ items: [], total: 0 });

    const history = await http.get(`/api/documents/timeline/incoming/${id}`).set('authorization', clerkSecret);
    expect(history.status).toBe(200);
    expect(history.body.entries).toEqual([expect.objectContaining({ seq: 1, action: 'incoming.registered', actionLabel: '登记', actorName: '文秘甲' })]);
    expect((await http.get(`/api/documents/timeline/incoming/${id}`).set('authorization', uncleared)).status).toBe(404);
  });

  it('keeps every saved version of a body with its hash, and compares two versions line by line', async () => {
    const registry = app.nest.get(Registry);
    const versions = app.nest.get(BodyVersions);
    const id = randomUUID();
    const author = { userId: randomUUID(), username: 'mishu01', displayName: '秘书甲', roles: [], permissions: [], clearance: Clearance.None };
    await app.parts.transactions.run(async (tx) => {
      await registry.put(tx, { kind: 'drafting', id, title: '在全区安全生产会议上的讲话', secrecyLevel: 0, status: 'drafting', statusLabel: '起草中', unitIds: [], userIds: [], year: 2026, createdAt: new Date(), updatedAt: new Date() });
      await versions.save(tx, author, { kind: 'drafting', id }, '同志们：\n今天召开会议。\n谢谢大家。');
      await versions.save(tx, author, { kind: 'drafting', id }, '同志们：\n今天召开全区安全生产会议。\n谢谢大家。', '改会议名称');
    });
    const list = await http.get(`/api/documents/versions/drafting/${id}`).set('authorization', clerk);
    expect(list.status).toBe(200);
    expect(list.body.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([1, 2]);
    expect(list.body.items[1]).toMatchObject({ note: '改会议名称', sha256: createHash('sha256').update('同志们：\n今天召开全区安全生产会议。\n谢谢大家。').digest('hex') });
    const diff = await http.get(`/api/documents/versions/drafting/${id}/diff`).query({ from: 1, to: 2 }).set('authorization', clerk);
    expect(diff.status).toBe(200);
    expect(diff.body.lines.filter((l: { op: string }) => l.op !== 'equal')).toEqual([
      { op: 'delete', text: '今天召开会议。', oldLine: 2 },
      { op: 'insert', text: '今天召开全区安全生产会议。', newLine: 2 },
    ]);
    expect((await http.get(`/api/documents/versions/drafting/${id}/1`).set('authorization', clerk)).body.text).toBe('同志们：\n今天召开会议。\n谢谢大家。');
    expect((await http.get(`/api/documents/versions/drafting/${id}/9`).set('authorization', clerk)).status).toBe(404);
  });
});
