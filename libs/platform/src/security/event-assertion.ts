import { createHash, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { SERVICE_NAMES, type AppName, type EventEnvelope } from '@gov/contracts-common';
import { privateKeyOf, publicKeyOf } from './caller-assertion.js';

/**
 * Who produced an event. Every app signs the events it publishes with its own Ed25519 key (`EVENT_SIGNING_KEY`);
 * every consumer holds all apps' public keys (`EVENT_VERIFY_KEYS`) and accepts an event on `evt.<app>.…` only with
 * `<app>`'s signature over its id, subject and payload. The NATS server already lets only `<app>` publish there;
 * the signature makes it hold end to end (and on the in-process bus, and for events replayed from a dead letter).
 *
 * Header `x-producer`: `v1.<app>.<base64url signature>` over `<app>\n<event id>\n<subject>\n<sha256 of canonical data>`.
 * Canonical data: JSON with object keys sorted, so storage that reorders keys (jsonb) does not break it.
 */
export const PRODUCER_HEADER = 'x-producer';

export const ALL_APPS: AppName[] = ['gateway', ...SERVICE_NAMES];

export function eventKeyName(app: AppName): string {
  return `EVENT_SIGNING_KEY_${app.replace(/-/g, '_').toUpperCase()}`;
}

/** A key pair per app: `EVENT_SIGNING_KEY_<APP>` each, and the one `EVENT_VERIFY_KEYS` line with every public key. */
export function generateEventKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  const verify: string[] = [];
  for (const app of ALL_APPS) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    keys[eventKeyName(app)] = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    verify.push(`${app}=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`);
  }
  keys.EVENT_VERIFY_KEYS = verify.join(',');
  return keys;
}

/**
 * `app=key,app=key,…` → the public keys; throws on a malformed entry or an unknown app. An app may be listed twice
 * while its key is rotated: consumers accept either until the old one is removed.
 */
export function parseEventVerifyKeys(value: string): Map<AppName, KeyObject[]> {
  const keys = new Map<AppName, KeyObject[]>();
  for (const entry of value.split(',').filter(Boolean)) {
    const at = entry.indexOf('=');
    const app = entry.slice(0, at) as AppName;
    if (at < 1 || !ALL_APPS.includes(app)) throw new Error(`unknown app in EVENT_VERIFY_KEYS: ${entry.slice(0, 40)}`);
    const key = publicKeyOf(entry.slice(at + 1));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key for ${app}`);
    keys.set(app, [...(keys.get(app) ?? []), key]);
  }
  return keys;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function signedBytes(app: string, envelope: Pick<EventEnvelope, 'id' | 'type' | 'data'>): Buffer {
  const digest = createHash('sha256').update(canonical(envelope.data)).digest('hex');
  return Buffer.from(`${app}\n${envelope.id}\n${envelope.type}\n${digest}`, 'utf8');
}

export class EventSigner {
  private readonly key: KeyObject;

  constructor(
    private readonly app: AppName,
    signingKey: string,
  ) {
    this.key = privateKeyOf(signingKey);
  }

  sign(envelope: Pick<EventEnvelope, 'id' | 'type' | 'data'>): string {
    return `v1.${this.app}.${sign(null, signedBytes(this.app, envelope), this.key).toString('base64url')}`;
  }
}

export type EventRefusal = 'unsigned' | 'malformed' | 'wrong_producer' | 'unknown_producer' | 'bad_signature';

export class EventVerifier {
  private readonly keys: Map<AppName, KeyObject[]>;

  constructor(verifyKeys: string) {
    this.keys = parseEventVerifyKeys(verifyKeys);
  }

  /** Null when `producer` signed this event; otherwise why it is refused. */
  refusal(header: string | undefined, producer: AppName, envelope: Pick<EventEnvelope, 'id' | 'type' | 'data'>): EventRefusal | null {
    if (!header) return 'unsigned';
    const [version, app, signature] = header.split('.');
    if (version !== 'v1' || !app || !signature) return 'malformed';
    if (app !== producer) return 'wrong_producer';
    const keys = this.keys.get(producer);
    if (!keys?.length) return 'unknown_producer';
    const bytes = signedBytes(app, envelope);
    const raw = Buffer.from(signature, 'base64url');
    return keys.some((key) => verify(null, bytes, key, raw)) ? null : 'bad_signature';
  }
}
