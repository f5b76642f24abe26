import { totpCode } from '@gov/service-gateway';
import type { Logger } from 'pino';
import { DemoApiError, type GatewayClient } from './client.js';
import { DEMO_ADMINS, DEMO_PEOPLE, type DemoPerson } from './people.js';
import { saveDemoState, type AdminDuty, type DemoLogin, type DemoState } from './state.js';

interface LoginBody {
  status: 'signed_in' | 'totp_enrollment_required';
  accessToken?: string;
  enrollmentToken?: string;
  totpSecret?: string;
}

/**
 * The people of the demo office, made the way an office makes them: the system administrator creates each account
 * (initial password), the security administrator assigns the role, section, unit and clearance, and the person signs
 * in and sets the demo password. Whoever must use a second factor (the administrators) binds an authenticator at
 * the first sign-in; its secret is kept for the banner. Every step is written to demo.json as soon as it is done,
 * so an interrupted run resumes where it stopped.
 */
export class DemoAccounts {
  private readonly tokens = new Map<string, string>();
  private unitIds?: Map<string, string>;

  constructor(
    private readonly client: GatewayClient,
    private readonly state: DemoState,
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {}

  /** Signs in the administrators (binding TOTP and setting the demo password on first use), then creates the people. */
  async ensure(bootstrapAdmins: { username: string; password: string; totpSecret?: string }[]): Promise<void> {
    for (const [i, admin] of DEMO_ADMINS.entries()) {
      if (this.state.admins[admin.duty]) continue;
      const given = bootstrapAdmins[i];
      if (!given) {
        throw new Error(
          '演示数据：没有三员管理员的初始密码。演示须在空的数据目录上首次启动（数据目录中的 demo.json 记录演示账户）；请删除该目录或用 GOV_DATA_DIR 指定新的目录后重试',
        );
      }
      this.state.admins[admin.duty] = { username: given.username, password: given.password, ...(given.totpSecret ? { totpSecret: given.totpSecret } : {}) };
      this.save();
    }
    for (const admin of DEMO_ADMINS) await this.admin(admin.duty);
    for (const person of DEMO_PEOPLE) await this.ensurePerson(person);
  }

  /** A bearer token of a person of the office (by username), signing in with the demo password when none is held. */
  async token(username: string): Promise<string> {
    const account = this.state.accounts[username];
    if (!account) throw new Error(`演示数据：账户 ${username} 尚未创建`);
    return this.tokens.get(username) ?? this.signIn(account);
  }

  /** The account id of a person of the office. */
  idOf(username: string): string {
    const id = this.state.accounts[username]?.id;
    if (!id) throw new Error(`演示数据：账户 ${username} 尚未创建`);
    return id;
  }

  /** The id of a unit of the directory by its code (the units duty-and-meetings seeds). */
  async unitId(code: string): Promise<string> {
    if (!this.unitIds) {
      const reader = Object.values(this.state.accounts).find((a) => a.passwordSet);
      if (!reader) throw new Error('演示数据：读取单位名录需要一个已设置密码的业务账户');
      const res = await this.client.get<{ items: { id: string; code: string }[] }>('/api/units', await this.token(reader.username), { limit: 100 });
      this.unitIds = new Map(res.body.items.map((u) => [u.code, u.id]));
    }
    const id = this.unitIds.get(code);
    if (!id) throw new Error(`演示数据：单位名录中没有编码为 ${code} 的单位`);
    return id;
  }

  private async admin(duty: AdminDuty): Promise<string> {
    return this.tokens.get((this.state.admins[duty] as DemoLogin).username) ?? this.signIn(this.state.admins[duty] as DemoLogin);
  }

  private async ensurePerson(person: DemoPerson): Promise<void> {
    let account = this.state.accounts[person.username];
    if (!account) {
      const { id, password } = await this.createAccount(person);
      account = { username: person.username, id, password };
      this.state.accounts[person.username] = account;
      this.save();
    }
    if (!account.rolesAssigned) {
      const unitId = person.unitCode ? await this.unitId(person.unitCode) : null;
      await this.client.call('PUT', `/api/admin/users/${account.id}/roles`, { roles: person.roles, sectionCode: person.sectionCode ?? null, unitId, clearance: person.clearance }, {
        token: await this.admin('security'),
      });
      account.rolesAssigned = true;
      this.save();
    }
    await this.signIn(account);
  }

  /** The system administrator creates the account; one created by a run that stopped before recording it gets a new initial password. */
  private async createAccount(person: DemoPerson): Promise<{ id: string; password: string }> {
    const sysadmin = await this.admin('system');
    const created = await this.client.call<{ id: string; initialPassword: string }>('POST', '/api/admin/users', { username: person.username, displayName: person.displayName }, {
      token: sysadmin,
      accept: [409],
    });
    if (created.status !== 409) return { id: created.body.id, password: created.body.initialPassword };
    const found = await this.client.get<{ items: { id: string; username: string }[] }>('/api/admin/users', sysadmin, { q: person.username, limit: 100 });
    const id = found.body.items.find((a) => a.username === person.username)?.id;
    if (!id) throw new DemoApiError('POST /api/admin/users', created.status, created.body);
    const reset = await this.client.call<{ temporaryPassword: string }>('POST', `/api/admin/users/${id}/reset-password`, undefined, { token: sysadmin });
    return { id, password: reset.body.temporaryPassword };
  }

  /**
   * Signs in (binding an authenticator if the gateway asks for one) and, the first time, replaces the initial password
   * with the demo password. If a run stopped after the change but before recording it, the demo password is tried.
   */
  private async signIn(login: DemoLogin): Promise<string> {
    let token: string;
    try {
      token = await this.signInWith(login, login.password);
    } catch (error) {
      if (!(error instanceof DemoApiError) || error.status !== 401 || login.password === this.state.password) throw error;
      token = await this.signInWith(login, this.state.password);
      login.password = this.state.password;
      login.passwordSet = true;
      this.save();
    }
    if (!login.passwordSet) {
      await this.client.call('POST', '/api/auth/password', { currentPassword: login.password, newPassword: this.state.password }, { token });
      login.password = this.state.password;
      login.passwordSet = true;
      this.save();
      this.logger.debug({ username: login.username }, '演示数据：已设置演示密码');
    }
    this.tokens.set(login.username, token);
    return token;
  }

  private async signInWith(login: DemoLogin, password: string): Promise<string> {
    // A TOTP code is good once: if this 30-second code was used already, the next step's code is accepted too; when
    // both were, wait for the next step (many sign-ins of one administrator within 30 seconds).
    let refused: DemoApiError | undefined;
    for (let round = 0; round < 3; round++) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 100));
      const attempts = login.totpSecret ? [totpCode(login.totpSecret), totpCode(login.totpSecret, Date.now() + 30_000)] : [undefined];
      for (const totp of attempts) {
        const res = await this.client.call<LoginBody>('POST', '/api/auth/login', { username: login.username, password, ...(totp ? { totp } : {}) }, { accept: [401] });
        if (res.status === 401) {
          refused = new DemoApiError('POST /api/auth/login', res.status, res.body);
          if ((res.body as { code?: string }).code !== 'AUTH.TOTP_INVALID') throw refused;
          continue;
        }
        if (res.body.status === 'signed_in') return res.body.accessToken as string;
        // First sign-in of someone who needs a second factor: bind the authenticator. The secret is kept first, so a
        // stop here only repeats the binding (the gateway hands out a new secret until one is confirmed).
        const secret = res.body.totpSecret as string;
        login.totpSecret = secret;
        this.save();
        const enrolled = await this.client.call<LoginBody>('POST', '/api/auth/totp/enroll', { enrollmentToken: res.body.enrollmentToken, code: totpCode(secret) });
        this.logger.debug({ username: login.username }, '演示数据：已绑定动态验证码');
        return enrolled.body.accessToken as string;
      }
      if (!login.totpSecret) break;
    }
    throw refused ?? new Error(`演示数据：${login.username} 登录失败`);
  }

  private save(): void {
    saveDemoState(this.dataDir, this.state);
  }
}
