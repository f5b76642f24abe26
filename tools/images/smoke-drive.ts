/**
 * The smoke run's client side (tools/images/smoke.sh starts the images): through the gateway's HTTP API, signs in
 * as the generated system administrator (enrolling TOTP, changing the initial password), makes one cross-service call — the 2027 holiday calendar
 * written to duty-and-meetings over NATS — and waits for its event to reach supervision's copy of the calendar.
 *
 *   node --import ./tools/register.mjs tools/images/smoke-drive.ts <gateway url> <username> <password> <database url>
 *   node --import ./tools/register.mjs tools/images/smoke-drive.ts --drop-streams <namespace> <nats url>
 */
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { totpCode } from '../../libs/services/gateway/src/security/totp.js';

const t0 = Date.now();
const say = (line: string): void => void process.stdout.write(`[smoke] ${line} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
const fail = (message: string): never => {
  say(`FAILED: ${message}`);
  process.exit(1);
};

if (process.argv[2] === '--drop-streams') {
  const [namespace, url] = process.argv.slice(3);
  const nc = await connect({ servers: url });
  const jsm = await jetstreamManager(nc);
  const prefix = `${namespace.toUpperCase()}_`;
  let dropped = 0;
  for await (const stream of jsm.streams.list()) {
    if (stream.config.name.startsWith(prefix)) {
      await jsm.streams.delete(stream.config.name);
      dropped++;
    }
  }
  await nc.close();
  say(`dropped the ${dropped} JetStream streams of the namespace ${namespace}`);
  process.exit(0);
}

const [base, username, password, databaseUrl] = process.argv.slice(2);
if (!base || !username || !password || !databaseUrl) fail('usage: smoke-drive.ts <gateway url> <username> <password> <database url>');

async function call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

// 0. The console, served by the gateway from its image.
const page = await fetch(`${base}/`);
const html = await page.text();
if (page.status !== 200 || !/<div id="app"|<script type="module"/.test(html)) fail(`GET / (the console): ${page.status} ${html.slice(0, 200)}`);
say(`the console: GET / → ${page.status} ${page.headers.get('content-type')}`);

// 1. Sign-in through the gateway: password, then the first sign-in's TOTP enrolment.
const first = await call('POST', '/api/auth/login', { username, password });
if (first.status !== 200) fail(`sign-in: ${first.status} ${JSON.stringify(first.json)}`);
let token = first.json.accessToken as string | undefined;
if (first.json.status !== 'signed_in') {
  const enrolled = await call('POST', '/api/auth/totp/enroll', { enrollmentToken: first.json.enrollmentToken, code: totpCode(first.json.totpSecret as string) });
  if (enrolled.status !== 200 || enrolled.json.status !== 'signed_in') fail(`TOTP enrolment: ${enrolled.status} ${JSON.stringify(enrolled.json)}`);
  token = enrolled.json.accessToken as string;
}
// The generated password is for the first sign-in only: the gateway asks for a new one before anything else.
const changed = await call('POST', '/api/auth/password', { currentPassword: password, newPassword: `Smoke-${randomBytes(8).toString('hex')}-Pass` }, token);
if (changed.status !== 204) fail(`password change: ${changed.status} ${JSON.stringify(changed.json)}`);
say(`signed in through the gateway as ${username} (TOTP enrolled, initial password changed)`);

// 2. A cross-service call: gateway → duty-and-meetings over NATS, with the signed caller assertion.
const year = await call(
  'PUT',
  '/api/calendar/years/2027',
  { holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: '镜像冒烟测试：2027年部分节假日安排' },
  token,
);
if (year.status !== 200) fail(`PUT /api/calendar/years/2027: ${year.status} ${JSON.stringify(year.json)}`);
const listed = await call('GET', '/api/calendar/years', undefined, token);
const items = (listed.json.items ?? []) as { year: number; version: number }[];
if (listed.status !== 200 || !items.some((y) => y.year === 2027)) fail(`GET /api/calendar/years: ${listed.status} ${JSON.stringify(listed.json)}`);
say(`cross-service call: PUT /api/calendar/years/2027 → duty-and-meetings answered ${year.status}; the year is listed`);

// 3. The event: duty-and-meetings' outbox → JetStream (signed) → supervision's consumer → its calendar copy.
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const deadline = Date.now() + 30_000;
let copied: { version: number } | undefined;
while (!copied && Date.now() < deadline) {
  const { rows } = await client.query<{ version: number }>('SELECT version FROM supervision.calendar_year_copy WHERE year = 2027').catch(() => ({ rows: [] as { version: number }[] }));
  copied = rows[0];
  if (!copied) await new Promise((r) => setTimeout(r, 250));
}
const { rows: inbox } = await client.query<{ n: string }>('SELECT count(*) AS n FROM supervision.inbox').catch(() => ({ rows: [{ n: '?' }] }));
await client.end();
if (!copied) fail('the calendar event did not reach supervision within 30 s');
say(`event: supervision copied calendar 2027 (version ${copied!.version}; its inbox holds ${inbox[0].n} event(s))`);
