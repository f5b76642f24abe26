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

  /**
   * Appends one row to the chain. The transaction-scoped advisory lock makes appends strictly one after the
   * other, across replicas too, so every row links to exactly the row before it.
   */
  async append(event: NewAuditEvent): Promise<AuditEventEntity> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gateway:audit-chain'))`);
      const repository = manager.getRepository(AuditEventEntity);
      const [last] = await repository.find({ order: { seq: 'DESC' }, take: 1 });
      const occurredAt = new Date();
      const fields: ChainedAuditFields = { ...event, seq: (last?.seq ?? 0) + 1, id: randomUUID(), occurredAt: occurredAt.toISOString() };
      const prevHash = last?.hash ?? GENESIS_HASH;
      const row: AuditEventEntity = { ...fields, outcome: event.outcome, occurredAt, prevHash, hash: chainHash(prevHash, fields) };
      await repository.insert(row);
      return row;
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
