import { describe, expect, it } from '@jest/globals';
import { generateWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature.js';

// Computed with OpenSSL: printf '%s' '1764900000.{"id":"x"}' | openssl dgst -sha256 -hmac whsec_test (and -sm3).
const VECTOR = {
  secret: 'whsec_test',
  timestamp: '1764900000',
  body: '{"id":"x"}',
  sha256: 'sha256=625499f7974b9c8aee9f58f16fa4200fffc0339cb3200ffa6a0d7b23eb175251',
  sm3: 'sm3=7dde85c1b61893c0b1f0f8ff3541c628ee0e43731adf4e7686475a482b1e714b',
};

describe('webhook signatures', () => {
  it('signs-hmac-sha256-and-hmac-sm3-of-timestamp-dot-body-as-openssl-does', () => {
    expect(signWebhook(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toEqual({ sha256: VECTOR.sha256, sm3: VECTOR.sm3 });
  });

  it('verifies-a-good-signature-within-the-tolerance', () => {
    expect(verifyWebhook(VECTOR.secret, { timestamp: VECTOR.timestamp, signature: VECTOR.sha256 }, VECTOR.body, 1764900000 + 299)).toBe(true);
  });

  it('refuses-another-body-another-secret-an-old-timestamp-and-malformed-headers', () => {
    const now = 1764900000;
    const headers = { timestamp: VECTOR.timestamp, signature: VECTOR.sha256 };
    expect(verifyWebhook(VECTOR.secret, headers, '{"id":"y"}', now)).toBe(false);
    expect(verifyWebhook('whsec_other', headers, VECTOR.body, now)).toBe(false);
    expect(verifyWebhook(VECTOR.secret, headers, VECTOR.body, now + 301)).toBe(false);
    expect(verifyWebhook(VECTOR.secret, { timestamp: '1764900001', signature: VECTOR.sha256 }, VECTOR.body, now)).toBe(false);
    expect(verifyWebhook(VECTOR.secret, { timestamp: VECTOR.timestamp, signature: VECTOR.sha256.slice(0, 20) }, VECTOR.body, now)).toBe(false);
    expect(verifyWebhook(VECTOR.secret, { timestamp: VECTOR.timestamp, signature: VECTOR.sm3 }, VECTOR.body, now)).toBe(false);
    expect(verifyWebhook(VECTOR.secret, { signature: VECTOR.sha256 }, VECTOR.body, now)).toBe(false);
  });

  it('generates-distinct-secrets-of-32-random-bytes', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
