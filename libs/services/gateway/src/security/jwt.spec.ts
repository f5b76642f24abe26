import { createHmac } from 'node:crypto';
import { describe, it, expect } from '@jest/globals';
import { signJwt, verifyJwt, type TokenClaims } from './jwt.js';

const secret = Buffer.from('a'.repeat(64));
const claims: TokenClaims = { sub: 'u1', sid: 's1', typ: 'access', iat: 1000, exp: 1900, iss: 'gov-gateway' };

describe('HS256 JWT', () => {
  it('signs-and-verifies-a-token-before-expiry', () => {
    const token = signJwt(claims, secret);
    expect(token.split('.')).toHaveLength(3);
    expect(verifyJwt(token, secret, 1899)).toEqual({ ok: true, claims });
  });

  it('produces-the-same-signature-as-a-reference-hmac', () => {
    const token = signJwt(claims, secret);
    const [h, p, s] = token.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(s).toBe(createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'));
  });

  it('refuses-an-expired-token', () => {
    expect(verifyJwt(signJwt(claims, secret), secret, 1900)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses-another-key-and-a-changed-payload', () => {
    const token = signJwt(claims, secret);
    expect(verifyJwt(token, Buffer.from('b'.repeat(64)), 1000)).toEqual({ ok: false, reason: 'signature' });
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(verifyJwt(`${h}.${forged}.${s}`, secret, 1000)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses-alg-none-and-malformed-tokens', () => {
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    expect(verifyJwt(`${none}.${payload}.x`, secret, 1000)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyJwt('abc', secret, 1000)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyJwt('a.b.c', secret, 1000)).toEqual({ ok: false, reason: 'malformed' });
  });
});
