/**
 * The fault suite's own throw-away servers and app processes: a NATS server and a PostgreSQL cluster of its own, on
 * free ports (never the machine's shared ones, which other engineers and CI use), and every app as a separate OS
 * process, so that kill -9, SIGSTOP and SIGTERM are real.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { isProcessAlive as alive, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../libs/platform/src/embedded/embedded-postgres.js';
import { acceptsConnections as reachable, freePort } from '../../libs/testing/src/net.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export { freePort };

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, stepMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(stepMs);
  }
}

/** Every process this run started: none outlives it, however it ends. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** A JetStream server of our own, on the same port and store directory across kill -9 and restart. */
export class NatsServer {
  private child?: ChildProcess;
  readonly url: string;

  constructor(
    readonly port: number,
    private readonly storeDir: string,
    private readonly log: WriteStream,
  ) {
    this.url = `nats://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.child = track(spawn('/usr/sbin/nats-server', ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], { stdio: ['ignore', 'pipe', 'pipe'] }));
    this.child.stdout?.pipe(this.log, { end: false });
    this.child.stderr?.pipe(this.log, { end: false });
    await until('nats-server listening', () => reachable(this.port), 20_000);
  }

  async kill9(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await exitOf(child);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([exitOf(child), sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/**
 * A TCP relay between one app and the NATS server. `hold()` stops what the app sends (its acks among it) from reaching
 * the server while deliveries still flow to it; `dropHeld()` discards what was held and cuts the connections. Deliveries
 * the app handled meanwhile are committed but never acked: exactly the window between a consumer's commit and its ack.
 */
export class NatsRelay {
  private server?: Server;
  private holding = false;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  url = '';

  constructor(private readonly natsPort: number) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: this.natsPort });
      const pair = { client, upstream };
      this.pairs.add(pair);
      upstream.pipe(client);
      client.on('data', (chunk) => {
        if (!this.holding) upstream.write(chunk);
      });
      const close = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `nats://127.0.0.1:${port}`;
  }

  hold(): void {
    this.holding = true;
  }

  /** Discards everything held back and cuts every connection; new ones pass freely. */
  dropHeld(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    this.holding = false;
  }

  async stop(): Promise<void> {
    this.dropHeld();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A real PostgreSQL cluster of our own (the embedded binaries), which may be stopped "immediately" and started again. */
export class Postgres {
  private handle?: EmbeddedPostgresHandle;

  constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly logger: Logger,
  ) {}

  get url(): string {
    if (!this.handle) throw new Error('PostgreSQL not started');
    return this.handle.url;
  }

  async start(): Promise<void> {
    this.handle = await startEmbeddedPostgres({ dir: this.dir, port: this.port, logger: this.logger, database: 'faults' });
  }

  /** `pg_ctl stop -m immediate`: SIGQUIT to the postmaster; no checkpoint, crash recovery at the next start. */
  async stopImmediately(): Promise<void> {
    if (!this.handle) return;
    const pid = Number(readFileSync(join(this.handle.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGQUIT');
    await until('postmaster exit', () => !alive(pid), 30_000);
  }

  async stop(): Promise<void> {
    await this.handle?.stop();
  }
}

/** One app as its own OS process, as production runs it (`node --import ./tools/register.mjs apps/<app>/src/main.ts`). */
export class AppProcess {
  private child?: ChildProcess;
  private readonly log: WriteStream;
  opsPort = 0;

  constructor(
    readonly app: string,
    readonly name: string,
    private readonly env: Record<string, string>,
    logDir: string,
  ) {
    this.log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  }

  get pid(): number {
    return this.child?.pid as number;
  }

  get running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** Starts the process and waits until its readiness probe answers 200. */
  async start(timeoutMs = 90_000): Promise<void> {
    this.opsPort = await freePort();
    const child = track(
      spawn(process.execPath, ['--import', './tools/register.mjs', `apps/${this.app}/src/main.ts`], {
        cwd: repoRoot,
        env: { ...process.env, ...this.env, OPS_PORT: String(this.opsPort), INSTANCE_ID: this.name },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    this.child = child;
    this.log.write(`\n==== start ${new Date().toISOString()} pid ${child.pid}\n`);
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    await until(
      `${this.name} ready`,
      async () => {
        if (child.exitCode !== null) throw new Error(`${this.name} exited during start-up (code ${child.exitCode}); see its log`);
        try {
          return (await fetch(`http://127.0.0.1:${this.opsPort}/health/ready`)).ok;
        } catch {
          return false;
        }
      },
      timeoutMs,
      100,
    );
  }

  /** The sum of a Prometheus counter's series whose labels contain `labels` (0 when the process does not answer). */
  async counter(name: string, labels: string): Promise<number> {
    try {
      const text = await (await fetch(`http://127.0.0.1:${this.opsPort}/metrics`, { signal: AbortSignal.timeout(2000) })).text();
      return text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`) && line.includes(labels))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    } catch {
      return 0;
    }
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** Sends `signal` and waits for the exit (SIGKILL after `graceMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill(signal);
    await Promise.race([exitOf(child), sleep(graceMs)]);
    if (this.running) {
      child.kill('SIGKILL');
      await exitOf(child);
    }
  }
}
