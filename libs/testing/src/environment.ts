import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { createLogger, FieldCipher, generateCallerKeys, generateEventKeys, InProcessBus, startService, type AppDefinition, type BaseEnv, type Bus, type RunningApp } from '@gov/platform';
import { cloneTemplateDatabase, natsUrl } from './databases.js';

export interface TestEnvironment {
  /** Environment variables for every app under test: its own database and bus namespace. */
  env: Record<string, string>;
  databaseUrl: string;
  namespace: string;
  /** The shared in-process bus when the tests run without NATS; pass it to every app started in the test. */
  bus?: Bus;
  /**
   * A query as the database's administrator, for tests that look across schemas (an app's own connection is its
   * schema's role and cannot: least privilege).
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Drops the database and the namespace's streams. */
  dispose(): Promise<void>;
}

/**
 * What one test file runs against: a database cloned from the migrated template and a bus namespace of
 * its own on the real NATS server, so test files share no state and can run in parallel.
 */
export async function createTestEnvironment(overrides: Record<string, string> = {}): Promise<TestEnvironment> {
  const database = await cloneTemplateDatabase();
  const namespace = `t${randomBytes(4).toString('hex')}`;
  const nats = natsUrl();
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    // Without NATS the apps are given the in-process bus instead.
    ...(nats ? { NATS_URL: nats } : {}),
    BUS_NAMESPACE: namespace,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OPS_PORT: '0',
    EVENT_BACKOFF_MS: '50,100,200',
    EVENT_MAX_DELIVER: '4',
    RPC_TIMEOUT_MS: '5000',
    FIELD_ENCRYPTION_KEY: FieldCipher.generateKey(),
    // The gateway's key pair: the gateway and the test client sign caller assertions, every service verifies.
    ...generateCallerKeys(),
    // Each app's event key (EVENT_SIGNING_KEY_<APP>) and every app's public half: events are signed by their producer.
    ...generateEventKeys(),
    ...overrides,
  };
  const bus = nats ? undefined : await InProcessBus.open(database.url, createLogger('in-process-bus', env.LOG_LEVEL), 50);
  let admin: pg.Pool | undefined;
  return {
    env,
    databaseUrl: database.url,
    namespace,
    bus,
    query: async <T>(sql: string, params: unknown[] = []) => {
      admin ??= new pg.Pool({ connectionString: database.url, max: 2 });
      return (await admin.query(sql, params)).rows as T[];
    },
    dispose: async () => {
      await admin?.end();
      if (bus) await bus.close();
      else await deleteNamespaceStreams(namespace, nats as string);
      await database.drop();
    },
  };
}

async function deleteNamespaceStreams(namespace: string, url: string): Promise<void> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    const prefix = `${namespace.toUpperCase()}_`;
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(prefix)) await jsm.streams.delete(stream.config.name);
    }
  } finally {
    await nc.close();
  }
}

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, message = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts an app in a test environment: its database, its bus, no ops port unless asked; `env` adds variables. */
export function startTestApp<E extends BaseEnv>(
  environment: TestEnvironment,
  definition: AppDefinition<E>,
  options: { env?: Record<string, string>; opsServer?: boolean } = {},
): Promise<RunningApp<E>> {
  return startService(definition, { env: { ...environment.env, ...options.env }, bus: environment.bus, opsServer: options.opsServer ?? false });
}
