/**
 * `npm run bench`: the measuring stick, in one go on this machine, against loopback only, bounded in time.
 * (a) a bare Fastify hello-world (the machine's baseline); (b) the gateway's health route; (c) an authenticated
 * list of units through gateway → NATS → service → PostgreSQL; (d) an authenticated unit update (a write with its
 * outbox event); (e) event propagation from the update's commit to its arrival in supervision's read model, at a
 * paced 200 events/s; plus each app's start-up time and resident memory, idle and under load.
 *
 * Needs NATS and PostgreSQL (NATS_URL/DATABASE_URL, or the local defaults). Two rounds: every app as its own process, as
 * in production; then the one-process platform (`npm start`'s build: every app in one process, the in-process bus) on
 * the same PostgreSQL. The load generator (this process) is pinned to its own CPU(s) apart from the apps (`taskset`):
 * BENCH_LOAD_CPUS (default: the last CPU) and BENCH_APP_CPUS (default: the others); with one CPU nothing is pinned.
 * BENCH_PROFILE=<app> (or `platform`) writes that process's V8 CPU profile into tmp/profile-<app>/.
 */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
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
const EVENT_RATE = 200;

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

/** CPU lists (taskset -c syntax) for the load generator and the apps, or undefined when there is nothing to pin apart. */
function cpuPlan(): { load: string; apps: string } | undefined {
  const count = cpus().length;
  if (count < 2 || !existsSync('/usr/bin/taskset')) return undefined;
  return { load: process.env.BENCH_LOAD_CPUS ?? String(count - 1), apps: process.env.BENCH_APP_CPUS ?? (count === 2 ? '0' : `0-${count - 2}`) };
}

/** Spawns `node args` pinned to the apps' CPUs. */
function spawnApp(plan: ReturnType<typeof cpuPlan>, args: string[], options: SpawnOptions): ChildProcess {
  return plan ? spawn('taskset', ['-c', plan.apps, process.execPath, ...args], options) : spawn(process.execPath, args, options);
}

/** Waits until `url` answers 2xx (or the child exits). */
async function readyAt(child: ChildProcess, url: string, name: string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(25);
  }
}

interface PathFigures {
  health: Measured;
  list: Measured;
  update: Measured;
  events: { arrived: number; published: number; failures: number; p50: number; p99: number };
  cpu: Map<string, Record<string, number>>;
  peak: Map<string, number>;
}

/**
 * Phases (b)–(e) against a running gateway: a 综合科 clerk, 400 units, then health, list, update, paced events.
 * `processes`: the app processes to sample for CPU and peak RSS.
 */
async function measurePaths(gateway: string, dbUrl: string, processes: Map<string, ChildProcess>): Promise<PathFigures> {
  // A 综合科 clerk, created as the security administrator would, straight into the gateway's table.
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const password = `Bench-${randomBytes(9).toString('base64url')}`;
    await db.query(
      `INSERT INTO gateway.account (id, username, display_name, password_hash, must_change_password, roles, section_code, clearance, status, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, 'bench', '压测用户', $2, false, '{section_staff}', 'zonghe', 0, 'active', 1, now(), 'bench', now(), 'bench')`,
      [randomUUID(), await hashPassword(password)],
    );
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

    // The list the bench hammers answers what a client expects (the gateway passes the service's JSON on unparsed).
    const sample = await fetch(`${gateway}/api/units?limit=20`, { headers: auth });
    const page = (await sample.json()) as { items?: unknown[]; total?: number };
    if (sample.status !== 200 || !sample.headers.get('content-type')?.startsWith('application/json') || !Array.isArray(page.items) || page.items.length !== 20) {
      throw new Error(`GET /api/units answered ${sample.status} ${sample.headers.get('content-type')}: ${JSON.stringify(page).slice(0, 200)}`);
    }

    const peak = new Map<string, number>();
    const sampler = setInterval(() => {
      for (const [app, child] of processes) peak.set(app, Math.max(peak.get(app) ?? 0, rssMb(child.pid as number)));
    }, 250);

    const cpu = new Map<string, Record<string, number>>();
    const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const before = new Map([...processes].map(([app, c]) => [app, cpuSeconds(c.pid as number)]));
      const t0 = Date.now();
      const result = await work();
      const seconds = (Date.now() - t0) / 1000;
      for (const [app, c] of processes) {
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
    const started = Date.now();
    let sent = 0;
    let failures = 0;
    const inflight: Promise<unknown>[] = [];
    while (Date.now() - started < DURATION * 1000) {
      const due = Math.floor(((Date.now() - started) / 1000) * EVENT_RATE);
      while (sent < due) {
        const unit = units[sent++ % units.length];
        inflight.push(
          fetch(`${gateway}/api/units/${unit.id}`, {
            method: 'PATCH',
            headers: { ...auth, 'content-type': 'application/json', 'if-match': `W/"${unit.version}"` },
            body: JSON.stringify({ address: `节奏${sent}` }),
          }).then(
            async (r) => {
              if (r.ok) unit.version = ((await r.json()) as { version: number }).version;
              else failures++;
            },
            () => failures++,
          ),
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
    return { health, list, update, events: { arrived: latencies.length, published, failures, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) }, cpu, peak };
  } finally {
    await db.end();
  }
}

/** A fresh database for one round. */
async function freshDatabase(admin: pg.Client, databaseUrl: string, tag: string): Promise<{ name: string; url: string }> {
  const name = `gov_bench_${tag}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? ((await reachable(5432)) ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined);
  const natsUrl = process.env.NATS_URL ?? ((await reachable(4222)) ? 'nats://127.0.0.1:4222' : undefined);
  if (!databaseUrl || !natsUrl) {
    console.error('npm run bench needs PostgreSQL and NATS (set DATABASE_URL and NATS_URL, or run them locally).');
    process.exit(2);
  }

  const plan = cpuPlan();
  // The load generator is this process: pinned apart from the apps (and from the baseline's server).
  if (plan) execFileSync('taskset', ['-p', '-a', '-c', plan.load, String(process.pid)], { stdio: 'ignore' });

  // (a) the baseline: a bare Fastify hello-world in a process of its own, on the apps' CPUs.
  const barePort = await freePort();
  const bare = spawnApp(plan, ['--input-type=module', '-e', BARE_FASTIFY, String(barePort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => bare.stdout?.once('data', resolve));
  const baseline = await load(`http://127.0.0.1:${barePort}/`);
  bare.kill();

  // The apps run as built for their containers (no compiler loaded).
  execFileSync(process.execPath, ['tools/build.mjs'], { stdio: 'ignore' });

  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const databases: string[] = [];
  const baseEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    ...generateCallerKeys(),
    ...generateEventKeys(),
    HTTP_HOST: '127.0.0.1',
    // The bench is one user hammering the API: the per-user limit would measure the limiter, not the path.
    RATE_LIMIT_PER_MINUTE: '100000000',
    // As the images run them (deploy/Dockerfile).
    NODE_OPTIONS: '--max-semi-space-size=4',
  };
  const children = new Map<string, ChildProcess>();
  const stopAll = async () => {
    for (const child of children.values()) child.kill('SIGTERM');
    await sleep(3000);
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL');
    children.clear();
  };
  const profileArgs = (name: string) => (process.env.BENCH_PROFILE === name ? ['--cpu-prof', `--cpu-prof-dir=tmp/profile-${name}`] : []);
  const lines: string[] = [];
  const pathRows = (figures: PathFigures) => {
    const ratio = (m: Measured) => (m.rps / baseline.rps).toFixed(3);
    const row = (name: string, m: Measured, budget: string) => `| ${name} | ${m.rps} | ${m.p50} | ${m.p99} | ${m.errors + m.non2xx} | ${name.startsWith('(a)') ? '1.00' : ratio(m)} | ${budget} |`;
    return [
      '| path | req/s | p50 ms | p99 ms | errors+non-2xx | × baseline | budget |',
      '|---|---|---|---|---|---|---|',
      row('(a) bare Fastify hello', baseline, '—'),
      row('(b) gateway /health/live', figures.health, '—'),
      row('(c) GET /api/units (auth → bus → PostgreSQL)', figures.list, '≥ 0.12×, p99 ≤ 20 ms, 0 errors'),
      row('(d) PATCH /api/units/:id (write + outbox event)', figures.update, '≥ 0.06×'),
      '',
      `(e) event propagation, outbox commit → supervision inbox commit, paced at ${EVENT_RATE}/s for ${DURATION} s: ` +
        `${figures.events.arrived}/${figures.events.published} events arrived (${figures.events.failures} writes failed), p50 ${figures.events.p50.toFixed(1)} ms, p99 ${figures.events.p99.toFixed(1)} ms (budget p99 ≤ 50 ms).`,
    ];
  };
  try {
    // Round 1: every app its own process, NATS, a database and bus namespace of its own.
    const distributed = await freshDatabase(admin, databaseUrl, 'd');
    databases.push(distributed.name);
    const gatewayPort = await freePort();
    const env = { ...baseEnv, DATABASE_URL: distributed.url, NATS_URL: natsUrl, BUS_NAMESPACE: `bench${randomBytes(3).toString('hex')}`, HTTP_PORT: String(gatewayPort) };
    const startup = new Map<string, number>();
    const startApp = async (app: string) => {
      const opsPort = await freePort();
      const begun = Date.now();
      const child = spawnApp(plan, [...profileArgs(app), '--import', './tools/register-dist.mjs', `dist/apps/${app}/src/main.js`], { env: { ...env, OPS_PORT: String(opsPort), INSTANCE_ID: app }, stdio: ['ignore', 'ignore', 'inherit'] });
      children.set(app, child);
      await readyAt(child, `http://127.0.0.1:${opsPort}/health/ready`, app);
      startup.set(app, Date.now() - begun);
    };
    // duty-and-meetings first (it owns the reference data) and alone: its start-up time is one app's; then the rest together.
    await startApp('duty-and-meetings');
    await Promise.all(APPS.filter((a) => a !== 'duty-and-meetings').map(startApp));
    await sleep(2000);
    const idle = new Map([...children].map(([app, child]) => [app, rssMb(child.pid as number)]));
    const round1 = await measurePaths(`http://127.0.0.1:${gatewayPort}`, distributed.url, children);
    await stopAll();
    lines.push(
      `# Benchmark — ${new Date().toISOString()}`,
      '',
      `autocannon, ${CONNECTIONS} connections, ${DURATION} s per phase, loopback only; nproc=${cpus().length}; ` +
        (plan ? `load generator pinned to CPU ${plan.load}, apps (and the baseline server) to CPU ${plan.apps} (taskset); PostgreSQL and NATS unpinned.` : 'nothing pinned (one CPU).'),
      '',
      `## Every app its own process (NATS ${natsUrl}, PostgreSQL, fresh database)`,
      '',
      ...pathRows(round1),
      '',
      '| app | ready after start (ms) | RSS idle (MB) | RSS peak under load (MB) | CPU % in (b) / (c) / (d) |',
      '|---|---|---|---|---|',
      ...APPS.map((app) => `| ${app} | ${startup.get(app)} | ${idle.get(app)} | ${round1.peak.get(app)} | ${['b', 'c', 'd'].map((p) => round1.cpu.get(app)?.[p] ?? 0).join(' / ')} |`),
      '',
    );
    console.log(lines.join('\n'));
    mkdirSync('tmp', { recursive: true });
    writeFileSync(join('tmp', 'bench-result.md'), lines.join('\n') + '\n');

    // Round 2: the one-process platform (every app in one process, the in-process bus), on a database of its own.
    const embedded = await freshDatabase(admin, databaseUrl, 'p');
    databases.push(embedded.name);
    const platformPort = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'gov-bench-'));
    const begun = Date.now();
    const platformEnv: Record<string, string | undefined> = { ...baseEnv, DATABASE_URL: embedded.url, HTTP_PORT: String(platformPort), GOV_DATA_DIR: dataDir };
    delete platformEnv.NATS_URL;
    const platform = spawnApp(plan, [...profileArgs('platform'), '--import', './tools/register-dist.mjs', 'dist/apps/platform/src/main.js'], { env: platformEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    children.set('platform', platform);
    await readyAt(platform, `http://127.0.0.1:${platformPort}/health/ready`, 'platform');
    const platformReady = Date.now() - begun;
    await sleep(2000);
    const platformIdle = rssMb(platform.pid as number);
    const round2 = await measurePaths(`http://127.0.0.1:${platformPort}`, embedded.url, children);
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });

    const platformLines = [
      '## The one-process platform (every app in one process, in-process bus, same PostgreSQL)',
      '',
      ...pathRows(round2),
      '',
      `Ready after start ${platformReady} ms; RSS idle ${platformIdle} MB, peak under load ${round2.peak.get('platform')} MB; CPU % in (b) / (c) / (d): ${['b', 'c', 'd'].map((p) => round2.cpu.get('platform')?.[p] ?? 0).join(' / ')}.`,
      '',
      'Budgets: a service ready ≤ 3 s; memory ≤ 120 MB idle, ≤ 150 MB under load.',
    ];
    lines.push(...platformLines);
    console.log(platformLines.join('\n'));
    mkdirSync('tmp', { recursive: true });
    writeFileSync(join('tmp', 'bench-result.md'), lines.join('\n') + '\n');
  } finally {
    await stopAll();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

await main();
