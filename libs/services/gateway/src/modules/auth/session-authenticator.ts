import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { APP_CONFIG, DomainError, withSession } from '@gov/platform';
import { AuthErrors } from '@gov/contracts-gateway';
import type { GatewayEnv } from '../../gateway.env.js';
import { PermissionTablesCache } from '../accounts/permission-tables.js';
import { BoundedCache } from './bounded-cache.js';
import { SessionsRepository } from './sessions.repository.js';
import { TokenService } from './token.service.js';

/** How long a cached session is trusted before it is read again (bounds how late another replica's sign-out is seen). */
const CACHE_TTL_MS = 10_000;
/** Last-seen is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

interface CachedSession {
  sessionId: string;
  accountId: string;
  caller: CallerContext;
  mustChangePassword: boolean;
  expiresAt: number;
  lastSeenAt: number;
  lastWrittenAt: number;
}

export interface Principal {
  sessionId: string;
  caller: CallerContext;
  mustChangePassword: boolean;
}

/**
 * Turns a bearer token into a principal on every request: the token's signature and expiry, then the
 * session's state (so a signed-out session stops at once), idle expiry, and the account's current roles.
 * A bounded in-memory cache saves the database round trip; sign-out and account changes invalidate it.
 */
@Injectable()
export class SessionAuthenticator {
  /** Bounded (SESSION_CACHE_MAX, least recently used first out) and swept of sessions unused for a minute. */
  private readonly cache: BoundedCache<CachedSession>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
    private readonly tokens: TokenService,
    private readonly sessions: SessionsRepository,
    private readonly permissions: PermissionTablesCache,
  ) {
    this.cache = new BoundedCache<CachedSession>(config.SESSION_CACHE_MAX, CACHE_TTL_MS, TOUCH_INTERVAL_MS);
  }

  async authenticate(authorization: string | undefined, ip: string): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '');
    if (!match) throw new DomainError(AuthErrors.tokenInvalid, '请先登录（缺少 Authorization: Bearer 访问令牌）');
    const { sessionId } = this.tokens.verifyAccess(match[1]);
    const now = Date.now();
    // A miss reads the session and its account in one query; concurrent requests of one session share it.
    const entry = await this.cache.load(sessionId, () => this.load(sessionId, this.cache.peek(sessionId)), now);
    if (now > entry.expiresAt) {
      await this.end(sessionId, 'expired', 'absolute_timeout');
      throw new DomainError(AuthErrors.sessionEnded, '登录已超过最长有效期，请重新登录');
    }
    if (now - entry.lastSeenAt > this.config.IDLE_TIMEOUT_SECONDS * 1000) {
      await this.end(sessionId, 'expired', 'idle_timeout');
      throw new DomainError(AuthErrors.sessionIdle, `超过 ${Math.round(this.config.IDLE_TIMEOUT_SECONDS / 60)} 分钟未操作，会话已过期，请重新登录`);
    }
    entry.lastSeenAt = now;
    if (now - entry.lastWrittenAt >= TOUCH_INTERVAL_MS) {
      entry.lastWrittenAt = now;
      await this.sessions.touch(sessionId, new Date(now));
    }
    // Marked with its cache entry: the caller's signed session token is made once per entry (a reload, a sign-out or a
    // change of roles makes a new entry, hence a new token) and target app, not per call.
    return { sessionId, caller: withSession({ ...entry.caller, ip }, entry), mustChangePassword: entry.mustChangePassword };
  }

  /** Forgets a session at once (sign-out, refresh-token reuse). */
  invalidate(sessionId: string): void {
    this.cache.delete(sessionId);
  }

  /** Forgets every cached session of an account (disabled, roles or password changed). */
  invalidateAccount(accountId: string): void {
    this.cache.deleteWhere((entry) => entry.accountId === accountId);
  }

  private async load(sessionId: string, previous: CachedSession | undefined): Promise<CachedSession> {
    const found = await this.sessions.findWithAccount(sessionId);
    if (!found || found.session.state !== 'active' || found.account.status !== 'active') {
      throw new DomainError(AuthErrors.sessionEnded, '会话已结束（已退出或被注销），请重新登录');
    }
    const { session, account } = found;
    const lastSeenDb = session.lastSeenAt.getTime();
    return {
      sessionId,
      accountId: account.id,
      caller: await this.permissions.callerOf(account),
      mustChangePassword: account.mustChangePassword,
      expiresAt: session.expiresAt.getTime(),
      lastSeenAt: Math.max(lastSeenDb, previous?.lastSeenAt ?? 0),
      lastWrittenAt: Math.max(lastSeenDb, previous?.lastWrittenAt ?? 0),
    };
  }

  private async end(sessionId: string, state: 'expired' | 'revoked', reason: string): Promise<void> {
    this.cache.delete(sessionId);
    await this.sessions.end(sessionId, state, reason);
  }
}
