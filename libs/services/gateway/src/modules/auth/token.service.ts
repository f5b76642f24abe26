import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, DomainError, FieldCipher } from '@gov/platform';
import { AuthErrors } from '@gov/contracts-gateway';
import type { GatewayEnv } from '../../gateway.env.js';
import { signJwt, verifyJwt, type TokenClaims } from '../../security/jwt.js';
import { SessionsRepository } from './sessions.repository.js';

const ISSUER = 'gov-office-gateway';
const ENROLLMENT_TTL_SECONDS = 300;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Signs and checks the gateway's tokens with the configured secret or, absent one, a secret generated once and kept, sealed, in the schema. */
@Injectable()
export class TokenService implements OnModuleInit {
  private secret: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
    private readonly sessions: SessionsRepository,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  /**
   * The generated signing key is kept in the gateway schema sealed with FIELD_ENCRYPTION_KEY (SM4 + HMAC-SM3), a key
   * the database never sees: a copy of the schema cannot mint tokens. A key an older release stored in clear is
   * sealed in place on the first start.
   */
  async onModuleInit(): Promise<void> {
    if (this.config.JWT_SECRET) {
      this.secret = Buffer.from(this.config.JWT_SECRET, 'utf8');
      return;
    }
    const stored = await this.sessions.secret('jwt-hs256', () => this.cipher.encrypt(randomBytes(48).toString('base64url')));
    if (stored.startsWith('sm4:')) {
      this.secret = Buffer.from(this.cipher.decrypt(stored), 'utf8');
      return;
    }
    await this.sessions.resealSecret('jwt-hs256', stored, this.cipher.encrypt(stored));
    this.secret = Buffer.from(stored, 'utf8');
  }

  issueAccess(accountId: string, sessionId: string): { token: string; expiresIn: number } {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const claims: TokenClaims = { sub: accountId, sid: sessionId, typ: 'access', iat: now, exp: now + expiresIn, iss: ISSUER };
    return { token: signJwt(claims, this.secret), expiresIn };
  }

  issueEnrollment(accountId: string): string {
    const now = Math.floor(Date.now() / 1000);
    return signJwt({ sub: accountId, typ: 'totp-enrollment', iat: now, exp: now + ENROLLMENT_TTL_SECONDS, iss: ISSUER }, this.secret);
  }

  verifyAccess(token: string): { accountId: string; sessionId: string } {
    const result = verifyJwt(token, this.secret);
    if (!result.ok) {
      if (result.reason === 'expired') throw new DomainError(AuthErrors.tokenExpired, '访问令牌已过期，请用刷新令牌换取新的访问令牌');
      throw new DomainError(AuthErrors.tokenInvalid, '访问令牌无效，请重新登录');
    }
    const { claims } = result;
    if (claims.typ !== 'access' || !claims.sid || claims.iss !== ISSUER) throw new DomainError(AuthErrors.tokenInvalid, '访问令牌无效，请重新登录');
    return { accountId: claims.sub, sessionId: claims.sid };
  }

  verifyEnrollment(token: string): string {
    const result = verifyJwt(token, this.secret);
    if (!result.ok || result.claims.typ !== 'totp-enrollment' || result.claims.iss !== ISSUER) {
      throw new DomainError(AuthErrors.enrollmentInvalid, '绑定令牌无效或已过期（5 分钟内有效），请重新登录');
    }
    return result.claims.sub;
  }
}
