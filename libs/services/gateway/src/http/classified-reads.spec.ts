import { describe, expect, it } from '@jest/globals';
import { classifiedIn, classifiedReadReason, mayBeClassified } from './classified-reads.js';

describe('which answers disclose 机密 or 绝密 records', () => {
  it('a-record-at-机密-or-above', () => {
    expect(classifiedIn({ id: 'a', secrecyLevel: 2, title: '某文' })).toEqual({ level: 2, ids: ['a'] });
    expect(classifiedIn({ id: 'b', secrecyLevel: 3 })).toEqual({ level: 3, ids: ['b'] });
  });

  it('not-秘密-or-unclassified-records-nor-answers-without-a-密级', () => {
    expect(classifiedIn({ id: 'a', secrecyLevel: 1 })).toBeNull();
    expect(classifiedIn({ id: 'a', secrecyLevel: 0 })).toBeNull();
    expect(classifiedIn({ id: 'a', status: 'ok' })).toBeNull();
    expect(classifiedIn(undefined)).toBeNull();
    expect(classifiedIn('text')).toBeNull();
    expect(classifiedIn({ items: [{ id: 'x', secrecyLevel: '3' }] })).toBeNull();
  });

  it('a-list-names-every-classified-item-and-the-highest-level', () => {
    const answer = { items: [{ id: 'p', secrecyLevel: 0 }, { id: 'q', secrecyLevel: 2 }, { id: 'r', secrecyLevel: 3 }], total: 3 };
    expect(classifiedIn(answer)).toEqual({ level: 3, ids: ['q', 'r'] });
    expect(classifiedReadReason({ level: 3, ids: [] })).toBe('classified_read:绝密');
    expect(classifiedReadReason({ level: 2, ids: [] })).toBe('classified_read:机密');
  });

  it('answers-passed-on-unparsed-are-parsed-when-they-may-hold-a-机密-record', () => {
    const bytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
    expect(mayBeClassified(bytes({ items: [{ id: 'p', secrecyLevel: 0 }, { id: 'q', secrecyLevel: 1 }], total: 2 }))).toBe(false);
    expect(mayBeClassified(bytes({ items: [{ id: 'p', name: '单位' }], total: 1 }))).toBe(false);
    expect(mayBeClassified(bytes({ items: [{ id: 'p', secrecyLevel: 0 }, { id: 'q', secrecyLevel: 2 }] }))).toBe(true);
    expect(mayBeClassified(bytes({ id: 'r', secrecyLevel: 3 }))).toBe(true);
    expect(mayBeClassified(bytes({ nested: { deep: [{ secrecyLevel: 10 }] } }))).toBe(true);
    expect(mayBeClassified(bytes({ secrecyLevel: '3' }))).toBe(true);
    expect(mayBeClassified(bytes({ secrecyLevel: 1.5 }))).toBe(true);
  });
});
