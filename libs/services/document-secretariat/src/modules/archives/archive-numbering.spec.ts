import { describe, expect, it } from '@jest/globals';
import { orderForNumbering } from './archive-numbering.js';
import { formatArchiveCode } from './archive-code.js';

describe('件号 order within a class (DA/T 22—2015: by 事由, then time)', () => {
  it('keeps the documents of one matter together, matters by their earliest document, each matter by date', () => {
    const items = [
      { id: 'c', matter: '安全生产', documentDate: '2026-03-10' },
      { id: 'a', matter: '防汛', documentDate: '2026-02-01' },
      { id: 'b', matter: '安全生产', documentDate: '2026-01-15' },
      { id: 'd', matter: '防汛', documentDate: '2026-01-20' },
      { id: 'e', matter: null, documentDate: '2026-04-01' },
    ];
    expect(orderForNumbering(items).map((i) => i.id)).toEqual(['b', 'c', 'd', 'a', 'e']);
  });

  it('keeps the given order for equal matter and date, and does not change the input', () => {
    const items = [
      { id: 'x', documentDate: '2026-05-01' },
      { id: 'y', documentDate: '2026-05-01' },
      { id: 'z', documentDate: '2026-04-01' },
    ];
    expect(orderForNumbering(items).map((i) => i.id)).toEqual(['z', 'x', 'y']);
    expect(items.map((i) => i.id)).toEqual(['x', 'y', 'z']);
  });

  it('numbers in that order give 4-digit 件号 in the 档号', () => {
    const ordered = orderForNumbering([
      { matter: 'B', documentDate: '2026-02-01' },
      { matter: 'A', documentDate: '2026-01-01' },
    ]);
    const codes = ordered.map((item, i) => ({ code: formatArchiveCode({ fondsCode: 'J001', categoryCode: 'WS', year: 2026, retention: 'Y', organizationCode: 'WMK', itemNumber: i + 1 }), matter: item.matter }));
    expect(codes).toEqual([
      { code: 'J001-WS·2026-Y-WMK-0001', matter: 'A' },
      { code: 'J001-WS·2026-Y-WMK-0002', matter: 'B' },
    ]);
  });
});
