import { describe, expect, it } from '@jest/globals';
import { maskIdNumber, maskMiddle, maskName, maskPassport, maskPhone } from './masking.js';

describe('masking of personal data in lists', () => {
  it.each([
    ['13800001234', '138****1234'],
    ['138 0000 1234', '138****1234'],
    ['+49 211 1234567', '492*****4567'],
    ['05331234567', '053****4567'],
    ['88881234', '****1234'],
    ['8881234', '*******'],
    ['123', '***'],
    ['', ''],
  ])('phone %s → %s', (input, masked) => expect(maskPhone(input)).toBe(masked));

  it.each([
    ['37030419900101123X', '370304********123X'],
    ['37030419900101123x', '370304********123X'],
    [' 370304199001011234 ', '370304********1234'],
    ['370304900101123', '370304*****1123'],
    ['1234567890', '******7890'],
    ['123456789', '*****6789'],
    ['1234567', '*******'],
    ['', ''],
  ])('身份证号 %s → %s', (input, masked) => expect(maskIdNumber(input)).toBe(masked));

  it.each([
    ['E12345678', 'E******78'],
    ['c01234567', 'C******67'],
    ['G12345', '****45'],
    ['G1234', '*****'],
    ['AB1', '***'],
  ])('护照号 %s → %s', (input, masked) => expect(maskPassport(input)).toBe(masked));

  it.each([
    ['王小明', '王**'],
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['𠮷野家', '𠮷**'],
    ['买买提·艾力', '买*****'],
    ['李', '*'],
    ['', ''],
  ])('姓名 %s → %s', (input, masked) => expect(maskName(input)).toBe(masked));

  it('never shows a whole value, and counts a character outside the BMP once', () => {
    for (let length = 0; length <= 20; length += 1) {
      const value = '9'.repeat(length);
      expect(maskMiddle(value, 6, 4)).toHaveLength(length);
      if (length > 0) expect(maskMiddle(value, 6, 4)).toContain('*');
    }
    expect(maskMiddle('𠮷𠮷𠮷𠮷𠮷𠮷', 1, 1)).toBe('𠮷****𠮷');
  });
});
