/**
 * `npm run test:faults`: the fault suite. On a NATS server and a PostgreSQL cluster of its own (free ports, throw-away
 * directories; the machine's shared servers are never touched), with every app as a separate OS process, each scenario
 * writes units in duty-and-meetings while it breaks something for real (kill -9, SIGTERM, SIGSTOP, a PostgreSQL
 * immediate stop), then checks that the producer's outbox, each consumer's inbox and each read model hold exactly what
 * was written: nothing lost, nothing doubled. Every scenario is bounded in time; the suite prints a table of its figures
 * and exits non-zero if any scenario lost, doubled, failed or ran out of time.
 *
 * Sizes: FAULTS_EVENTS (default 1000 per scenario, half units and half 批示), FAULTS_BACKLOG (5000), FAULTS_OPEN_ITEMS (10000), FAULTS_ROLLING_RESTARTS (20),
 * FAULTS_RATE (100 req/s during the rolling restarts), FAULTS_SCENARIO_SECONDS (each scenario's bound, 240),
 * FAULTS_ONLY (comma-separated scenario names). FAULTS_KEEP=1 keeps the run's folder (logs of every app) for a look.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { UnitSubjects } from '@gov/contracts-duty-and-meetings';
import { SupervisionItemSubjects, SupervisionWarningSubjects, type RecomputeLights } from '@gov/contracts-supervision';
import { CallerSigner, createLogger, FieldCipher, generateCallerKeys, generateEventKeys, NatsBus, RpcClient } from '@gov/platform';
import { caller as testCaller, zongheStaff } from '@gov/testing';
import { hashPassword } from '../../libs/services/gateway/src/security/password-hash.js';
import { describe, INSTRUCTION_FLOW, lostAndDoubled, UNIT_FLOW, waitSettled, writeInstruction, writeUnit, writeUpgradedEvents, Writer } from './flows.js';
import { AppProcess, freePort, NatsRelay, NatsServer, Postgres, sleep } from './infra.js';

const EVENTS = Number(process.env.FAULTS_EVENTS ?? 1000);
const BACKLOG = Number(process.env.FAULTS_BACKLOG ?? 5000);
const OPEN_ITEMS = Number(process.env.FAULTS_OPEN_ITEMS ?? 10_000);
const ROLLING_RESTARTS = Number(process.env.FAULTS_ROLLING_RESTARTS ?? 20);
const RATE = Number(process.env.FAULTS_RATE ?? 100);
const SCENARIO_SECONDS = Number(process.env.FAULTS_SCENARIO_SECONDS ?? 240);
const ONLY = process.env.FAULTS_ONLY?.split(',').filter(Boolean);
/** The platform's JetStream ack wait (EventConsumers' default): a SIGSTOP longer than this makes the server redeliver. */
const ACK_WAIT_SECONDS = 30;
const RPC_TIMEOUT_MS = 5000;
const CONCURRENCY = 16;

interface Row {
  scenario: string;
  events: number;
  lost: number;
  doubled: number;
  seconds: number;
  /** Deliveries the consumers' inboxes recognised as already applied (redeliveries after a fault), where counted. */
  duplicates?: number;
  status: 'ok' | 'FAIL' | 'TIMEOUT';
  note: string;
}

type Check = () => Promise<Omit<Row, 'scenario' | 'seconds' | 'status'> & { ok?: boolean }>;

/** Counts the duplicates the consumers' inboxes drop from now on (a process restarted since counts from zero). */
async function duplicateCounter(consumers: AppProcess[]): Promise<() => Promise<number>> {
  const read = (app: AppProcess) => app.counter('gov_events_consumed_total', 'outcome="duplicate"');
  const start = await Promise.all(consumers.map(async (app) => ({ pid: app.pid, n: await read(app) })));
  return async () => {
    const now = await Promise.all(consumers.map(read));
    return now.reduce((sum, n, i) => sum + (consumers[i].pid === start[i].pid ? n - start[i].n : n), 0);
  };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'gov-faults-'));
  // The embedded server runs as the system user `postgres` when we are root: it must be able to enter the folder.
  chmodSync(root, 0o755);
  const logDir = join(root, 'logs');
  mkdirSync(logDir);
  mkdirSync(join(root, 'nats'));
  const logger = createLogger('faults', 'warn');
  console.log(`故障演练：工作目录 ${root}（各服务日志在 logs/）`);

  const nats = new NatsServer(await freePort(), join(root, 'nats'), createWriteStream(join(logDir, 'nats-server.log'), { flags: 'a' }));
  await nats.start();
  const postgres = new Postgres(join(root, 'pg'), await freePort(), logger);
  await postgres.start();

  const keys = generateCallerKeys();
  const env: Record<string, string> = {
    DATABASE_URL: postgres.url,
    NATS_URL: nats.url,
    BUS_NAMESPACE: 'faults',
    LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
    FIELD_ENCRYPTION_KEY: FieldCipher.generateKey(),
    ...keys,
    // Each app's event signing key (EVENT_SIGNING_KEY_<APP>) and every app's public half.
    ...generateEventKeys(),
    RPC_TIMEOUT_MS: String(RPC_TIMEOUT_MS),
    NODE_OPTIONS: '--max-semi-space-size=4',
  };
  const producer = new AppProcess('duty-and-meetings', 'duty-and-meetings', env, logDir);
  // supervision reaches NATS through a relay that can hold back its acks (the commit-then-ack window).
  const relay = new NatsRelay(nats.port);
  await relay.start();
  const supervision = new AppProcess('supervision', 'supervision', { ...env, NATS_URL: relay.url }, logDir);
  const secretariat = new AppProcess('document-secretariat', 'document-secretariat', env, logDir);
  const httpPort = await freePort();
  const gateway = new AppProcess('gateway', 'gateway', { ...env, HTTP_PORT: String(httpPort), HTTP_HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '100000000' }, logDir);
  const apps = [producer, supervision, secretariat, gateway];
  const t0 = Date.now();
  await producer.start(); // it owns the unit tables the others copy
  await Promise.all([supervision.start(), secretariat.start(), gateway.start()]);
  console.log(`网关与三个服务已就绪（${((Date.now() - t0) / 1000).toFixed(1)} 秒）`);

  const db = new pg.Pool({ connectionString: postgres.url, max: 4 });
  db.on('error', () => undefined); // idle clients die with the PostgreSQL restart; the pool makes new ones
  const bus = await NatsBus.connect(nats.url, 'faults', 'faults-driver', createLogger('faults-driver', 'silent'));
  const rpc = new RpcClient(bus, RPC_TIMEOUT_MS, new CallerSigner(keys.CALLER_SIGNING_KEY));
  const caller = zongheStaff({ username: 'faults', displayName: '故障演练' });
  const inspector = testCaller({ username: 'faults-inspector', displayName: '演练督查员', sectionCode: 'ducha', permissions: ['supervision:read', 'supervision:manage'] });
  const leader = testCaller({ username: 'faults-leader', displayName: '演练区长', roles: ['district_leader'], permissions: ['documents:instruct'] });

  // A district leader signs in through the gateway, as a user would (the account is created as the administrator would).
  const password = `Faults-${randomBytes(9).toString('base64url')}`;
  await db.query(
    `INSERT INTO gateway.account (id, username, display_name, password_hash, must_change_password, roles, clearance, status, version, created_at, created_by, updated_at, updated_by)
     VALUES ($1, 'faults-leader', '演练区长', $2, false, '{district_leader}', 0, 'active', 1, now(), 'faults', now(), 'faults')`,
    [randomUUID(), await hashPassword(password)],
  );
  const api = `http://127.0.0.1:${httpPort}`;
  const signIn = await fetch(`${api}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'faults-leader', password }) });
  if (!signIn.ok) throw new Error(`网关登录失败：${signIn.status} ${await signIn.text()}`);
  const auth = { authorization: `Bearer ${((await signIn.json()) as { accessToken: string }).accessToken}` };

  /** Every server and app up again after a scenario, whatever it left behind. */
  const heal = async () => {
    for (const app of apps) if (!app.running) await app.start();
  };

  /** Both flows of one scenario: `total` writes, half units (tag), half 批示 (tag + "P"). */
  const writersFor = (tag: string, total: number) => [
    { writer: new Writer(UNIT_FLOW, tag, writeUnit(rpc, caller, tag)), count: Math.ceil(total / 2) },
    { writer: new Writer(INSTRUCTION_FLOW, `${tag}P`, writeInstruction(rpc, leader, `${tag}P`)), count: Math.floor(total / 2) },
  ];
  type Writers = ReturnType<typeof writersFor>;
  const writeAll = (writers: Writers, deadline: number) => Promise.all(writers.map(({ writer, count }) => writer.write(count, CONCURRENCY / 2, deadline)));

  /** Waits until every stage of every flow settled (or the deadline), then counts. */
  const settle = async (writers: Writers, deadline: number, note: string, duplicates?: number) => {
    let lost = 0;
    let doubled = 0;
    let unsent = 0;
    const figures: string[] = [];
    for (const { writer } of writers) {
      const t = await waitSettled(db, writer.flow, writer.tag, () => writer.acked, true, deadline);
      const counted = lostAndDoubled(t, writer.acked, true);
      lost += counted.lost;
      doubled += counted.doubled;
      unsent += t.unsent;
      figures.push(describe(writer.flow, t));
      if (writer.failed) figures.push(`${writer.flow.name} ${writer.failed} 次写入在时限内未成功`);
    }
    const events = writers.reduce((sum, { writer }) => sum + writer.acked, 0);
    return { events, lost, doubled, duplicates, ok: unsent === 0, note: [...figures, ...(note ? [note] : [])].join('；') };
  };

  /** Waits until 40 % of the writes are acknowledged; says how far the flows were when the fault struck. */
  const strikeAt = async (writers: Writers) => {
    await Promise.all(writers.map(({ writer, count }) => writer.whenAcked(Math.floor(count * 0.4))));
    const applied = await Promise.all(writers.map(({ writer }) => db.query(writer.flow.consumers[0].effects, [`${writer.tag}-%`])));
    const acked = writers.reduce((sum, { writer }) => sum + writer.acked, 0);
    return `故障时已写 ${acked}、supervision 已应用 ${applied.reduce((sum, r) => sum + Number(r.rows[0].n), 0)}`;
  };

  /**
   * One event-flow scenario: write `total` records while `fault` runs (it strikes mid-stream), then wait until
   * outbox = inbox = effects in every flow, and count.
   */
  const flow =
    (tag: string, fault: (at: () => Promise<string>) => Promise<string>, redeliveries?: () => number): Check =>
    async () => {
      const deadline = Date.now() + SCENARIO_SECONDS * 1000;
      const writers = writersFor(tag, EVENTS);
      const duplicates = await duplicateCounter([supervision, secretariat]);
      const [, note] = await Promise.all([writeAll(writers, deadline), fault(() => strikeAt(writers))]);
      const result = await settle(writers, deadline, note);
      // Events committed but never acked come again after the ack wait: wait for them, and count what the inboxes dropped.
      let dropped = await duplicates();
      const until = Math.min(deadline, Date.now() + (ACK_WAIT_SECONDS + 15) * 1000);
      while (redeliveries && dropped < redeliveries() && Date.now() < until) {
        await sleep(500);
        dropped = await duplicates();
      }
      const after = redeliveries ? await settle(writers, deadline, note) : result;
      const missed = redeliveries && dropped < redeliveries() ? `；预期至少 ${redeliveries()} 条重投被收件箱丢弃，实际 ${dropped}` : '';
      return { ...after, duplicates: dropped, ok: after.ok && !missed, note: `${after.note}${missed}` };
    };

  /** Deliveries supervision committed while its acks were held back (consumer-kill9). */
  let heldCommitted = 0;
  const scenarios: [string, Check][] = [
    [
      'backlog-drain',
      async () => {
        // supervision (the consumer of both flows) is down while the backlog builds, then drains it with no dead letter.
        const deadline = Date.now() + SCENARIO_SECONDS * 1000;
        await supervision.stop('SIGTERM');
        const writers = writersFor('BACKLOG', BACKLOG);
        await writeAll(writers, deadline);
        const drainStart = Date.now();
        await supervision.start();
        const duplicates = await duplicateCounter([supervision]);
        const result = await settle(writers, deadline, '', await duplicates());
        return { ...result, note: `${result.note}；排空用时 ${((Date.now() - drainStart) / 1000).toFixed(1)} 秒` };
      },
    ],
    [
      'consumer-kill9',
      flow(
        'KILL9',
        async (strike) => {
        const at = await strike();
        // supervision goes on receiving and committing while its acks are held back, then dies by kill -9 with them:
        // what it committed meanwhile is redelivered after the ack wait, and its inbox must drop every such repeat.
        relay.hold();
        await sleep(1500);
        heldCommitted = Number((await db.query(`SELECT count(*)::int AS n FROM supervision.inbox WHERE processed_at > now() - interval '1.5 second'`)).rows[0].n);
        supervision.signal('SIGKILL');
        secretariat.signal('SIGKILL');
        relay.dropHeld();
        await sleep(500);
        await Promise.all([supervision.start(), secretariat.start()]);
        return `supervision 的 ack 被截留 1.5 秒（其间提交 ${heldCommitted} 条），随后与 document-secretariat 一起被 kill -9 并重启；${at}`;
        },
        () => 1,
      ),
    ],
    [
      'sigterm-drain',
      flow('SIGTERM', async (strike) => {
        const at = await strike();
        // The producer mid-request and mid-relay, and a consumer mid-delivery: each drains and stops cleanly.
        const began = Date.now();
        await Promise.all([producer.stop('SIGTERM'), supervision.stop('SIGTERM')]);
        const drained = ((Date.now() - began) / 1000).toFixed(1);
        await producer.start();
        await supervision.start();
        return `duty-and-meetings 与 supervision 收到 SIGTERM，${drained} 秒内停止后重启；${at}`;
      }),
    ],
    [
      'sigstop-beyond-ack-wait',
      flow('SIGSTOP', async (strike) => {
        const at = await strike();
        supervision.signal('SIGSTOP');
        await sleep((ACK_WAIT_SECONDS + 5) * 1000);
        supervision.signal('SIGCONT');
        return `supervision 暂停 ${ACK_WAIT_SECONDS + 5} 秒（超过 ack wait ${ACK_WAIT_SECONDS} 秒）后继续；${at}`;
      }),
    ],
    [
      'nats-kill9',
      flow('NATS', async (strike) => {
        const at = await strike();
        await nats.kill9();
        await sleep(2000);
        await nats.start();
        return `nats-server 在发布中被 kill -9，2 秒后在同一端口与存储目录重启；${at}`;
      }),
    ],
    [
      'postgres-immediate-stop',
      flow('PGSTOP', async (strike) => {
        const at = await strike();
        await postgres.stopImmediately();
        await sleep(2000);
        await postgres.start();
        return `PostgreSQL 在处理中立即停止（SIGQUIT，同 pg_ctl stop -m immediate），2 秒后重启；${at}`;
      }),
    ],
    [
      'rolling-upgrade-new-field',
      async () => {
        // The producer's new version sends a field its consumers do not know yet: tolerant readers keep every event.
        const deadline = Date.now() + SCENARIO_SECONDS * 1000;
        await writeUpgradedEvents(db, 'UPGRADE', EVENTS);
        const t = await waitSettled(db, UNIT_FLOW, 'UPGRADE', () => EVENTS, false, deadline);
        return { events: EVENTS, ...lostAndDoubled(t, EVENTS, false), ok: t.unsent === 0, note: `${describe(UNIT_FLOW, t)}；事件带有消费者尚不认识的字段 regionCode、liaisonCount` };
      },
    ],
    [
      'concurrent-writes-20',
      async () => {
        // The deadlock's regression test: 20 writes at once to one service all finish within the RPC timeout.
        const began = Date.now();
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) =>
            rpc.call('duty-and-meetings', UnitSubjects.create, { code: `CONC-${i}`, name: `故障演练并发单位${i}`, type: 'department', liaisons: [], dutyPhones: [] }, caller),
          ),
        );
        const failed = results.filter((r) => r.status === 'rejected');
        const seconds = ((Date.now() - began) / 1000).toFixed(1);
        const reason = failed.length ? `；首个失败：${String((failed[0] as PromiseRejectedResult).reason)}` : '';
        return { events: 20, lost: failed.length, doubled: 0, note: `20 个并发写入 ${seconds} 秒内全部返回${reason}` };
      },
    ],
    [
      'down-service-503-504',
      async () => {
        // Through the gateway: a service that is down answers 503 at once; one that hangs, 504 within the RPC timeout.
        const answers: string[] = [];
        let wrong = 0;
        const probe = async (expected: number) => {
          const began = Date.now();
          const res = await fetch(`${api}/api/documents/instructions`, { headers: auth, signal: AbortSignal.timeout(RPC_TIMEOUT_MS * 3) });
          const ms = Date.now() - began;
          answers.push(`HTTP ${res.status}（${ms} 毫秒）`);
          if (res.status !== expected || ms > RPC_TIMEOUT_MS + 1000) wrong++;
        };
        await secretariat.stop('SIGTERM');
        await probe(503);
        await secretariat.start();
        secretariat.signal('SIGSTOP');
        try {
          await probe(504);
        } finally {
          secretariat.signal('SIGCONT');
        }
        return { events: 2, lost: wrong, doubled: 0, note: `document-secretariat 停止时 ${answers[0]}；挂起时 ${answers[1]}` };
      },
    ],
    [
      'idempotency-key-retry',
      async () => {
        // A 批示 whose first attempt times out at the gateway (document-secretariat hangs with it in its socket), then
        // runs once the service resumes; the client retries with the same Idempotency-Key: one 批示, one 督办事项.
        const deadline = Date.now() + SCENARIO_SECONDS * 1000;
        const key = randomUUID();
        const body = JSON.stringify({ sourceKind: 'other', sourceTitle: 'IDEM-1 故障演练材料', text: '请抓紧办理（幂等重试）', leaderTitle: '区长' });
        const post = () => fetch(`${api}/api/documents/instructions`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key }, body, signal: AbortSignal.timeout(RPC_TIMEOUT_MS * 3) });
        secretariat.signal('SIGSTOP');
        let first: Response;
        try {
          first = await post();
        } finally {
          secretariat.signal('SIGCONT');
        }
        await sleep(2000);
        let retry = await post();
        for (let tries = 0; retry.status === 409 && tries < 20; tries++) {
          await sleep(500);
          retry = await post();
        }
        const t = await waitSettled(db, INSTRUCTION_FLOW, 'IDEM', () => 1, true, Math.min(deadline, Date.now() + 20_000));
        const counted = lostAndDoubled(t, 1, true);
        return {
          events: 1,
          ...counted,
          ok: retry.ok && t.unsent === 0,
          note: `首次 HTTP ${first.status}，重试 HTTP ${retry.status}${retry.headers.get('idempotent-replayed') ? '（重放）' : ''}；${describe(INSTRUCTION_FLOW, t)}`,
        };
      },
    ],
    [
      'warnings-job-10k-items',
      async () => {
        // 10,000 open 督办事项 (copies of one a 批示 created, with due dates around today), the traffic-light job judging
        // them, and meanwhile users registering items in the same service: every write answers within the RPC timeout.
        const deadline = Date.now() + SCENARIO_SECONDS * 1000;
        const seed = writersFor('WARNSEED', 2);
        await writeAll(seed, deadline);
        await settle(seed, deadline, '');
        const [unit] = (await db.query(`SELECT id FROM supervision.unit_directory WHERE code LIKE 'WARNSEED-%' LIMIT 1`)).rows as { id: string }[];
        await db.query(
          `INSERT INTO supervision.supervision_item
           SELECT (jsonb_populate_record(NULL::supervision.supervision_item, to_jsonb(x) || jsonb_build_object(
                    'id', gen_random_uuid(), 'source_id', gen_random_uuid(), 'source_title', 'WARNBULK 故障演练材料', 'status', 'assigned',
                    'lead_unit_id', $2::uuid, 'due_date', current_date + (n % 40 - 15), 'light_as_of', NULL))).*
             FROM supervision.supervision_item x, generate_series(1, $3::int) n
            WHERE x.source_kind = 'leader_instruction' AND x.source_title LIKE $1`,
          ['WARNSEEDP-%', unit.id, OPEN_ITEMS],
        );
        const began = Date.now();
        let jobDone = 0;
        const job = rpc.call<RecomputeLights.Reply>('supervision', SupervisionWarningSubjects.recompute, {}, inspector, SCENARIO_SECONDS * 1000).finally(() => (jobDone = Date.now()));
        await sleep(300);
        const writes: string[] = [];
        let failed = 0;
        let duringJob = 0;
        for (let i = 0; i < 5 && !jobDone; i++) {
          const t = Date.now();
          try {
            await rpc.call('supervision', SupervisionItemSubjects.create, { kind: 'special_inspection', title: `故障演练专项督查${i}`, content: '灯色计算期间的用户写入', leadUnitId: unit.id, coUnitIds: [] }, inspector);
            writes.push(`${Date.now() - t}`);
          } catch (error) {
            failed++;
            writes.push(`失败（${String(error)}）`);
          }
          if (!jobDone) duringJob++;
        }
        const reply = await job;
        const jobSeconds = ((jobDone - began) / 1000).toFixed(1);
        return {
          events: reply.checked,
          lost: failed,
          doubled: 0,
          ok: duringJob > 0 && reply.checked >= OPEN_ITEMS,
          note: `灯色计算 ${jobSeconds} 秒，检查 ${reply.checked} 项、变化 ${reply.changed} 项；其间 ${duringJob} 次用户写入，用时（毫秒）${writes.join('、')}`,
        };
      },
    ],
    [
      'rolling-restarts',
      async () => {
        // Two replicas of duty-and-meetings restarted one after the other (SIGTERM, start, ready) under a steady
        // stream of requests, one in five a write: no request may fail, and every write must reach the read models.
        const deadline = Date.now() + SCENARIO_SECONDS * 1000;
        const second = new AppProcess('duty-and-meetings', 'duty-and-meetings#2', env, logDir);
        await second.start();
        const replicas = [producer, second];
        const seed = await rpc.call<{ id: string }>('duty-and-meetings', UnitSubjects.create, { code: 'ROLLSEED', name: '故障演练滚动重启单位', type: 'department', liaisons: [], dutyPhones: [] }, caller);
        const writeOne = writeUnit(rpc, caller, 'ROLL');
        let sent = 0;
        let failed = 0;
        let written = 0;
        let firstError = '';
        let running = true;
        const inflight = new Set<Promise<void>>();
        const load = (async () => {
          const interval = 1000 / RATE;
          let next = Date.now();
          while (running) {
            const i = sent++;
            const request = i % 5 === 4 ? writeOne(i).then(() => void written++) : rpc.call('duty-and-meetings', UnitSubjects.get, { id: seed.id }, caller);
            const call = request
              .then(() => undefined)
              .catch((error: unknown) => {
                failed++;
                firstError ||= String(error);
              });
            inflight.add(call);
            void call.finally(() => inflight.delete(call));
            next += interval;
            await sleep(Math.max(0, next - Date.now()));
          }
        })();
        for (let i = 0; i < ROLLING_RESTARTS; i++) {
          const replica = replicas[i % 2];
          await replica.stop('SIGTERM');
          await replica.start();
        }
        running = false;
        await load;
        await Promise.allSettled([...inflight]);
        await second.stop('SIGTERM');
        const t = await waitSettled(db, UNIT_FLOW, 'ROLL', () => written, true, deadline);
        const counted = lostAndDoubled(t, written, true);
        return {
          events: sent,
          lost: failed + counted.lost,
          doubled: failed ? 0 : counted.doubled,
          ok: t.unsent === 0,
          note: `${ROLLING_RESTARTS} 次滚动重启，约 ${RATE} 次/秒，其中 ${written} 次写入；${describe(UNIT_FLOW, t)}${firstError ? `；首个失败：${firstError}` : ''}`,
        };
      },
    ],
  ];

  const rows: Row[] = [];
  for (const [name, check] of scenarios) {
    if (ONLY && !ONLY.includes(name)) continue;
    const began = Date.now();
    let row: Row;
    try {
      const bound = sleep(SCENARIO_SECONDS * 1000 + 30_000).then(() => 'timeout' as const);
      const outcome = await Promise.race([check(), bound]);
      const seconds = Math.round((Date.now() - began) / 100) / 10;
      if (outcome === 'timeout') {
        row = { scenario: name, events: 0, lost: 0, doubled: 0, seconds, status: 'TIMEOUT', note: `超过 ${SCENARIO_SECONDS + 30} 秒` };
      } else {
        const ok = outcome.ok !== false && outcome.lost === 0 && outcome.doubled === 0;
        row = { scenario: name, events: outcome.events, lost: outcome.lost, doubled: outcome.doubled, duplicates: outcome.duplicates, seconds, status: ok ? 'ok' : 'FAIL', note: outcome.note };
      }
    } catch (error) {
      row = { scenario: name, events: 0, lost: 0, doubled: 0, seconds: Math.round((Date.now() - began) / 100) / 10, status: 'FAIL', note: String((error as Error).message ?? error) };
    }
    rows.push(row);
    console.log(`${row.status.padEnd(7)} ${name}  ${row.seconds} 秒  ${row.note}`);
    try {
      await heal();
    } catch (error) {
      console.error(`恢复服务失败：${String(error)}`);
      for (const [rest] of scenarios.slice(scenarios.findIndex(([n]) => n === name) + 1)) {
        if (!ONLY || ONLY.includes(rest)) rows.push({ scenario: rest, events: 0, lost: 0, doubled: 0, seconds: 0, status: 'FAIL', note: '未运行：上一场景后服务无法恢复' });
      }
      break;
    }
  }

  console.log('\n| scenario | events | lost | doubled | seconds | status | redelivered, dropped by inbox |\n|---|---:|---:|---:|---:|---|---:|');
  for (const r of rows) console.log(`| ${r.scenario} | ${r.events} | ${r.lost} | ${r.doubled} | ${r.seconds} | ${r.status} | ${r.duplicates ?? '–'} |`);

  await bus.close().catch(() => undefined);
  await Promise.all([...apps].map((app) => app.stop('SIGTERM', 10_000)));
  await db.end().catch(() => undefined);
  await postgres.stop();
  await relay.stop();
  await nats.stop();
  if (process.env.FAULTS_KEEP !== '1') rmSync(root, { recursive: true, force: true });
  process.exit(rows.length && rows.every((r) => r.status === 'ok') ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
