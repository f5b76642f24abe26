import { describe, expect, it } from '@jest/globals';
import { followingSectionFor } from './instruction-rules.js';

describe('who follows a 批示', () => {
  it('秘书一科 the 区长, 秘书二科 the deputy mayors, 文秘科 the rest', () => {
    expect(followingSectionFor('区长')).toBe('mishu_yi');
    expect(followingSectionFor('副区长')).toBe('mishu_er');
    expect(followingSectionFor('常务副区长')).toBe('mishu_er');
    expect(followingSectionFor('办公室主任')).toBe('wenmi');
  });
});
