import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventEnvelope } from '@gov/contracts-common';
import type { DataSource, EntityManager } from 'typeorm';
import { validatePayload } from '../validation.js';
import { buildEnvelope, writeOutbox, type OutboxRelay } from './outbox.js';

/** A unit of work: the changes and the events they cause commit together or not at all. */
export class Tx {
  emitted = 0;
  constructor(
    readonly manager: EntityManager,
    private readonly schema: string,
    private readonly producer: string,
  ) {}

  /**
   * Records an event in the outbox, in this transaction. `id` (default: a new UUID) is the event id that consumers
   * deduplicate on; give the record's own id where an event is "the one event of this record". With `contract` (the
   * event class its consumers validate with), the payload is validated first, as JSON, so an event the consumer would
   * refuse is never written: the transaction fails with a validation error instead.
   */
  async emit<T>(subject: string, data: T, id?: string, contract?: new () => object): Promise<EventEnvelope<T>> {
    if (contract) await validatePayload(contract, JSON.parse(JSON.stringify(data)));
    const envelope = buildEnvelope(this.producer, subject, data, id);
    await writeOutbox(this.manager, this.schema, envelope);
    this.emitted++;
    return envelope;
  }
}

const currentTx = new AsyncLocalStorage<Tx>();

export class Transactions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly producer: string,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Runs `work` in one READ COMMITTED transaction; kicks the outbox relay after a commit that emitted events.
   * Called inside another transaction of this service, it is a savepoint of that one (one connection, never a
   * second), and its events are published when the outer transaction commits.
   */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const outer = currentTx.getStore();
    const nested = outer && outer.manager.connection === this.dataSource ? outer : undefined;
    let tx: Tx | undefined;
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      tx = new Tx(manager, this.schema, this.producer);
      return currentTx.run(tx, () => work(tx as Tx));
    });
    if (nested) nested.emitted += tx?.emitted ?? 0;
    else if (tx?.emitted) this.relay.kick();
    return result;
  }
}
