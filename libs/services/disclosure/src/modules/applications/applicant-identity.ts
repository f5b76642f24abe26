import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, FieldCipher, fieldEncryptionKeyOf, FieldLookupKey } from '@gov/platform';
import type { DisclosureEnv } from '../../env.js';

/**
 * The applicant's personal data at rest: 证件号码 and 联系电话 encrypted (SM4 + HMAC-SM3, the platform's field cipher), and
 * a keyed SM3 hash of the normalised 证件号码 (`applicantKey`, the platform's lookup key under the label
 * `disclosure:applicant-key`) so that an applicant's requests in a calendar month can be counted for the 信息处理费
 * (国办函〔2020〕109号) without decrypting anything.
 */
@Injectable()
export class ApplicantIdentity {
  private readonly cipher: FieldCipher;
  private readonly applicantKey: FieldLookupKey;

  constructor(@Inject(APP_CONFIG) config: DisclosureEnv) {
    const key = fieldEncryptionKeyOf(config);
    this.cipher = new FieldCipher(key);
    this.applicantKey = new FieldLookupKey(key, 'disclosure:applicant-key');
  }

  encrypt(plain: string): string {
    return this.cipher.encrypt(plain);
  }

  decrypt(stored: string): string {
    return this.cipher.decrypt(stored);
  }

  keyOf(idNumber: string): string {
    return this.applicantKey.of(idNumber);
  }
}
