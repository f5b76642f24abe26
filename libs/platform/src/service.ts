import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
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
import { Transactions } from './messaging/transactions.js';
import { PlatformMetrics } from './metrics.js';
import { createMetricsRegistry, startOpsServer } from './ops-server.js';
import { PlatformMessaging1764100000000 } from './migrations/platform-messaging.js';
import { PlatformModule, type PlatformParts } from './platform.module.js';

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
  return [PlatformMessaging1764100000000, ...def.migrations];
}

/** Opens what every app needs: validated config, logger, database (migrated), bus, outbox relay, consumers. */
export async function openPlatformParts<E extends BaseEnv>(def: AppDefinition<E>, options: StartOptions = {}): Promise<PlatformParts & { config: E }> {
  const config = loadConfig(def.env, options.env ?? process.env);
  const logger = options.logger ?? createLogger(def.app, config.LOG_LEVEL);
  const schema = schemaOf(def.app);
  const dataSource = await openDatabase(
    {
      url: config.DATABASE_URL,
      schema,
      entities: def.entities,
      migrations: migrationsOf(def),
      applicationName: def.app,
    },
    logger,
  );
  if (!options.bus && !config.NATS_URL) throw new ConfigError(['NATS_URL：必须填写（未使用内嵌模式时需要 NATS 地址）']);
  const bus = options.bus ?? (await NatsBus.connect(config.NATS_URL as string, config.BUS_NAMESPACE, `${def.app}-${config.INSTANCE_ID ?? randomUUID().slice(0, 8)}`, logger));
  const relay = new OutboxRelay(dataSource, schema, bus, logger);
  const metrics = new PlatformMetrics(createMetricsRegistry(def.app, options.opsServer !== false), () => relay.pendingCount());
  const transactions = new Transactions(dataSource, schema, def.app, relay);
  const consumers = new EventConsumers(def.app, schema, bus, dataSource, transactions, logger, config.EVENT_MAX_DELIVER, backoffList(config), metrics);
  return {
    app: def.app,
    schema,
    config,
    logger,
    dataSource,
    bus,
    relay,
    transactions,
    consumers,
    dispatcher: new RpcDispatcher(def.app, logger, metrics),
    rpcClient: new RpcClient(bus, config.RPC_TIMEOUT_MS),
    metrics,
  };
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

/** Starts a section service: NATS handlers, event consumers, outbox relay, ops port. */
export async function startService<E extends BaseEnv>(def: AppDefinition<E>, options: StartOptions = {}): Promise<RunningApp<E>> {
  const started = Date.now();
  const parts = await openPlatformParts(def, options);
  let nest: INestApplicationContext;
  try {
    nest = await NestFactory.createApplicationContext(
      rootModule(parts, def.module),
      { logger: new NestPinoLogger(parts.logger), abortOnError: false },
    );
    await nest.init();
  } catch (error) {
    await closePlatformParts(parts, !options.bus);
    throw error;
  }
  const ops = await startAppOpsServer(parts, options.opsServer !== false);
  parts.logger.info({ opsPort: ops?.port, ms: Date.now() - started }, '服务已就绪');
  return { parts, nest, opsPort: ops?.port, stop: stopOnce(parts, nest, ops, !options.bus, '服务已停止') };
}

/** Starts an app's ops port (health and metrics) when enabled; ready means its database and bus answer. */
export async function startAppOpsServer(parts: PlatformParts, enabled: boolean): Promise<{ port: number; close(): Promise<void> } | undefined> {
  if (!enabled) return undefined;
  return startOpsServer(parts.config.OPS_PORT, parts.metrics.registry, {
    database: async () => (await parts.dataSource.query('SELECT 1')).length === 1,
    bus: async () => parts.bus.isConnected(),
  });
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
