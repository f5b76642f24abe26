import { describe, expect, it } from '@jest/globals';
import { EventSigner, EventVerifier, eventKeyName, generateEventKeys, parseEventVerifyKeys } from './event-assertion.js';

const keys = generateEventKeys();
const duty = new EventSigner('duty-and-meetings', keys[eventKeyName('duty-and-meetings')]);
const verifier = new EventVerifier(keys.EVENT_VERIFY_KEYS);
const envelope = { id: '6f1c7c49-8d0a-4b53-9a55-0f0d2a1a9b11', type: 'evt.duty-and-meetings.unit.created', data: { id: 'u1', name: '山头街道', version: 1, nested: { b: 2, a: 1 } } };

describe('event producer signatures', () => {
  it('accepts the producer’s own signature, whatever the order of the payload’s keys on the way', () => {
    const header = duty.sign(envelope);
    expect(verifier.refusal(header, 'duty-and-meetings', envelope)).toBeNull();
    const reordered = { ...envelope, data: { version: 1, nested: { a: 1, b: 2 }, name: '山头街道', id: 'u1' } };
    expect(verifier.refusal(header, 'duty-and-meetings', reordered)).toBeNull();
  });

  it('refuses an unsigned event, another app’s signature on this producer’s subject, and a changed payload', () => {
    expect(verifier.refusal(undefined, 'duty-and-meetings', envelope)).toBe('unsigned');
    const supervision = new EventSigner('supervision', keys[eventKeyName('supervision')]);
    expect(verifier.refusal(supervision.sign(envelope), 'duty-and-meetings', envelope)).toBe('wrong_producer');
    // supervision's key, claiming to be duty-and-meetings
    const forged = `v1.duty-and-meetings.${supervision.sign(envelope).split('.')[2]}`;
    expect(verifier.refusal(forged, 'duty-and-meetings', envelope)).toBe('bad_signature');
    const header = duty.sign(envelope);
    expect(verifier.refusal(header, 'duty-and-meetings', { ...envelope, data: { ...envelope.data, name: '博山区' } })).toBe('bad_signature');
    expect(verifier.refusal(header, 'duty-and-meetings', { ...envelope, id: 'another' })).toBe('bad_signature');
    expect(verifier.refusal('garbage', 'duty-and-meetings', envelope)).toBe('malformed');
  });

  it('accepts either key of an app listed twice while its key is rotated', () => {
    const next = generateEventKeys();
    const rotating = new EventVerifier(`${keys.EVENT_VERIFY_KEYS},${next.EVENT_VERIFY_KEYS.split(',').find((e) => e.startsWith('duty-and-meetings='))}`);
    const newDuty = new EventSigner('duty-and-meetings', next[eventKeyName('duty-and-meetings')]);
    expect(rotating.refusal(duty.sign(envelope), 'duty-and-meetings', envelope)).toBeNull();
    expect(rotating.refusal(newDuty.sign(envelope), 'duty-and-meetings', envelope)).toBeNull();
    expect(verifier.refusal(newDuty.sign(envelope), 'duty-and-meetings', envelope)).toBe('bad_signature');
  });

  it('reads the verify keys of every app, and refuses an unknown app', () => {
    expect(parseEventVerifyKeys(keys.EVENT_VERIFY_KEYS).size).toBe(10);
    expect(() => parseEventVerifyKeys('intruder=MCowBQYDK2VwAyEA')).toThrow(/unknown app/);
  });
});
