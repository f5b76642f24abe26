import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors } from '@gov/contracts-common';
import { DomainError, withIdempotencyKey } from '@gov/platform';
import { GatewayErrors } from '../../http/problem.js';
import { IdempotencyRepository } from './idempotency.repository.js';

const RETENTION_MS = 24 * 3600 * 1000;
const PURGE_INTERVAL_MS = 10 * 60 * 1000;
/**
 * How long a key whose call timed out stays in progress. The service does not commit after the call's deadline (about
 * now, when the timeout is seen), by its own clock: the margin covers the clocks' skew and a commit under way.
 */
export const TIMEOUT_HOLD_MS = 5000;

/** A 409 for a key still in progress that says when to come back. */
export class IdempotencyInProgressError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(GatewayErrors.idempotencyInProgress, `相同 Idempotency-Key 的请求仍在处理中，请 ${retryAfterSeconds} 秒后重试`);
  }
}

export interface IdempotentAnswer<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

/**
 * `Idempotency-Key` on creating POSTs: the first answer per user and key is kept 24 hours and a retry gets it
 * again instead of creating a second record. The key goes along with the service call (`withIdempotencyKey`): the
 * service records it in the transaction of the effect. A failed first attempt releases the key, so a retry runs
 * again; one that timed out keeps it in progress (409 + Retry-After) until the service can no longer commit, and the
 * retry after that asks the service again with the same key: the first result if it committed, else a new attempt.
 */
@Injectable()
export class IdempotencyService {
  private lastPurge = 0;

  constructor(private readonly repository: IdempotencyRepository) {}

  async run<T>(accountId: string, key: string | undefined, route: string, body: unknown, statusCode: number, work: () => Promise<T>): Promise<IdempotentAnswer<T>> {
    if (key === undefined) return { statusCode, body: await work(), replayed: false };
    if (!/^[A-Za-z0-9_:.-]{8,128}$/.test(key)) {
      throw new DomainError(CommonErrors.validationFailed, 'Idempotency-Key 请求头格式不正确', [
        { field: 'Idempotency-Key', code: 'matches', message: 'Idempotency-Key：须为 8–128 位字母、数字或 _ : . -（建议使用 UUID）' },
      ]);
    }
    await this.purgeNow();
    const requestHash = createHash('sha256').update(`${route}\n${JSON.stringify(body ?? null)}`).digest('hex');
    if (!(await this.repository.claim(accountId, key, route, requestHash))) {
      const existing = await this.repository.find(accountId, key);
      if (!existing) return this.run(accountId, key, route, body, statusCode, work);
      if (existing.requestHash !== requestHash) throw new DomainError(GatewayErrors.idempotencyMismatch, '该 Idempotency-Key 已用于内容不同的请求，请为新请求使用新的键');
      if (existing.statusCode !== null) return { statusCode: existing.statusCode, body: existing.response as T, replayed: true };
      const heldUntil = existing.heldUntil;
      const now = Date.now();
      if (!heldUntil || heldUntil.getTime() > now || !(await this.repository.takeOver(accountId, key, new Date(now)))) {
        throw new IdempotencyInProgressError(heldUntil ? Math.max(1, Math.ceil((heldUntil.getTime() - now) / 1000)) : 1);
      }
    }
    try {
      const result = await withIdempotencyKey(key, work);
      await this.repository.complete(accountId, key, statusCode, result);
      return { statusCode, body: result, replayed: false };
    } catch (error) {
      if (error instanceof DomainError && error.toBody().kind === 'timeout') {
        await this.repository.hold(accountId, key, new Date(Date.now() + TIMEOUT_HOLD_MS));
      } else {
        await this.repository.release(accountId, key);
      }
      throw error;
    }
  }

  private async purgeNow(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = now;
    await this.repository.purgeOlderThan(new Date(now - RETENTION_MS));
  }
}
