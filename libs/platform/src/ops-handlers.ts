import { randomUUID } from 'node:crypto';
import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  ListDeadLetters,
  OpsSubjects,
  Ping,
  ReplayDeadLetter,
  SERVICE_TITLES,
  type AppName,
  type CallerContext,
} from '@gov/contracts-common';
import type { DataSource } from 'typeorm';
import { latestMigration } from './database/data-source.js';
import { EventConsumers } from './messaging/events.js';
import { Caller, RequirePermission, RpcPattern } from './messaging/nest-decorators.js';
import { APP_CONFIG, APP_NAME, DATA_SOURCE } from './tokens.js';
import type { BaseEnv } from './config.js';

export const DEAD_LETTER_PERMISSION = 'ops:dead-letters';
const OPERATOR_ONLY = '只有系统管理员可以查看和重放死信';

/** What every service answers about itself: ping, and its dead letters for the system administrator. */
@Controller()
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

  @RpcPattern(OpsSubjects.ping, Ping.Request, { requiresCaller: false })
  async ping(): Promise<Ping.Reply> {
    return {
      service: this.app,
      title: SERVICE_TITLES[this.app],
      instance: this.instance,
      migration: await latestMigration(this.dataSource),
      time: new Date().toISOString(),
    };
  }

  @RpcPattern(OpsSubjects.listDeadLetters, ListDeadLetters.Request)
  @RequirePermission(DEAD_LETTER_PERMISSION, OPERATOR_ONLY)
  async listDeadLetters(@Payload() request: ListDeadLetters.Request): Promise<ListDeadLetters.Reply> {
    return this.consumers.listDeadLetters(request);
  }

  @RpcPattern(OpsSubjects.replayDeadLetter, ReplayDeadLetter.Request)
  @RequirePermission(DEAD_LETTER_PERMISSION, OPERATOR_ONLY)
  async replayDeadLetter(@Payload() request: ReplayDeadLetter.Request, @Caller() caller: CallerContext): Promise<ReplayDeadLetter.Reply> {
    const outcome = await this.consumers.replay(request.id, caller.username);
    return { id: request.id, outcome };
  }
}
