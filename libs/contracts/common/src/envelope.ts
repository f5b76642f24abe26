import type { CallerContext } from './caller.js';
import type { ErrorBody } from './errors.js';

/** The reply of every request-reply call. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Header names carried on every NATS message. */
export const Headers = {
  requestId: 'x-request-id',
  caller: 'x-caller',
  traceparent: 'traceparent',
} as const;

/**
 * The envelope of every event on JetStream. `id` is the outbox row id, used as `Nats-Msg-Id` by the
 * relay and as the inbox key by consumers.
 */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: string;
  producer: string;
  occurredAt: string;
  actor: Pick<CallerContext, 'userId' | 'username' | 'displayName'>;
  requestId?: string;
  data: T;
}
