import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { APP_CONFIG, DomainError, FieldCipher, Transactions } from '@gov/platform';
import type { GatewayEnv } from '../../gateway.env.js';
import { WebhookAddressGuard, WebhookAddressRefused } from './webhook-address-guard.js';
import { generateWebhookSecret } from './webhook-signature.js';
import type { WebhookState } from './webhook-rules.js';
import {
  WebhookErrors,
  type CreateWebhook,
  type ListWebhookDeliveries,
  type ListWebhooks,
  type ReplayWebhook,
  type WebhookDeliveryView,
  type WebhookReason,
  type WebhookView,
  type WebhookWithSecret,
} from './webhooks.contracts.js';
import { WebhooksRepository, type SubscriptionRow } from './webhooks.repository.js';
import { deliveryView, webhookView } from './webhooks.views.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';

/** Who did it, as the records keep it. */
const actorOf = (caller: CallerContext): string => caller.username;

/**
 * The system administrator's webhooks: register a subscription (its secret generated, shown once, kept sealed), pause,
 * resume, retire with a reason (never deleted), replace the secret, look at deliveries and send them again.
 */
@Injectable()
export class WebhooksService {
  private readonly guard: WebhookAddressGuard;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly transactions: Transactions,
    private readonly cipher: FieldCipher,
    private readonly dispatcher: WebhookDispatcher,
    @Inject(APP_CONFIG) config: GatewayEnv,
  ) {
    this.guard = new WebhookAddressGuard(config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES);
  }

  async create(request: CreateWebhook.Request, caller: CallerContext): Promise<WebhookWithSecret> {
    try {
      await this.guard.check(request.url);
    } catch (error) {
      if (error instanceof WebhookAddressRefused) throw new DomainError(WebhookErrors.addressRefused, error.message);
      throw error;
    }
    const id = randomUUID();
    const secret = generateWebhookSecret();
    const subjects = [...new Set(request.subjects)];
    const row = await this.transactions.run(async (tx) => {
      await this.repository.insert(tx.manager, { id, url: request.url, subjects, description: request.description, secretSealed: this.cipher.encrypt(secret), by: actorOf(caller) });
      return (await this.repository.find(tx.manager, id)) as SubscriptionRow;
    });
    this.dispatcher.subscriptionsChanged();
    return { ...webhookView(row), secret };
  }

  async list(query: ListWebhooks.Request): Promise<ListWebhooks.Reply> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const page = await this.repository.list(query.state, limit, offset);
    return { items: page.items.map(webhookView), total: page.total, limit, offset };
  }

  async get(id: string): Promise<WebhookView> {
    return webhookView(await this.existing(id));
  }

  async pause(id: string, request: WebhookReason, caller: CallerContext): Promise<WebhookView> {
    return this.changeState(id, ['active'], 'paused', request.reason, caller, '只有启用中的订阅可以暂停');
  }

  async resume(id: string, caller: CallerContext): Promise<WebhookView> {
    const view = await this.changeState(id, ['paused'], 'active', null, caller, '只有已暂停的订阅可以恢复');
    this.dispatcher.wake();
    return view;
  }

  async retire(id: string, request: WebhookReason, caller: CallerContext): Promise<WebhookView> {
    return this.changeState(id, ['active', 'paused'], 'retired', request.reason, caller, '订阅已停用');
  }

  async rotateSecret(id: string, caller: CallerContext): Promise<WebhookWithSecret> {
    const secret = generateWebhookSecret();
    const row = await this.transactions.run(async (tx) => {
      const current = await this.existing(id, tx.manager);
      if (current.state === 'retired') throw new DomainError(WebhookErrors.invalidState, '已停用的订阅不能更换密钥');
      await this.repository.replaceSecret(tx.manager, id, this.cipher.encrypt(secret), actorOf(caller));
      return (await this.repository.find(tx.manager, id)) as SubscriptionRow;
    });
    return { ...webhookView(row), secret };
  }

  async deliveries(id: string, query: ListWebhookDeliveries.Request): Promise<ListWebhookDeliveries.Reply> {
    await this.existing(id);
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const page = await this.repository.deliveries(id, query.status, limit, offset);
    return { items: page.items.map(deliveryView), total: page.total, limit, offset };
  }

  async replayOne(id: string, deliveryId: string, caller: CallerContext): Promise<WebhookDeliveryView> {
    const delivery = await this.transactions.run(async (tx) => {
      await this.replayable(id, tx.manager);
      if (!(await this.repository.delivery(tx.manager, id, deliveryId))) throw new DomainError(WebhookErrors.deliveryNotFound, '该订阅下没有这条投递记录');
      await this.repository.replay(tx.manager, id, { deliveryId }, actorOf(caller));
      return this.repository.delivery(tx.manager, id, deliveryId);
    });
    this.dispatcher.wake();
    return deliveryView(delivery!);
  }

  async replayFrom(id: string, request: ReplayWebhook.Request, caller: CallerContext): Promise<ReplayWebhook.Reply> {
    const replayed = await this.transactions.run(async (tx) => {
      await this.replayable(id, tx.manager);
      return this.repository.replay(tx.manager, id, { from: request.from }, actorOf(caller));
    });
    this.dispatcher.wake();
    return { replayed };
  }

  private async replayable(id: string, db: Parameters<WebhooksRepository['find']>[0]): Promise<void> {
    const current = await this.existing(id, db, true);
    if (current.state === 'retired') throw new DomainError(WebhookErrors.invalidState, '已停用的订阅不能重放');
  }

  private async changeState(id: string, from: WebhookState[], to: WebhookState, reason: string | null, caller: CallerContext, refusal: string): Promise<WebhookView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.existing(id, tx.manager, true);
      if (!from.includes(current.state)) throw new DomainError(WebhookErrors.invalidState, refusal);
      await this.repository.changeState(tx.manager, id, to, reason, actorOf(caller));
      // A resumed or retired subscription's task (opened when it was paused for failing) is done.
      if (to !== 'paused') await this.repository.closePausedTask(tx.manager, id, actorOf(caller));
      return (await this.repository.find(tx.manager, id)) as SubscriptionRow;
    });
    this.dispatcher.subscriptionsChanged();
    return webhookView(row);
  }

  private async existing(id: string, db: Parameters<WebhooksRepository['find']>[0] = this.repository.dataSource, lock = false): Promise<SubscriptionRow> {
    const row = await this.repository.find(db, id, lock);
    if (!row) throw new DomainError(WebhookErrors.notFound, 'Webhook 订阅不存在');
    return row;
  }
}
