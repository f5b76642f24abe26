import { describe, expect, it } from '@jest/globals';
import { charUnits, MM_PER_PT, resolveFonts, type FontFace, type FontRole } from '@gov/platform';
import { applicationTable, challengeTable, REPORT_COLUMNS, reportTitle } from '../annual-report.rules.js';
import { layoutAnnualReport, PAGE, TYPE_AREA, wrap, type ReportContent } from './annual-report-layout.js';
import { renderAnnualReportPdf } from './annual-report-pdf.js';

const table = applicationTable(2026, []);
const content = (over: Partial<ReportContent> = {}): ReportContent => ({
  title: reportTitle(2026),
  edition: 1,
  kind: 'final',
  reason: null,
  takenOn: '2027-01-20',
  computed: {
    year: 2026,
    computedAt: '2027-01-20T02:00:00.000Z',
    columns: REPORT_COLUMNS,
    rows: table.rows,
    crossCheckHolds: table.crossCheckHolds,
    offenders: table.offenders,
    challenges: challengeTable(2026, []),
    feesFen: 0,
    departmentDeadline: '2027-01-31',
    governmentDeadline: '2027-03-31',
  },
  tables: {
    regulations: { made: 0, repealed: 0, inForce: 0, source: '区司法局规章备案台账' },
    normativeDocuments: { made: 12, repealed: 3, inForce: 86, source: '区司法局规范性文件备案审查台账' },
    licensing: { decisions: 1520, source: '区行政审批服务局审批系统' },
    penalties: { decisions: 341, source: '各执法部门报送' },
    enforcement: { decisions: 27, source: '各执法部门报送' },
    fees: { amountWanYuan: 12.5, source: '区财政局非税收入系统' },
  },
  narrative: {
    overview: '2026年，博山区人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。\n全年主动公开政府信息 1280 条。',
    problems: '一是公开内容的解读不够深入。二是依申请公开的答复质量有待提高。',
    otherMatters: '无。',
  },
  ...over,
});

/** Decodes a PDF literal string `( … )` holding UTF-16BE with its BOM (how pdfkit writes non-ASCII metadata). */
function infoString(pdf: string, key: string): string {
  // The info dictionary names the string directly or by reference (`/Title 12 0 R` … `12 0 obj\n( … )`).
  const ref = pdf.match(new RegExp(`/${key} (\\d+) 0 R`));
  const start = ref ? pdf.indexOf(`\n${ref[1]} 0 obj\n(`) + `\n${ref[1]} 0 obj\n(`.length : pdf.indexOf(`/${key} (`) + key.length + 3;
  if (start < 0) return '';
  const bytes: number[] = [];
  for (let i = start; i < pdf.length && pdf[i] !== ')'; i++) {
    if (pdf[i] !== '\\') {
      bytes.push(pdf.charCodeAt(i));
      continue;
    }
    const next = pdf[++i];
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (next in escapes) bytes.push(escapes[next]);
    else if (/[0-7]/.test(next)) {
      const octal = pdf.slice(i, i + 3).match(/^[0-7]{1,3}/)![0];
      bytes.push(parseInt(octal, 8));
      i += octal.length - 1;
    }
  }
  const buf = Buffer.from(bytes);
  return buf[0] === 0xfe && buf[1] === 0xff ? buf.subarray(2).swap16().toString('utf16le') : buf.toString('latin1');
}

/** Every character the embedded fonts' ToUnicode maps name (what a reader extracts from the page). */
function mappedCharacters(pdf: string): Set<string> {
  const chars = new Set<string>();
  for (const [, ranges] of pdf.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, list] of ranges.matchAll(/<[0-9a-f]+>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
      for (const [, hex] of list.matchAll(/<([0-9a-f]+)>/gi)) chars.add(Buffer.from(hex, 'hex').swap16().toString('utf16le'));
    }
  }
  for (const [, pairs] of pdf.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, hex] of pairs.matchAll(/<[0-9a-f]+>\s*<([0-9a-f]+)>/gi)) chars.add(Buffer.from(hex, 'hex').swap16().toString('utf16le'));
  }
  return chars;
}

describe('the printed annual report (国办公开办函〔2021〕30号, on the 公文 版心)', () => {
  it('puts the title centred first, then the six parts in order, every line within the 版心, numbered pages', () => {
    const pages = layoutAnnualReport(content());
    const first = pages[0];
    const title = first.texts.filter((t) => t.role === 'title');
    expect(title.map((t) => t.text).join('')).toBe('博山区人民政府办公室2026年政府信息公开工作年度报告');
    expect(title[0].font).toBe('xiaobiaosong');
    const width = charUnits(title[0].text) * title[0].pitch;
    expect(Math.abs(title[0].x + width / 2 - (TYPE_AREA.left + TYPE_AREA.width / 2))).toBeLessThan(0.01);
    expect(first.texts.find((t) => t.role === 'edition')?.text).toBe('（第 1 版　定稿　2027-01-20）');
    const headings = pages.flatMap((p) => p.texts.filter((t) => t.role === 'heading').map((t) => t.text));
    expect(headings).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    const lines = pages.flatMap((p) => p.texts.filter((t) => t.role === 'table').map((t) => t.text)).join('');
    expect(lines).toContain('行政规范性文件：本年制发 12 件，本年废止 3 件，现行有效 86 件');
    expect(lines).toContain('行政事业性收费：本年收费金额 12.50 万元');
    expect(lines).toContain('一、本年新收政府信息公开申请数量：自然人 0');
    expect(lines).toContain('行政复议：结果维持 0');
    for (const page of pages) {
      for (const t of page.texts.filter((x) => x.role !== 'page-number')) {
        expect(t.x + charUnits(t.text) * t.pitch).toBeLessThanOrEqual(TYPE_AREA.left + TYPE_AREA.width + TYPE_AREA.width / 28 + 0.01);
        expect(t.baseline).toBeLessThanOrEqual(TYPE_AREA.top + TYPE_AREA.height);
      }
    }
    expect(pages.map((p) => p.texts.find((t) => t.role === 'page-number')?.text)).toEqual(pages.map((_, i) => `— ${i + 1} —`));
    expect(wrap('字'.repeat(28) + '，下', 28)).toEqual(['字'.repeat(28) + '，', '下']);
  });

  it('prints a 更正 edition with its reason', () => {
    const pages = layoutAnnualReport(content({ edition: 2, kind: 'correction', reason: '行政处罚数量统计有误' }));
    expect(pages[0].texts.find((t) => t.role === 'edition')?.text).toBe('（第 2 版　更正　2027-01-20）');
    expect(pages[0].texts.find((t) => t.role === 'reason')?.text).toBe('更正理由：行政处罚数量统计有误');
  });

  it('renders an A4 PDF whose metadata title and embedded text carry the report’s title', async () => {
    const { faces, missing } = resolveFonts();
    expect(missing).toEqual([]);
    const pages = layoutAnnualReport(content());
    const title = reportTitle(2026);
    const pdf = (await renderAnnualReportPdf(pages, faces as Record<FontRole, FontFace>, { title, subject: '定稿', createdAt: new Date('2027-01-20T02:00:00Z') }, { compress: false })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(infoString(pdf, 'Title')).toBe(title);
    const chars = mappedCharacters(pdf);
    expect([...title].filter((c) => !chars.has(c))).toEqual([]);
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes).toHaveLength(pages.length);
    for (const [, w, h] of boxes) {
      expect(Math.abs(Number(w) * MM_PER_PT - PAGE.width)).toBeLessThan(0.01);
      expect(Math.abs(Number(h) * MM_PER_PT - PAGE.height)).toBeLessThan(0.01);
    }
    expect(pdf).toMatch(/\/FontFile2|\/FontFile3/);
  });
});
