import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE } from '@gov/platform';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { LoginThrottleEntity, RefreshTokenEntity, SecretEntity, SessionEntity, type SessionState } from './session.entity.js';

@Injectable()
export class SessionsRepository {
  private readonly sessions: Repository<SessionEntity>;
  private readonly refreshTokens: Repository<RefreshTokenEntity>;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.sessions = dataSource.getRepository(SessionEntity);
    this.refreshTokens = dataSource.getRepository(RefreshTokenEntity);
  }

  async createWithRefreshToken(session: SessionEntity, refreshHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(SessionEntity).insert(session);
      await manager.getRepository(RefreshTokenEntity).insert({ tokenHash: refreshHash, sessionId: session.id, createdAt: new Date(), expiresAt: session.expiresAt, rotatedAt: null });
    });
  }

  /** The session with its account, for authenticating a request. */
  async findWithAccount(sessionId: string): Promise<{ session: SessionEntity; account: AccountEntity } | null> {
    // One query: the session joined to its account.
    const found = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.account', AccountEntity, 'a', 'a.id = s.account_id')
      .where('s.id = :sessionId', { sessionId })
      .getOne();
    if (!found) return null;
    const { account, ...session } = found as SessionEntity & { account: AccountEntity };
    return { session, account };
  }

  async touch(sessionId: string, at: Date): Promise<void> {
    await this.sessions.update({ id: sessionId, state: 'active' }, { lastSeenAt: at });
  }

  /** Ends an active session; false when it had already ended. */
  async end(sessionId: string, state: Exclude<SessionState, 'active'>, reason: string): Promise<boolean> {
    const result = await this.sessions.update({ id: sessionId, state: 'active' }, { state, endReason: reason, endedAt: new Date() });
    return Boolean(result.affected);
  }

  /** Ends every active session of an account (but one, optionally); returns the ids ended. */
  async endAllOf(accountId: string, reason: string, except?: string, manager?: EntityManager): Promise<string[]> {
    const qb = (manager ? manager.getRepository(SessionEntity) : this.sessions)
      .createQueryBuilder()
      .update()
      .set({ state: 'revoked', endReason: reason, endedAt: new Date() })
      .where('account_id = :accountId AND state = :active', { accountId, active: 'active' })
      .returning('id');
    if (except) qb.andWhere('id <> :except', { except });
    const result = await qb.execute();
    return (result.raw as { id: string }[]).map((r) => r.id);
  }

  findRefreshToken(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.refreshTokens.findOneBy({ tokenHash });
  }

  /**
   * Exchanges a refresh token for a new one in one transaction. The old one is marked rotated only if it was
   * not already: false means it had been used before (or concurrently), which the caller treats as reuse.
   */
  async rotate(oldHash: string, newHash: string, sessionId: string, expiresAt: Date, at: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder()
        .update()
        .set({ rotatedAt: at })
        .where('token_hash = :oldHash AND rotated_at IS NULL', { oldHash })
        .execute();
      if (!result.affected) return false;
      await manager.getRepository(RefreshTokenEntity).insert({ tokenHash: newHash, sessionId, createdAt: at, expiresAt, rotatedAt: null });
      await manager.getRepository(SessionEntity).update({ id: sessionId, state: 'active' }, { lastSeenAt: at });
      return true;
    });
  }

  /** A named secret, created once (the first replica to get here wins; the others read its value). */
  async secret(name: string, make: () => string): Promise<string> {
    await this.dataSource
      .getRepository(SecretEntity)
      .createQueryBuilder()
      .insert()
      .values({ name, value: make(), createdAt: new Date() })
      .orIgnore()
      .execute();
    const row = await this.dataSource.getRepository(SecretEntity).findOneByOrFail({ name });
    return row.value;
  }

  /** Replaces a secret's stored form (sealing a clear one), only if it is still what the caller read. */
  async resealSecret(name: string, current: string, sealed: string): Promise<void> {
    await this.dataSource.getRepository(SecretEntity).update({ name, value: current }, { value: sealed });
  }
}

/**
 * Consecutive failed sign-ins per typed username and client address; five in a row lock that name for that
 * address for fifteen minutes. Keyed by address too, so that guessing from one place cannot lock the owner
 * (or the administrators, whose names are known) out from everywhere else.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  find(username: string, address: string): Promise<LoginThrottleEntity | null> {
    return this.dataSource.getRepository(LoginThrottleEntity).findOneBy({ username: username.toLowerCase(), address });
  }

  /** Counts a failure atomically; on reaching `maxFailures` the name is locked for the address and the count starts over. */
  async recordFailure(username: string, address: string, maxFailures: number, lockSeconds: number): Promise<{ lockedUntil: Date | null }> {
    const schema = (this.dataSource.options as { schema?: string }).schema ?? 'public';
    const rows: { locked_until: Date | null }[] = await this.dataSource.query(
      `INSERT INTO "${schema}".login_throttle AS t (username, address, failed_count, locked_until, updated_at)
            VALUES ($1, $4, CASE WHEN $2 <= 1 THEN 0 ELSE 1 END, CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $3) END, now())
       ON CONFLICT (username, address) DO UPDATE SET
            failed_count = CASE WHEN t.failed_count + 1 >= $2 THEN 0 ELSE t.failed_count + 1 END,
            locked_until = CASE WHEN t.failed_count + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE t.locked_until END,
            updated_at = now()
       RETURNING locked_until`,
      [username.toLowerCase(), maxFailures, lockSeconds, address],
    );
    const lockedUntil = rows[0]?.locked_until ?? null;
    return { lockedUntil: lockedUntil && lockedUntil.getTime() > Date.now() ? lockedUntil : null };
  }

  async reset(username: string, address: string): Promise<void> {
    await this.dataSource.getRepository(LoginThrottleEntity).delete({ username: username.toLowerCase(), address });
  }
}
