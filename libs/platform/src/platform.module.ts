import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppName } from '@gov/contracts-common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { BaseEnv } from './config.js';
import type { Bus } from './messaging/bus.js';
import { EventConsumers } from './messaging/events.js';
import type { OutboxRelay } from './messaging/outbox.js';
import type { Retention } from './messaging/retention.js';
import { RpcClient, type RpcDispatcher } from './messaging/rpc.js';
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

@Global()
@Module({})
export class PlatformModule {
  static forApp(parts: PlatformParts): DynamicModule {
    return {
      module: PlatformModule,
      // The bus handlers are controllers: the Nest transport (BusTransport) serves their patterns.
      controllers: [OpsHandlers],
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
      ],
      exports: [APP_NAME, APP_CONFIG, LOGGER, DATA_SOURCE, BUS, SCHEMA, Transactions, EventConsumers, RpcClient],
    };
  }
}
