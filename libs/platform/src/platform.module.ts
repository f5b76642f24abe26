import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { streamOf, type AppName } from '@gov/contracts-common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { BaseEnv } from './config.js';
import type { Bus, Stoppable } from './messaging/bus.js';
import { EVENT_HANDLER, EventConsumers, type EventHandlerMeta, type EventMethod } from './messaging/events.js';
import type { OutboxRelay } from './messaging/outbox.js';
import type { Retention } from './messaging/retention.js';
import { RPC_HANDLER, RpcClient, RpcDispatcher, type RpcHandlerMeta, type RpcMethod } from './messaging/rpc.js';
import { Transactions } from './messaging/transactions.js';
import type { PlatformMetrics } from './metrics.js';
import { OpsHandlers } from './ops-handlers.js';
import { APP_CONFIG, APP_NAME, BUS, DATA_SOURCE, LOGGER, PLATFORM_PARTS, SCHEMA } from './tokens.js';


export interface PlatformParts {
  app: AppName;
  schema: string;
  config: BaseEnv;
  logger: Logger;
  dataSource: DataSource;
  bus: Bus;
  relay: OutboxRelay;
  /** Purges sent outbox rows, old inbox rows and the in-process bus's old messages (optional for hand-built parts). */
  retention?: Retention;
  transactions: Transactions;
  consumers: EventConsumers;
  dispatcher: RpcDispatcher;
  rpcClient: RpcClient;
  metrics: PlatformMetrics;
}

/** Finds the `@RpcHandler` and `@EventHandler` methods of the app's providers and wires them to the bus. */
@Injectable()
export class HandlerWiring implements OnApplicationBootstrap, OnApplicationShutdown {
  private serving?: Stoppable;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(PLATFORM_PARTS) private readonly parts: PlatformParts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      if (!prototype) continue;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name] as (...args: unknown[]) => Promise<unknown>;
        const rpc = Reflect.getMetadata(RPC_HANDLER, method) as RpcHandlerMeta | undefined;
        if (rpc) this.parts.dispatcher.register(rpc, method.bind(instance) as RpcMethod);
        const evt = Reflect.getMetadata(EVENT_HANDLER, method) as EventHandlerMeta | undefined;
        if (evt) this.parts.consumers.register(evt, method.bind(instance) as EventMethod);
      }
    }
    // The producer owns its stream: events can be published before any consumer has started.
    await this.parts.bus.ensureStream(streamOf(this.parts.app), `evt.${this.parts.app}.>`);
    this.parts.relay.start();
    this.parts.retention?.start();
    await this.parts.consumers.start();
    if (this.parts.dispatcher.subjects().length) {
      this.serving = await this.parts.bus.serve(`rpc.${this.parts.app}.>`, this.parts.app, (request) => this.parts.dispatcher.dispatch(request));
    }
  }

  /** Graceful shutdown: stop taking requests, finish those in flight, stop consumers, flush the outbox. */
  async onApplicationShutdown(): Promise<void> {
    await this.serving?.stop();
    await this.parts.consumers.stop();
    await this.parts.relay.stop();
    await this.parts.retention?.stop();
  }
}

@Global()
@Module({})
export class PlatformModule {
  static forApp(parts: PlatformParts): DynamicModule {
    return {
      module: PlatformModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: PLATFORM_PARTS, useValue: parts },
        { provide: APP_NAME, useValue: parts.app },
        { provide: APP_CONFIG, useValue: parts.config },
        { provide: LOGGER, useValue: parts.logger },
        { provide: DATA_SOURCE, useValue: parts.dataSource },
        { provide: BUS, useValue: parts.bus },
        { provide: SCHEMA, useValue: parts.schema },
        { provide: Transactions, useValue: parts.transactions },
        { provide: EventConsumers, useValue: parts.consumers },
        { provide: RpcClient, useValue: parts.rpcClient },
        HandlerWiring,
        OpsHandlers,
      ],
      exports: [APP_NAME, APP_CONFIG, LOGGER, DATA_SOURCE, BUS, SCHEMA, Transactions, EventConsumers, RpcClient],
    };
  }
}
