import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule, type INestApplicationContext, type INestMicroservice, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { schemaOf, type AppName } from '@gov/contracts-common';
import type { Logger } from 'pino';
import type { MigrationInterface } from 'typeorm';
import { backoffList, ConfigError, loadConfig, type BaseEnv } from './config.js';
import { openDatabase } from './database/data-source.js';
import { createLogger, NestPinoLogger } from './logger.js';
import type { Bus } from './messaging/bus.js';
import { EventConsumers } from './messaging/events.js';
import { NatsBus } from './messaging/nats-bus.js';
import { OutboxRelay } from './messaging/outbox.js';
import { RpcClient, RpcDispatcher } from './messaging/rpc.js';
import { CallerSigner, CallerVerifier, isCallerKey, verifyKeyOf } from './security/caller-assertion.js';
import { EventSigner, EventVerifier, eventKeyName } from './security/event-assertion.js';
import { inboxPrefixOf, scopedBus } from './messaging/bus-permissions.js';
import { Retention } from './messaging/retention.js';
import { Transactions } from './messaging/transactions.js';
import { PlatformMetrics } from './metrics.js';
import { createMetricsRegistry, startOpsServer } from './ops-server.js';
import { PlatformMessaging1764100000000 } from './migrations/platform-messaging.js';
import { PlatformMessagingUpkeep1764100000050 } from './migrations/platform-messaging-upkeep.js';
import { PlatformIdempotency1764100000100 } from './migrations/platform-idempotency.js';
import { PlatformModule, type PlatformParts } from './platform.module.js';
import { busTransportOf, prepareBusMicroservice } from './messaging/nest-transport.js';

export interface AppDefinition<E extends BaseEnv = BaseEnv> {
  app: AppName;
  env: new () => E;
  /** The app's root Nest module; the platform module is global, so it need not import it. */
  module: Type<unknown>;
  entities: Function[];
  /** The app's own migrations; the platform's messaging tables come first automatically. */
  migrations: (new () => MigrationInterface)[];
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** A bus shared by several apps in one process (the embedded mode); otherwise each app connects to NATS. */
  bus?: Bus;
  logger?: Logger;
  /** Start the ops port (health and metrics); off for in-process test runs of many apps. */
  opsServer?: boolean;
}

export interface RunningApp<E extends BaseEnv = BaseEnv> {
  parts: PlatformParts & { config: E };
  nest: INestApplicationContext;
  opsPort?: number;
  stop(): Promise<void>;
}

/** The migrations of an app: the platform's messaging tables first, then the app's own. */
export function migrationsOf(def: Pick<AppDefinition, 'migrations'>): (new () => MigrationInterface)[] {
  return [PlatformMessaging1764100000000, PlatformMessagingUpkeep1764100000050, PlatformIdempotency1764100000100, ...def.migrations];
}

const DAY_MS = 24 * 3600 * 1000;

/** Opens what every app needs: validated config, logger, database (migrated), bus, outbox relay, consumers. */
export async function openPlatformParts<E extends BaseEnv>(def: AppDefinition<E>, options: StartOptions = {}): Promise<PlatformParts & { config: E }> {
  const config = loadConfig(def.env, options.env ?? process.env);
  const signingKey = signingKeyOf(config);
  if (signingKey && verifyKeyOf(signingKey) !== config.CALLER_VERIFY_KEY) {
    throw new ConfigError(['CALLER_VERIFY_KEY：与 CALLER_SIGNING_KEY 不是同一对密钥（npm run keys 生成成对的密钥）']);
  }
  const logger = options.logger ?? createLogger(def.app, config.LOG_LEVEL);
  const schema = schemaOf(def.app);
  const dataSource = await openDatabase(
    {
      url: config.DATABASE_URL,
      schema,
      entities: def.entities,
      migrations: migrationsOf(def),
      applicationName: def.app,
      poolSize: config.DB_POOL_SIZE,
      acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    logger,
  );
  if (!options.bus && !config.NATS_URL) throw new ConfigError(['NATS_URL：必须填写（未使用内嵌模式时需要 NATS 地址）']);
  // The shared in-process bus is given as this app's view of it, with this app's grants (the NATS server has the same).
  const bus = options.bus
    ? scopedBus(options.bus, def.app)
    : await NatsBus.connect(config.NATS_URL as string, config.BUS_NAMESPACE, `${def.app}-${config.INSTANCE_ID ?? randomUUID().slice(0, 8)}`, logger, config.STREAM_MAX_AGE_DAYS * DAY_MS, {
        user: config.NATS_USER,
        password: config.NATS_PASSWORD,
        inboxPrefix: config.NATS_USER ? inboxPrefixOf(def.app) : undefined,
        caFile: config.NATS_CA_FILE,
      });
  const eventKey = config.EVENT_SIGNING_KEY ?? (options.env ?? process.env)[eventKeyName(def.app)];
  if (!eventKey || !isCallerKey(eventKey, 'signing')) throw new ConfigError([`EVENT_SIGNING_KEY：必须填写本服务的事件签名私钥（或 ${eventKeyName(def.app)}；可用 npm run keys 生成）`]);
  const relay = new OutboxRelay(dataSource, schema, bus, logger, new EventSigner(def.app, eventKey));
  const metrics = new PlatformMetrics(createMetricsRegistry(def.app, options.opsServer !== false), () => relay.pendingCount());
  const transactions = new Transactions(dataSource, schema, def.app, relay);
  const retention = new Retention(dataSource, schema, bus, logger, {
    outboxDays: config.OUTBOX_RETENTION_DAYS,
    inboxDays: config.INBOX_RETENTION_DAYS,
    streamDays: config.STREAM_MAX_AGE_DAYS,
    intervalMs: config.RETENTION_INTERVAL_MINUTES * 60_000,
  });
  const consumers = new EventConsumers(def.app, schema, bus, dataSource, transactions, logger, config.EVENT_MAX_DELIVER, backoffList(config), metrics);
  consumers.requireSignedEvents(new EventVerifier(config.EVENT_VERIFY_KEYS));
  return {
    app: def.app,
    schema,
    config,
    logger,
    dataSource,
    bus,
    relay,
    retention,
    transactions,
    consumers,
    dispatcher: new RpcDispatcher(def.app, logger, new CallerVerifier(config.CALLER_VERIFY_KEY), metrics, { maxInFlight: config.RPC_MAX_IN_FLIGHT, idempotency: transactions.idempotency }),
    // Only the gateway's configuration has the signing key: a service's client cannot assert a caller.
    rpcClient: new RpcClient(bus, config.RPC_TIMEOUT_MS, signingKey ? new CallerSigner(signingKey) : undefined),
    metrics,
  };
}

function signingKeyOf(config: BaseEnv): string | undefined {
  return (config as BaseEnv & { CALLER_SIGNING_KEY?: string }).CALLER_SIGNING_KEY;
}

/** Closes the parts opened by `openPlatformParts`, the bus only if this app owns it. */
export async function closePlatformParts(parts: PlatformParts, ownsBus: boolean): Promise<void> {
  if (ownsBus) await parts.bus.close().catch(() => undefined);
  if (parts.dataSource.isInitialized) await parts.dataSource.destroy();
}

/** The root module of one app: the global platform module plus the app's own module. */
export function rootModule(parts: PlatformParts, module: Type<unknown>): DynamicModule {
  @Module({})
  class AppRootModule {}
  return { module: AppRootModule, imports: [PlatformModule.forApp(parts), module] };
}

/** Starts a section service as a Nest microservice on the bus (handlers, event consumers, outbox relay), and its ops port. */
export async function startService<E extends BaseEnv>(def: AppDefinition<E>, options: StartOptions = {}): Promise<RunningApp<E>> {
  const started = Date.now();
  const parts = await openPlatformParts(def, options);
  let nest: INestMicroservice | undefined;
  try {
    // A Nest microservice on the platform's bus: its controllers' patterns are served by the bus transport.
    nest = await NestFactory.createMicroservice(rootModule(parts, def.module), {
      ...busTransportOf(parts),
      logger: new NestPinoLogger(parts.logger),
      abortOnError: false,
    });
    await prepareBusMicroservice(nest, parts).listen();
  } catch (error) {
    await nest?.close().catch(() => undefined);
    await closePlatformParts(parts, !options.bus);
    throw error;
  }
  const ops = await startAppOpsServer(parts, options.opsServer !== false);
  parts.logger.info({ opsPort: ops?.port, ms: Date.now() - started }, '服务已就绪');
  return { parts, nest, opsPort: ops?.port, stop: stopOnce(parts, nest, ops, !options.bus, '服务已停止') };
}

/**
 * Starts an app's ops port (health and metrics) when enabled. Ready means: a pool connection is had and answers
 * within `READINESS_TIMEOUT_MS` (a pool exhausted or a database gone turns it red, not hung), and the bus is connected
 * now (NATS's status, not merely "not closed": with unlimited reconnects it never closes).
 */
export async function startAppOpsServer(parts: PlatformParts, enabled: boolean): Promise<{ port: number; close(): Promise<void> } | undefined> {
  if (!enabled) return undefined;
  return startOpsServer(parts.config.OPS_PORT, parts.metrics.registry, readinessChecks(parts));
}

export function readinessChecks(parts: Pick<PlatformParts, 'dataSource' | 'bus' | 'config'>): Record<string, () => Promise<boolean>> {
  return {
    database: () => withTimeout(parts.config.READINESS_TIMEOUT_MS, async () => (await parts.dataSource.query('SELECT 1')).length === 1),
    bus: async () => parts.bus.isConnected(),
  };
}

async function withTimeout(ms: number, probe: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([probe(), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The stop of an app, run once however often it is called: Nest first (requests drain, consumers and the relay
 * stop), then the ops port, then the database and the bus (if the app owns it).
 */
export function stopOnce(
  parts: PlatformParts,
  nest: { close(): Promise<void> },
  ops: { close(): Promise<void> } | undefined,
  ownsBus: boolean,
  stoppedMessage: string,
): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      await nest.close();
      await ops?.close();
      await closePlatformParts(parts, ownsBus);
      parts.logger.info(stoppedMessage);
    })());
}

/** The `main.ts` of an app: start, stop cleanly on SIGTERM/SIGINT, exit with a listed reason on bad config. */
export async function runMain(start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  let running: { stop(): Promise<void> };
  try {
    running = await start();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const shutdown = async (signal: string) => {
    console.error(`收到 ${signal}，正在停止…`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    await running.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
