import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ADMIN_ROLES, CommonErrors, pageOf, type CallerContext, type Clearance, type RoleCode } from '@gov/contracts-common';
import { APP_CONFIG, DomainError, FieldCipher, LOGGER } from '@gov/platform';
import { AccountErrors, BUSINESS_ROLES, type AccountView, type AssignRoles, type CreateAccount, type DisableAccount, type ListAccounts, type LeaderView, type ResetPassword, type SectionView } from '@gov/contracts-gateway';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { adminUsernamesOf, type GatewayEnv } from '../../gateway.env.js';
import { hashPassword } from '../../security/password-hash.js';
import { generatePassword } from '../../security/password-policy.js';
import { needsSecondFactor } from '../auth/second-factor.js';
import { SessionAuthenticator } from '../auth/session-authenticator.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import type { AccountEntity } from './account.entity.js';
import { AccountsRepository } from './accounts.repository.js';

/** The three administrators created at first start (三员分立); their usernames come from ADMIN_USERNAMES. */
export const BOOTSTRAP_ADMINS: { displayName: string; role: RoleCode }[] = [
  { displayName: '系统管理员', role: 'sys_admin' },
  { displayName: '安全保密管理员', role: 'sec_admin' },
  { displayName: '安全审计员', role: 'audit_admin' },
];

const SECTION_ROLES: readonly RoleCode[] = ['section_chief', 'section_staff'];

export function toAccountView(account: AccountEntity): AccountView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    sectionCode: account.sectionCode,
    unitId: account.unitId,
    clearance: account.clearance,
    status: account.status,
    passwordChangeRequired: account.mustChangePassword,
    totpEnrolled: Boolean(account.totpSecret),
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

function isAdminAccount(account: Pick<AccountEntity, 'roles'>): boolean {
  return account.roles.some((role) => ADMIN_ROLES.includes(role));
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  roles?: RoleCode[];
  sectionCode?: string | null;
  unitId?: string | null;
  clearance?: Clearance;
  mustChangePassword?: boolean;
  totpSecret?: string | null;
}

/**
 * Accounts under 三员分立: the system administrator creates, disables and resets accounts (never roles);
 * the security administrator assigns business roles, section, unit and clearance (never admin roles, never
 * to an administrator, never to themself). Neither may touch an administrator's account.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly authenticator: SessionAuthenticator,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
  ) {}

  async create(request: CreateAccount.Request, caller: CallerContext): Promise<CreateAccount.Reply> {
    if (await this.accounts.findByUsername(request.username)) throw new DomainError(AccountErrors.usernameTaken, `用户名「${request.username}」已被使用，请换一个`);
    const initialPassword = generatePassword();
    const account = await this.insert({ username: request.username, displayName: request.displayName, password: initialPassword }, caller.username);
    return { ...toAccountView(account), initialPassword };
  }

  async list(query: ListAccounts.Request): Promise<ListAccounts.Reply> {
    const { limit, offset } = pageOf(query);
    const [rows, total] = await this.accounts.list(query, limit, offset);
    return { items: rows.map(toAccountView), total, limit, offset };
  }

  async disable(id: string, request: DisableAccount.Request, caller: CallerContext): Promise<AccountView> {
    const account = await this.manageable(id, caller);
    if (account.status === 'disabled') throw new DomainError(AccountErrors.alreadyDisabled, '该账户已停用');
    const updated = await this.saveEndingSessions(account, { status: 'disabled', disabledReason: request.reason }, caller, 'account_disabled');
    return toAccountView(updated);
  }

  async resetPassword(id: string, caller: CallerContext): Promise<ResetPassword.Reply> {
    const account = await this.manageable(id, caller);
    const temporaryPassword = generatePassword();
    await this.saveEndingSessions(account, { passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true, passwordChangedAt: new Date() }, caller, 'password_reset');
    return { username: account.username, temporaryPassword };
  }

  async assignRoles(id: string, request: AssignRoles.Request, caller: CallerContext): Promise<AccountView> {
    if (id === caller.userId) throw new DomainError(AccountErrors.ownAccount, '不能修改自己的角色、科室、单位或密级');
    if (request.roles.some((role) => ADMIN_ROLES.includes(role))) {
      throw new DomainError(AccountErrors.adminRole, '管理员角色（系统管理员、安全保密管理员、安全审计员）不能通过此接口授予');
    }
    const account = await this.accounts.findById(id);
    if (!account) throw new DomainError(AccountErrors.notFound, '账户不存在');
    if (isAdminAccount(account)) throw new DomainError(AccountErrors.adminAccount, '不能修改管理员账户的角色');
    const sectionCode = request.sectionCode ?? null;
    const unitId = request.unitId ?? null;
    this.checkAssignment(request.roles, sectionCode, unitId);
    if (sectionCode && !(await this.accounts.sectionExists(sectionCode))) throw new DomainError(AccountErrors.unknownSection, `科室「${sectionCode}」不存在`);
    const changes: Partial<AccountEntity> = { roles: request.roles, sectionCode, unitId, clearance: request.clearance as Clearance };
    // Cleared up to where a second factor is required but none bound yet: the sessions opened with the password
    // alone end with the change, and the next sign-in binds the authenticator first.
    const needsEnrolment = !account.totpSecret && needsSecondFactor({ roles: request.roles, clearance: request.clearance }, this.config.TOTP_MIN_CLEARANCE);
    const updated = needsEnrolment ? await this.saveEndingSessions(account, changes, caller, 'second_factor_required') : await this.save(account, changes, caller);
    this.authenticator.invalidateAccount(account.id);
    return toAccountView(updated);
  }

  /**
   * 领导名录 for the office's staff and leaders (names and user ids only). A unit's liaison and an administrator without a
   * business role read no one's account (三员分立; the liaison works only on their unit's records).
   */
  async leaders(caller: CallerContext): Promise<LeaderView[]> {
    if (caller.unitId || caller.roles.every((role) => ADMIN_ROLES.includes(role))) throw new DomainError(CommonErrors.forbidden, '无权查看领导名录');
    return (await this.accounts.listLeaders()).map((a) => ({
      userId: a.id,
      name: a.displayName,
      roles: a.roles.filter((role): role is LeaderView['roles'][number] => role === 'district_leader' || role === 'office_leader'),
    }));
  }

  async sections(): Promise<SectionView[]> {
    return (await this.accounts.listSections()).map((s) => ({ code: s.code, name: s.name, alsoKnownAs: s.alsoKnownAs, sortOrder: s.sortOrder }));
  }

  /** First start only: creates the three administrators with generated passwords, to be changed at first sign-in. */
  async bootstrapAdmins(): Promise<{ username: string; password: string }[]> {
    const created = await this.accounts.whenNoAccountExists(async (manager) => {
      const out: { username: string; password: string }[] = [];
      const usernames = adminUsernamesOf(this.config);
      for (const [i, admin] of BOOTSTRAP_ADMINS.entries()) {
        const password = generatePassword();
        await this.insert({ username: usernames[i], displayName: admin.displayName, password, roles: [admin.role] }, 'system', manager);
        out.push({ username: usernames[i], password });
      }
      return out;
    });
    return created ?? [];
  }

  /** Creates an account as it is, roles included: for bootstrap and for tests, not reachable over HTTP. */
  async insert(spec: NewAccount, createdBy: string, manager?: EntityManager): Promise<AccountEntity> {
    const now = new Date();
    const account: AccountEntity = {
      id: randomUUID(),
      username: spec.username,
      displayName: spec.displayName,
      passwordHash: await hashPassword(spec.password),
      mustChangePassword: spec.mustChangePassword ?? true,
      passwordChangedAt: null,
      totpSecret: spec.totpSecret ? this.cipher.encrypt(spec.totpSecret) : null,
      totpPendingSecret: null,
      totpLastStep: null,
      roles: spec.roles ?? [],
      sectionCode: spec.sectionCode ?? null,
      unitId: spec.unitId ?? null,
      clearance: spec.clearance ?? 0,
      status: 'active',
      disabledReason: null,
      version: 1,
      createdAt: now,
      createdBy,
      updatedAt: now,
      updatedBy: createdBy,
    };
    await this.accounts.insert(account, manager);
    return account;
  }

  /** Who may hold which role: section roles need a section, the liaison role a unit and no section. */
  private checkAssignment(roles: RoleCode[], sectionCode: string | null, unitId: string | null): void {
    const invalid = (detail: string) => new DomainError(AccountErrors.invalidAssignment, detail);
    if (roles.some((role) => !(BUSINESS_ROLES as readonly string[]).includes(role))) throw invalid('只能授予业务角色');
    if (roles.some((role) => SECTION_ROLES.includes(role)) && !sectionCode) throw invalid('科长、科室工作人员须指定所在科室');
    if (roles.includes('unit_liaison')) {
      if (!unitId) throw invalid('单位联络员须指定所属单位');
      if (roles.length > 1 || sectionCode) throw invalid('单位联络员不能同时担任办公室内部角色或属于科室');
    } else if (unitId) {
      throw invalid('只有单位联络员可以指定所属单位');
    }
  }

  /** The system administrator may manage business accounts other than their own. */
  private async manageable(id: string, caller: CallerContext): Promise<AccountEntity> {
    if (id === caller.userId) throw new DomainError(AccountErrors.ownAccount, '不能通过管理接口操作自己的账户');
    const account = await this.accounts.findById(id);
    if (!account) throw new DomainError(AccountErrors.notFound, '账户不存在');
    if (isAdminAccount(account)) throw new DomainError(AccountErrors.adminAccount, '管理员账户不能由系统管理员停用或重置，须按运维流程处理');
    return account;
  }

  private async save(account: AccountEntity, changes: Partial<AccountEntity>, caller: CallerContext): Promise<AccountEntity> {
    const updated = await this.accounts.update(account, changes, caller.username);
    if (!updated) throw new DomainError({ kind: 'conflict', code: 'ACCOUNT.VERSION_CONFLICT', title: '账户信息已被修改' }, '账户信息刚被他人修改，请刷新后重试');
    return updated;
  }

  /** Saves the change and ends every session of the account in the same transaction (password reset, disabling). */
  private async saveEndingSessions(account: AccountEntity, changes: Partial<AccountEntity>, caller: CallerContext, reason: string): Promise<AccountEntity> {
    let ended: string[] = [];
    const updated = await this.accounts.updateAnd(account, changes, caller.username, async (manager) => {
      ended = await this.sessions.endAllOf(account.id, reason, undefined, manager);
    });
    this.authenticator.invalidateAccount(account.id);
    if (!updated) throw new DomainError({ kind: 'conflict', code: 'ACCOUNT.VERSION_CONFLICT', title: '账户信息已被修改' }, '账户信息刚被他人修改，请刷新后重试');
    this.logger.info({ accountId: account.id, sessions: ended.length, reason }, '账户的登录会话已注销');
    return updated;
  }
}
