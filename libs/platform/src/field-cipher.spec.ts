import { describe, expect, it } from '@jest/globals';
import { FieldCipher } from './field-cipher.js';

describe('FieldCipher (SM4-CBC + HMAC-SM3)', () => {
  const cipher = new FieldCipher(FieldCipher.generateKey());

  it('round-trips a mobile number and never stores it in clear', () => {
    const stored = cipher.encrypt('13800001234');
    expect(stored).toMatch(/^sm4:/);
    expect(stored).not.toContain('13800001234');
    expect(cipher.decrypt(stored)).toBe('13800001234');
  });

  it('encrypts the same value differently each time', () => {
    expect(cipher.encrypt('13800001234')).not.toBe(cipher.encrypt('13800001234'));
  });

  it('rejects a tampered value', () => {
    const stored = cipher.encrypt('13800001234');
    const raw = Buffer.from(stored.slice(4), 'base64');
    raw[20] ^= 1;
    expect(() => cipher.decrypt(`sm4:${raw.toString('base64')}`)).toThrow(/integrity/);
  });

  it('rejects a value encrypted under another key', () => {
    const other = new FieldCipher(FieldCipher.generateKey());
    expect(() => other.decrypt(cipher.encrypt('13800001234'))).toThrow(/integrity/);
  });

  it('refuses a malformed key', () => {
    expect(() => new FieldCipher('abc')).toThrow(/64 hex/);
  });
});
