/**
 * The printed annual report as pure geometry (millimetres from the page's top-left corner): A4 with the 公文 版心
 * (GB/T 9704-2012 5.2: 天头 37 mm, 订口 28 mm, 156 × 225 mm); the title centred in 小标宋 2号; the six parts of
 * 国办公开办函〔2021〕30号 under 黑体 headings; the narrative in 3号仿宋 on the 28-character grid, paragraphs indented two
 * characters; the tables as lines (one line per row, each count named), in 4号仿宋; page numbers 「— 1 —」 under the 版心.
 */
import { A4, charUnits, GBT9704_TYPE_AREA, isHalfWidth, MM_PER_PT, type FontRole, type PlacedText, type PrintedPage } from '@gov/platform';
import type { AnnualReportView, ChallengeRow } from '@gov/contracts-disclosure';
import { activeDisclosureLines, wanYuan, type EnteredTables, type Narrative } from '../annual-report.rules.js';

export const TYPE_AREA = GBT9704_TYPE_AREA;
export const PAGE = A4;
export const GRID = { columns: 28, cell: TYPE_AREA.width / 28, line: TYPE_AREA.height / 22 } as const;
const BLACK = '#000000';
const pt = (size: number) => size * MM_PER_PT;

/** What a snapshot prints. */
export interface ReportContent {
  title: string;
  edition: number;
  kind: 'final' | 'correction';
  reason: string | null;
  takenOn: string;
  computed: AnnualReportView;
  tables: EnteredTables;
  narrative: Narrative;
}

const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…—%,.;:?!)]']);

/** Breaks text into lines of at most `columns` characters (half-width count half), the first after `indent`; closing punctuation never begins a line. */
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

const countsLine = (columns: readonly string[], counts: readonly number[]) => columns.map((c, i) => `${c} ${counts[i] ?? 0}`).join('，');
const challengeLine = (c: ChallengeRow) => `${c.label}：结果维持 ${c.upheld}，结果纠正 ${c.corrected}，其他结果 ${c.other}，尚未审结 ${c.pending}，总计 ${c.total}`;

/** Lays out a report: pages of placed texts. */
export function layoutAnnualReport(content: ReportContent): PrintedPage[] {
  const pages: PrintedPage[] = [];
  const bottom = TYPE_AREA.top + TYPE_AREA.height;
  let y: number = TYPE_AREA.top;
  let page: PrintedPage = { texts: [], rules: [], watermark: null };
  const newPage = () => {
    page = { texts: [], rules: [], watermark: null };
    pages.push(page);
    y = TYPE_AREA.top;
  };
  newPage();
  const place = (text: string, font: FontRole, size: number, pitch: number, height: number, align: 'left' | 'centre', role: string, indent = 0) => {
    if (y + height > bottom) newPage();
    const width = charUnits(text) * pitch;
    const x = align === 'centre' ? TYPE_AREA.left + (TYPE_AREA.width - width) / 2 : TYPE_AREA.left + indent * pitch;
    const baseline = y + (height - pt(size)) / 2 + pt(size) * 0.88;
    const placed: PlacedText = { text, font, size, x, baseline, pitch, color: BLACK, role };
    page.texts.push(placed);
    y += height;
  };
  const paragraph = (text: string, font: FontRole, size: number, role: string, indent: number) => {
    const pitch = size === 16 ? GRID.cell : pt(size);
    const columns = Math.floor(TYPE_AREA.width / pitch + 1e-6);
    const height = size === 16 ? GRID.line : pt(size) * 1.7;
    wrap(text, columns, indent).forEach((line, index) => place(line, font, size, pitch, height, 'left', role, index === 0 ? indent : 0));
  };
  const heading = (text: string) => {
    if (y + 3 * GRID.line > bottom) newPage();
    paragraph(text, 'heiti', 16, 'heading', 2);
  };
  const texts = (text: string) => {
    const paragraphs = text.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
    for (const p of paragraphs.length ? paragraphs : ['无。']) paragraph(p, 'fangsong', 16, 'body', 2);
  };
  const tableLine = (text: string) => paragraph(text, 'fangsong', 14, 'table', 0);

  // The title (2号小标宋, centred, wrapped on the 版心), the edition line.
  y = TYPE_AREA.top - 5;
  for (const line of wrap(content.title, Math.floor(TYPE_AREA.width / pt(22)))) place(line, 'xiaobiaosong', 22, pt(22), 13, 'centre', 'title');
  const edition = content.kind === 'final' ? `（第 ${content.edition} 版　定稿　${content.takenOn}）` : `（第 ${content.edition} 版　更正　${content.takenOn}）`;
  place(edition, 'kaiti', 14, pt(14), 9, 'centre', 'edition');
  if (content.reason) paragraph(`更正理由：${content.reason}`, 'kaiti', 14, 'reason', 0);
  y += GRID.line / 2;

  heading('一、总体情况');
  texts(content.narrative.overview);

  heading('二、主动公开政府信息情况');
  for (const line of activeDisclosureLines(content.tables)) tableLine(line);

  heading('三、收到和处理政府信息公开申请情况');
  const columns = content.computed.columns;
  for (const row of content.computed.rows) tableLine(`${row.label.trim()}：${countsLine(columns, row.counts)}`);
  tableLine(`勾稽关系 一+二=三+四：${content.computed.crossCheckHolds ? '成立' : '不成立'}；本年收取信息处理费 ${(content.computed.feesFen / 100).toFixed(2)} 元（${wanYuan(content.computed.feesFen / 1_000_000)} 万元）`);

  heading('四、政府信息公开行政复议、行政诉讼情况');
  for (const c of content.computed.challenges) tableLine(challengeLine(c));

  heading('五、存在的主要问题及改进情况');
  texts(content.narrative.problems);

  heading('六、其他需要报告的事项');
  texts(content.narrative.otherMatters);

  pages.forEach((p, i) => {
    const number = `— ${i + 1} —`;
    const pitch = pt(14);
    p.texts.push({ text: number, font: 'songti', size: 14, x: TYPE_AREA.left + (TYPE_AREA.width - charUnits(number) * pitch) / 2, baseline: bottom + 7 + pt(14) * 0.88, pitch, color: BLACK, role: 'page-number' });
  });
  return pages;
}
