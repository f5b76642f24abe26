import { describe, expect, it } from '@jest/globals';
import type { DataResourceStatus } from '@gov/contracts-disclosure';
import { canTake, fieldProblems, isSectionStep, statusAfter, type DataResourceStep } from './data-resources.rules.js';

describe('数据资源: the rules', () => {
  const items = [{ name: '统一社会信用代码', type: 'string' as const }];

  it.each<[DataResourceStep, DataResourceStatus, boolean]>([
    ['update', 'draft', true],
    ['update', 'returned', true],
    ['update', 'published', true],
    ['update', 'submitted', false],
    ['update', 'withdrawn', false],
    ['submit', 'draft', true],
    ['submit', 'returned', true],
    ['submit', 'submitted', false],
    ['submit', 'published', false],
    ['review', 'submitted', true],
    ['review', 'draft', false],
    ['review', 'published', false],
    ['withdraw', 'published', true],
    ['withdraw', 'draft', true],
    ['withdraw', 'withdrawn', false],
  ])('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it.each<[DataResourceStep, DataResourceStatus, 'approved' | 'returned' | null, DataResourceStatus]>([
    ['update', 'draft', null, 'draft'],
    ['update', 'returned', null, 'returned'],
    ['update', 'published', null, 'draft'],
    ['submit', 'returned', null, 'submitted'],
    ['review', 'submitted', 'approved', 'published'],
    ['review', 'submitted', 'returned', 'returned'],
    ['withdraw', 'published', null, 'withdrawn'],
  ])('%s from %s (%s) → %s', (step, status, decision, after) => {
    expect(statusAfter(step, status, decision)).toBe(after);
  });

  it('the review and the withdrawal of a published resource are the section’s', () => {
    expect(isSectionStep('review', 'submitted')).toBe(true);
    expect(isSectionStep('withdraw', 'published')).toBe(true);
    expect(isSectionStep('withdraw', 'draft')).toBe(false);
    expect(isSectionStep('submit', 'draft')).toBe(false);
  });

  it.each([
    [{ sharingType: 'unconditional', openType: 'open' }, []],
    [{ sharingType: 'conditional', openType: 'open' }, ['sharingCondition']],
    [{ sharingType: 'conditional', sharingCondition: ' 仅限 ', openType: 'open' }, []],
    [{ sharingType: 'none', sharingCondition: ' ', openType: 'open' }, ['sharingCondition']],
    [{ sharingType: 'none', sharingCondition: '《个人信息保护法》第十三条', openType: 'closed' }, ['openBasis']],
    [{ sharingType: 'unconditional', openType: 'conditional' }, []],
    [{ sharingType: 'unconditional', openType: 'closed', openBasis: '涉及商业秘密' }, []],
  ] as const)('共享/开放 %j refuses %j', (fields, refused) => {
    const problems = fieldProblems({ ...fields, dataItems: items });
    expect(problems.map((p) => p.field)).toEqual(refused);
    for (const p of problems) expect(p.message).toMatch(/^(sharingCondition|openBasis)：.+（《/);
  });

  it('a 信息项 named twice is refused', () => {
    const problems = fieldProblems({ sharingType: 'unconditional', openType: 'open', dataItems: [...items, { name: ' 统一社会信用代码 ', type: 'number' }] });
    expect(problems).toEqual([{ field: 'dataItems', message: 'dataItems：信息项“统一社会信用代码”重复' }]);
  });
});
