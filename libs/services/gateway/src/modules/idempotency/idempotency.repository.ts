import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE } from '@gov/platform';
import { IsNull, LessThan, LessThanOrEqual, type DataSource, type Repository } from 'typeorm';
import { IdempotencyRecordEntity } from './idempotency-record.entity.js';

@Injectable()
export class IdempotencyRepository {
  private readonly records: Repository<IdempotencyRecordEntity>;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.records = dataSource.getRepository(IdempotencyRecordEntity);
  }

  find(accountId: string, key: string): Promise<IdempotencyRecordEntity | null> {
    return this.records.findOneBy({ accountId, key });
  }

  /** Claims the key for a request in progress; false when someone already holds it. */
  async claim(accountId: string, key: string, route: string, requestHash: string): Promise<boolean> {
    const result = await this.records
      .createQueryBuilder()
      .insert()
      .values({ accountId, key, route, requestHash, statusCode: null, createdAt: new Date() })
      .orIgnore()
      .returning(['key'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async complete(accountId: string, key: string, statusCode: number, response: unknown): Promise<void> {
    await this.records.update({ accountId, key }, { statusCode, response: response as object });
  }

  /** The call timed out: the key stays in progress until `until` (the service may still commit until then). */
  async hold(accountId: string, key: string, until: Date): Promise<void> {
    await this.records.update({ accountId, key, statusCode: IsNull() }, { heldUntil: until });
  }

  /** Takes over a key whose hold is over, for one retry to ask the service again; false when another retry took it. */
  async takeOver(accountId: string, key: string, now: Date): Promise<boolean> {
    const result = await this.records.update({ accountId, key, statusCode: IsNull(), heldUntil: LessThanOrEqual(now) }, { heldUntil: null });
    return (result.affected ?? 0) > 0;
  }

  async release(accountId: string, key: string): Promise<void> {
    await this.records.delete({ accountId, key, statusCode: IsNull() });
  }

  async purgeOlderThan(cutoff: Date): Promise<void> {
    await this.records.delete({ createdAt: LessThan(cutoff) });
  }
}
