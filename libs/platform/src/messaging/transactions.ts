import type { EventEnvelope } from '@gov/contracts-common';
import type { DataSource, EntityManager } from 'typeorm';
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
   * deduplicate on; give the record's own id where an event is "the one event of this record".
   */
  async emit<T>(subject: string, data: T, id?: string): Promise<EventEnvelope<T>> {
    const envelope = buildEnvelope(this.producer, subject, data, id);
    await writeOutbox(this.manager, this.schema, envelope);
    this.emitted++;
    return envelope;
  }
}

export class Transactions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly producer: string,
    private readonly relay: OutboxRelay,
  ) {}

  /** Runs `work` in one READ COMMITTED transaction; kicks the outbox relay after a commit that emitted events. */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let tx: Tx | undefined;
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      tx = new Tx(manager, this.schema, this.producer);
      return work(tx);
    });
    if (tx?.emitted) this.relay.kick();
    return result;
  }
}
