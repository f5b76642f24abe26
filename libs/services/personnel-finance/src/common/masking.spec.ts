import { describe, expect, it } from '@jest/globals';
import { maskIdNumber, maskMobile } from './masking.js';

describe('masking of personal data in lists', () => {
  it.each([
    ['13800001234', '138****1234'],
    ['123', '***'],
  ])('mobile %s → %s', (input, masked) => expect(maskMobile(input)).toBe(masked));

  it.each([
    ['37030419900101123X', '370304********123X'],
    ['123456789', '*********'],
  ])('身份证号 %s → %s', (input, masked) => expect(maskIdNumber(input)).toBe(masked));
});
