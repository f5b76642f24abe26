import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';

/**
 * The signed caller assertion: how a service knows that a request comes from the gateway, for whom, and for what.
 *
 * Only the gateway holds the Ed25519 private key (`CALLER_SIGNING_KEY`); every service has the public key
 * (`CALLER_VERIFY_KEY`). For each request-reply call the gateway signs `{caller, subject, requestId, iat, exp, jti}`:
 * the assertion is good for {@link ASSERTION_TTL_SECONDS} seconds, for that one subject and request id, once.
 * A service refuses an unsigned, forged, expired, replayed or re-targeted one before anything is dispatched.
 *
 * Format: `v1.<base64url(JSON payload)>.<base64url(Ed25519 signature over the payload bytes)>`.
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

/** The gateway's half: signs one assertion per call. */
export class CallerSigner {
  private readonly key: KeyObject;

  constructor(signingKey: string) {
    this.key = privateKeyOf(signingKey);
  }

  sign(subject: string, requestId: string, caller: CallerContext | undefined, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const payload: CallerAssertionPayload = { ...(caller ? { caller } : {}), sub: subject, rid: requestId, iat, exp: iat + ASSERTION_TTL_SECONDS, jti: randomUUID() };
    const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
    return `v1.${bytes.toString('base64url')}.${sign(null, bytes, this.key).toString('base64url')}`;
  }
}

/** A service's half: verifies, and remembers each assertion until it expires so that it is good once. */
export class CallerVerifier {
  private readonly key: KeyObject;
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;

  constructor(verifyKey: string) {
    this.key = publicKeyOf(verifyKey);
  }

  /** The caller of a valid assertion for this subject and request id; throws {@link AssertionRefused} otherwise. */
  verify(token: string | undefined, subject: string, requestId: string | undefined, now = Date.now()): CallerContext | undefined {
    if (!token) throw new AssertionRefused('unsigned');
    const [version, body, signature] = token.split('.');
    if (version !== 'v1' || !body || !signature || token.split('.').length !== 3) throw new AssertionRefused('malformed');
    const bytes = Buffer.from(body, 'base64url');
    if (!verify(null, bytes, this.key, Buffer.from(signature, 'base64url'))) throw new AssertionRefused('bad_signature');
    let payload: CallerAssertionPayload;
    try {
      payload = JSON.parse(bytes.toString('utf8')) as CallerAssertionPayload;
    } catch {
      throw new AssertionRefused('malformed');
    }
    const seconds = Math.floor(now / 1000);
    if (typeof payload.exp !== 'number' || payload.exp + CLOCK_SKEW_SECONDS < seconds) throw new AssertionRefused('expired');
    if (typeof payload.iat !== 'number' || payload.iat - CLOCK_SKEW_SECONDS > seconds) throw new AssertionRefused('not_yet_valid');
    if (payload.sub !== subject) throw new AssertionRefused('retargeted');
    if (payload.rid !== requestId) throw new AssertionRefused('request_mismatch');
    this.sweep(seconds);
    if (this.seen.has(payload.jti)) throw new AssertionRefused('replayed');
    this.seen.set(payload.jti, payload.exp + CLOCK_SKEW_SECONDS);
    return payload.caller;
  }

  private sweep(seconds: number): void {
    if (seconds < this.nextSweep) return;
    this.nextSweep = seconds + 10;
    for (const [jti, until] of this.seen) if (until < seconds) this.seen.delete(jti);
  }
}
