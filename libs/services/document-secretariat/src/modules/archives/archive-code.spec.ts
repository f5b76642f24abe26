import { describe, expect, it } from '@jest/globals';
import { archiveCodeProblems, formatArchiveCode, parseArchiveCode, type ArchiveCode } from './archive-code.js';

const base: ArchiveCode = { fondsCode: 'J001', categoryCode: 'WS', year: 2026, retention: 'D30', organizationCode: 'ZHK', itemNumber: 12 };

describe('档号 (DA/T 22—2015)', () => {
  it.each<[Partial<ArchiveCode>, string]>([
    [{}, 'J001-WS·2026-D30-ZHK-0012'],
    [{ organizationCode: null }, 'J001-WS·2026-D30-0012'],
    [{ retention: 'Y', itemNumber: 1 }, 'J001-WS·2026-Y-ZHK-0001'],
    [{ retention: 'D10', itemNumber: 9999 }, 'J001-WS·2026-D10-ZHK-9999'],
  ])('formats %o as %s, and parses it back', (changes, expected) => {
    const code = { ...base, ...changes };
    expect(formatArchiveCode(code)).toBe(expected);
    expect(parseArchiveCode(expected)).toEqual({ ...code, organizationCode: code.organizationCode ?? null });
  });

  it.each<[Partial<ArchiveCode>, string]>([
    [{ fondsCode: 'J1' }, '全宗号'],
    [{ categoryCode: 'wenshu' }, '门类'],
    [{ retention: 'D20' as never }, '保管期限'],
    [{ itemNumber: 0 }, '件号'],
    [{ itemNumber: 10000 }, '件号'],
    [{ year: 26 }, '年度'],
  ])('refuses %o', (changes, fragment) => {
    expect(archiveCodeProblems({ ...base, ...changes }).join()).toContain(fragment);
    expect(() => formatArchiveCode({ ...base, ...changes })).toThrow(RangeError);
  });

  it.each(['J001-WS-2026-D30-ZHK-0012', 'J001-WS·2026-D30-ZHK-12', 'J001-WS·2026-D20-ZHK-0012', 'J001-WS·2026-D30-ZHK-0000'])('does not parse %s', (text) => {
    expect(parseArchiveCode(text)).toBeNull();
  });
});
