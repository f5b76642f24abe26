import { subjectCovers } from '@gov/platform';

/** The states of a subscription. Never deleted: retired with a reason. */
export const WEBHOOK_STATES = ['active', 'paused', 'retired'] as const;
export type WebhookState = (typeof WEBHOOK_STATES)[number];
export const WEBHOOK_STATE_LABELS: Record<WebhookState, string> = { active: '启用', paused: '已暂停', retired: '已停用' };

/** The states of one delivery (one event to one subscription). */
export const DELIVERY_STATUSES = ['pending', 'delivered'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * A subscription's subject pattern: `evt.` then NATS tokens, `*` for one token, a trailing `>` for the rest
 * (`evt.supervision.item.*`, `evt.supervision.>`, `evt.>`).
 */
export const SUBJECT_PATTERN = /^evt(\.(\*|[a-z0-9][a-z0-9-]*)(\.(\*|[A-Za-z0-9][A-Za-z0-9_-]*))*)?(\.>)?$/;

export function isSubjectPattern(pattern: string): boolean {
  return pattern !== 'evt' && SUBJECT_PATTERN.test(pattern) && pattern.length <= 200;
}

/** Whether an event's subject is one the subscription asked for. */
export function subscribedTo(patterns: readonly string[], subject: string): boolean {
  return patterns.some((pattern) => subjectCovers(pattern, subject));
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * The wait before the next attempt after `failures` consecutive failures (1 after the first): exponential from
 * `baseMs`, capped at `maxMs`, with "equal jitter" (half fixed, half random) so that many failing deliveries do not
 * retry in step. `random` is in [0, 1).
 */
export function backoffDelayMs(failures: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}

export interface PauseRule {
  /** Consecutive failed attempts before a subscription may be paused. */
  failures: number;
  /** And for at least this long since the first of them (0: the count alone decides). */
  minutes: number;
}

/**
 * A subscription that has failed `failures` times in a row, for at least `minutes` since the first failure of the run,
 * is paused (its deliveries wait) rather than flooded: a receiver down for long enough is not hammered.
 */
export function shouldPause(consecutiveFailures: number, failingSince: Date | null, now: Date, rule: PauseRule): boolean {
  if (consecutiveFailures < rule.failures || !failingSince) return false;
  return now.getTime() - failingSince.getTime() >= rule.minutes * 60_000;
}
