import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The headers of every webhook delivery. */
export const WebhookHeaders = {
  eventId: 'X-Gov-Event-Id',
  subject: 'X-Gov-Subject',
  timestamp: 'X-Gov-Timestamp',
  /** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>` */
  signature: 'X-Gov-Signature',
  /** `sm3=<hex HMAC-SM3(secret, timestamp + "." + body)>`: the same signature with the national hash, for receivers that require it. */
  signatureSm3: 'X-Gov-Signature-SM3',
} as const;

/** A new subscription secret: 32 random bytes, shown to the administrator once. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmacHex(algorithm: 'sha256' | 'sm3', secret: string, timestamp: string, body: string): string {
  return createHmac(algorithm, secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The signature headers of one attempt: the timestamp (Unix seconds) is part of what is signed, so an old delivery cannot be replayed as new. */
export function signWebhook(secret: string, timestamp: string, body: string): { sha256: string; sm3: string } {
  return { sha256: `sha256=${hmacHex('sha256', secret, timestamp, body)}`, sm3: `sm3=${hmacHex('sm3', secret, timestamp, body)}` };
}

/**
 * What a receiver does (the guide's code, tested here): the header matches the HMAC of `timestamp + "." + body` in
 * constant time, and the timestamp is within `toleranceSeconds` of now.
 */
export function verifyWebhook(secret: string, headers: { timestamp?: string; signature?: string }, body: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !signature.startsWith('sha256=')) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex('sha256', secret, timestamp, body), 'hex');
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
