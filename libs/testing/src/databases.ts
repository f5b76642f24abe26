import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the tests find PostgreSQL: `DATABASE_URL` (CI sets it), else the local server's default database. */
export function adminDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** NATS for the tests when `NATS_URL` is set (CI sets it); without it the tests use the in-process bus. */
export function natsUrl(): string | undefined {
  return process.env.NATS_URL || undefined;
}

/**
 * The migrated template each test file clones. `GOV_TEST_TEMPLATE` (a `gov_test_*` name) lets two test runs share one
 * PostgreSQL server without rebuilding each other's template.
 */
export const TEMPLATE_DATABASE = process.env.GOV_TEST_TEMPLATE || 'gov_test_template';

export function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The test setup refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabase(name: string): void {
  if (!/^gov_test_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to use ${name}: test databases are named gov_test_*`);
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(name: string): Promise<void> {
  assertTestDatabase(name);
  await withAdmin(async (client) => {
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function cloneTemplateDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `gov_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  assertTestDatabase(name);
  await withAdmin(async (client) => {
    // CREATE DATABASE ... TEMPLATE fails while anyone else is connected to the template; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String((error as Error).message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withAdmin(async (client) => {
        await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      }),
  };
}
