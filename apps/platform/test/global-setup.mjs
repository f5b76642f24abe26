// Jest's global setup runs outside its ESM module graph. Where no DATABASE_URL is configured it starts the
// embedded PostgreSQL (the same code `npm start` uses); then a child process builds the migrated template
// database through the loader the apps use (aliases and SWC).
import { execFileSync } from 'node:child_process';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    register(pathToFileURL(join(root, 'tools/loader.mjs')).href, import.meta.url);
    const { createLogger } = await import(pathToFileURL(join(root, 'libs/platform/src/index.ts')).href);
    const { startEmbeddedPostgres } = await import(pathToFileURL(join(root, 'libs/platform/src/embedded/embedded-postgres.ts')).href);
    const { freePort } = await import(pathToFileURL(join(root, 'libs/testing/src/net.ts')).href);
    const started = Date.now();
    // Test databases are thrown away after the run: a temp folder is right for them (never for `npm start`'s data).
    const dir = join(tmpdir(), `gov-platform-test-pg${process.env.GOV_TEST_TEMPLATE ? `-${process.env.GOV_TEST_TEMPLATE}` : ''}`);
    let handle;
    try {
      handle = await startEmbeddedPostgres({ dir, port: await freePort(), logger: createLogger('test-postgres', 'warn'), database: 'postgres' });
    } catch (error) {
      // The same one line as `npm start`, and no stack: why, and what to do.
      if (error?.name !== 'EmbeddedPostgresError') throw error;
      process.stderr.write(`\n错误：${error.message}\n\n`);
      process.exit(1);
    }
    globalThis.__embeddedPostgres = handle;
    process.env.DATABASE_URL = handle.url;
    console.log(`\n[global-setup] no DATABASE_URL: embedded PostgreSQL started in ${Date.now() - started} ms`);
  }
  if (!process.env.NATS_URL) console.log('[global-setup] no NATS_URL: the tests use the in-process bus');
  execFileSync(process.execPath, ['--import', './tools/register.mjs', 'apps/platform/test/build-template.ts'], { cwd: root, stdio: 'inherit', env: process.env });
}
