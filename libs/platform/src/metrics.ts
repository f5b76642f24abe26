import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The platform's own metrics, the same in every app: requests served and in flight, events consumed, dead letters, outbox backlog. */
export class PlatformMetrics {
  readonly rpcRequests: Counter<'subject' | 'outcome'>;
  readonly rpcDuration: Histogram<'subject'>;
  readonly eventsConsumed: Counter<'subject' | 'outcome'>;
  readonly outboxPending: Gauge;
  readonly rpcInFlight: Gauge;
  readonly deadLetters: Counter<'consumer' | 'subject'>;

  constructor(readonly registry: Registry, outboxPending: () => Promise<number>) {
    this.rpcRequests = new Counter({ name: 'gov_rpc_requests_total', help: 'Requests served, by subject and outcome (ok or the error kind)', labelNames: ['subject', 'outcome'], registers: [registry] });
    this.rpcDuration = new Histogram({
      name: 'gov_rpc_duration_seconds',
      help: 'Time to answer a request',
      labelNames: ['subject'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    this.eventsConsumed = new Counter({
      name: 'gov_events_consumed_total',
      help: 'Event deliveries handled, by subject and outcome (processed, duplicate, retried, dead_lettered)',
      labelNames: ['subject', 'outcome'],
      registers: [registry],
    });
    this.rpcInFlight = new Gauge({ name: 'gov_rpc_in_flight', help: 'Requests being handled now (bounded by RPC_MAX_IN_FLIGHT)', registers: [registry] });
    this.deadLetters = new Counter({
      name: 'gov_dead_letters_total',
      help: 'Events moved to the dead letters after their last attempt, by consumer and subject (each one alerts)',
      labelNames: ['consumer', 'subject'],
      registers: [registry],
    });
    this.outboxPending = new Gauge({
      name: 'gov_outbox_pending',
      help: 'Events committed but not yet confirmed by the stream',
      registers: [registry],
      async collect() {
        this.set(await outboxPending().catch(() => -1));
      },
    });
  }
}
