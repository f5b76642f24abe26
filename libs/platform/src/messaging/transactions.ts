import { AsyncLocalStorage } from 'node:async_hooks';
import { CommonErrors, type EventEnvelope } from '@gov/contracts-common';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors.js';
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

/**
 * The request-reply call a piece of service code runs for (set by the RPC dispatcher): the caller's absolute deadline
 * and its idempotency key. `open` turns false when the call is answered, so work started from it that outlives it
 * (a job, a timer) is no longer bound by them.
 */
export interface RpcCallScope {
  subject: string;
  /** Epoch ms after which the caller no longer waits: nothing commits after it. */
  deadline?: number;
  /** The caller's Idempotency-Key, scoped by the caller's user id. */
  idempotencyKey?: string;
  /** Set once a transaction of this call recorded the key (with the effect). */
  recorded: boolean;
  open: boolean;
}

const currentCall = new AsyncLocalStorage<RpcCallScope>();

export function runInCall<T>(scope: RpcCallScope, work: () => Promise<T>): Promise<T> {
  return currentCall.run(scope, async () => {
    try {
      return await work();
    } finally {
      scope.open = false;
    }
  });
}

function openCall(): RpcCallScope | undefined {
  const scope = currentCall.getStore();
  return scope?.open ? scope : undefined;
}

/** Thrown (and rolled back) when another attempt with the same idempotency key committed first. */
export class IdempotentDuplicate extends Error {
  constructor(
    readonly key: string,
    readonly subject: string,
  ) {
    super(`the call ${subject} with this idempotency key was already done`);
    this.name = 'IdempotentDuplicate';
  }
}

/**
 * `<schema>.idempotency`: the idempotency keys of the calls whose effect committed, each recorded in the same
 * transaction as the effect, with the reply. A retry of a call finds its key and gets the stored reply.
 */
export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
  ) {}

  /** The stored reply of a call done before; undefined when none committed. */
  async find(key: string, subject: string): Promise<{ reply: unknown } | undefined> {
    const [row] = await this.dataSource.query(`SELECT reply FROM "${this.schema}".idempotency WHERE key = $1 AND subject = $2`, [key, subject]);
    return row ? { reply: row.reply as unknown } : undefined;
  }

  /**
   * Records the key in the transaction of the effect. A concurrent attempt with the same key waits here on the
   * unique key; if that one commits, this one fails with {@link IdempotentDuplicate} and rolls back.
   */
  async record(manager: EntityManager, key: string, subject: string, reply: unknown): Promise<void> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO "${this.schema}".idempotency (key, subject, reply) VALUES ($1, $2, $3) ON CONFLICT (key, subject) DO NOTHING RETURNING key`,
      [key, subject, JSON.stringify(reply ?? null)],
    );
    if (!inserted.length) throw new IdempotentDuplicate(key, subject);
  }

  /** The handler's final reply, once it is known (it may shape the transaction's result further). */
  async complete(key: string, subject: string, reply: unknown): Promise<void> {
    await this.dataSource.query(`UPDATE "${this.schema}".idempotency SET reply = $3 WHERE key = $1 AND subject = $2`, [key, subject, JSON.stringify(reply ?? null)]);
  }

  async purgeOlderThan(cutoff: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM "${this.schema}".idempotency WHERE created_at < $1`, [cutoff]);
  }
}

const currentTx = new AsyncLocalStorage<Tx>();

export class Transactions {
  readonly idempotency: IdempotencyStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly producer: string,
    private readonly relay: OutboxRelay,
  ) {
    this.idempotency = new IdempotencyStore(dataSource, schema);
  }

  /**
   * Runs `work` in one READ COMMITTED transaction; kicks the outbox relay after a commit that emitted events.
   * Called inside another transaction of this service, it is a savepoint of that one (one connection, never a
   * second), and its events are published when the outer transaction commits.
   *
   * Inside a request-reply call (see {@link RpcCallScope}), the outermost transaction does not commit after the
   * caller's deadline (it rolls back with a timeout error: the caller gave up and may retry), and the first one
   * records the call's idempotency key with its result, so the key and the effect commit together.
   */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const outer = currentTx.getStore();
    const nested = outer && outer.manager.connection === this.dataSource ? outer : undefined;
    const call = nested ? undefined : openCall();
    let tx: Tx | undefined;
    let recorded = false;
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      tx = new Tx(manager, this.schema, this.producer);
      const value = await currentTx.run(tx, () => work(tx as Tx));
      if (call?.idempotencyKey && !call.recorded) {
        await this.idempotency.record(manager, call.idempotencyKey, call.subject, value);
        recorded = true;
      }
      if (call?.deadline !== undefined && Date.now() > call.deadline) {
        throw new DomainError(CommonErrors.timeout, '调用方等待已超时，本次操作未保存，请重试');
      }
      return value;
    });
    if (call && recorded) call.recorded = true;
    if (nested) nested.emitted += tx?.emitted ?? 0;
    // The relay's work (and what an in-process bus delivers from it) belongs to no call: no deadline, no key.
    else if (tx?.emitted) currentCall.exit(() => this.relay.kick());
    return result;
  }
}
