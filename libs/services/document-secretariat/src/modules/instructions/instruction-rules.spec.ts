import { describe, expect, it } from '@jest/globals';
import { followingSectionFor, followingSectionOf } from './instruction-rules.js';

describe('who follows a 批示', () => {
  it('秘书一科 the 区长, 秘书二科 the deputy mayors, 文秘科 the rest', () => {
    expect(followingSectionFor('区长')).toBe('mishu_yi');
    expect(followingSectionFor('副区长')).toBe('mishu_er');
    expect(followingSectionFor('常务副区长')).toBe('mishu_er');
    expect(followingSectionFor('办公室主任')).toBe('wenmi');
  });

  it.each([
    ['区长 writes for himself', '区长', undefined, 'mishu_yi'],
    ['区长 writes for a 副区长', '区长', '副区长', 'mishu_er'],
    ['区长 writes for the 常务副区长', '区长', '常务副区长', 'mishu_er'],
    ['副区长 writes for the 区长', '副区长', '区长', 'mishu_yi'],
    ['副区长 writes for himself', '副区长', null, 'mishu_er'],
    ['办公室主任 writes for a 副区长', '办公室主任', '副区长', 'mishu_er'],
    ['区长 writes for the 办公室主任', '区长', '办公室主任', 'wenmi'],
  ] as const)('%s: followed by %s', (_case, leaderTitle, addressedLeaderTitle, section) => {
    expect(followingSectionOf({ leaderTitle, addressedLeaderTitle })).toBe(section);
  });
});
