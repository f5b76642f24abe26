import { Module } from '@nestjs/common';
import { APP_CONFIG, FieldCipher } from '@gov/platform';
import type { GatewayEnv } from '../../gateway.env.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';

/**
 * Webhooks (issue 22): events delivered by signed HTTP POST to consumers that cannot speak NATS. Its controller is
 * listed with the gateway's own (GATEWAY_CONTROLLERS: the route checks walk that list), which imports this module.
 */
@Module({
  providers: [
    { provide: FieldCipher, useFactory: (config: GatewayEnv) => new FieldCipher(config.FIELD_ENCRYPTION_KEY), inject: [APP_CONFIG] },
    WebhooksRepository,
    WebhooksService,
    WebhookDispatcher,
  ],
  exports: [WebhooksService],
})
export class WebhooksModule {}
