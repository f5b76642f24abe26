import { describe, expect, it } from '@jest/globals';
import { ARCHIVABLE_STATUS, catalogueDocNumber } from './archive-sources.js';

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
