// `npm run start:distributed`: every app as its own process against NATS and PostgreSQL, for development,
// with readable prefixed logs. `-- --replicas supervision=2` starts more than one of a service.
// Needs DATABASE_URL and NATS_URL (defaults: the local servers).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './aliases.mjs';
import { APPS } from './apps.mjs';
import { ensureSecrets } from './keys.mjs';

const COLORS = [31, 32, 33, 34, 35, 36, 91, 92, 93, 94, 95, 96];

const replicas = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a, i, all) => all[i - 1] === '--replicas')
    .flatMap((a) => a.split(','))
    .map((pair) => pair.split('='))
    .map(([app, n]) => [app, Number(n)]),
);

const dataDir = join(repoRoot, 'data');
mkdirSync(dataDir, { recursive: true });
const secrets = ensureSecrets(join(dataDir, 'secrets.json'));

const env = {
  ...secrets,
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  NATS_URL: 'nats://127.0.0.1:4222',
  NODE_OPTIONS: '--max-semi-space-size=4',
  ...process.env,
};

const children = [];
let port = 9401;
for (const [index, app] of APPS.entries()) {
  for (let replica = 1; replica <= (replicas[app] ?? 1); replica++) {
    const name = (replicas[app] ?? 1) > 1 ? `${app}#${replica}` : app;
    const prefix = `\x1b[${COLORS[index % COLORS.length]}m${name.padEnd(26)}\x1b[0m│ `;
    const child = spawn(process.execPath, ['--import', './tools/register.mjs', `apps/${app}/src/main.ts`], {
      cwd: repoRoot,
      env: { ...env, OPS_PORT: String(port++), INSTANCE_ID: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.on('data', (chunk) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines) process.stdout.write(prefix + line + '\n');
      });
    }
    child.on('exit', (code, signal) => process.stdout.write(`${prefix}exited (${code ?? signal})\n`));
    children.push(child);
  }
}

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 5000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', r))))).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
