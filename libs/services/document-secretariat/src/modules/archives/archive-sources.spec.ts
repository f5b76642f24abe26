import { describe, expect, it } from '@jest/globals';
import { ARCHIVABLE_STATUS, archiveExclusion, archiveStamp, archiveStampProblems, catalogueDocNumber } from './archive-sources.js';

describe('what may be filed, and its 文号 in the catalogue', () => {
  it('a 收文 once 办结 or 答复, a 发文 once 核发 (state codes only, never labels)', () => {
    expect(ARCHIVABLE_STATUS.incoming).toEqual(['completed', 'replied']);
    expect(ARCHIVABLE_STATUS.incoming).not.toContain('已办结');
    expect(ARCHIVABLE_STATUS.incoming).not.toContain('distributed');
    expect(ARCHIVABLE_STATUS.outgoing).toContain('issued');
    expect(ARCHIVABLE_STATUS.outgoing).not.toContain('signed');
  });

  it('takes the sender’s 文号 out of a 收文 registry number, and keeps a 发文 number as it is', () => {
    expect(catalogueDocNumber('incoming', '收文〔2026〕12号 淄政办字〔2026〕7号')).toBe('淄政办字〔2026〕7号');
    expect(catalogueDocNumber('incoming', 'SW2026-0012')).toBe('SW2026-0012');
    expect(catalogueDocNumber('incoming', null)).toBeNull();
    expect(catalogueDocNumber('outgoing', '博政发〔2026〕3号')).toBe('博政发〔2026〕3号');
  });
});

describe('不归档范围: 普发 documents needing no action (DA/T 22—2015, 国家档案局8号令)', () => {
  it.each<[string, Parameters<typeof archiveExclusion>[0], boolean]>([
    ['a 普发件 only read is refused', { kind: 'incoming', generalDistribution: true, actedOn: false }, true],
    ['a 普发件 the office acted on is filed', { kind: 'incoming', generalDistribution: true, actedOn: true }, false],
    ['an ordinary 收文 is filed', { kind: 'incoming', generalDistribution: false, actedOn: false }, false],
    ['the office’s own issued document is filed', { kind: 'outgoing', generalDistribution: true, actedOn: false }, false],
  ])('%s', (_name, facts, refused) => {
    const reason = archiveExclusion(facts);
    expect(reason !== null).toBe(refused);
    if (refused) expect(reason).toMatch(/普发.*不归档.*DA\/T 22/);
  });
});

describe('归档章 (DA/T 22—2015): 全宗号, 年度, 保管期限, 件号, 机构（问题）, 页数', () => {
  const row = { fonds_code: 'J001', year: 2026, retention: 'D30' as const, organization_code: 'WMK', item_number: 12, pages: 3 };

  it('carries every field, 件号 in 4 digits', () => {
    expect(archiveStamp(row)).toEqual({ fondsCode: 'J001', year: 2026, retention: '定期30年', itemNumber: '0012', organization: 'WMK', pages: 3 });
    expect(archiveStampProblems(archiveStamp(row))).toEqual([]);
  });

  it('机构（问题）is optional', () => {
    expect(archiveStamp({ ...row, organization_code: null })).not.toHaveProperty('organization');
    expect(archiveStampProblems(archiveStamp({ ...row, organization_code: null }))).toEqual([]);
  });

  it.each<[string, Partial<typeof row>, string]>([
    ['no 全宗号', { fonds_code: '' }, '归档章缺少全宗号'],
    ['件号 0', { item_number: 0 }, '归档章件号须为 4 位数字'],
    ['件号 above 9999', { item_number: 10000 }, '归档章件号须为 4 位数字'],
    ['no pages', { pages: 0 }, '归档章页数至少为 1'],
  ])('refuses a stamp with %s', (_name, changes, problem) => {
    expect(archiveStampProblems(archiveStamp({ ...row, ...changes }))).toEqual([problem]);
  });

  it.each<['Y' | 'D30' | 'D10', string]>([
    ['Y', '永久'],
    ['D30', '定期30年'],
    ['D10', '定期10年'],
  ])('保管期限 %s reads %s', (retention, label) => {
    expect(archiveStamp({ ...row, retention }).retention).toBe(label);
  });
});
