import { describe, it, expect } from '@jest/globals';
import { hashPassword, verifyPassword, verifyAgainstDummy } from './password-hash.js';

describe('scrypt password hashing', () => {
  it('stores-the-parameters-and-a-random-salt-with-the-hash', async () => {
    const a = await hashPassword('Correct-Horse-9');
    const b = await hashPassword('Correct-Horse-9');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toEqual(b);
  });

  it('verifies-the-right-password-and-refuses-a-wrong-one', async () => {
    const stored = await hashPassword('Correct-Horse-9');
    await expect(verifyPassword('Correct-Horse-9', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct-horse-9', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('verifies-hashes-made-with-other-parameters', async () => {
    const stored = await hashPassword('Another-Pass-1', { N: 2 ** 10, r: 8, p: 1 });
    expect(stored.startsWith('scrypt$1024$8$1$')).toBe(true);
    await expect(verifyPassword('Another-Pass-1', stored)).resolves.toBe(true);
  });

  it('never-verifies-a-malformed-or-tampered-hash', async () => {
    const stored = await hashPassword('Correct-Horse-9');
    await expect(verifyPassword('Correct-Horse-9', 'plain')).resolves.toBe(false);
    await expect(verifyPassword('Correct-Horse-9', stored.replace('scrypt$32768', 'scrypt$abc'))).resolves.toBe(false);
    const tampered = stored.slice(0, -2) + (stored.endsWith('AA') ? 'BB' : 'AA');
    await expect(verifyPassword('Correct-Horse-9', tampered)).resolves.toBe(false);
    await expect(verifyAgainstDummy('anything')).resolves.toBe(false);
  });
});
