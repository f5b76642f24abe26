import { describe, expect, it } from '@jest/globals';
import { canTake, fillOf, reportedFilledRefusal, statusAfter, type PostLine, type StaffPlace } from './establishment-posts.rules.js';
import { reasonOf } from '@gov/platform';

const line = (over: Partial<PostLine>): PostLine => ({ id: 'x', unitId: null, kind: 'administrative', postTitles: [], approvedCount: 0, reportedFilled: null, ...over });

describe('机构编制: the rules', () => {
  it.each([
    ['update', 'in_force', true],
    ['withdraw', 'in_force', true],
    ['update', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('a withdrawal ends in withdrawn and needs a reason', () => {
    expect(statusAfter('withdraw', 'in_force')).toBe('withdrawn');
    expect(statusAfter('update', 'in_force')).toBe('in_force');
    expect(reasonOf('  岗位撤销 ')).toBe('岗位撤销');
    expect(reasonOf(' 无')).toBeNull();
  });

  const staff: StaffPlace[] = [
    { category: 'civil_servant', postTitle: '主任' },
    { category: 'civil_servant', postTitle: '副主任' },
    { category: 'civil_servant', postTitle: '副主任' },
    { category: 'civil_servant', postTitle: '副主任' },
    { category: 'civil_servant', postTitle: '科员' },
    { category: 'civil_servant', postTitle: '科员' },
    { category: 'managed', postTitle: '科员' },
    { category: 'worker', postTitle: '驾驶员' },
  ];
  const director = line({ id: 'd', postTitles: ['主任'], approvedCount: 1 });
  const deputies = line({ id: 'dd', postTitles: ['副主任'], approvedCount: 2 });
  const general = line({ id: 'g', approvedCount: 5 });
  const workers = line({ id: 'w', kind: 'worker', approvedCount: 2 });
  const office = [director, deputies, general, workers];

  it.each<[string, PostLine, number, number, number]>([
    ['the director: 1 of 1', director, 1, 0, 0],
    ['the deputies: 3 against 2 approved is one over (超职数)', deputies, 3, 0, 1],
    ['the general posts count the kind not named by another line (科员 ×2; 参公 not counted)', general, 2, 3, 0],
    ['工勤编制 counts the workers only', workers, 1, 1, 0],
  ])('%s', (_, subject, filled, vacant, over) => {
    expect(fillOf(subject, office, staff)).toMatchObject({ filled, vacant, overstaffed: over, source: 'staff_records' });
  });

  it("a subordinate unit's line uses its reported figure, 0 when none", () => {
    expect(fillOf(line({ unitId: 'u', approvedCount: 10, reportedFilled: 7 }), office, staff)).toMatchObject({ filled: 7, vacant: 3, overstaffed: 0, source: 'reported' });
    expect(fillOf(line({ unitId: 'u', approvedCount: 4 }), office, staff)).toMatchObject({ filled: 0, vacant: 4, explanation: expect.stringContaining('未填报') });
  });

  it("the office's filled count is computed, never reported", () => {
    expect(reportedFilledRefusal(null, 3)).toContain('工作人员名册');
    expect(reportedFilledRefusal(null, null)).toBeNull();
    expect(reportedFilledRefusal('u', 3)).toBeNull();
  });
});
