import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';

/**
 * The signed caller assertion: how a service knows that a request comes from the gateway, for whom, and for what.
 *
 * Only the gateway holds the Ed25519 private key (`CALLER_SIGNING_KEY`); every service has the public key
 * (`CALLER_VERIFY_KEY`). Two forms, both good for {@link ASSERTION_TTL_SECONDS} seconds and refused before anything is
 * dispatched when unsigned, forged, expired or sent elsewhere:
 *
 * - the **session token** (`v2`), what the gateway sends for a signed-in user: `{caller (compact), aud, iat, exp}`,
 *   signed once per session, target app and client address and reused for every call to that app until a third of
 *   its life is left; the session's reload (every few seconds, at once on sign-out or a change of roles) starts a new
 *   one. The audience is the target app: a token for duty-and-meetings is refused by supervision. A service verifies
 *   the signature of a token once and keeps it (bounded) until it expires. The caller in it is compact: short keys and
 *   the permissions grouped by resource (`units:read,write;meetings:read`).
 * - the **call assertion** (`v1`), for calls without a session (the platform's own, tools): `{caller, sub, rid, iat,
 *   exp, jti}` for that one subject and request id, good once (a replay is refused).
 *
 * Format: `v1|v2.<base64url(JSON payload)>.<base64url(Ed25519 signature over the payload bytes)>`.
 */
export const ASSERTION_TTL_SECONDS = 45;
/** Clock difference tolerated between the gateway and a service. */
const CLOCK_SKEW_SECONDS = 5;

export interface CallerAssertionPayload {
  /** The caller (absent for the platform's own calls, e.g. health pings). */
  caller?: CallerContext;
  /** The subject the assertion is for, `rpc.<app>.<path>` (without the bus namespace). */
  sub: string;
  /** The request id it is bound to. */
  rid: string;
  iat: number;
  exp: number;
  /** Unique per assertion: a second use is a replay. */
  jti: string;
}

/** What a session token says (v2): the compact caller, the app it is for, and its life. */
export interface SessionTokenPayload {
  /** The target app (audience): the token is good for `rpc.<aud>.>` only. */
  aud: string;
  iat: number;
  exp: number;
  c: CompactCaller;
}

/** {@link CallerContext} with short keys; `p` the permissions grouped by resource, `P` them as a list when they cannot be. */
interface CompactCaller {
  u: string;
  n: string;
  d: string;
  r: CallerContext['roles'];
  p?: string;
  P?: string[];
  s?: string | null;
  t?: string | null;
  k: CallerContext['clearance'];
  ip?: string;
}

/**
 * The key under which a caller object names the session it was made for (non-enumerable, so never serialised): the
 * signer keeps one token per session object, so a new session object (reloaded, signed out, roles changed) gets a new one.
 */
export const CALLER_SESSION = Symbol.for('gov.caller.session');

/** The caller `caller`, marked as made for `session` (an object that is replaced whenever the session changes). */
export function withSession<T extends CallerContext>(caller: T, session: object): T {
  return Object.defineProperty(caller, CALLER_SESSION, { value: session, enumerable: false });
}

/** A session token is signed again when less than this part of its life is left. */
const RENEW_WHEN_LEFT_SECONDS = Math.floor(ASSERTION_TTL_SECONDS / 3);
/** Verified session tokens a service keeps (the oldest go first). */
const VERIFIED_TOKENS_MAX = 10_000;

/** `units:read,units:write,meetings:read` → `units:read,write;meetings:read` (order kept), or undefined when a name does not fit. */
export function groupPermissions(permissions: readonly string[]): string | undefined {
  const groups: string[] = [];
  let prefix: string | undefined;
  let actions: string[] = [];
  for (const permission of permissions) {
    const at = permission.indexOf(':');
    if (at <= 0 || /[,;]/.test(permission) || permission.indexOf(':', at + 1) >= 0) return undefined;
    const head = permission.slice(0, at);
    if (head !== prefix) {
      if (prefix !== undefined) groups.push(`${prefix}:${actions.join(',')}`);
      prefix = head;
      actions = [];
    }
    actions.push(permission.slice(at + 1));
  }
  if (prefix !== undefined) groups.push(`${prefix}:${actions.join(',')}`);
  return groups.join(';');
}

export function ungroupPermissions(grouped: string): string[] {
  if (!grouped) return [];
  const out: string[] = [];
  for (const group of grouped.split(';')) {
    const at = group.indexOf(':');
    const head = group.slice(0, at);
    for (const action of group.slice(at + 1).split(',')) out.push(`${head}:${action}`);
  }
  return out;
}

function compact(caller: CallerContext): CompactCaller {
  const p = groupPermissions(caller.permissions);
  const out: CompactCaller = { u: caller.userId, n: caller.username, d: caller.displayName, r: caller.roles, ...(p === undefined ? { P: caller.permissions } : { p }), k: caller.clearance };
  if (caller.sectionCode !== undefined) out.s = caller.sectionCode;
  if (caller.unitId !== undefined) out.t = caller.unitId;
  if (caller.ip !== undefined) out.ip = caller.ip;
  return out;
}

function expand(c: CompactCaller): CallerContext {
  const out: CallerContext = { userId: c.u, username: c.n, displayName: c.d, roles: c.r, permissions: c.P ?? ungroupPermissions(c.p ?? ''), clearance: c.k };
  if (c.s !== undefined) out.sectionCode = c.s;
  if (c.t !== undefined) out.unitId = c.t;
  if (c.ip !== undefined) out.ip = c.ip;
  return out;
}

export type AssertionRefusal = 'unsigned' | 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid' | 'retargeted' | 'request_mismatch' | 'replayed';

export class AssertionRefused extends Error {
  constructor(readonly reason: AssertionRefusal) {
    super(`caller assertion refused: ${reason}`);
    this.name = 'AssertionRefused';
  }
}

/** A new Ed25519 key pair, as the base64 DER strings the environment variables take. */
export function generateCallerKeys(): { CALLER_SIGNING_KEY: string; CALLER_VERIFY_KEY: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    CALLER_SIGNING_KEY: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    CALLER_VERIFY_KEY: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** The key pair's public half, from the private key (so that the gateway needs only one variable). */
export function verifyKeyOf(signingKey: string): string {
  return createPublicKey(privateKeyOf(signingKey)).export({ format: 'der', type: 'spki' }).toString('base64');
}

export function privateKeyOf(value: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
}

export function publicKeyOf(value: string): KeyObject {
  return createPublicKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'spki' });
}

/** True when the value is an Ed25519 key of the given kind (for config validation). */
export function isCallerKey(value: string, kind: 'signing' | 'verify'): boolean {
  try {
    const key = kind === 'signing' ? privateKeyOf(value) : publicKeyOf(value);
    return key.asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

/** The gateway's half: a session token per session and target app, or an assertion per call for calls without a session. */
export class CallerSigner {
  private readonly key: KeyObject;
  /** Per session object: the token per target app and client address. */
  private readonly tokens = new WeakMap<object, Map<string, { token: string; renewAt: number }>>();

  constructor(signingKey: string) {
    this.key = privateKeyOf(signingKey);
  }

  /** What a call to `subject` carries: the caller's session token when the caller names its session, else a call assertion. */
  forCall(subject: string, requestId: string, caller: CallerContext | undefined, now = Date.now()): string {
    const session = caller ? (caller as { [CALLER_SESSION]?: object })[CALLER_SESSION] : undefined;
    if (!caller || !session) return this.sign(subject, requestId, caller, now);
    return this.sessionToken(appOfSubject(subject), caller, session, now);
  }

  /** The session token of `caller` for app `aud`: signed once, then reused until a third of its life is left. */
  sessionToken(aud: string, caller: CallerContext, session: object, now = Date.now()): string {
    let perSession = this.tokens.get(session);
    if (!perSession) this.tokens.set(session, (perSession = new Map()));
    const slot = `${aud}\u0000${caller.ip ?? ''}`;
    const held = perSession.get(slot);
    if (held && now < held.renewAt) return held.token;
    const iat = Math.floor(now / 1000);
    const payload: SessionTokenPayload = { aud, iat, exp: iat + ASSERTION_TTL_SECONDS, c: compact(caller) };
    const token = this.seal('v2', payload);
    perSession.set(slot, { token, renewAt: (payload.exp - RENEW_WHEN_LEFT_SECONDS) * 1000 });
    return token;
  }

  /** A call assertion (v1): for this subject and request id, good once. */
  sign(subject: string, requestId: string, caller: CallerContext | undefined, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const payload: CallerAssertionPayload = { ...(caller ? { caller } : {}), sub: subject, rid: requestId, iat, exp: iat + ASSERTION_TTL_SECONDS, jti: randomUUID() };
    return this.seal('v1', payload);
  }

  private seal(version: 'v1' | 'v2', payload: object): string {
    const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
    return `${version}.${bytes.toString('base64url')}.${sign(null, signedBytes(version, bytes), this.key).toString('base64url')}`;
  }
}

/** What is signed: a session token's signature covers its version too, so that one form cannot pass for the other. */
function signedBytes(version: 'v1' | 'v2', payload: Buffer): Buffer {
  return version === 'v1' ? payload : Buffer.concat([V2_PREFIX, payload]);
}
const V2_PREFIX = Buffer.from('v2.', 'utf8');

/** `rpc.<app>.<path>` → `<app>`. */
function appOfSubject(subject: string): string {
  const end = subject.indexOf('.', 4);
  return subject.startsWith('rpc.') && end > 4 ? subject.slice(4, end) : subject;
}

/**
 * A service's half: verifies call assertions and remembers each until it expires so that it is good once; verifies a
 * session token's signature once and keeps it (bounded) until it expires.
 */
export class CallerVerifier {
  private readonly key: KeyObject;
  private readonly seen = new Map<string, number>();
  private readonly verified = new Map<string, { caller: CallerContext; aud: string; iat: number; exp: number }>();
  private nextSweep = 0;

  constructor(verifyKey: string) {
    this.key = publicKeyOf(verifyKey);
  }

  /** The caller of a valid assertion or session token for this subject (and request id); throws {@link AssertionRefused} otherwise. */
  verify(token: string | undefined, subject: string, requestId: string | undefined, now = Date.now()): CallerContext | undefined {
    if (!token) throw new AssertionRefused('unsigned');
    if (token.startsWith('v2.')) return this.verifySession(token, subject, now);
    const payload = this.open<CallerAssertionPayload>(token, 'v1');
    const seconds = Math.floor(now / 1000);
    checkLife(payload, seconds);
    if (payload.sub !== subject) throw new AssertionRefused('retargeted');
    if (payload.rid !== requestId) throw new AssertionRefused('request_mismatch');
    this.sweep(seconds);
    if (this.seen.has(payload.jti)) throw new AssertionRefused('replayed');
    this.seen.set(payload.jti, payload.exp + CLOCK_SKEW_SECONDS);
    return payload.caller;
  }

  private verifySession(token: string, subject: string, now: number): CallerContext {
    const seconds = Math.floor(now / 1000);
    let entry = this.verified.get(token);
    if (!entry) {
      const payload = this.open<SessionTokenPayload>(token, 'v2');
      if (typeof payload.aud !== 'string' || !payload.c || typeof payload.c !== 'object') throw new AssertionRefused('malformed');
      checkLife(payload, seconds);
      entry = { caller: expand(payload.c), aud: payload.aud, iat: payload.iat, exp: payload.exp };
      this.sweep(seconds);
      if (this.verified.size >= VERIFIED_TOKENS_MAX) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, entry);
    } else {
      checkLife(entry, seconds);
    }
    if (appOfSubject(subject) !== entry.aud) throw new AssertionRefused('retargeted');
    // A copy: a handler that changes its caller changes nobody else's.
    return { ...entry.caller };
  }

  /** The payload of a token of this version whose signature is good. */
  private open<T>(token: string, version: 'v1' | 'v2'): T {
    const parts = token.split('.');
    const [prefix, body, signature] = parts;
    if (prefix !== version || !body || !signature || parts.length !== 3) throw new AssertionRefused('malformed');
    const bytes = Buffer.from(body, 'base64url');
    if (!verify(null, signedBytes(version, bytes), this.key, Buffer.from(signature, 'base64url'))) throw new AssertionRefused('bad_signature');
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      throw new AssertionRefused('malformed');
    }
  }

  private sweep(seconds: number): void {
    if (seconds < this.nextSweep) return;
    this.nextSweep = seconds + 10;
    for (const [jti, until] of this.seen) if (until < seconds) this.seen.delete(jti);
    for (const [token, entry] of this.verified) if (entry.exp + CLOCK_SKEW_SECONDS < seconds) this.verified.delete(token);
  }
}

function checkLife(payload: { iat?: unknown; exp?: unknown }, seconds: number): void {
  if (typeof payload.exp !== 'number' || payload.exp + CLOCK_SKEW_SECONDS < seconds) throw new AssertionRefused('expired');
  if (typeof payload.iat !== 'number' || payload.iat - CLOCK_SKEW_SECONDS > seconds) throw new AssertionRefused('not_yet_valid');
}

/**
 * The caller a token (either form) names, read without checking the signature: for tests and tools that watch the bus.
 * Services never trust it this way: the dispatcher verifies.
 */
export function callerInToken(value: string | undefined): CallerContext | undefined {
  const [version, body] = value?.split('.') ?? [];
  if (!body) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CallerAssertionPayload & Partial<SessionTokenPayload>;
    return version === 'v2' && payload.c ? expand(payload.c) : payload.caller;
  } catch {
    return undefined;
  }
}
