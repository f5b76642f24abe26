import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { APP_CONFIG, DomainError, FieldCipher } from '@gov/platform';
import { AuthErrors, type ChangePassword, type EnrollTotp, type Login, type MeView, type Refresh } from '@gov/contracts-gateway';
import type { GatewayEnv } from '../../gateway.env.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../security/password-hash.js';
import { passwordPolicyViolations } from '../../security/password-policy.js';
import { newTotpSecret, otpauthUri, verifyTotp } from '../../security/totp.js';
import type { AccountEntity } from '../accounts/account.entity.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PermissionTablesCache } from '../accounts/permission-tables.js';
import { AuditService, SIGN_IN_ACTION, TOTP_ENROLL_ACTION } from '../audit/audit.service.js';
import { needsSecondFactor } from './second-factor.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { LoginThrottleRepository, SessionsRepository } from './sessions.repository.js';
import { hashRefreshToken, newRefreshToken, TokenService } from './token.service.js';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_SECONDS = 15 * 60;

export interface RequestMeta {
  ip: string;
  requestId: string;
  userAgent?: string;
}

type SignInFailure = 'unknown_user' | 'bad_password' | 'locked' | 'disabled' | 'totp_required' | 'totp_invalid' | 'totp_replayed';

/** Sign-in, the second factor, token refresh with rotation, sign-out and password change. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly tokens: TokenService,
    private readonly authenticator: SessionAuthenticator,
    private readonly permissions: PermissionTablesCache,
    private readonly audit: AuditService,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async login(request: Login.Request, meta: RequestMeta): Promise<Login.Reply> {
    const username = request.username.trim();
    const throttle = await this.throttle.find(username, meta.ip);
    if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > Date.now()) {
      await this.failSignIn(username, null, 'locked', meta);
      throw this.lockedError(throttle.lockedUntil);
    }
    const account = await this.accounts.findByUsername(username);
    const passwordOk = account ? await verifyPassword(request.password, account.passwordHash) : await verifyAgainstDummy(request.password);
    if (!account || !passwordOk) return this.countFailure(username, account, account ? 'bad_password' : 'unknown_user', meta);
    const signedIn = account;
    if (signedIn.status !== 'active') {
      await this.failSignIn(username, signedIn, 'disabled', meta);
      throw new DomainError(AuthErrors.accountDisabled, '账户已停用，如有疑问请联系系统管理员');
    }
    if (needsSecondFactor(signedIn, this.config.TOTP_MIN_CLEARANCE)) {
      if (!signedIn.totpSecret) return this.startEnrollment(signedIn, meta);
      if (!request.totp) {
        await this.failSignIn(username, signedIn, 'totp_required', meta);
        throw new DomainError(AuthErrors.totpRequired, '管理员及机密以上涉密人员登录须输入身份验证器上的 6 位动态验证码');
      }
      await this.checkTotp(signedIn, signedIn.totpSecret, request.totp, meta, SIGN_IN_ACTION);
    }
    await this.throttle.reset(username, meta.ip);
    return this.openSession(signedIn, meta, SIGN_IN_ACTION);
  }

  /** Confirms the authenticator an administrator (or 机密-cleared staff) has just set up, and completes the sign-in. */
  async enrollTotp(request: EnrollTotp.Request, meta: RequestMeta): Promise<EnrollTotp.Reply> {
    const accountId = this.tokens.verifyEnrollment(request.enrollmentToken);
    const account = await this.accounts.findById(accountId);
    if (!account || account.status !== 'active' || !account.totpPendingSecret || account.totpSecret) {
      throw new DomainError(AuthErrors.enrollmentInvalid, '绑定令牌无效或已使用，请重新登录');
    }
    const throttle = await this.throttle.find(account.username, meta.ip);
    if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > Date.now()) {
      await this.failSignIn(account.username, account, 'locked', meta, TOTP_ENROLL_ACTION);
      throw this.lockedError(throttle.lockedUntil);
    }
    const step = await this.checkTotp(account, account.totpPendingSecret, request.code, meta, TOTP_ENROLL_ACTION);
    const enrolled = await this.accounts.update(account, { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpLastStep: step }, account.username);
    if (!enrolled) throw new DomainError(AuthErrors.enrollmentInvalid, '账户信息已变化，请重新登录');
    await this.throttle.reset(account.username, meta.ip);
    return this.openSession(enrolled, meta, TOTP_ENROLL_ACTION);
  }

  /**
   * Exchanges a refresh token for a new pair. Each refresh token is good once: presenting one that was already
   * exchanged means it was copied, so the whole session (every token of that sign-in) is revoked.
   */
  async refresh(request: Refresh.Request): Promise<{ reply: Refresh.Reply; account: AccountEntity }> {
    const oldHash = hashRefreshToken(request.refreshToken);
    const stored = await this.sessions.findRefreshToken(oldHash);
    if (!stored) throw new DomainError(AuthErrors.refreshInvalid, '刷新令牌无效，请重新登录');
    const found = await this.sessions.findWithAccount(stored.sessionId);
    if (!found) throw new DomainError(AuthErrors.refreshInvalid, '刷新令牌无效，请重新登录');
    const { session, account } = found;
    if (stored.rotatedAt) {
      await this.revokeForReuse(session.id);
      throw new DomainError(AuthErrors.refreshReused, '刷新令牌已被使用过，可能已泄露；该登录会话已注销，请重新登录');
    }
    const now = new Date();
    if (session.state !== 'active' || account.status !== 'active') throw new DomainError(AuthErrors.sessionEnded, '会话已结束，请重新登录');
    if (now > session.expiresAt || now > stored.expiresAt) {
      await this.sessions.end(session.id, 'expired', 'absolute_timeout');
      throw new DomainError(AuthErrors.sessionEnded, '登录已超过最长有效期，请重新登录');
    }
    if (now.getTime() - session.lastSeenAt.getTime() > this.config.IDLE_TIMEOUT_SECONDS * 1000) {
      await this.sessions.end(session.id, 'expired', 'idle_timeout');
      this.authenticator.invalidate(session.id);
      throw new DomainError(AuthErrors.sessionIdle, '长时间未操作，会话已过期，请重新登录');
    }
    const refreshToken = newRefreshToken();
    const rotated = await this.sessions.rotate(oldHash, hashRefreshToken(refreshToken), session.id, session.expiresAt, now);
    if (!rotated) {
      await this.revokeForReuse(session.id);
      throw new DomainError(AuthErrors.refreshReused, '刷新令牌已被使用过，可能已泄露；该登录会话已注销，请重新登录');
    }
    const access = this.tokens.issueAccess(account.id, session.id);
    return {
      reply: { status: 'signed_in', accessToken: access.token, refreshToken, tokenType: 'Bearer', expiresIn: access.expiresIn, passwordChangeRequired: account.mustChangePassword },
      account,
    };
  }

  async logout(sessionId: string): Promise<void> {
    this.authenticator.invalidate(sessionId);
    await this.sessions.end(sessionId, 'revoked', 'logout');
  }

  /** Changes one's own password under the policy; other sessions of the account are signed out. */
  async changePassword(caller: CallerContext, sessionId: string, request: ChangePassword.Request): Promise<void> {
    const account = await this.accounts.findById(caller.userId);
    if (!account) throw new DomainError(AuthErrors.sessionEnded, '会话已结束，请重新登录');
    if (!(await verifyPassword(request.currentPassword, account.passwordHash))) {
      throw new DomainError(AuthErrors.wrongCurrentPassword, '当前密码错误，请重新输入');
    }
    const problems = passwordPolicyViolations(request.newPassword, account.username);
    if (request.newPassword === request.currentPassword) problems.push('新密码不能与当前密码相同');
    if (problems.length) {
      throw new DomainError(AuthErrors.passwordPolicy, problems.join('；'), problems.map((message) => ({ field: 'newPassword', code: 'passwordPolicy', message: `newPassword：${message}` })));
    }
    // The new password and the end of the account's other sessions commit together: no window in which a
    // session opened with the old password outlives the change.
    const updated = await this.accounts.updateAnd(
      account,
      { passwordHash: await hashPassword(request.newPassword), mustChangePassword: false, passwordChangedAt: new Date() },
      account.username,
      (manager) => this.sessions.endAllOf(account.id, 'password_changed', sessionId, manager),
    );
    this.authenticator.invalidateAccount(account.id);
    if (!updated) throw new DomainError({ kind: 'conflict', code: 'ACCOUNT.VERSION_CONFLICT', title: '账户信息已被修改' }, '账户信息刚被修改，请重试');
  }

  async me(caller: CallerContext): Promise<MeView> {
    const account = await this.accounts.findById(caller.userId);
    if (!account) throw new DomainError(AuthErrors.sessionEnded, '会话已结束，请重新登录');
    return {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      permissions: await this.permissions.permissionsOf(account.roles, account.sectionCode),
      sectionCode: account.sectionCode,
      unitId: account.unitId,
      clearance: account.clearance,
      passwordChangeRequired: account.mustChangePassword,
      totpEnrolled: Boolean(account.totpSecret),
    };
  }

  private async startEnrollment(account: AccountEntity, meta: RequestMeta): Promise<Login.Reply> {
    const secret = newTotpSecret();
    // TOTP secrets are kept encrypted (SM4): a copy of the table gives no one the second factor.
    await this.accounts.update(account, { totpPendingSecret: this.cipher.encrypt(secret) }, account.username);
    await this.audit.record({
      actorId: account.id,
      actorUsername: account.username,
      action: SIGN_IN_ACTION,
      statusCode: 200,
      outcome: 'success',
      reason: 'totp_enrollment_started',
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return {
      status: 'totp_enrollment_required',
      enrollmentToken: this.tokens.issueEnrollment(account.id),
      totpSecret: secret,
      otpauthUri: otpauthUri(secret, account.username, this.config.TOTP_ISSUER),
    };
  }

  /** A code is good within ±30 s, and once: a step at or before the last one used is refused (RFC 6238 §5.2). */
  private async checkTotp(account: AccountEntity, sealedSecret: string, code: string, meta: RequestMeta, action: string): Promise<number> {
    const step = verifyTotp(this.cipher.decrypt(sealedSecret), code);
    if (step === null) return this.countFailure(account.username, account, 'totp_invalid', meta, action);
    // Enrolled: compare-and-set on the last step, so two sign-ins racing with one code cannot both pass.
    // Enrolling: the pending secret is confirmed by a versioned update, which only one request can make.
    const fresh = account.totpSecret ? await this.accounts.advanceTotpStep(account.id, step) : account.totpLastStep === null || step > account.totpLastStep;
    if (!fresh) {
      await this.failSignIn(account.username, account, 'totp_replayed', meta, action);
      throw new DomainError(AuthErrors.totpInvalid, '该动态验证码已使用过，请等待下一个验证码');
    }
    return step;
  }

  /** Records a failed attempt that counts towards lockout, then refuses without saying whether the name exists. */
  private async countFailure(username: string, account: AccountEntity | null, reason: SignInFailure, meta: RequestMeta, action = SIGN_IN_ACTION): Promise<never> {
    const { lockedUntil } = await this.throttle.recordFailure(username, meta.ip, MAX_FAILED_SIGN_INS, LOCKOUT_SECONDS);
    await this.failSignIn(username, account, reason, meta, action);
    if (lockedUntil) throw this.lockedError(lockedUntil);
    if (reason === 'totp_invalid') throw new DomainError(AuthErrors.totpInvalid, '动态验证码错误，请核对身份验证器后重试');
    throw new DomainError(AuthErrors.invalidCredentials, '用户名或密码错误');
  }

  private async failSignIn(username: string, account: AccountEntity | null, reason: SignInFailure, meta: RequestMeta, action = SIGN_IN_ACTION): Promise<void> {
    await this.audit.record({
      actorId: account?.id ?? null,
      actorUsername: username.slice(0, 64),
      action,
      statusCode: 401,
      outcome: 'failure',
      reason,
      ip: meta.ip,
      requestId: meta.requestId,
    });
  }

  private lockedError(until: Date): DomainError {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return new DomainError(AuthErrors.accountLocked, `连续 ${MAX_FAILED_SIGN_INS} 次登录失败，账户已锁定 15 分钟，请约 ${minutes} 分钟后再试`);
  }

  private async openSession(account: AccountEntity, meta: RequestMeta, action: string): Promise<Login.Reply> {
    const now = new Date();
    const sessionId = randomUUID();
    const refreshToken = newRefreshToken();
    await this.sessions.createWithRefreshToken(
      {
        id: sessionId,
        accountId: account.id,
        state: 'active',
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        endedAt: null,
        endReason: null,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      },
      hashRefreshToken(refreshToken),
    );
    await this.audit.record({ actorId: account.id, actorUsername: account.username, action, targetId: sessionId, statusCode: 200, outcome: 'success', ip: meta.ip, requestId: meta.requestId });
    const access = this.tokens.issueAccess(account.id, sessionId);
    return {
      status: 'signed_in',
      accessToken: access.token,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      passwordChangeRequired: account.mustChangePassword,
    };
  }

  private async revokeForReuse(sessionId: string): Promise<void> {
    this.authenticator.invalidate(sessionId);
    await this.sessions.end(sessionId, 'revoked', 'refresh_token_reuse');
  }
}
