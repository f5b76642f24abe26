import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, DATA_SOURCE, LOGGER } from '@gov/platform';
import type { AuditOutcome, ListAuditEvents } from '@gov/contracts-gateway';
import type { Logger } from 'pino';
import { MoreThan, type DataSource, type Repository } from 'typeorm';
import type { GatewayEnv } from '../../gateway.env.js';
import { auditChainKey, chainHash, GENESIS_HASH, headMac, KEYED, type ChainedAuditFields, type ChainHead } from '../../security/hash-chain.js';
import { AuditEventEntity, AuditHeadEntity, AuditSettingEntity } from './audit-event.entity.js';

export type NewAuditEvent = Omit<ChainedAuditFields, 'seq' | 'id' | 'occurredAt' | 'outcome'> & { outcome: AuditOutcome };

/** The chain's head goes to the (shipped-off) application log at most this often, a second anchor outside the database. */
const HEAD_LOG_INTERVAL_MS = 60_000;

@Injectable()
export class AuditRepository {
  private readonly events: Repository<AuditEventEntity>;
  /** The HMAC-SM3 key of the chain (derived from FIELD_ENCRYPTION_KEY). */
  readonly chainKey: Buffer;
  private headLoggedAt = 0;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.events = dataSource.getRepository(AuditEventEntity);
    this.chainKey = auditChainKey(config.FIELD_ENCRYPTION_KEY);
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

  private async appendBatch(events: NewAuditEvent[]): Promise<AuditEventEntity[]> {
    const rows = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gateway:audit-chain'))`);
      const repository = manager.getRepository(AuditEventEntity);
      const [last] = await repository.find({ order: { seq: 'DESC' }, take: 1 });
      const head = await manager.getRepository(AuditHeadEntity).findOneBy({ id: true });
      // Rows cut off the end of the table do not make the chain start over: it goes on from the anchored head,
      // so the gap stays visible to verification.
      const fromHead = head !== null && head.seq > (last?.seq ?? 0);
      let seq = fromHead ? head.seq : (last?.seq ?? 0);
      let prevHash = fromHead ? head.hash : (last?.hash ?? GENESIS_HASH);
      const rows = events.map((event) => {
        const occurredAt = new Date();
        const fields: ChainedAuditFields = { ...event, seq: ++seq, id: randomUUID(), occurredAt: occurredAt.toISOString() };
        const row: AuditEventEntity = { ...fields, outcome: event.outcome, occurredAt, prevHash, hash: chainHash(prevHash, fields, this.chainKey), hashAlg: KEYED };
        prevHash = row.hash;
        return row;
      });
      await repository.insert(rows);
      // The head moves with the rows, in the same transaction: one cannot commit without the other.
      const newHead = { id: true, seq, hash: prevHash, mac: headMac(this.chainKey, seq, prevHash), updatedAt: new Date() };
      await manager.getRepository(AuditHeadEntity).upsert(newHead, ['id']);
      return rows;
    });
    const last = rows[rows.length - 1];
    if (last && Date.now() - this.headLoggedAt >= HEAD_LOG_INTERVAL_MS) {
      this.headLoggedAt = Date.now();
      this.logger.info({ auditHead: { seq: last.seq, hash: last.hash } }, '审计链头（用于与日志外部留存比对）');
    }
    return rows;
  }

  /** The anchored head of the chain; null before the first keyed append. */
  async head(): Promise<ChainHead | null> {
    const row = await this.dataSource.getRepository(AuditHeadEntity).findOneBy({ id: true });
    return row ? { seq: row.seq, hash: row.hash, mac: row.mac } : null;
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
