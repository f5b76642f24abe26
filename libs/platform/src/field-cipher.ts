import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

function assertFieldKey(hexKey: string): void {
  if (!/^[0-9a-fA-F]{64}$/.test(hexKey)) throw new Error('FIELD_ENCRYPTION_KEY must be 64 hex characters');
}

/**
 * Encryption at rest of sensitive personal fields (手机号, 身份证号) with the national algorithms:
 * SM4-CBC for secrecy and HMAC-SM3 (encrypt-then-MAC) for integrity. The 32-byte key (64 hex
 * characters) is supplied by configuration: the first half encrypts, the second half authenticates.
 */
export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(hexKey: string) {
    assertFieldKey(hexKey);
    const key = Buffer.from(hexKey, 'hex');
    this.encKey = key.subarray(0, 16);
    this.macKey = key.subarray(16);
  }

  static generateKey(): string {
    return randomBytes(32).toString('hex');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-cbc', this.encKey, iv);
    const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = createHmac('sm3', this.macKey).update(body).digest();
    return `sm4:${Buffer.concat([body, mac]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('sm4:')) throw new Error('not an encrypted field');
    const raw = Buffer.from(stored.slice(4), 'base64');
    const body = raw.subarray(0, raw.length - 32);
    const mac = raw.subarray(raw.length - 32);
    const expected = createHmac('sm3', this.macKey).update(body).digest();
    if (mac.length !== 32 || !timingSafeEqual(mac, expected)) throw new Error('encrypted field failed its integrity check');
    const decipher = createDecipheriv('sm4-cbc', this.encKey, body.subarray(0, 16));
    return Buffer.concat([decipher.update(body.subarray(16)), decipher.final()]).toString('utf8');
  }
}

/**
 * A keyed hash of a personal field (HMAC-SM3) so that records of one person can be found without decrypting them, e.g.
 * the trips of one traveller, the requests of one applicant in a month. Its key is HMAC-SM3 of the `label` under the
 * whole FIELD_ENCRYPTION_KEY, so each use (label) has its own key; the value is hashed trimmed and upper-cased (the same
 * 身份证号 with either case of its final X gives the same hash). Hex, 64 characters.
 */
export class FieldLookupKey {
  private readonly key: Buffer;

  constructor(hexKey: string, label: string) {
    assertFieldKey(hexKey);
    this.key = createHmac('sm3', Buffer.from(hexKey, 'hex')).update(label).digest();
  }

  of(value: string): string {
    return createHmac('sm3', this.key).update(value.trim().toUpperCase()).digest('hex');
  }
}
