import { describe, expect, it } from '@jest/globals';
import { twoDecimals } from './agreement-amount.js';

describe('agreement amounts', () => {
  it.each([
    ['1200000', '1200000.00'],
    ['1200000.5', '1200000.50'],
    ['0.05', '0.05'],
    ['007', '7.00'],
    ['9999999999999.99', '9999999999999.99'],
  ])('%s is kept as %s', (input, expected) => {
    expect(twoDecimals(input)).toBe(expected);
  });
});
