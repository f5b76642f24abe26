/**
 * The page layout of an issue of 《博山政务信息》 as pure geometry (millimetres from the page's top-left corner), the
 * bulletin's usual layout as the console prints it: A4 with the 公文 版心 (GB/T 9704-2012 5.2: 天头 37 mm, 订口 28 mm,
 * 156 × 225 mm); on the first page the red masthead 「博山政务信息」 (小标宋, centred), the 期号 line under it, the line
 * 「博山区人民政府办公室编」 with the 签发 date, and a red rule across the 版心; then the 编者按 (楷体), and each item: its
 * title centred (小标宋), its text in 3号仿宋 on the 28-character grid with paragraphs indented two characters, and the
 * reporting unit right-aligned in 楷体; at the foot of the last page the 分送 block between two rules; page numbers
 * 「— 1 —」 centred 7 mm below the 版心. An issue not yet released carries 「未签发」 as a watermark.
 */

import { A4, charUnits, GBT9704_TYPE_AREA, isHalfWidth, MM_PER_PT, type FontRole, type PlacedRule, type PlacedText, type PrintedPage } from '@gov/platform';

export { charUnits, isHalfWidth, MM_PER_PT, type FontRole, type PlacedRule, type PlacedText } from '@gov/platform';
export const PAGE = A4;
export const TYPE_AREA = GBT9704_TYPE_AREA;
/** 正文 3号 (16 pt) on 28 cells per line, 22 lines per page, as a 公文. */
export const GRID = { columns: 28, cell: TYPE_AREA.width / 28, line: TYPE_AREA.height / 22 } as const;
export const RED = '#E60012';
export const BLACK = '#000000';




export interface LaidOutPage extends PrintedPage {
  number: number;
  texts: PlacedText[];
  rules: PlacedRule[];
  /** 「未签发」 on every page of an issue not yet released. */
  watermark: string | null;
}

/** What an issue prints. */
export interface BulletinContent {
  /** 期号全称, e.g. 2026年第12期; null before 签发. */
  label: string | null;
  theme: string | null;
  editorNote: string | null;
  /** 签发日期 YYYY-MM-DD; null before 签发. */
  releasedOn: string | null;
  released: boolean;
  items: { title: string; body: string; source: string }[];
  distribution: string[];
}

export const EDITOR = '博山区人民政府办公室编';
const pt = (size: number) => size * MM_PER_PT;



/** Punctuation that never begins a line (禁则): it stays at the end of the line before. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…—%,.;:?!)]']);

/**
 * Breaks a paragraph into lines of at most `columns` characters (half-width ones count half), the first line after
 * `indent` characters; a closing punctuation mark that would begin a line hangs at the end of the line before.
 */
export function wrap(text: string, columns: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let width = indent;
  for (const char of text) {
    const units = isHalfWidth(char) ? 0.5 : 1;
    if (width + units > columns && line && !NO_LINE_START.has(char)) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += char;
    width += units;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** 2026-12-05 → 2026年12月5日. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Lays out an issue: pages of placed texts and rules. */
export function layoutBulletin(content: BulletinContent): LaidOutPage[] {
  const pages: LaidOutPage[] = [];
  const bottom = TYPE_AREA.top + TYPE_AREA.height;
  const right = TYPE_AREA.left + TYPE_AREA.width;
  let y: number = TYPE_AREA.top;
  const newPage = (): LaidOutPage => {
    const next: LaidOutPage = { number: pages.length + 1, texts: [], rules: [], watermark: content.released ? null : '未签发' };
    pages.push(next);
    y = TYPE_AREA.top;
    return next;
  };
  let page = newPage();

  /** Puts one line whose text box is `height` mm high at the cursor, on a new page when it does not fit. */
  const place = (text: string, font: FontRole, size: number, pitch: number, height: number, align: 'left' | 'centre' | 'right', role: string, indent = 0, color = BLACK) => {
    if (y + height > bottom) page = newPage();
    const width = charUnits(text) * pitch;
    const x = align === 'centre' ? TYPE_AREA.left + (TYPE_AREA.width - width) / 2 : align === 'right' ? right - width : TYPE_AREA.left + indent * pitch;
    // The baseline sits about 0.8 of the type size below the top of the line's text box, centred in the line.
    const baseline = y + (height - pt(size)) / 2 + pt(size) * 0.88;
    page.texts.push({ text, font, size, x, baseline, pitch, color, role });
    y += height;
  };
  const paragraph = (text: string, font: FontRole, size: number, role: string, indent: number) => {
    const pitch = size === 16 ? GRID.cell : pt(size);
    const columns = Math.floor(TYPE_AREA.width / pitch + 1e-6);
    const height = size === 16 ? GRID.line : pt(size) * 1.75;
    wrap(text, columns, indent).forEach((line, index) => place(line, font, size, pitch, height, 'left', role, index === 0 ? indent : 0));
  };

  // 版头: the masthead, the 期号, the editor and date, the red rule.
  y = 22;
  place('博山政务信息', 'xiaobiaosong', 48, pt(48) * 1.05, 22, 'centre', 'masthead', 0, RED);
  const issue = content.label ? `${content.label}${content.theme ? `（${content.theme}）` : ''}` : `（签发时编定期号）${content.theme ? `（${content.theme}）` : ''}`;
  place(issue, 'fangsong', 16, pt(16), 10, 'centre', 'issue');
  const lineTop = y;
  place(EDITOR, 'fangsong', 14, pt(14), 9, 'left', 'editor');
  if (content.releasedOn) {
    y = lineTop;
    place(chineseDate(content.releasedOn), 'fangsong', 14, pt(14), 9, 'right', 'date');
  }
  page.rules.push({ x1: TYPE_AREA.left, x2: right, y: y + 1.5, width: 1, color: RED, role: 'masthead-rule' });
  y += 6;

  if (content.editorNote) {
    paragraph(`【编者按】${content.editorNote}`, 'kaiti', 16, 'note', 2);
    y += GRID.line / 2;
  }
  for (const item of content.items) {
    // A title is not left alone at the foot of a page: it goes with at least two lines of its text.
    const titleLines = wrap(item.title, Math.floor(TYPE_AREA.width / pt(20)), 0);
    if (y + titleLines.length * 11 + 2 * GRID.line > bottom) page = newPage();
    y += 3;
    for (const line of titleLines) place(line, 'xiaobiaosong', 20, pt(20), 11, 'centre', 'title');
    y += 2;
    for (const text of item.body.split(/\r?\n/).map((p) => p.trim()).filter(Boolean)) paragraph(text, 'fangsong', 16, 'body', 2);
    place(`（${item.source}）`, 'kaiti', 16, GRID.cell, GRID.line, 'right', 'source');
    y += GRID.line / 2;
  }

  // 分送, at the foot of the last page between two rules.
  if (content.distribution.length) {
    const lines = wrap(`分送：${content.distribution.join('，')}。`, Math.floor(TYPE_AREA.width / pt(14)), 0);
    const height = lines.length * 7.5 + 4;
    if (y + height > bottom) page = newPage();
    y = bottom - height;
    page.rules.push({ x1: TYPE_AREA.left, x2: right, y, width: 0.35, color: BLACK, role: 'distribution-rule' });
    y += 2;
    for (const line of lines) place(line, 'fangsong', 14, pt(14), 7.5, 'left', 'distribution');
    page.rules.push({ x1: TYPE_AREA.left, x2: right, y: bottom, width: 0.35, color: BLACK, role: 'distribution-rule' });
  }

  for (const each of pages) {
    const text = `— ${each.number} —`;
    const width = charUnits(text) * pt(14);
    each.texts.push({ text, font: 'songti', size: 14, x: TYPE_AREA.left + (TYPE_AREA.width - width) / 2, baseline: bottom + 7 + pt(14) * 0.88, pitch: pt(14), color: BLACK, role: 'page-number' });
  }
  return pages;
}
