/**
 * The messaging seam. Every service talks to other services only through this interface: request-reply
 * for commands and queries, durable streams for events. The NATS implementation is the production one;
 * an in-process implementation with the same guarantees serves the embedded mode.
 */
export type BusHeaders = Record<string, string>;

export interface IncomingRequest {
  subject: string;
  data: unknown;
  headers: BusHeaders;
}

export interface DeliveredEvent {
  subject: string;
  data: unknown;
  headers: BusHeaders;
  /** 1 on the first delivery. */
  deliveryCount: number;
  ack(): void;
  /** Redeliver after the delay. */
  nak(delayMs: number): void;
  /** Still working on it: restarts the ack wait, so a long handler's delivery is not redelivered meanwhile. */
  working(): void;
}

export interface ConsumerSpec {
  stream: string;
  durable: string;
  /** e.g. `evt.duty-and-meetings.>` */
  filterSubject: string;
  /** How long an unacknowledged delivery waits before it is redelivered (a crashed consumer). */
  ackWaitMs: number;
  /** How many deliveries are handled at once (1: strictly one after the other). */
  concurrency: number;
}

/**
 * How many messages a consumer holds beyond those it is handling. Small on purpose: a buffered message's ack wait
 * runs while it waits, so a deep buffer behind a backlog is redelivered before it is even handled, and its inflated
 * delivery count brings it to the dead letters after a single real failure.
 */
export function prefetchOf(concurrency: number): number {
  return Math.max(1, concurrency) * 2;
}

/** Retention of a stream's messages; consumers' inboxes keep event ids longer (see the retention job). */
export const STREAM_MAX_AGE_DEFAULT_MS = 7 * 24 * 3600 * 1000;

/**
 * Runs `work` for each item with at most `limit` in flight and waits for all of them; a failure does not stop
 * the others, and the first one is thrown at the end.
 */
export async function withConcurrency<T>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const inflight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for await (const item of items) {
    const running: Promise<void> = work(item)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inflight.delete(running));
    inflight.add(running);
    if (inflight.size >= limit) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  if (failure) throw failure.error;
}

export interface Stoppable {
  stop(): Promise<void>;
}

export interface Bus {
  readonly kind: 'nats' | 'in-process';
  request(subject: string, data: unknown, headers: BusHeaders, timeoutMs: number): Promise<unknown>;
  /** The reply's JSON bytes, unparsed (buses that carry bytes): for replies passed on as they are. */
  requestRaw?(subject: string, data: unknown, headers: BusHeaders, timeoutMs: number): Promise<Uint8Array>;
  serve(subjectPattern: string, queue: string, handler: (request: IncomingRequest) => Promise<unknown>): Promise<Stoppable>;
  /**
   * Creates or updates a stream; its messages are kept `maxAgeMs` (default: the bus's `STREAM_MAX_AGE_DAYS`).
   * `createOnly`: a consumer making sure its producer's stream exists; it never changes another app's stream.
   */
  ensureStream(stream: string, subjectPattern: string, maxAgeMs?: number, createOnly?: boolean): Promise<void>;
  /** Resolves only once the stream has stored the message; `msgId` makes a re-send a no-op within the window. */
  publish(subject: string, data: unknown, msgId: string, headers: BusHeaders): Promise<void>;
  consume(spec: ConsumerSpec, handler: (event: DeliveredEvent) => Promise<void>): Promise<Stoppable>;
  isConnected(): boolean;
  /** Deletes stored messages older than `before` that no consumer still needs (buses that store them themselves). */
  purge?(before: Date): Promise<number>;
  close(): Promise<void>;
}

/** Thrown by `request` when nobody answers the subject. */
export class NoRespondersError extends Error {
  constructor(subject: string) {
    super(`no responders for ${subject}`);
    this.name = 'NoRespondersError';
  }
}

/** Thrown by `request` when the answer does not come within the timeout. */
export class RequestTimeoutError extends Error {
  constructor(subject: string, timeoutMs: number) {
    super(`no reply on ${subject} within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}
