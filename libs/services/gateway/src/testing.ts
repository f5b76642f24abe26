import type { Clearance, RoleCode } from '@gov/contracts-common';
import type { Login } from '@gov/contracts-gateway';
import { generatePassword } from './security/password-policy.js';
import { newTotpSecret, totpCode } from './security/totp.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { needsSecondFactor } from './modules/auth/second-factor.js';
import type { RunningGateway } from './start-gateway.js';

export { totpCode } from './security/totp.js';

export interface TestUserSpec {
  username?: string;
  displayName?: string;
  roles?: RoleCode[];
  sectionCode?: string | null;
  unitId?: string | null;
  clearance?: Clearance;
  /** Default false: the password is final, so tests can go straight to business routes. */
  mustChangePassword?: boolean;
  /** Default: enrolled for administrators and for clearance 机密 and above (they cannot sign in without), none for others. */
  withTotp?: boolean;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  /** Base32 TOTP secret, for administrators: pass it to `signIn`. */
  totpSecret?: string;
}

let counter = 0;
/** The TOTP secrets of the users made here, so that `signIn` finds a user's second factor without being given it. */
const totpSecrets = new Map<string, string>();

/** Creates a user directly through the gateway's service layer (roles included), for tests only. */
export async function createUserForTest(running: Pick<RunningGateway, 'app'>, spec: TestUserSpec = {}): Promise<TestUser> {
  const roles = spec.roles ?? ['section_staff'];
  const username = spec.username ?? `user${Date.now().toString(36)}${(counter++).toString(36)}`;
  const password = generatePassword();
  const withTotp = spec.withTotp ?? needsSecondFactor({ roles, clearance: spec.clearance ?? 0 });
  const totpSecret = withTotp ? newTotpSecret() : undefined;
  if (totpSecret) totpSecrets.set(username.toLowerCase(), totpSecret);
  const sectionCode = spec.sectionCode !== undefined ? spec.sectionCode : roles.some((r) => r === 'section_staff' || r === 'section_chief') ? 'zonghe' : null;
  const account = await running.app.get(AccountsService).insert(
    {
      username,
      displayName: spec.displayName ?? `测试用户${username.slice(-4)}`,
      password,
      roles,
      sectionCode,
      unitId: spec.unitId ?? null,
      clearance: spec.clearance ?? 0,
      mustChangePassword: spec.mustChangePassword ?? false,
      totpSecret,
    },
    'test',
  );
  return { id: account.id, username, password, ...(totpSecret ? { totpSecret } : {}) };
}

/** What `signIn` needs of a supertest agent (`request(server)` or `request.agent(server)`). */
export interface PostingAgent {
  post(path: string): { send(body: object): PromiseLike<{ status: number; body: unknown }> };
}

/**
 * Signs in and returns the whole answer; throws unless it signed in. With a TOTP secret (given, or that of a user
 * made by `createUserForTest`) it sends a code, and if that 30-second code was already used (an earlier sign-in in
 * the same step) it tries the next step's code.
 */
export async function signInFull(agent: PostingAgent, username: string, password: string, secret?: string): Promise<Login.Reply> {
  const totpSecret = secret ?? totpSecrets.get(username.toLowerCase());
  let last: { status: number; body: unknown } | undefined;
  // A code is good once: when this step's and the next step's codes were both used already (many sign-ins within
  // one 30-second step), wait for the next step and try again.
  for (let round = 0; round < 3; round++) {
    const attempts = totpSecret ? [totpCode(totpSecret), totpCode(totpSecret, Date.now() + 30_000)] : [undefined];
    for (const totp of attempts) {
      last = await agent.post('/api/auth/login').send({ username, password, ...(totp ? { totp } : {}) });
      if (last.status === 200 && (last.body as Login.Reply).status === 'signed_in') return last.body as Login.Reply;
      if ((last.body as { code?: string } | undefined)?.code !== 'AUTH.TOTP_INVALID') break;
    }
    if (!totpSecret || (last?.body as { code?: string } | undefined)?.code !== 'AUTH.TOTP_INVALID') break;
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 100));
  }
  throw new Error(`sign-in of ${username} failed: ${last?.status} ${JSON.stringify(last?.body)}`);
}

/** Signs in and returns the bearer access token. */
export async function signIn(agent: PostingAgent, username: string, password: string, totpSecret?: string): Promise<string> {
  return (await signInFull(agent, username, password, totpSecret)).accessToken as string;
}
