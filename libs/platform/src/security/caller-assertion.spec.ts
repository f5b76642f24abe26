import { describe, expect, it } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import { AssertionRefused, ASSERTION_TTL_SECONDS, callerInToken, CallerSigner, CallerVerifier, generateCallerKeys, groupPermissions, isCallerKey, ungroupPermissions, verifyKeyOf, withSession } from './caller-assertion.js';

const keys = generateCallerKeys();
const signer = new CallerSigner(keys.CALLER_SIGNING_KEY);
const caller = { userId: 'u1', username: 'zhangsan', displayName: '张三', roles: ['section_staff'], permissions: ['units:read'], clearance: 3 } as unknown as CallerContext;
const subject = 'rpc.document-secretariat.incoming.get';

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AssertionRefused ? error.reason : String(error);
  }
}

describe('caller assertion', () => {
  it('carries the caller from the gateway to the service for that subject and request, once', () => {
    const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
    const token = signer.sign(subject, 'req-1', caller);
    expect(verifier.verify(token, subject, 'req-1')).toEqual(caller);
    expect(refusal(() => verifier.verify(token, subject, 'req-1'))).toBe('replayed');
  });

  it('refuses what the gateway did not sign: nothing, the old base64 JSON header, another key, a changed payload', () => {
    const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
    expect(refusal(() => verifier.verify(undefined, subject, 'r'))).toBe('unsigned');
    expect(refusal(() => verifier.verify(Buffer.from(JSON.stringify(caller)).toString('base64url'), subject, 'r'))).toBe('malformed');
    const intruder = new CallerSigner(generateCallerKeys().CALLER_SIGNING_KEY);
    expect(refusal(() => verifier.verify(intruder.sign(subject, 'r', caller), subject, 'r'))).toBe('bad_signature');
    const [v, body, signature] = signer.sign(subject, 'r', caller).split('.');
    const raised = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), caller: { ...caller, clearance: 4 } })).toString('base64url');
    expect(refusal(() => verifier.verify(`${v}.${raised}.${signature}`, subject, 'r'))).toBe('bad_signature');
  });

  it('refuses an assertion used for another subject or request, or after it expired', () => {
    const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
    expect(refusal(() => verifier.verify(signer.sign(subject, 'r1', caller), 'rpc.supervision.item.get', 'r1'))).toBe('retargeted');
    expect(refusal(() => verifier.verify(signer.sign(subject, 'r1', caller), subject, 'r2'))).toBe('request_mismatch');
    const old = Date.now() - (ASSERTION_TTL_SECONDS + 10) * 1000;
    expect(refusal(() => verifier.verify(signer.sign(subject, 'r3', caller, old), subject, 'r3'))).toBe('expired');
    const future = Date.now() + 60_000;
    expect(refusal(() => verifier.verify(signer.sign(subject, 'r4', caller, future), subject, 'r4'))).toBe('not_yet_valid');
  });

  it('keeps the replay memory bounded by expiry', () => {
    const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
    const start = Date.now();
    for (let i = 0; i < 100; i++) verifier.verify(signer.sign(subject, `r${i}`, caller, start), subject, `r${i}`, start);
    const later = start + (ASSERTION_TTL_SECONDS + 30) * 1000;
    verifier.verify(signer.sign(subject, 'late', caller, later), subject, 'late', later);
    expect((verifier as unknown as { seen: Map<string, number> }).seen.size).toBe(1);
  });

  it('validates key strings and derives the public half', () => {
    expect(isCallerKey(keys.CALLER_SIGNING_KEY, 'signing')).toBe(true);
    expect(isCallerKey(keys.CALLER_VERIFY_KEY, 'verify')).toBe(true);
    expect(isCallerKey(keys.CALLER_VERIFY_KEY, 'signing')).toBe(false);
    expect(isCallerKey('not a key', 'verify')).toBe(false);
    expect(verifyKeyOf(keys.CALLER_SIGNING_KEY)).toBe(keys.CALLER_VERIFY_KEY);
  });

  describe('the session token (v2)', () => {
    const full = { ...caller, permissions: ['units:read', 'units:write', 'meetings:read', 'units:delete'], sectionCode: 'zonghe', unitId: null, ip: '10.0.0.1' } as CallerContext;

    it('is signed once per session and app, carries the caller unchanged, and is good for that app only', () => {
      const session = {};
      const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
      const first = signer.forCall(subject, 'r1', withSession({ ...full }, session));
      expect(first.startsWith('v2.')).toBe(true);
      expect(signer.forCall('rpc.document-secretariat.incoming.list', 'r2', withSession({ ...full }, session))).toBe(first);
      expect(verifier.verify(first, subject, 'r1')).toEqual(full);
      // The same token again (another call of the session) is the point of it; another app's subject is not.
      expect(verifier.verify(first, 'rpc.document-secretariat.incoming.list', 'r2')).toEqual(full);
      expect(refusal(() => verifier.verify(first, 'rpc.supervision.item.get', 'r3'))).toBe('retargeted');
      expect(signer.forCall('rpc.supervision.item.get', 'r3', withSession({ ...full }, session))).not.toBe(first);
      // A second later: the same session still has its token, a new session object (reloaded, roles changed) gets a new one.
      expect(signer.forCall(subject, 'r4', withSession({ ...full }, session), Date.now() + 1000)).toBe(first);
      expect(signer.forCall(subject, 'r4', withSession({ ...full }, {}), Date.now() + 1000)).not.toBe(first);
      expect(signer.forCall(subject, 'r5', withSession({ ...full, ip: '10.0.0.2' }, session))).not.toBe(first);
      expect(callerInToken(first)).toEqual(full);
    });

    it('is renewed before it expires and refused after, forged or changed', () => {
      const session = {};
      const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
      const start = Date.now();
      const token = signer.sessionToken('document-secretariat', full, session, start);
      expect(signer.sessionToken('document-secretariat', full, session, start + 10_000)).toBe(token);
      expect(signer.sessionToken('document-secretariat', full, session, start + (ASSERTION_TTL_SECONDS - 10) * 1000)).not.toBe(token);
      expect(verifier.verify(token, subject, 'r', start)).toEqual(full);
      expect(refusal(() => verifier.verify(token, subject, 'r', start + (ASSERTION_TTL_SECONDS + 10) * 1000))).toBe('expired');
      const intruder = new CallerSigner(generateCallerKeys().CALLER_SIGNING_KEY);
      expect(refusal(() => verifier.verify(intruder.sessionToken('document-secretariat', full, {}), subject, 'r'))).toBe('bad_signature');
      const [v, body, signature] = token.split('.');
      const raised = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), aud: 'supervision' })).toString('base64url');
      expect(refusal(() => verifier.verify(`${v}.${raised}.${signature}`, 'rpc.supervision.item.get', 'r'))).toBe('bad_signature');
      expect(refusal(() => verifier.verify(`v1.${body}.${signature}`, subject, 'r'))).toBe('bad_signature');
    });

    it('groups permissions by resource, in their order, and keeps names it cannot group as a list', () => {
      expect(groupPermissions(['units:read', 'units:write', 'meetings:read', 'units:delete'])).toBe('units:read,write;meetings:read;units:delete');
      expect(ungroupPermissions('units:read,write;meetings:read;units:delete')).toEqual(['units:read', 'units:write', 'meetings:read', 'units:delete']);
      expect(ungroupPermissions(groupPermissions([]) ?? 'x')).toEqual([]);
      expect(groupPermissions(['odd'])).toBeUndefined();
      const verifier = new CallerVerifier(keys.CALLER_VERIFY_KEY);
      const odd = { ...full, permissions: ['odd', 'a:b:c'] };
      expect(verifier.verify(signer.sessionToken('document-secretariat', odd, {}), subject, 'r')).toEqual(odd);
    });
  });
});
