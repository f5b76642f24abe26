import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigError } from './config.js';
import { FieldCipher, FieldLookupKey } from './field-cipher.js';
import { FieldCipherModule, fieldEncryptionKeyOf } from './field-cipher.module.js';
import { APP_CONFIG } from './tokens.js';

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

describe('FieldLookupKey (keyed HMAC-SM3 for look-ups)', () => {
  const key = FieldCipher.generateKey();

  it('is the derivation the services have stored with: HMAC-SM3(HMAC-SM3(key, label), trimmed upper-case value)', () => {
    const labelKey = createHmac('sm3', Buffer.from(key, 'hex')).update('foreign-affairs:trip-member-key').digest();
    const stored = createHmac('sm3', labelKey).update('37030419900101123X').digest('hex');
    expect(new FieldLookupKey(key, 'foreign-affairs:trip-member-key').of(' 37030419900101123x ')).toBe(stored);
  });

  it('differs by label and by key', () => {
    const a = new FieldLookupKey(key, 'disclosure:applicant-key').of('37030419900101123X');
    expect(new FieldLookupKey(key, 'foreign-affairs:trip-member-key').of('37030419900101123X')).not.toBe(a);
    expect(new FieldLookupKey(FieldCipher.generateKey(), 'disclosure:applicant-key').of('37030419900101123X')).not.toBe(a);
  });

  it('refuses a malformed key', () => {
    expect(() => new FieldLookupKey('abc', 'x')).toThrow(/64 hex/);
  });
});

describe('FieldCipherModule.forService', () => {
  @Injectable()
  class Consumer {
    constructor(
      readonly cipher: FieldCipher,
      readonly lookup: FieldLookupKey,
    ) {}
  }
  @Module({ providers: [Consumer] })
  class FeatureModule {}

  const compile = (config: unknown) =>
    Test.createTestingModule({
      imports: [
        { module: class ConfigModule {}, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        FieldCipherModule.forService({ lookupLabel: 'disclosure:applicant-key' }),
        FeatureModule,
      ],
    }).compile();

  it('gives every module of the service the cipher and the lookup key of its FIELD_ENCRYPTION_KEY', async () => {
    const key = FieldCipher.generateKey();
    const app = await compile({ FIELD_ENCRYPTION_KEY: key });
    const consumer = app.get(Consumer);
    expect(new FieldCipher(key).decrypt(consumer.cipher.encrypt('13800001234'))).toBe('13800001234');
    expect(consumer.lookup.of('370304199001011234')).toBe(new FieldLookupKey(key, 'disclosure:applicant-key').of('370304199001011234'));
  });

  it('refuses to start without a key, or with a malformed one, saying so in Chinese', async () => {
    await expect(compile({})).rejects.toThrow(/FIELD_ENCRYPTION_KEY：未配置/);
    await expect(compile({ FIELD_ENCRYPTION_KEY: 'abc' })).rejects.toThrow(/64 位十六进制/);
    expect(() => fieldEncryptionKeyOf(undefined)).toThrow(ConfigError);
  });
});
