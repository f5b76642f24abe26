import { describe, expect, it } from '@jest/globals';
import { chineseDate, charUnits, EDITOR, GRID, layoutBulletin, MM_PER_PT, PAGE, RED, TYPE_AREA, wrap, type BulletinContent, type FontRole } from './bulletin-layout.js';
import { resolveFonts, type FontFace } from '@gov/platform';
import { renderBulletinPdf } from './bulletin-pdf.js';

const paragraph = '山头街道针对辖区老旧小区无物业、管理难的问题，推行“网格+物业”融合治理模式，今年以来共解决群众诉求326件，满意率达98%。';
const issue = (overrides: Partial<BulletinContent> = {}): BulletinContent => ({
  label: '2026年第12期',
  theme: null,
  editorNote: '本期刊发基层治理和城市更新做法。',
  releasedOn: '2026-12-05',
  released: true,
  items: [
    { title: '山头街道“网格+物业”模式破解老旧小区治理难题', body: `${paragraph}\n一是网格员兼任楼长。\n二是引入国有物业兜底服务。`, source: '山头街道' },
    { title: '区住建局加快推进城镇老旧小区改造', body: '今年全区计划改造老旧小区42个，涉及居民5600余户。', source: '区住房和城乡建设局' },
  ],
  distribution: ['区委、区政府领导', '各镇（街道）、区直各部门'],
  ...overrides,
});
const right = TYPE_AREA.left + TYPE_AREA.width;
const bottom = TYPE_AREA.top + TYPE_AREA.height;

describe('《博山政务信息》 PDF: the bulletin layout', () => {
  it('breaks lines at 28 characters (half-width ones count half) and never begins a line with closing punctuation', () => {
    const lines = wrap(paragraph, GRID.columns, 2);
    expect(lines.join('')).toBe(paragraph);
    expect(charUnits(lines[0]) + 2).toBeLessThanOrEqual(GRID.columns + 1);
    for (const line of lines.slice(1, -1)) expect(charUnits(line)).toBeGreaterThanOrEqual(GRID.columns - 1);
    for (const line of lines.slice(1)) expect('，。、；：？！）》」”'.includes(line[0])).toBe(false);
    // A comma that would begin the line hangs at the end of the line before.
    expect(wrap(`${'字'.repeat(28)}，下一行`, 28)).toEqual([`${'字'.repeat(28)}，`, '下一行']);
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('puts the red masthead, the 期号, the editor and date and the red rule on the first page, then the items in order', () => {
    const [first, ...rest] = layoutBulletin(issue());
    expect(rest).toEqual([]);
    const masthead = first.texts.find((t) => t.role === 'masthead');
    expect(masthead).toMatchObject({ text: '博山政务信息', font: 'xiaobiaosong', color: RED });
    // Centred on the 版心.
    const width = charUnits('博山政务信息') * (masthead?.pitch ?? 0);
    expect(Math.abs((masthead?.x ?? 0) + width / 2 - (TYPE_AREA.left + TYPE_AREA.width / 2))).toBeLessThan(0.01);
    expect(first.texts.find((t) => t.role === 'issue')?.text).toBe('2026年第12期');
    expect(first.texts.find((t) => t.role === 'editor')).toMatchObject({ text: EDITOR, x: TYPE_AREA.left });
    const date = first.texts.find((t) => t.role === 'date');
    expect(date?.text).toBe('2026年12月5日');
    expect(Math.abs((date?.x ?? 0) + charUnits('2026年12月5日') * (date?.pitch ?? 0) - right)).toBeLessThan(0.01);
    const rule = first.rules.find((r) => r.role === 'masthead-rule');
    expect(rule).toMatchObject({ x1: TYPE_AREA.left, x2: right, color: RED });
    expect(rule?.y).toBeGreaterThan(date?.baseline ?? Infinity);

    const titles = first.texts.filter((t) => t.role === 'title').map((t) => t.text);
    expect(titles.join('')).toBe('山头街道“网格+物业”模式破解老旧小区治理难题区住建局加快推进城镇老旧小区改造');
    const body = first.texts.filter((t) => t.role === 'body');
    // Each paragraph's first line is indented two cells; every line lies within the 版心 and below the rule.
    const firstLine = body.find((t) => t.text.startsWith('山头街道针对'));
    expect(firstLine?.x).toBeCloseTo(TYPE_AREA.left + 2 * GRID.cell, 6);
    for (const line of body) {
      expect(line.x + charUnits(line.text) * line.pitch).toBeLessThanOrEqual(right + GRID.cell + 0.01);
      expect(line.baseline).toBeGreaterThan(rule?.y ?? Infinity);
      expect(line.baseline).toBeLessThanOrEqual(bottom);
    }
    expect(first.texts.filter((t) => t.role === 'source').map((t) => t.text)).toEqual(['（山头街道）', '（区住房和城乡建设局）']);
    expect(first.texts.find((t) => t.role === 'note')?.text.startsWith('【编者按】')).toBe(true);
    // 分送 at the foot, between two rules, the last on the 版心's lower edge; the page number under the 版心.
    expect(first.texts.find((t) => t.role === 'distribution')?.text).toBe('分送：区委、区政府领导，各镇（街道）、区直各部门。');
    expect(first.rules.filter((r) => r.role === 'distribution-rule').map((r) => r.y)).toContain(bottom);
    expect(first.texts.find((t) => t.role === 'page-number')?.text).toBe('— 1 —');
    expect(first.watermark).toBeNull();
  });

  it('continues a long issue on further pages, numbered, with the 分送 on the last; an unreleased issue is marked 未签发', () => {
    const long = issue({
      label: null,
      releasedOn: null,
      released: false,
      theme: '冬季民生保障',
      items: Array.from({ length: 6 }, (_, i) => ({ title: `第 ${i + 1} 条信息`, body: Array.from({ length: 4 }, () => paragraph).join('\n'), source: '山头街道' })),
    });
    const pages = layoutBulletin(long);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.map((p) => p.texts.find((t) => t.role === 'page-number')?.text)).toEqual(pages.map((_, i) => `— ${i + 1} —`));
    expect(pages.every((p) => p.watermark === '未签发')).toBe(true);
    expect(pages[0].texts.find((t) => t.role === 'issue')?.text).toBe('（签发时编定期号）（冬季民生保障）');
    expect(pages[0].texts.some((t) => t.role === 'date')).toBe(false);
    expect(pages.slice(0, -1).every((p) => !p.texts.some((t) => t.role === 'distribution'))).toBe(true);
    expect(pages.at(-1)?.texts.some((t) => t.role === 'distribution')).toBe(true);
    for (const page of pages) for (const text of page.texts.filter((t) => t.role === 'body')) expect(text.baseline).toBeLessThanOrEqual(bottom);
    // Every character of every item is printed once, in order.
    const printed = pages.flatMap((p) => p.texts.filter((t) => t.role === 'body').map((t) => t.text)).join('');
    expect(printed).toBe(long.items.map((i) => i.body.replace(/\n/g, '')).join(''));
  });

  it('renders an A4 PDF with the CJK faces embedded, one page per laid-out page', async () => {
    const { faces, missing } = resolveFonts();
    expect(missing).toEqual([]);
    const pages = layoutBulletin(issue());
    const pdf = await renderBulletinPdf(pages, faces as Record<FontRole, FontFace>, { title: '《博山政务信息》2026年第12期', subject: '常规期', createdAt: new Date('2026-12-05T00:00:00Z') }, { compress: false });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes).toHaveLength(pages.length);
    for (const [, w, h] of boxes) {
      expect(Math.abs(Number(w) * MM_PER_PT - PAGE.width)).toBeLessThan(0.01);
      expect(Math.abs(Number(h) * MM_PER_PT - PAGE.height)).toBeLessThan(0.01);
    }
    expect(text).toMatch(/\/FontFile2|\/FontFile3/);
    expect(text).toContain('NotoSerifCJK');
    // The masthead and its rule in red (E60012 = 0.902 0 0.0706).
    expect(text).toMatch(/0\.90\d* 0 0\.07\d* scn/);
    expect(text).toMatch(/0\.90\d* 0 0\.07\d* SCN/);
  });
});
