import { describe, it, expect } from '@jest/globals';
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUri, totpCode, verifyTotp } from './totp.js';

// RFC 6238 Appendix B, SHA1 rows: the seed is the ASCII string "12345678901234567890", 8 digits.
const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238, HMAC-SHA1, 30 s)', () => {
  it.each(RFC_VECTORS)('rfc-6238-vector-at-%i-seconds-is-%s', (seconds, expected) => {
    expect(totpCode(base32Encode(RFC_SEED), seconds * 1000, 8)).toBe(expected);
  });

  it('matches-the-rfc-4226-hotp-vectors', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, counter) => hotp(RFC_SEED, counter))).toEqual(expected);
  });

  it('round-trips-base32', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode('mzxw6ytboi======').toString()).toBe('foobar');
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it('accepts-one-step-of-clock-drift-either-way-and-no-more', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(secret, now - 60_000), now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull();
    expect(verifyTotp(secret, '12345', now)).toBeNull();
  });

  it('builds-an-otpauth-uri-for-authenticator-apps', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'sysadmin', '博山区政府办公室')).toBe(
      'otpauth://totp/%E5%8D%9A%E5%B1%B1%E5%8C%BA%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4%3Asysadmin?secret=JBSWY3DPEHPK3PXP&issuer=%E5%8D%9A%E5%B1%B1%E5%8C%BA%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4&algorithm=SHA1&digits=6&period=30',
    );
  });
});
