import { describe, expect, it } from '@jest/globals';
import { noticeRecipients, originLabel } from './notice-document.js';

describe('月度通报 as a 发文: the mapping', () => {
  it('names its origin by the month, without a leading zero', () => {
    expect(originLabel({ month: '2026-11' })).toBe('信息科 月度通报（2026年11月）');
    expect(originLabel({ month: '2026-03' })).toBe('信息科 月度通报（2026年3月）');
  });

  it('sends to the units below the office by name, blanks and repeats dropped', () => {
    expect(noticeRecipients({ mainRecipients: [' 各镇人民政府、街道办事处 ', '区政府各部门', '区政府各部门', ' '] })).toEqual([
      { name: '各镇人民政府、街道办事处', relation: 'subordinate' },
      { name: '区政府各部门', relation: 'subordinate' },
    ]);
  });
});
