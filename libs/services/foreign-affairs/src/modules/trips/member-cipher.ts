import { createHmac } from 'node:crypto';
import { FieldCipher } from '@gov/platform';

/**
 * The travellers' 身份证号 and 护照号 at rest: encrypted with the platform's field cipher (SM4 + HMAC-SM3), and a keyed
 * hash (HMAC-SM3 under the same key, with its own label) of the 身份证号 so the frequency check can find a person's
 * other trips without decrypting them.
 */
export class MemberCipher {
  private readonly cipher: FieldCipher;
  private readonly keyKey: Buffer;

  constructor(hexKey: string) {
    this.cipher = new FieldCipher(hexKey);
    this.keyKey = createHmac('sm3', Buffer.from(hexKey, 'hex')).update('foreign-affairs:trip-member-key').digest();
  }

  encrypt(plain: string): string {
    return this.cipher.encrypt(plain);
  }

  decrypt(stored: string): string {
    return this.cipher.decrypt(stored);
  }

  /** The person's key: the same 身份证号 (either case of the final X) always gives the same key. */
  keyOf(idNumber: string): string {
    return createHmac('sm3', this.keyKey).update(idNumber.trim().toUpperCase()).digest('hex');
  }
}
