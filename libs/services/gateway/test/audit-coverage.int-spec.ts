import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { RpcReply } from '@gov/contracts-common';
import { createLogger, NatsBus, type Bus, type IncomingRequest, type Stoppable } from '@gov/platform';
import { startGatewayForTest, type GatewayHarness } from './harness.js';

/** Files of each 密级 the stand-in knows. */
const FILES: Record<string, number> = { [randomUUID()]: 0, [randomUUID()]: 1, [randomUUID()]: 2, [randomUUID()]: 3 };
const fileOf = (level: number) => Object.keys(FILES).find((id) => FILES[id] === level) as string;

/**
 * A stand-in for document-secretariat's file subjects on the real bus, so that the gateway's own part — auditing
 * reads of 机密/绝密 files, the upload quota — is tested alone; the real service is covered end to end.
 */
async function serveFilesStub(h: GatewayHarness, uploads: string[]): Promise<{ bus: Bus; serving: Stoppable; owns: boolean }> {
  const owns = !h.environment.bus;
  const bus = h.environment.bus ?? (await NatsBus.connect(h.environment.env.NATS_URL, h.environment.namespace, 'files-stub', createLogger('files-stub', 'silent')));
  const view = (id: string, level: number) => ({ id, filename: `文件-${level}.txt`, mediaType: 'text/plain', size: 5, sha256: 'a'.repeat(64), secrecyLevel: level, uploadedBy: 'x', uploadedAt: '2026-12-01T00:00:00.000Z' });
  const serving = await bus.serve('rpc.document-secretariat.>', 'document-secretariat', async (request: IncomingRequest): Promise<RpcReply<unknown>> => {
    const data = request.data as Record<string, unknown>;
    const id = data.id as string;
    switch (request.subject) {
      case 'rpc.document-secretariat.file.get':
        return { ok: true, data: view(id, FILES[id]) };
      case 'rpc.document-secretariat.file.content':
        return { ok: true, data: { ...view(id, FILES[id]), contentBase64: Buffer.from('hello').toString('base64') } };
      case 'rpc.document-secretariat.file.upload':
        if (data.filename === 'broken.txt') return { ok: false, error: { kind: 'rule_violation', code: 'FILE.REFUSED', title: '文件被拒绝', detail: '测试' } };
        uploads.push(data.filename as string);
        return { ok: true, data: view(randomUUID(), 0) };
      default:
        return { ok: false, error: { kind: 'not_found', code: 'REQUEST.NOT_FOUND', title: '资源不存在', detail: request.subject } };
    }
  });
  return { bus, serving, owns };
}

describe('audit coverage: write intents, classified reads; the upload quota', () => {
  let h: GatewayHarness;
  let stub: Awaited<ReturnType<typeof serveFilesStub>>;
  const uploads: string[] = [];
  let leader: { auth: string; id: string; username: string };
  let sys: { auth: string; username: string };
  beforeAll(async () => {
    h = await startGatewayForTest({ UPLOAD_QUOTA_BYTES_PER_DAY: String(1024 * 1024) });
    stub = await serveFilesStub(h, uploads);
    leader = await h.signedIn({ roles: ['office_leader'], clearance: 3 });
    sys = await h.signedIn({ roles: ['sys_admin'] });
  });
  afterAll(async () => {
    await stub?.serving.stop();
    if (stub?.owns) await stub.bus.close();
    await h?.stop();
  });

  const rowsOf = (requestId: string) =>
    h.sql<{ action: string; outcome: string; status_code: number; reason: string | null; target_id: string | null; actor_username: string }>(
      `SELECT action, outcome, status_code, reason, target_id, actor_username FROM gateway.audit_event WHERE request_id = $1 ORDER BY seq`,
      [requestId],
    );

  /** Makes the database refuse audit rows that match `condition` (on NEW) while `work` runs. */
  async function whileAuditRefuses<T>(condition: string, work: () => Promise<T>): Promise<T> {
    await h.sql(`CREATE FUNCTION gateway.test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$`);
    await h.sql(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON gateway.audit_event FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION gateway.test_refuse_audit()`);
    try {
      return await work();
    } finally {
      await h.sql(`DROP TRIGGER test_refuse_audit ON gateway.audit_event`);
      await h.sql(`DROP FUNCTION gateway.test_refuse_audit()`);
    }
  }

  it('a-signed-in-write-is-audited-first-as-an-intent-then-with-its-outcome', async () => {
    const requestId = `req-intent-${randomUUID()}`;
    const created = await h.http.post('/api/admin/users').set('authorization', sys.auth).set('x-request-id', requestId).send({ username: `li.${Date.now()}`, displayName: '李四' });
    expect(created.status).toBe(201);
    expect(await rowsOf(requestId)).toEqual([
      { action: 'POST /api/admin/users', outcome: 'pending', status_code: 0, reason: 'intent', target_id: null, actor_username: sys.username },
      { action: 'POST /api/admin/users', outcome: 'success', status_code: 201, reason: null, target_id: created.body.id, actor_username: sys.username },
    ]);
  });

  it('when-the-intent-cannot-be-audited-the-write-is-not-made', async () => {
    const requestId = `req-no-intent-${randomUUID()}`;
    const username = `wang.${Date.now()}`;
    const refused = await whileAuditRefuses(`NEW.outcome = 'pending'`, () =>
      h.http.post('/api/admin/users').set('authorization', sys.auth).set('x-request-id', requestId).send({ username, displayName: '王五' }),
    );
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'SERVICE.UNAVAILABLE', detail: '审计日志暂时无法写入，操作未执行，请稍后重试' });
    expect(await h.sql(`SELECT 1 FROM gateway.account WHERE username = $1`, [username])).toEqual([]);
    expect((await rowsOf(requestId)).map((r) => [r.outcome, r.status_code])).toEqual([['failure', 503]]);
  });

  it('when-the-outcome-cannot-be-audited-the-made-change-is-still-covered-by-its-intent', async () => {
    const requestId = `req-no-outcome-${randomUUID()}`;
    const username = `zhao.${Date.now()}`;
    const created = await whileAuditRefuses(`NEW.outcome <> 'pending' AND NEW.action = 'POST /api/admin/users'`, () =>
      h.http.post('/api/admin/users').set('authorization', sys.auth).set('x-request-id', requestId).send({ username, displayName: '赵六' }),
    );
    expect(created.status).toBe(201);
    expect(await h.sql(`SELECT username FROM gateway.account WHERE username = $1`, [username])).toEqual([{ username }]);
    expect((await rowsOf(requestId)).map((r) => [r.action, r.outcome, r.reason])).toEqual([['POST /api/admin/users', 'pending', 'intent']]);
  });

  it('reads-of-机密-and-绝密-files-are-audited-and-lower-ones-are-not', async () => {
    const read = async (path: string) => {
      const requestId = `req-read-${randomUUID()}`;
      const res = await h.http.get(path).set('authorization', leader.auth).set('x-request-id', requestId);
      expect(res.status).toBe(200);
      return rowsOf(requestId);
    };
    expect(await read(`/api/documents/files/${fileOf(0)}`)).toEqual([]);
    expect(await read(`/api/documents/files/${fileOf(1)}`)).toEqual([]);
    expect(await read(`/api/documents/files/${fileOf(2)}`)).toEqual([
      { action: 'GET /api/documents/files/:id', outcome: 'success', status_code: 200, reason: 'classified_read:机密', target_id: fileOf(2), actor_username: leader.username },
    ]);
    expect(await read(`/api/documents/files/${fileOf(3)}/content`)).toEqual([
      { action: 'GET /api/documents/files/:id/content', outcome: 'success', status_code: 200, reason: 'classified_read:绝密', target_id: fileOf(3), actor_username: leader.username },
    ]);
    expect(await read(`/api/documents/files/${fileOf(1)}/content`)).toEqual([]);
  });

  it('a-classified-read-that-cannot-be-audited-is-not-answered', async () => {
    const res = await whileAuditRefuses(`NEW.reason LIKE 'classified_read:%'`, () => h.http.get(`/api/documents/files/${fileOf(3)}/content`).set('authorization', leader.auth));
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('hello');
    expect(res.body.filename).toBeUndefined();
  });

  it('uploads-count-against-a-daily-quota-per-user-and-failed-ones-are-given-back', async () => {
    const half = Buffer.alloc(400 * 1024, 1).toString('base64');
    const upload = (auth: string, filename: string) => h.http.post('/api/documents/files').set('authorization', auth).send({ filename, mediaType: 'text/plain', contentBase64: half });
    const broken = await upload(leader.auth, 'broken.txt');
    expect(broken.status).toBe(422);
    expect((await upload(leader.auth, 'a.txt')).status).toBe(201);
    expect((await upload(leader.auth, 'b.txt')).status).toBe(201);
    const over = await upload(leader.auth, 'c.txt');
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ code: 'FILES.QUOTA_EXCEEDED', detail: '每人每天可上传 1 MiB，今日额度已不足以上传该文件（0.4 MiB），请明天再试或联系系统管理员' });
    expect(uploads).toEqual(['a.txt', 'b.txt']);
    const [usage] = await h.sql<{ bytes: string; files: number }>(`SELECT bytes, files FROM gateway.upload_usage WHERE account_id = $1`, [leader.id]);
    expect(usage).toEqual({ bytes: String(2 * 400 * 1024), files: 2 });
    // Another user has their own quota.
    const other = await h.signedIn({ roles: ['office_leader'] });
    expect((await upload(other.auth, 'd.txt')).status).toBe(201);
  });
});
