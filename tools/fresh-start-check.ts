/**
 * The README's start command as a newcomer runs it, checked end to end (CI runs this in a fresh clone inside a
 * private `mktemp -d` folder, as root): `npm start` (or `npm run demo` with `--demo`) on the embedded defaults
 * reaches ready, one sign-in works, Ctrl-C stops everything and leaves no PostgreSQL behind.
 *
 *   node --import ./tools/register.mjs tools/fresh-start-check.ts [--demo]
 *
 * Prints one line per step with its time, and exits non-zero on the first failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PEOPLE } from '../apps/platform/src/demo/people.js';
import { totpCode } from '../libs/services/gateway/src/security/totp.js';
import { freePort } from '../libs/testing/src/net.js';

const demo = process.argv.includes('--demo');
const t0 = Date.now();
const say = (line: string): void => void process.stdout.write(`[fresh-start${demo ? ' demo' : ''}] ${line} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);

const [httpPort, pgPort] = [await freePort(), await freePort()];
const env: NodeJS.ProcessEnv = { ...process.env, HTTP_PORT: String(httpPort), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
delete env.NATS_URL;
const child = spawn('npm', ['run', demo ? 'demo' : 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
const exit = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
let exited = false;
void exit.then(() => (exited = true));

async function failWith(message: string): Promise<never> {
  process.stdout.write(`${output}\n`);
  say(`FAILED: ${message}`);
  if (!exited) process.kill(-child.pid!, 'SIGKILL');
  process.exit(1);
}

async function waitFor(pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = output.match(pattern);
    if (match) return match;
    if (exited) return failWith(`the start command exited before ${pattern}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return failWith(`no ${pattern} within ${ms / 1000} s`);
}

const base = `http://127.0.0.1:${httpPort}`;
async function call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Signs in with password (and TOTP enrolment or code where the account has a second factor): the access token. */
async function signIn(username: string, password: string, totpSecret?: string): Promise<string> {
  const first = await call('POST', '/api/auth/login', { username, password, ...(totpSecret ? { totp: totpCode(totpSecret) } : {}) });
  if (first.status !== 200) return failWith(`sign-in of ${username}: ${first.status} ${JSON.stringify(first.json)}`);
  if (first.json.status === 'signed_in') return first.json.accessToken as string;
  const secret = first.json.totpSecret as string;
  const enrolled = await call('POST', '/api/auth/totp/enroll', { enrollmentToken: first.json.enrollmentToken, code: totpCode(secret) });
  if (enrolled.status !== 200 || enrolled.json.status !== 'signed_in') return failWith(`TOTP enrolment of ${username}: ${enrolled.status} ${JSON.stringify(enrolled.json)}`);
  return enrolled.json.accessToken as string;
}

await waitFor(/已启动[\s\S]*按 Ctrl-C 停止。/, 180_000);
const startedIn = Date.now() - t0;
const dataDir = output.match(/数据目录 (\S+?pgdata)/)?.[1];
say(`ready in ${startedIn} ms; database files in ${dataDir}`);

if (demo) {
  // The demo's people, and the shared password generated for this demo data folder.
  const { password } = JSON.parse(readFileSync(join(process.env.GOV_DATA_DIR ?? 'data-demo', 'demo.json'), 'utf8')) as { password: string };
  if (!output.includes(password)) await failWith('the banner does not show the demo password');
  const liaison = DEMO_PEOPLE.find((p) => p.roles.includes('unit_liaison'));
  const districtHead = DEMO_PEOPLE.find((p) => p.role === '区长');
  if (!liaison || !districtHead) await failWith('the demo has no liaison or no 区长');
  const liaisonToken = await signIn(liaison!.username, password);
  const items = await call('GET', '/api/supervision/items', undefined, liaisonToken);
  if (items.status !== 200 || !(items.json.total as number)) await failWith(`the liaison's 督办 items: ${items.status} ${JSON.stringify(items.json).slice(0, 300)}`);
  say(`signed in as ${liaison!.username} (${liaison!.role}): ${items.json.total as number} 督办 items of their unit`);
  const headToken = await signIn(districtHead!.username, password);
  const instructions = await call('GET', '/api/documents/instructions', undefined, headToken);
  if (instructions.status !== 200 || !(instructions.json.total as number)) await failWith(`区长's 批示: ${instructions.status} ${JSON.stringify(instructions.json).slice(0, 300)}`);
  say(`signed in as ${districtHead!.username} (区长): ${instructions.json.total as number} 批示`);
} else {
  const admin = output.match(/^\s+(sysadmin)\s+(\S+)\s*$/m);
  if (!admin) await failWith('no generated administrator password was printed');
  const token = await signIn(admin![1], admin![2]);
  const me = await call('GET', '/api/auth/me', undefined, token);
  if (me.status !== 200) await failWith(`/api/auth/me: ${me.status}`);
  say(`signed in as ${admin![1]} (TOTP enrolled)`);
}

process.kill(-child.pid!, 'SIGINT'); // what a terminal's Ctrl-C does: the whole foreground group
const code = await Promise.race([exit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000).unref())]);
// npm itself ends on the signal (as at a terminal); the platform under it must exit 0 after its shutdown.
if (code !== 0 && code !== 'SIGINT') await failWith(`Ctrl-C: exit ${code}`);
const groupGone = async (): Promise<boolean> => {
  for (let i = 0; i < 300; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};
if (!(await groupGone())) await failWith('the platform was still running 30 s after Ctrl-C');
if (/平台无法启动|停止平台时出错/.test(output)) await failWith('errors while stopping');
if (dataDir && existsSync(join(dataDir, 'postmaster.pid'))) await failWith('PostgreSQL is still running after Ctrl-C');
say('stopped cleanly on Ctrl-C');
// The relocated database of this throw-away clone (named after its path) goes with it.
if (dataDir?.startsWith('/var/lib/gov-office-platform/data-')) rmSync(join(dataDir, '..'), { recursive: true, force: true });
