import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE } from '@gov/platform';
import type { AuditOutcome, ListAuditEvents } from '@gov/contracts-gateway';
import { MoreThan, type DataSource, type Repository } from 'typeorm';
import { chainHash, GENESIS_HASH, type ChainedAuditFields } from '../../security/hash-chain.js';
import { AuditEventEntity, AuditSettingEntity } from './audit-event.entity.js';

export type NewAuditEvent = Omit<ChainedAuditFields, 'seq' | 'id' | 'occurredAt' | 'outcome'> & { outcome: AuditOutcome };

@Injectable()
export class AuditRepository {
  private readonly events: Repository<AuditEventEntity>;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  private readonly queue: { event: NewAuditEvent; resolve: (row: AuditEventEntity) => void; reject: (error: unknown) => void }[] = [];
  private flushing = false;

  /**
   * Appends one row to the chain; resolves once the row is committed. Appends that arrive together are written
   * in one transaction (group commit), so the chain's lock is taken once per batch instead of once per write.
   * The transaction-scoped advisory lock makes batches strictly one after the other, across replicas too, so
   * every row links to exactly the row before it.
   */
  append(event: NewAuditEvent): Promise<AuditEventEntity> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, 500);
        try {
          const rows = await this.appendBatch(batch.map((b) => b.event));
          batch.forEach((b, i) => b.resolve(rows[i]));
        } catch (error) {
          batch.forEach((b) => b.reject(error));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private appendBatch(events: NewAuditEvent[]): Promise<AuditEventEntity[]> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gateway:audit-chain'))`);
      const repository = manager.getRepository(AuditEventEntity);
      const [last] = await repository.find({ order: { seq: 'DESC' }, take: 1 });
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const rows = events.map((event) => {
        const occurredAt = new Date();
        const fields: ChainedAuditFields = { ...event, seq: ++seq, id: randomUUID(), occurredAt: occurredAt.toISOString() };
        const row: AuditEventEntity = { ...fields, outcome: event.outcome, occurredAt, prevHash, hash: chainHash(prevHash, fields) };
        prevHash = row.hash;
        return row;
      });
      await repository.insert(rows);
      return rows;
    });
  }

  async list(query: ListAuditEvents.Request, limit: number, offset: number): Promise<[AuditEventEntity[], number]> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.seq', 'DESC').limit(limit).offset(offset);
    if (query.actor) qb.andWhere('e.actor_username = :actor', { actor: query.actor });
    if (query.action) qb.andWhere('e.action LIKE :action', { action: `${query.action.replace(/[\\%_]/g, '\\$&')}%` });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: new Date(query.to) });
    return qb.getManyAndCount();
  }

  /** The chain in order, a batch at a time. */
  batchAfter(seq: number, size: number): Promise<AuditEventEntity[]> {
    return this.events.find({ where: { seq: MoreThan(seq) }, order: { seq: 'ASC' }, take: size });
  }

  /** Lengthens the retention the delete trigger enforces; the table's CHECK refuses anything under 180 days. */
  async setRetentionDays(days: number): Promise<void> {
    await this.dataSource.getRepository(AuditSettingEntity).update({ id: true }, { retentionDays: days });
  }
}
