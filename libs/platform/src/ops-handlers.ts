import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  CommonErrors,
  ListDeadLetters,
  OpsSubjects,
  Ping,
  ReplayDeadLetter,
  SERVICE_TITLES,
  hasPermission,
  type AppName,
  type CallerContext,
} from '@gov/contracts-common';
import type { DataSource } from 'typeorm';
import { latestMigration } from './database/data-source.js';
import { DomainError } from './errors.js';
import { EventConsumers } from './messaging/events.js';
import { RpcHandler } from './messaging/rpc.js';
import { APP_CONFIG, APP_NAME, DATA_SOURCE } from './tokens.js';
import type { BaseEnv } from './config.js';

export const DEAD_LETTER_PERMISSION = 'ops:dead-letters';

/** What every service answers about itself: ping, and its dead letters for the system administrator. */
@Injectable()
export class OpsHandlers {
  private readonly instance: string;

  constructor(
    @Inject(APP_NAME) private readonly app: AppName,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly consumers: EventConsumers,
    @Inject(APP_CONFIG) config: BaseEnv,
  ) {
    this.instance = config.INSTANCE_ID ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  @RpcHandler(OpsSubjects.ping, Ping.Request, { requiresCaller: false })
  async ping(): Promise<Ping.Reply> {
    return {
      service: this.app,
      title: SERVICE_TITLES[this.app],
      instance: this.instance,
      migration: await latestMigration(this.dataSource),
      time: new Date().toISOString(),
    };
  }

  @RpcHandler(OpsSubjects.listDeadLetters, ListDeadLetters.Request)
  async listDeadLetters(request: ListDeadLetters.Request, caller: CallerContext): Promise<ListDeadLetters.Reply> {
    this.assertOperator(caller);
    return this.consumers.listDeadLetters(request);
  }

  @RpcHandler(OpsSubjects.replayDeadLetter, ReplayDeadLetter.Request)
  async replayDeadLetter(request: ReplayDeadLetter.Request, caller: CallerContext): Promise<ReplayDeadLetter.Reply> {
    this.assertOperator(caller);
    const outcome = await this.consumers.replay(request.id, caller.username);
    return { id: request.id, outcome };
  }

  private assertOperator(caller: CallerContext): void {
    if (!hasPermission(caller, DEAD_LETTER_PERMISSION)) throw new DomainError(CommonErrors.forbidden, '只有系统管理员可以查看和重放死信');
  }
}
