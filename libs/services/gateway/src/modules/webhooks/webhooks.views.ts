import type { WebhookDeliveryView, WebhookView } from './webhooks.contracts.js';
import type { DeliveryRow, SubscriptionRow } from './webhooks.repository.js';
import { WEBHOOK_STATE_LABELS } from './webhook-rules.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** A subscription as the administrator sees it: never its secret. */
export function webhookView(row: SubscriptionRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    subjects: row.subjects,
    description: row.description,
    state: row.state,
    stateLabel: WEBHOOK_STATE_LABELS[row.state],
    stateReason: row.stateReason,
    stateChangedAt: iso(row.stateChangedAt),
    stateChangedBy: row.stateChangedBy,
    consecutiveFailures: row.consecutiveFailures,
    failingSince: iso(row.failingSince),
    lastSuccessAt: iso(row.lastSuccessAt),
    lastFailureAt: iso(row.lastFailureAt),
    lastError: row.lastError,
    pendingDeliveries: row.pendingDeliveries,
    secretRotatedAt: iso(row.secretRotatedAt),
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function deliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    eventId: row.eventId,
    subject: row.subject,
    occurredAt: row.occurredAt.toISOString(),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastAttemptAt: iso(row.lastAttemptAt),
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    deliveredAt: iso(row.deliveredAt),
    replays: row.replays,
    createdAt: row.createdAt.toISOString(),
  };
}
