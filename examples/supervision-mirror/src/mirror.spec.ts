import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { producerKeys, readItemEvent, signedBy, UNDERSTOOD } from './mirror.js';

const root = join(import.meta.dirname, '..', '..', '..');
const catalogue = JSON.parse(readFileSync(join(root, 'docs/asyncapi/asyncapi.json'), 'utf8')) as {
  channels: Record<string, { address: string }>;
  components: { messages: Record<string, { examples: { payload: unknown }[] }> };
};

describe('the sample consumer reads the catalogue’s events', () => {
  it('understands only subjects that the catalogue lists', () => {
    const addresses = Object.values(catalogue.channels).map((c) => c.address);
    for (const path of UNDERSTOOD) expect(addresses).toContain(`evt.supervision.${path}`);
  });

  it('accepts every example of the subjects it handles, as published in the catalogue', () => {
    for (const path of UNDERSTOOD) {
      const example = catalogue.components.messages[`supervision.${path}`].examples[0].payload;
      expect(typeof readItemEvent(example)).toBe('object');
    }
  });

  it('says why it cannot apply an event without an id, an item id or a version', () => {
    const example = catalogue.components.messages['supervision.item.closed'].examples[0].payload as { id: string; data: Record<string, unknown> };
    expect(readItemEvent(null)).toBe('no event id');
    expect(readItemEvent({ ...example, id: 'x' })).toBe('no event id');
    expect(readItemEvent({ ...example, data: { ...example.data, id: undefined } })).toBe('no item id');
    expect(readItemEvent({ ...example, data: { ...example.data, version: 0 } })).toBe('no version');
    expect(readItemEvent({ ...example, occurredAt: 'yesterday' })).toBe('no occurredAt');
  });
});

describe('the producer check of the sample consumer (docs/CONSUMING-EVENTS.md §6)', () => {
  const pair = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const spki = (key: typeof pair.publicKey) => key.export({ format: 'der', type: 'spki' }).toString('base64');
  const keys = producerKeys(`gateway=${spki(other.publicKey)},supervision=${spki(pair.publicKey)}`, 'supervision');
  const envelope = { id: '0b6f3f1e-5c1a-4d2e-9a43-2f5d8c1e7a10', type: 'evt.supervision.item.closed', data: { title: '事项', id: 'x', version: 2, none: undefined } };
  // As the platform signs (libs/platform/src/security/event-assertion.ts): keys sorted, undefined left out.
  const signature = (privateKey: typeof pair.privateKey, data = '{"id":"x","title":"事项","version":2}') => {
    const digest = sha256Hex(data);
    return `v1.supervision.${sign(null, Buffer.from(`supervision\n${envelope.id}\n${envelope.type}\n${digest}`), privateKey).toString('base64url')}`;
  };

  it('accepts supervision’s signature over the canonical payload', () => {
    expect(keys).toHaveLength(1);
    expect(signedBy('supervision', keys, signature(pair.privateKey), envelope)).toBe(true);
  });

  it('refuses another key, another payload, another app’s prefix and no header', () => {
    expect(signedBy('supervision', keys, signature(other.privateKey), envelope)).toBe(false);
    expect(signedBy('supervision', keys, signature(pair.privateKey), { ...envelope, data: { ...envelope.data, title: '改过' } })).toBe(false);
    expect(signedBy('supervision', keys, signature(pair.privateKey).replace('v1.supervision.', 'v1.gateway.'), envelope)).toBe(false);
    expect(signedBy('supervision', keys, undefined, envelope)).toBe(false);
  });
});

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
