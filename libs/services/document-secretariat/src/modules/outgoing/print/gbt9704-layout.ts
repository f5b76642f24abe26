/**
 * The page layout of a 公文 per GB/T 9704-2012 《党政机关公文格式》, as pure geometry (millimetres from the page's top-left
 * corner): the renderer draws exactly what this places, and the tests check it against the standard's clauses.
 *
 * - 5.2.1/5.2.2 A4 (210 × 297 mm); 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm.
 * - 5.2.3 正文 3号仿宋, 22 lines of 28 characters per page: a grid of 28 cells of 156/28 mm and 22 lines of 225/22 mm.
 * - 7.2 版头: 份号 and 密级·保密期限 and 紧急程度 顶格 at the 版心's upper left (黑体 for 密级/紧急程度); 发文机关标志 red, 小标宋,
 *   centred, its top 35 mm below the 版心's top edge (上行文: 80 mm); 发文字号 two lines below it, centred (上行文: left with one
 *   character's indent, 签发人 on the same line right with one character's indent, the name in 楷体); the red 分隔线 4 mm
 *   below the 发文字号, as wide as the 版心.
 * - 7.3 主体: title 2号小标宋 two lines below the 分隔线, centred; 主送机关 one line below the title, 顶格, with a full-width
 *   colon; 正文 paragraphs indented two characters; 附件说明 one line below the 正文, indented two characters; 成文日期 with a
 *   seal: right-indented four characters, the 发文机关署名 centred above it, the seal's top within one line of the text
 *   above and the 署名/日期 in its lower centre.
 * - 7.4 版记: 抄送 and 印发机关/印发日期 in 4号仿宋 at the foot of the last page, between a 0.35 mm first and last 分隔线 and a
 *   0.25 mm line between them, the last one on the 版心's lower edge.
 * - 7.5 页码: 4号半角宋体 Arabic numerals with a 一字线 either side ("— 1 —"), 7 mm below the 版心; odd pages right with one
 *   character's indent, even pages left with one character's indent.
 */

import { A4, charUnits, GBT9704_TYPE_AREA, isHalfWidth, MM_PER_PT, type FontRole, type PlacedRule, type PlacedText, type PrintedPage } from '@gov/platform';

export { charUnits, isHalfWidth, MM_PER_PT, type FontRole, type PlacedRule, type PlacedText } from '@gov/platform';
export const PAGE = A4;
export const TYPE_AREA = GBT9704_TYPE_AREA;
export const GRID = { columns: 28, lines: 22, cell: TYPE_AREA.width / 28, line: TYPE_AREA.height / 22 } as const;
/** 号 sizes in points: 初号 42, 小初 36, 一号 26, 二号 22, 三号 16, 四号 14. */
export const SIZE_PT = { er: 22, san: 16, si: 14 } as const;
export const RED = '#E60012';
export const SEAL_DIAMETER = 42;




export interface LaidOutPage extends PrintedPage {
  number: number;
  texts: PlacedText[];
  rules: PlacedRule[];
  /** Where the seal goes (a circle: centre and diameter), on the page with the 落款. */
  seal?: { cx: number; cy: number; diameter: number };
  /** 草稿 / 征求意见稿 watermark, on every page of a version not issued. */
  watermark?: string;
}

export interface OfficialDocumentContent {
  issuingBody: string;
  /** 发文机关标志; defaults to the issuing body + 文件. */
  agencyMark?: string;
  docNumber: string | null;
  upward: boolean;
  signerName: string | null;
  copyNumber: string | null;
  /** e.g. 秘密★1年; null when not classified. */
  secrecy: string | null;
  /** 特急 / 加急; null for ordinary documents. */
  urgency: string | null;
  title: string;
  mainRecipients: string[];
  body: string;
  attachments: string[];
  /** 成文日期, YYYY-MM-DD. */
  writtenDate: string | null;
  copyRecipients: string[];
  printingBody: string;
  /** 印发日期, YYYY-MM-DD. */
  printedDate: string | null;
  /** 草稿 or 征求意见稿 for a version not issued; null for the issued document. */
  draftMark: string | null;
}



/** 2026-12-04 → 2026年12月4日 (7.3.5.1: Arabic numerals, no leading zeros). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The top of grid line `i` (0-based) of the 版心, and a baseline that centres a face of `sizePt` in it. */
export function lineTop(i: number): number {
  return TYPE_AREA.top + i * GRID.line;
}
export function baselineOf(i: number, sizePt: number = SIZE_PT.san): number {
  return lineTop(i) + GRID.line / 2 + 0.38 * sizePt * MM_PER_PT;
}
/** The left edge of grid column `c` (0-based, may be fractional for half-width characters). */
export function columnLeft(c: number): number {
  return TYPE_AREA.left + c * GRID.cell;
}

/** Breaks text into grid lines: `first` columns on the first line (after an indent), `width` on the next ones. */
export function breakLines(text: string, firstWidth: number, width: number = GRID.columns): string[] {
  const lines: string[] = [];
  let current = '';
  let used = 0;
  let limit = firstWidth;
  // 避头点: punctuation that may not start a line takes the previous character with it to the next line (the grid
  // never holds more than its 28 cells).
  const noStart = new Set([...'，。、；：？！）》」』】〕”’']);
  for (const char of [...text]) {
    const units = isHalfWidth(char) ? 0.5 : 1;
    if (used + units > limit) {
      const chars = [...current];
      const carried = noStart.has(char) && chars.length > 1 ? (chars.pop() as string) : '';
      lines.push(chars.join(''));
      current = carried;
      used = carried ? (isHalfWidth(carried) ? 0.5 : 1) : 0;
      limit = width;
    }
    current += char;
    used += units;
  }
  if (current || !lines.length) lines.push(current);
  return lines;
}

interface GridLine {
  texts: Omit<PlacedText, 'baseline'>[];
  /** Font size for the baseline (points). */
  size: number;
}

/** Places `text` on the grid from column `start`: one cell per full-width character, half a cell per half-width one. */
function gridText(text: string, start: number, font: FontRole, size: number, role: string, color = '#000000'): Omit<PlacedText, 'baseline'> {
  return { text, font, size, x: columnLeft(start), pitch: GRID.cell, color, role };
}

/** Lays a 公文 out on its pages. */
export function layoutOfficialDocument(doc: OfficialDocumentContent): LaidOutPage[] {
  const first: LaidOutPage = { number: 1, texts: [], rules: [] };
  // 7.2.1–7.2.3 份号, 密级和保密期限, 紧急程度: 顶格, one per line from the 版心's first line.
  let headerLine = 0;
  if (doc.copyNumber) first.texts.push({ ...gridText(doc.copyNumber, 0, 'songti', SIZE_PT.san, 'copyNumber'), baseline: baselineOf(headerLine++) });
  if (doc.secrecy) first.texts.push({ ...gridText(doc.secrecy, 0, 'heiti', SIZE_PT.san, 'secrecy'), baseline: baselineOf(headerLine++) });
  if (doc.urgency) first.texts.push({ ...gridText(doc.urgency, 0, 'heiti', SIZE_PT.san, 'urgency'), baseline: baselineOf(headerLine++) });
  if (doc.draftMark) {
    const units = charUnits(doc.draftMark);
    first.texts.push({ ...gridText(doc.draftMark, GRID.columns - units, 'heiti', SIZE_PT.san, 'draftMark'), baseline: baselineOf(0) });
  }

  // 7.2.4 发文机关标志: red, centred, top edge 35 mm (上行文 80 mm) below the 版心's top; as wide as fits, at most 15 mm a character.
  const mark = doc.agencyMark ?? (/(文件|函)$/.test(doc.issuingBody) ? doc.issuingBody : `${doc.issuingBody}文件`);
  const markUnits = charUnits(mark);
  const markSizeMm = Math.min(15, (TYPE_AREA.width * 0.95) / markUnits);
  const markTop = TYPE_AREA.top + (doc.upward ? 80 : 35);
  const markSizePt = markSizeMm / MM_PER_PT;
  first.texts.push({
    text: mark,
    font: 'xiaobiaosong',
    size: markSizePt,
    x: TYPE_AREA.left + (TYPE_AREA.width - markUnits * markSizeMm) / 2,
    pitch: markSizeMm,
    baseline: markTop + 0.88 * markSizeMm,
    color: RED,
    role: 'agencyMark',
  });

  // 7.2.5 发文字号 two lines below the mark; 7.2.6 签发人 for 上行文.
  const markBottom = markTop + markSizeMm;
  const numberLine = Math.ceil((markBottom - TYPE_AREA.top) / GRID.line) + 2;
  const numberText = doc.docNumber ?? '';
  if (doc.upward) {
    if (numberText) first.texts.push({ ...gridText(numberText, 1, 'fangsong', SIZE_PT.san, 'docNumber'), baseline: baselineOf(numberLine) });
    if (doc.signerName) {
      const nameUnits = charUnits(doc.signerName);
      const start = GRID.columns - 1 - nameUnits - 4;
      first.texts.push({ ...gridText('签发人：', start, 'fangsong', SIZE_PT.san, 'signerLabel'), baseline: baselineOf(numberLine) });
      first.texts.push({ ...gridText(doc.signerName, start + 4, 'kaiti', SIZE_PT.san, 'signerName'), baseline: baselineOf(numberLine) });
    }
  } else if (numberText) {
    first.texts.push({ ...gridText(numberText, (GRID.columns - charUnits(numberText)) / 2, 'fangsong', SIZE_PT.san, 'docNumber'), baseline: baselineOf(numberLine) });
  }
  // The red 分隔线 4 mm below the 发文字号 line's text.
  const separatorY = baselineOf(numberLine) + 4;
  first.rules.push({ x1: TYPE_AREA.left, x2: TYPE_AREA.left + TYPE_AREA.width, y: separatorY, width: 0.5, color: RED, role: 'headerRule' });

  // 7.3.1 title: 2号小标宋, two lines below the 分隔线, centred (at most 20 characters a line at 2号).
  const lines: GridLine[] = [];
  const titleStartLine = Math.ceil((separatorY - TYPE_AREA.top) / GRID.line) + 2;
  const titleSizeMm = SIZE_PT.er * MM_PER_PT;
  const perTitleLine = Math.floor(TYPE_AREA.width / titleSizeMm);
  for (const part of breakLines(doc.title, perTitleLine, perTitleLine)) {
    const units = charUnits(part);
    lines.push({ size: SIZE_PT.er, texts: [{ text: part, font: 'xiaobiaosong', size: SIZE_PT.er, x: TYPE_AREA.left + (TYPE_AREA.width - units * titleSizeMm) / 2, pitch: titleSizeMm, color: '#000000', role: 'title' }] });
  }
  // 7.3.2 主送机关: one line below the title, 顶格, ending with a full-width colon.
  lines.push({ size: SIZE_PT.san, texts: [] });
  if (doc.mainRecipients.length) {
    for (const part of breakLines(`${doc.mainRecipients.join('，')}：`, GRID.columns)) lines.push({ size: SIZE_PT.san, texts: [gridText(part, 0, 'fangsong', SIZE_PT.san, 'mainRecipients')] });
  }
  // 7.3.3 正文: each paragraph indented two characters, continuing 顶格.
  for (const paragraph of doc.body.split(/\r?\n/).map((p) => p.trim()).filter(Boolean)) {
    breakLines(paragraph, GRID.columns - 2).forEach((part, i) => lines.push({ size: SIZE_PT.san, texts: [gridText(part, i === 0 ? 2 : 0, 'fangsong', SIZE_PT.san, 'body')] }));
  }
  // 7.3.4 附件说明: one line below the 正文, indented two characters; further items aligned with the first name.
  if (doc.attachments.length) {
    lines.push({ size: SIZE_PT.san, texts: [] });
    doc.attachments.forEach((name, i) => {
      const label = doc.attachments.length > 1 ? `${i + 1}．${name}` : name;
      const start = 2 + 3; // after 附件：
      breakLines(label, GRID.columns - start, GRID.columns - start).forEach((part, j) => {
        const texts = [gridText(part, start, 'fangsong', SIZE_PT.san, 'attachment')];
        if (i === 0 && j === 0) texts.unshift(gridText('附件：', 2, 'fangsong', SIZE_PT.san, 'attachmentLabel'));
        lines.push({ size: SIZE_PT.san, texts });
      });
    });
  }

  // Flow onto pages: page 1 from the title's line, the next pages from their first line.
  const pages: LaidOutPage[] = [first];
  let page = first;
  let line = titleStartLine;
  const place = (gridLine: GridLine): void => {
    if (line >= GRID.lines) {
      page = { number: pages.length + 1, texts: [], rules: [] };
      pages.push(page);
      line = 0;
    }
    for (const text of gridLine.texts) page.texts.push({ ...text, baseline: baselineOf(line, gridLine.size) });
    line += 1;
  };
  // 7.3.5.1 落款 with a seal needs three lines after the last text (seal top, 署名, 成文日期); it never stands alone on a page.
  const closingLines = doc.writtenDate ? 3 : 0;
  const lastTextIndex = lines.length - 1;
  lines.forEach((gridLine, index) => {
    const remainingOnPage = GRID.lines - line;
    const lastOfText = index === lastTextIndex;
    // Carry the last line to a new page with the 落款 rather than leave the 落款 alone.
    if (lastOfText && closingLines && remainingOnPage >= 1 && remainingOnPage < 1 + closingLines) line = GRID.lines;
    place(gridLine);
  });
  if (doc.writtenDate) {
    const date = chineseDate(doc.writtenDate);
    const dateUnits = charUnits(date);
    const dateStart = GRID.columns - 4 - dateUnits; // 右空四字
    const signatureUnits = charUnits(doc.issuingBody);
    const centre = dateStart + dateUnits / 2;
    const signatureLine = line + 1;
    const dateLine = line + 2;
    page.texts.push({ ...gridText(doc.issuingBody, centre - signatureUnits / 2, 'fangsong', SIZE_PT.san, 'signature'), baseline: baselineOf(signatureLine) });
    page.texts.push({ ...gridText(date, dateStart, 'fangsong', SIZE_PT.san, 'writtenDate'), baseline: baselineOf(dateLine) });
    page.seal = { cx: columnLeft(centre), cy: lineTop(line) + SEAL_DIAMETER / 2, diameter: SEAL_DIAMETER };
    line = dateLine + 1;
  }

  // 7.4 版记 at the foot of the last page: 印发 on the last grid line, 抄送 above it; a new page when they do not fit.
  const copyLines = doc.copyRecipients.length ? breakLines(`抄送：${doc.copyRecipients.join('，')}。`, GRID.columns - 2, GRID.columns - 2 - 3) : [];
  const recordLines = copyLines.length + 1;
  if (line > GRID.lines - recordLines) {
    page = { number: pages.length + 1, texts: [], rules: [] };
    pages.push(page);
  }
  const bottom = TYPE_AREA.top + TYPE_AREA.height;
  const printedLine = GRID.lines - 1;
  const firstRecordLine = GRID.lines - recordLines;
  copyLines.forEach((part, i) => {
    page.texts.push({ ...gridText(part, i === 0 ? 1 : 4, 'fangsong', SIZE_PT.si, 'copyRecipients'), baseline: baselineOf(firstRecordLine + i, SIZE_PT.si) });
  });
  page.texts.push({ ...gridText(doc.printingBody, 1, 'fangsong', SIZE_PT.si, 'printingBody'), baseline: baselineOf(printedLine, SIZE_PT.si) });
  if (doc.printedDate) {
    const printed = `${chineseDate(doc.printedDate)}印发`;
    // 4号 characters are narrower than the grid's cells: right-aligned by their own width, one 4号 character in.
    const widthMm = charUnits(printed) * SIZE_PT.si * MM_PER_PT;
    page.texts.push({ text: printed, font: 'fangsong', size: SIZE_PT.si, x: TYPE_AREA.left + TYPE_AREA.width - SIZE_PT.si * MM_PER_PT - widthMm, pitch: SIZE_PT.si * MM_PER_PT, baseline: baselineOf(printedLine, SIZE_PT.si), color: '#000000', role: 'printedDate' });
  }
  page.rules.push({ x1: TYPE_AREA.left, x2: TYPE_AREA.left + TYPE_AREA.width, y: lineTop(firstRecordLine), width: 0.35, color: '#000000', role: 'recordFirstRule' });
  if (copyLines.length) page.rules.push({ x1: TYPE_AREA.left, x2: TYPE_AREA.left + TYPE_AREA.width, y: lineTop(printedLine), width: 0.25, color: '#000000', role: 'recordMiddleRule' });
  page.rules.push({ x1: TYPE_AREA.left, x2: TYPE_AREA.left + TYPE_AREA.width, y: bottom, width: 0.35, color: '#000000', role: 'recordLastRule' });

  // 7.5 页码 "— n —", 4号半角宋体, 7 mm below the 版心 (the 一字线's top); odd pages right, even pages left, one character in.
  const pageSizeMm = SIZE_PT.si * MM_PER_PT;
  for (const p of pages) {
    const label = `— ${p.number} —`;
    const widthMm = charUnits(label) * pageSizeMm;
    const x = p.number % 2 === 1 ? TYPE_AREA.left + TYPE_AREA.width - pageSizeMm - widthMm : TYPE_AREA.left + pageSizeMm;
    p.texts.push({ text: label, font: 'songti', size: SIZE_PT.si, x, pitch: pageSizeMm, baseline: bottom + 7 + 0.5 * pageSizeMm, color: '#000000', role: 'pageNumber' });
    if (doc.draftMark) p.watermark = doc.draftMark;
  }
  return pages;
}
