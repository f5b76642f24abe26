import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, headers as natsHeaders, nanos, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import {
  NoRespondersError,
  RequestTimeoutError,
  type Bus,
  type BusHeaders,
  type ConsumerSpec,
  type DeliveredEvent,
  type IncomingRequest,
  type Stoppable,
  prefetchOf,
  STREAM_MAX_AGE_DEFAULT_MS,
  withConcurrency,
} from './bus.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The duplicate window covers the outbox relay's retry horizon (it re-sends unconfirmed rows within seconds). */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

function toHeaders(values: BusHeaders): MsgHdrs {
  const h = natsHeaders();
  for (const [k, v] of Object.entries(values)) h.set(k, v);
  return h;
}

function fromHeaders(h: MsgHdrs | undefined): BusHeaders {
  const out: BusHeaders = {};
  if (!h) return out;
  for (const key of h.keys()) out[key.toLowerCase()] = h.get(key);
  return out;
}

function decode(data: Uint8Array): unknown {
  return data.length ? JSON.parse(decoder.decode(data)) : undefined;
}

/** Who an app is on the NATS server: its user, and the reply inbox its permissions allow (bus-permissions.ts). */
export interface NatsCredentials {
  user?: string;
  password?: string;
  inboxPrefix?: string;
  /** CA of the server's TLS certificate (with `tls://` URLs). */
  caFile?: string;
}

/** Bus over NATS core request-reply (queue groups) and JetStream (durable pull consumers). */
export class NatsBus implements Bus {
  readonly kind = 'nats' as const;
  private js: JetStreamClient;
  private jsm: JetStreamManager;
  /** Follows the connection's status: with unlimited reconnects it never closes, but it is down while reconnecting. */
  private connected = true;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly namespace: string,
    private readonly logger: Logger,
    private readonly streamMaxAgeMs: number,
  ) {}

  static async connect(url: string, namespace: string, name: string, logger: Logger, streamMaxAgeMs = STREAM_MAX_AGE_DEFAULT_MS, credentials: NatsCredentials = {}): Promise<NatsBus> {
    // noAsyncTraces: no Error with a stack captured for every request (measurable per-request cost); our own
    // errors say which subject timed out or had no responders.
    const nc = await connect({
      servers: url.split(','),
      name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
      noAsyncTraces: true,
      // The app's own NATS user (deploy: one per app, from a Secret) and its own reply inbox, which its permissions allow.
      ...(credentials.user ? { user: credentials.user, pass: credentials.password } : {}),
      ...(credentials.inboxPrefix ? { inboxPrefix: credentials.inboxPrefix } : {}),
      ...(credentials.caFile ? { tls: { caFile: credentials.caFile } } : {}),
    });
    const bus = new NatsBus(nc, namespace, logger, streamMaxAgeMs);
    void bus.followStatus();
    bus.js = jetstream(nc);
    bus.jsm = await jetstreamManager(nc);
    return bus;
  }

  private async followStatus(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnecting' || status.type === 'staleConnection') {
        if (this.connected) this.logger.warn({ status: status.type }, 'NATS 连接中断，正在重连');
        this.connected = false;
      } else if (status.type === 'reconnect') {
        this.logger.info('NATS 已重新连接');
        this.connected = true;
      } else if (status.type === 'close') {
        this.connected = false;
      }
    }
  }

  private subject(subject: string): string {
    return this.namespace ? `${this.namespace}.${subject}` : subject;
  }

  private stream(stream: string): string {
    return this.namespace ? `${this.namespace.toUpperCase()}_${stream}` : stream;
  }

  private unprefix(subject: string): string {
    return this.namespace ? subject.slice(this.namespace.length + 1) : subject;
  }

  async request(subject: string, data: unknown, headers: BusHeaders, timeoutMs: number): Promise<unknown> {
    return decode(await this.requestRaw(subject, data, headers, timeoutMs));
  }

  async requestRaw(subject: string, data: unknown, headers: BusHeaders, timeoutMs: number): Promise<Uint8Array> {
    try {
      const reply = await this.nc.request(this.subject(subject), encoder.encode(JSON.stringify(data ?? {})), {
        timeout: timeoutMs,
        headers: toHeaders(headers),
      });
      return reply.data;
    } catch (error) {
      const name = (error as Error)?.name;
      const message = String((error as Error)?.message ?? '');
      if (name === 'NoRespondersError' || message.includes('no responders') || (error as { cause?: Error }).cause?.name === 'NoRespondersError') {
        throw new NoRespondersError(subject);
      }
      if (name === 'TimeoutError' || message.includes('timeout') || (error as { cause?: Error }).cause?.name === 'TimeoutError') {
        throw new RequestTimeoutError(subject, timeoutMs);
      }
      throw error;
    }
  }

  async serve(subjectPattern: string, queue: string, handler: (request: IncomingRequest) => Promise<unknown>): Promise<Stoppable> {
    const inflight = new Set<Promise<void>>();
    const sub = this.nc.subscribe(this.subject(subjectPattern), {
      queue,
      callback: (err, msg) => {
        if (err) {
          this.logger.error({ err }, 'rpc subscription error');
          return;
        }
        const work = (async () => {
          let reply: unknown;
          try {
            reply = await handler({ subject: this.unprefix(msg.subject), data: decode(msg.data), headers: fromHeaders(msg.headers) });
          } catch (error) {
            this.logger.error({ err: error }, 'rpc handler failed outside its boundary');
            return;
          }
          if (msg.reply) msg.respond(encoder.encode(JSON.stringify(reply)));
        })();
        inflight.add(work);
        void work.finally(() => inflight.delete(work));
      },
    });
    return {
      stop: async () => {
        await sub.drain();
        await Promise.allSettled([...inflight]);
      },
    };
  }

  async ensureStream(stream: string, subjectPattern: string, maxAgeMs = this.streamMaxAgeMs, createOnly = false): Promise<void> {
    const config = {
      name: this.stream(stream),
      subjects: [this.subject(subjectPattern)],
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
      max_age: nanos(maxAgeMs),
    };
    try {
      await this.jsm.streams.info(config.name);
      if (createOnly) return;
      await this.jsm.streams.update(config.name, { subjects: config.subjects, duplicate_window: config.duplicate_window, max_age: config.max_age });
    } catch (error) {
      if ((error as { name?: string }).name === 'StreamNotFoundError' || /not found/i.test(String((error as Error).message))) {
        try {
          await this.jsm.streams.add(config);
        } catch (addError) {
          // Another replica created it in between.
          if (!/already in use|exists/i.test(String((addError as Error).message))) throw addError;
        }
      } else {
        throw error;
      }
    }
  }

  async publish(subject: string, data: unknown, msgId: string, headers: BusHeaders): Promise<void> {
    await this.js.publish(this.subject(subject), encoder.encode(JSON.stringify(data)), { msgID: msgId, headers: toHeaders(headers) });
  }

  async consume(spec: ConsumerSpec, handler: (event: DeliveredEvent) => Promise<void>): Promise<Stoppable> {
    const stream = this.stream(spec.stream);
    const config = {
      durable_name: spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.subject(spec.filterSubject),
      ack_wait: nanos(spec.ackWaitMs),
      // Redelivery is bounded by the platform's consumer runner, which moves a poison message into the
      // dead-letter table; the server never drops a message on its own.
      max_deliver: -1,
      max_ack_pending: 1000,
    };
    try {
      await this.jsm.consumers.add(stream, config);
    } catch (error) {
      if (/already in use|exists|different/i.test(String((error as Error).message))) {
        await this.jsm.consumers.update(stream, spec.durable, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
      } else {
        throw error;
      }
    }
    const consumer = await this.js.consumers.get(stream, spec.durable);
    const messages = await consumer.consume({ max_messages: prefetchOf(spec.concurrency) });
    const loop = withConcurrency(messages, Math.max(1, spec.concurrency), async (m) => {
      const event: DeliveredEvent = {
        subject: this.unprefix(m.subject),
        data: decode(m.data),
        headers: fromHeaders(m.headers),
        deliveryCount: m.info.deliveryCount,
        ack: () => m.ack(),
        nak: (delayMs) => m.nak(delayMs),
        working: () => m.working(),
      };
      try {
        await handler(event);
      } catch (error) {
        this.logger.error({ err: error, subject: m.subject }, 'event handler failed outside its boundary');
        m.nak(1000);
      }
    });
    return {
      stop: async () => {
        await messages.close();
        await loop.catch(() => undefined);
      },
    };
  }

  isConnected(): boolean {
    return this.connected && !this.nc.isClosed();
  }

  async close(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain();
  }
}
