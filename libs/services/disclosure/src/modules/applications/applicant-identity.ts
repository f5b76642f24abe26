import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, FieldCipher } from '@gov/platform';
import type { DisclosureEnv } from '../../env.js';

/**
 * The applicant's personal data at rest: 证件号码 and 联系电话 encrypted (SM4 + HMAC-SM3, the platform's field cipher), and
 * a keyed SM3 hash of the normalised 证件号码 (`applicantKey`) so that an applicant's requests in a calendar month can be
 * counted for the 信息处理费 (国办函〔2020〕109号) without decrypting anything.
 */
@Injectable()
export class ApplicantIdentity {
  private readonly cipher: FieldCipher;
  private readonly indexKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: DisclosureEnv) {
    this.cipher = new FieldCipher(config.FIELD_ENCRYPTION_KEY);
    this.indexKey = createHmac('sm3', Buffer.from(config.FIELD_ENCRYPTION_KEY, 'hex')).update('disclosure:applicant-key').digest();
  }

  encrypt(plain: string): string {
    return this.cipher.encrypt(plain);
  }

  decrypt(stored: string): string {
    return this.cipher.decrypt(stored);
  }

  keyOf(idNumber: string): string {
    return createHmac('sm3', this.indexKey).update(idNumber.trim().toUpperCase()).digest('hex');
  }
}
