import { describe, expect, it } from '@jest/globals';
import { agencyCodeProblems, documentNumberProblems, formatDocumentNumber, parseDocumentNumber } from './document-number.js';

describe('发文字号 (《党政机关公文处理工作条例》第九条, GB/T 9704—2012)', () => {
  it.each([
    [{ agencyCode: '博政发', year: 2026, sequence: 3 }, '博政发〔2026〕3号'],
    [{ agencyCode: '博政办字', year: 2025, sequence: 120 }, '博政办字〔2025〕120号'],
    [{ agencyCode: '博政字', year: 2026, sequence: 8 }, '博政字〔2026〕8号'],
    [{ agencyCode: '博政发字', year: 2025, sequence: 120 }, null],
    [{ agencyCode: '博政办发', year: 2025, sequence: 120 }, '博政办发〔2025〕120号'],
  ])('formats %o as %s', (number, expected) => {
    if (expected === null) expect(() => formatDocumentNumber(number)).toThrow(RangeError);
    else expect(formatDocumentNumber(number)).toBe(expected);
  });

  it.each([
    ['博政发〔2026〕3号', { agencyCode: '博政发', year: 2026, sequence: 3 }],
    ['博政办发〔2025〕120号', { agencyCode: '博政办发', year: 2025, sequence: 120 }],
    ['博政发[2026]3号', null],
    ['博政发(2026)3号', null],
    ['博政发〔2026〕003号', null],
    ['博政发〔2026〕第3号', null],
    ['博政发字〔2026〕3号', null],
    ['博政字〔2026〕8号', { agencyCode: '博政字', year: 2026, sequence: 8 }],
    ['博政办字〔2026〕12号', { agencyCode: '博政办字', year: 2026, sequence: 12 }],
    ['博政发〔26〕3号', null],
    ['博政发〔2026〕0号', null],
    ['BZF〔2026〕3号', null],
  ])('parses %s', (text, expected) => {
    expect(parseDocumentNumber(text)).toEqual(expected);
  });

  it.each([
    ['博政发[2026]3号', '六角括号'],
    ['博政发〔2026〕003号', '虚位'],
    ['博政发〔2026〕第3号', '不加“第”'],
    ['博政发〔26〕3号', '四位数字'],
    ['博政发字〔2026〕3号', '机关代字后不加“字”'],
  ])('explains what is wrong with %s', (text, fragment) => {
    expect(documentNumberProblems(text).join()).toContain(fragment);
  });

  it('has nothing to say about a correct number', () => {
    expect(documentNumberProblems('博政发〔2026〕3号')).toEqual([]);
    expect(documentNumberProblems('博政字〔2026〕8号')).toEqual([]);
  });

  it.each([
    ['博政发', []],
    ['博政字', []],
    ['博政办字', []],
    ['博政发第', ['机关代字末尾不加“第”或“字”（如“博政发”，不是“博政发字”）']],
    ['博政发字', ['机关代字末尾不加“第”或“字”（如“博政发”，不是“博政发字”）']],
    ['BZF', ['机关代字只能由汉字组成，如“博政发”']],
  ])('checks the agency code %s', (code, problems) => {
    expect(agencyCodeProblems(code)).toEqual(problems);
  });
});
