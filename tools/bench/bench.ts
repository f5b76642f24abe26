/**
 * `npm run bench`: the measuring stick, in one go on this machine, against loopback only, bounded in time.
 * (a) a bare Fastify hello-world (the machine's baseline); (b) the gateway's health route; (c) an authenticated
 * list of units through gateway → NATS → service → PostgreSQL; (d) an authenticated unit update (a write with its
 * outbox event); (e) event propagation from the update's commit to its arrival in supervision's read model, at a
 * paced 200 events/s; plus each app's start-up time and resident memory, idle and under load.
 *
 * With NATS and PostgreSQL reachable (NATS_URL/DATABASE_URL, or the local defaults) every app runs as its own
 * process, as in production; otherwise the whole platform runs embedded in one process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { APPS } from '../apps.mjs';
import { hashPassword } from '../../libs/services/gateway/src/security/password-hash.js';
import { generateCallerKeys } from '../../libs/platform/src/security/caller-assertion.js';
import { generateEventKeys } from '../../libs/platform/src/security/event-assertion.js';
import { acceptsConnections as reachable, freePort } from '../../libs/testing/src/net.js';

const DURATION = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

const BARE_FASTIFY = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[1]), host: '127.0.0.1' });
console.log('ready');
`;

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<Measured> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? ((await reachable(5432)) ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined);
  const natsUrl = process.env.NATS_URL ?? ((await reachable(4222)) ? 'nats://127.0.0.1:4222' : undefined);
  if (!databaseUrl || !natsUrl) {
    console.error('npm run bench needs PostgreSQL and NATS (set DATABASE_URL and NATS_URL, or run them locally).');
    process.exit(2);
  }

  // (a) the baseline: a bare Fastify hello-world in a process of its own (the load generator is this one).
  const barePort = await freePort();
  const bare = spawn(process.execPath, ['--input-type=module', '-e', BARE_FASTIFY, String(barePort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => bare.stdout?.once('data', resolve));
  const baseline = await load(`http://127.0.0.1:${barePort}/`);
  bare.kill();

  // The apps run as built for their containers (no compiler loaded), one process each.
  execFileSync(process.execPath, ['tools/build.mjs'], { stdio: 'ignore' });

  // A database of its own for this run, and a bus namespace of its own.
  const dbName = `gov_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${dbName}`;
  const namespace = `bench${randomBytes(3).toString('hex')}`;
  const gatewayPort = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    NATS_URL: natsUrl,
    BUS_NAMESPACE: namespace,
    LOG_LEVEL: 'warn',
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    ...generateCallerKeys(),
    ...generateEventKeys(),
    HTTP_PORT: String(gatewayPort),
    HTTP_HOST: '127.0.0.1',
    // The bench is one user hammering the API: the per-user limit would measure the limiter, not the path.
    RATE_LIMIT_PER_MINUTE: '100000000',
    // As the images run them (deploy/Dockerfile).
    NODE_OPTIONS: '--max-semi-space-size=4',
  };

  const children = new Map<string, ChildProcess>();
  const opsPorts = new Map<string, number>();
  const startup = new Map<string, number>();
  const stopAll = async () => {
    for (const child of children.values()) child.kill('SIGTERM');
    await sleep(1500);
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    // duty-and-meetings first (it owns the reference data), then the rest together.
    const startApp = async (app: string) => {
      const opsPort = await freePort();
      opsPorts.set(app, opsPort);
      const begun = Date.now();
      // BENCH_PROFILE=<app> writes a V8 CPU profile of that app into tmp/profile-<app>/ when it stops.
      const profile = process.env.BENCH_PROFILE === app ? ['--cpu-prof', `--cpu-prof-dir=tmp/profile-${app}`] : [];
      const child = spawn(process.execPath, [...profile, '--import', './tools/register-dist.mjs', `dist/apps/${app}/src/main.js`], { env: { ...env, OPS_PORT: String(opsPort), INSTANCE_ID: app }, stdio: ['ignore', 'ignore', 'inherit'] });
      children.set(app, child);
      for (;;) {
        if (child.exitCode !== null) throw new Error(`${app} exited during start-up`);
        try {
          if ((await fetch(`http://127.0.0.1:${opsPort}/health/ready`)).ok) break;
        } catch {
          /* not listening yet */
        }
        await sleep(25);
      }
      startup.set(app, Date.now() - begun);
    };
    await startApp('duty-and-meetings');
    await Promise.all(APPS.filter((a) => a !== 'duty-and-meetings').map(startApp));
    await sleep(2000);
    const idle = new Map([...children].map(([app, child]) => [app, rssMb(child.pid as number)]));

    // A 综合科 clerk, created as the security administrator would, straight into the gateway's table.
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const password = `Bench-${randomBytes(9).toString('base64url')}`;
    await db.query(
      `INSERT INTO gateway.account (id, username, display_name, password_hash, must_change_password, roles, section_code, clearance, status, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, 'bench', '压测用户', $2, false, '{section_staff}', 'zonghe', 0, 'active', 1, now(), 'bench', now(), 'bench')`,
      [randomUUID(), await hashPassword(password)],
    );
    const gateway = `http://127.0.0.1:${gatewayPort}`;
    const login = (await (await fetch(`${gateway}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password }) })).json()) as { accessToken: string };
    const auth = { authorization: `Bearer ${login.accessToken}` };

    // Units to update: many more than the connections, so no two in-flight updates touch the same one.
    const units: { id: string; version: number }[] = [];
    for (let i = 0; i < 400; i++) {
      const res = await fetch(`${gateway}/api/units`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ code: `BENCH-${i}`, name: `压测单位${i}`, type: 'department', liaisons: [], dutyPhones: [] }),
      });
      const body = (await res.json()) as { id: string; version: number };
      units.push({ id: body.id, version: body.version });
    }

    const peak = new Map<string, number>();
    const sampler = setInterval(() => {
      for (const [app, child] of children) peak.set(app, Math.max(peak.get(app) ?? 0, rssMb(child.pid as number)));
    }, 250);

    const cpu = new Map<string, Record<string, number>>();
    const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const before = new Map([...children].map(([app, c]) => [app, cpuSeconds(c.pid as number)]));
      const t0 = Date.now();
      const result = await work();
      const seconds = (Date.now() - t0) / 1000;
      for (const [app, c] of children) {
        cpu.set(app, { ...(cpu.get(app) ?? {}), [name]: Math.round(((cpuSeconds(c.pid as number) - (before.get(app) as number)) / seconds) * 100) });
      }
      return result;
    };
    const health = await phase('b', () => load(`${gateway}/health/live`));
    const list = await phase('c', () => load(`${gateway}/api/units?limit=20`, { headers: auth }));
    let next = 0;
    const update = await phase('d', () => load(`${gateway}/api/units`, {
      requests: [
        {
          method: 'PATCH',
          setupRequest: (req: autocannon.Request) => {
            const unit = units[next++ % units.length];
            return { ...req, path: `/api/units/${unit.id}`, headers: { ...req.headers, ...auth, 'content-type': 'application/json', 'if-match': `W/"${unit.version}"` }, body: JSON.stringify({ address: `地址${next}` }) };
          },
          onResponse: (status: number, body: string) => {
            if (status === 200) {
              const view = JSON.parse(body);
              const unit = units.find((u) => u.id === view.id);
              if (unit) unit.version = view.version;
            }
          },
        },
      ],
    }));
    clearInterval(sampler);

    // (e) event propagation at a paced 200 events/s: outbox commit → supervision's inbox commit.
    const since = (await db.query(`SELECT now() AS t`)).rows[0].t;
    const rate = 200;
    const started = Date.now();
    let sent = 0;
    const inflight: Promise<unknown>[] = [];
    while (Date.now() - started < DURATION * 1000) {
      const due = Math.floor(((Date.now() - started) / 1000) * rate);
      while (sent < due) {
        const unit = units[sent++ % units.length];
        inflight.push(
          fetch(`${gateway}/api/units/${unit.id}`, {
            method: 'PATCH',
            headers: { ...auth, 'content-type': 'application/json', 'if-match': `W/"${unit.version}"` },
            body: JSON.stringify({ address: `节奏${sent}` }),
          }).then(async (r) => {
            if (r.ok) unit.version = ((await r.json()) as { version: number }).version;
          }),
        );
      }
      await sleep(2);
    }
    await Promise.all(inflight);
    await sleep(3000);
    const latencies: number[] = (
      await db.query(
        `SELECT extract(epoch FROM (i.processed_at - o.created_at)) * 1000 AS ms
           FROM duty_and_meetings.outbox o JOIN supervision.inbox i ON i.event_id = o.id
          WHERE o.created_at >= $1 AND o.subject = 'evt.duty-and-meetings.unit.updated'`,
        [since],
      )
    ).rows
      .map((r: { ms: string }) => Number(r.ms))
      .sort((a: number, b: number) => a - b);
    const [{ n: published }] = (await db.query(`SELECT count(*)::int AS n FROM duty_and_meetings.outbox WHERE created_at >= $1 AND subject = 'evt.duty-and-meetings.unit.updated'`, [since])).rows;
    await db.end();

    const ratio = (m: Measured) => (m.rps / baseline.rps).toFixed(2);
    const row = (name: string, m: Measured, budget: string) => `| ${name} | ${m.rps} | ${m.p50} | ${m.p99} | ${m.errors + m.non2xx} | ${name.startsWith('(a)') ? '1.00' : ratio(m)} | ${budget} |`;
    const lines = [
      `# Benchmark — ${new Date().toISOString()}`,
      '',
      `Distributed mode: every app its own process, NATS ${natsUrl}, PostgreSQL (fresh database). autocannon, ${CONNECTIONS} connections, ${DURATION} s per phase, loopback only; nproc=${(await import('node:os')).cpus().length}.`,
      '',
      '| path | req/s | p50 ms | p99 ms | errors+non-2xx | × baseline | budget |',
      '|---|---|---|---|---|---|---|',
      row('(a) bare Fastify hello', baseline, '—'),
      row('(b) gateway /health/live', health, '—'),
      row('(c) GET /api/units (auth → NATS → PostgreSQL)', list, '≥ 0.12×, p99 ≤ 20 ms, 0 errors'),
      row('(d) PATCH /api/units/:id (write + outbox event)', update, '≥ 0.06×'),
      '',
      `(e) event propagation, outbox commit → supervision inbox commit, paced at ${rate}/s for ${DURATION} s: ` +
        `${latencies.length}/${published} events arrived, p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms (budget p99 ≤ 50 ms).`,
      '',
      '| app | ready after start (ms) | RSS idle (MB) | RSS peak under load (MB) | CPU % in (b) / (c) / (d) |',
      '|---|---|---|---|---|',
      ...APPS.map((app) => `| ${app} | ${startup.get(app)} | ${idle.get(app)} | ${peak.get(app)} | ${['b', 'c', 'd'].map((p) => cpu.get(app)?.[p] ?? 0).join(' / ')} |`),
      '',
      'Budgets: a service ready ≤ 3 s; memory ≤ 120 MB idle, ≤ 150 MB under load.',
    ];
    console.log(lines.join('\n'));
    mkdirSync('tmp', { recursive: true });
    writeFileSync(join('tmp', 'bench-result.md'), lines.join('\n') + '\n');
  } finally {
    await stopAll();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

await main();
