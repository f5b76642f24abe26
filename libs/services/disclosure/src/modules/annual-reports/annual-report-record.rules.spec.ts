import { describe, expect, it } from '@jest/globals';
import { activeDisclosureLines, finaliseProblems, reportTitle, tablesProblems, wanYuan, type EnteredTables, type Narrative } from './annual-report.rules.js';

const tables = (over: Partial<EnteredTables> = {}): EnteredTables => ({
  regulations: { made: 0, repealed: 0, inForce: 0, source: '区司法局规章备案台账' },
  normativeDocuments: { made: 12, repealed: 3, inForce: 86, source: '区司法局规范性文件备案审查台账' },
  licensing: { decisions: 1520, source: '区行政审批服务局审批系统' },
  penalties: { decisions: 341, source: '各执法部门报送' },
  enforcement: { decisions: 27, source: '各执法部门报送' },
  fees: { amountWanYuan: 12.5, source: '区财政局非税收入系统' },
  ...over,
});
const narrative = (over: Partial<Narrative> = {}): Narrative => ({ overview: '2026年，本机关认真贯彻《条例》。', problems: '公开内容不够全面。', otherMatters: '无。', ...over });
const fields = (t: EnteredTables) => tablesProblems(t).map((p) => p.field);

describe('第二部分 主动公开政府信息情况: the entered tables (国办公开办函〔2021〕30号)', () => {
  it.each([
    ['counts as entered', tables(), []],
    ['a negative count', tables({ licensing: { decisions: -1, source: '台账' } }), ['tables.licensing.decisions']],
    ['a fractional count', tables({ regulations: { made: 1.5, repealed: 0, inForce: 3, source: '台账' } }), ['tables.regulations.made']],
    ['a fee with three decimals', tables({ fees: { amountWanYuan: 1.234, source: '台账' } }), ['tables.fees.amountWanYuan']],
    ['a negative fee', tables({ fees: { amountWanYuan: -0.01, source: '台账' } }), ['tables.fees.amountWanYuan']],
    ['a fee of zero', tables({ fees: { amountWanYuan: 0, source: '台账' } }), []],
    ['more made than in force and repealed together', tables({ normativeDocuments: { made: 10, repealed: 2, inForce: 7, source: '台账' } }), ['tables.normativeDocuments.made']],
    ['made equal to in force plus repealed', tables({ normativeDocuments: { made: 9, repealed: 2, inForce: 7, source: '台账' } }), []],
  ])('%s', (_name, t, expected) => {
    expect(fields(t)).toEqual(expected);
  });

  it('names the rule in Chinese', () => {
    expect(tablesProblems(tables({ normativeDocuments: { made: 10, repealed: 2, inForce: 7, source: '台账' } }))[0].message).toContain('行政规范性文件：本年制发 10 件');
  });

  it('prints each table as a line with its article and source, the fee in 万元 with two decimals', () => {
    const lines = activeDisclosureLines(tables());
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe('第二十条第（一）项　行政规范性文件：本年制发 12 件，本年废止 3 件，现行有效 86 件（来源：区司法局规范性文件备案审查台账）');
    expect(lines[5]).toBe('第二十条第（八）项　行政事业性收费：本年收费金额 12.50 万元（来源：区财政局非税收入系统）');
    expect(wanYuan(0.1 + 0.2)).toBe('0.30');
  });
});

describe('定稿: what the final snapshot needs besides the cross-check', () => {
  it.each([
    ['everything entered', tables(), narrative(), []],
    ['no tables yet', null, narrative(), ['tables']],
    ['an empty 总体情况', tables(), narrative({ overview: '  ' }), ['narrative.overview']],
    ['empty 问题 and 其他事项', tables(), narrative({ problems: '', otherMatters: '' }), ['narrative.problems', 'narrative.otherMatters']],
    ['an inconsistent table', tables({ penalties: { decisions: -3, source: '台账' } }), narrative(), ['tables.penalties.decisions']],
  ])('%s', (_name, t, n, expected) => {
    expect(finaliseProblems(t, n).map((p) => p.field)).toEqual(expected);
  });

  it('titles the report after the office and the year', () => {
    expect(reportTitle(2026)).toBe('博山区人民政府办公室2026年政府信息公开工作年度报告');
  });
});
