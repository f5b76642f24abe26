import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { breakLines, charUnits, chineseDate, GRID, layoutOfficialDocument, MM_PER_PT, PAGE, RED, SIZE_PT, TYPE_AREA, type FontRole, type OfficialDocumentContent, type PlacedText } from './gbt9704-layout.js';
import { resolveFonts, type FontFace } from '@gov/platform';
import { renderPdf } from './official-pdf.js';
import { draftMarkOf } from './outgoing-print.service.js';

const sample: OfficialDocumentContent = {
  issuingBody: '博兴县人民政府',
  docNumber: '博政发〔2026〕3号',
  upward: false,
  signerName: null,
  copyNumber: null,
  secrecy: null,
  urgency: '特急',
  title: '博兴县人民政府关于进一步加强今冬明春森林防火工作的通知',
  mainRecipients: ['各镇人民政府、街道办事处', '县政府各部门'],
  body: [
    '为切实做好今冬明春森林防火工作，有效预防和遏制森林火灾发生，保障人民群众生命财产安全，现就有关事项通知如下。',
    '一、提高思想认识。各单位要充分认识森林防火工作的重要性和紧迫性，坚持预防为主、积极消灭的方针，层层压实责任。',
    '二、强化火源管控。进入森林防火期后，严禁一切野外用火，对进山入林人员逐一登记，重点时段加强巡查。',
    '三、做好应急准备。各镇、街道要组建专业扑火队伍，储备扑火物资，确保一旦发生火情能够迅速处置。',
    '四、严格值班值守。实行 24 小时值班和领导带班制度，发现火情立即报告，不得迟报、漏报、瞒报。',
  ].join('\n'),
  attachments: ['森林防火责任分工表', '森林防火重点区域名单'],
  writtenDate: '2026-12-04',
  copyRecipients: ['县委各部门', '县人大常委会办公室', '县政协办公室', '县法院', '县检察院'],
  printingBody: '博兴县人民政府办公室',
  printedDate: '2026-12-04',
  draftMark: null,
};

const near = (actual: number, expected: number, tolerance = 0.01) => Math.abs(actual - expected) <= tolerance;

describe('GB/T 9704-2012 page layout', () => {
  const pages = layoutOfficialDocument(sample);
  const all = pages.flatMap((p) => p.texts.map((t) => ({ ...t, page: p.number })));
  const byRole = (role: string) => all.filter((t) => t.role === role);

  it.each([
    ['5.2.1 A4', PAGE.width, 210],
    ['5.2.1 A4', PAGE.height, 297],
    ['5.2.2 天头 37 mm', TYPE_AREA.top, 37],
    ['5.2.2 订口 28 mm', TYPE_AREA.left, 28],
    ['5.2.1 版心宽 156 mm', TYPE_AREA.width, 156],
    ['5.2.1 版心高 225 mm', TYPE_AREA.height, 225],
    ['5.2.3 28 字/行', GRID.columns, 28],
    ['5.2.3 22 行/面', GRID.lines, 22],
  ])('%s', (_clause, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('keeps every character inside the 版心 horizontally and every line of the 主体 on the 22-line grid', () => {
    const body = all.filter((t) => ['mainRecipients', 'body', 'attachment', 'attachmentLabel', 'signature', 'writtenDate', 'copyRecipients', 'printingBody', 'printedDate'].includes(t.role));
    for (const t of body) {
      expect(t.x).toBeGreaterThanOrEqual(TYPE_AREA.left - 0.001);
      expect(t.x + charUnits(t.text) * t.pitch).toBeLessThanOrEqual(TYPE_AREA.left + TYPE_AREA.width + 0.001);
      const line = (t.baseline - TYPE_AREA.top - GRID.line / 2 - 0.38 * t.size * MM_PER_PT) / GRID.line;
      expect(near(line, Math.round(line), 1e-6)).toBe(true);
      expect(Math.round(line)).toBeGreaterThanOrEqual(0);
      expect(Math.round(line)).toBeLessThan(GRID.lines);
    }
    // 28 characters a line: the longest body line fills the 28 cells exactly.
    const widest = Math.max(...byRole('body').map((t) => (t.x - TYPE_AREA.left) / GRID.cell + charUnits(t.text)));
    expect(widest).toBeLessThanOrEqual(28);
    expect(widest).toBeGreaterThan(27);
  });

  it('places the 版头: red 发文机关标志 35 mm into the 版心 and centred, 发文字号 centred, the red rule as wide as the 版心', () => {
    const [mark] = byRole('agencyMark');
    expect(mark).toMatchObject({ text: '博兴县人民政府文件', color: RED, font: 'xiaobiaosong', page: 1 });
    const markSize = mark.size * MM_PER_PT;
    expect(near(mark.baseline - 0.88 * markSize, TYPE_AREA.top + 35)).toBe(true);
    expect(near(mark.x + (charUnits(mark.text) * mark.pitch) / 2, TYPE_AREA.left + TYPE_AREA.width / 2)).toBe(true);
    const [number] = byRole('docNumber');
    expect(number.text).toBe('博政发〔2026〕3号');
    expect(near(number.x + (charUnits(number.text) * number.pitch) / 2, TYPE_AREA.left + TYPE_AREA.width / 2)).toBe(true);
    // Two lines below the mark.
    expect(number.baseline - (mark.baseline + 0.12 * markSize)).toBeGreaterThan(2 * GRID.line - 0.01);
    const rule = pages[0].rules.find((r) => r.role === 'headerRule')!;
    expect(rule).toMatchObject({ x1: TYPE_AREA.left, x2: TYPE_AREA.left + TYPE_AREA.width, color: RED });
    expect(near(rule.y, number.baseline + 4)).toBe(true);
    expect(byRole('urgency')).toEqual([expect.objectContaining({ text: '特急', font: 'heiti', x: TYPE_AREA.left })]);
  });

  it('places the 主体: title centred two lines below the rule, 主送 顶格 with a colon, paragraphs indented two characters', () => {
    const titles = byRole('title');
    const rule = pages[0].rules.find((r) => r.role === 'headerRule')!;
    expect(titles[0].baseline - rule.y).toBeGreaterThan(2 * GRID.line);
    expect(titles[0].size).toBe(SIZE_PT.er);
    for (const t of titles) expect(near(t.x + (charUnits(t.text) * t.pitch) / 2, TYPE_AREA.left + TYPE_AREA.width / 2)).toBe(true);
    expect(titles.map((t) => t.text).join('')).toBe(sample.title);
    const [recipients] = byRole('mainRecipients');
    expect(recipients).toMatchObject({ x: TYPE_AREA.left, text: '各镇人民政府、街道办事处，县政府各部门：' });
    expect(near(recipients.baseline - titles[titles.length - 1].baseline, 2 * GRID.line, 1)).toBe(true);
    const firstLines = byRole('body').filter((t) => sample.body.split('\n').some((p) => p.startsWith(t.text)));
    expect(firstLines).toHaveLength(5);
    for (const t of firstLines) expect(near(t.x, TYPE_AREA.left + 2 * GRID.cell)).toBe(true);
    const [label] = byRole('attachmentLabel');
    expect(label).toMatchObject({ text: '附件：' });
    expect(near(label.x, TYPE_AREA.left + 2 * GRID.cell)).toBe(true);
    expect(byRole('attachment').map((t) => t.text)).toEqual(['1．森林防火责任分工表', '2．森林防火重点区域名单']);
  });

  it('places the 落款: 成文日期 right-indented four characters, 署名 centred over it, both in the seal\'s lower half, the seal within a line of the text', () => {
    const [date] = byRole('writtenDate');
    const [signature] = byRole('signature');
    expect(date.text).toBe('2026年12月4日');
    expect(near(date.x + charUnits(date.text) * GRID.cell, TYPE_AREA.left + (GRID.columns - 4) * GRID.cell)).toBe(true);
    const centre = (t: PlacedText) => t.x + (charUnits(t.text) * t.pitch) / 2;
    expect(near(centre(signature), centre(date))).toBe(true);
    const page = pages.find((p) => p.seal)!;
    const seal = page.seal!;
    expect(near(seal.cx, centre(date))).toBe(true);
    const lastText = Math.max(...page.texts.filter((t) => ['body', 'attachment', 'attachmentLabel', 'mainRecipients'].includes(t.role)).map((t) => t.baseline));
    expect(seal.cy - seal.diameter / 2 - lastText).toBeLessThanOrEqual(GRID.line);
    expect(date.baseline).toBeGreaterThan(seal.cy);
    expect(date.baseline).toBeLessThan(seal.cy + seal.diameter / 2);
  });

  it('places the 版记 at the foot of the last page and numbers the pages "— n —" 7 mm below the 版心, odd right and even left', () => {
    const last = pages[pages.length - 1];
    const lastRule = last.rules.find((r) => r.role === 'recordLastRule')!;
    expect(lastRule).toMatchObject({ y: TYPE_AREA.top + TYPE_AREA.height, width: 0.35 });
    expect(last.rules.find((r) => r.role === 'recordFirstRule')).toMatchObject({ width: 0.35 });
    expect(last.rules.find((r) => r.role === 'recordMiddleRule')).toMatchObject({ width: 0.25 });
    expect(last.texts.find((t) => t.role === 'copyRecipients')!.text.startsWith('抄送：')).toBe(true);
    expect(last.texts.find((t) => t.role === 'printedDate')).toMatchObject({ text: '2026年12月4日印发', size: SIZE_PT.si });
    for (const page of pages) {
      const number = page.texts.find((t) => t.role === 'pageNumber')!;
      expect(number.text).toBe(`— ${page.number} —`);
      expect(number.baseline).toBeGreaterThan(TYPE_AREA.top + TYPE_AREA.height + 7);
      const right = number.x + charUnits(number.text) * number.pitch;
      const oneChar = SIZE_PT.si * MM_PER_PT;
      if (page.number % 2 === 1) expect(near(right, TYPE_AREA.left + TYPE_AREA.width - oneChar)).toBe(true);
      else expect(near(number.x, TYPE_AREA.left + oneChar)).toBe(true);
    }
  });

  it('puts 签发人 on the 发文字号 line of a 上行文 and moves the mark to 80 mm', () => {
    const upward = layoutOfficialDocument({ ...sample, upward: true, signerName: '张三', docNumber: '博政呈〔2026〕1号' });
    const texts = upward[0].texts;
    const mark = texts.find((t) => t.role === 'agencyMark')!;
    expect(near(mark.baseline - 0.88 * mark.size * MM_PER_PT, TYPE_AREA.top + 80)).toBe(true);
    const number = texts.find((t) => t.role === 'docNumber')!;
    const signer = texts.find((t) => t.role === 'signerName')!;
    expect(near(number.x, TYPE_AREA.left + GRID.cell)).toBe(true);
    expect(signer).toMatchObject({ text: '张三', font: 'kaiti', baseline: number.baseline });
    expect(near(signer.x + 2 * GRID.cell, TYPE_AREA.left + 27 * GRID.cell)).toBe(true);
  });

  it.each([
    ['drafting', '草稿'],
    ['reviewing', '征求意见稿'],
    ['reviewed', '征求意见稿'],
    ['countersigning', '征求意见稿'],
    ['signed', null],
    ['issued', null],
  ] as const)('a document %s prints with mark %s', (status, mark) => {
    expect(draftMarkOf(status)).toBe(mark);
    const pages = layoutOfficialDocument({ ...sample, draftMark: mark });
    expect(pages.every((p) => p.watermark === (mark ?? undefined))).toBe(true);
  });

  it.each([
    ['2026-12-04', '2026年12月4日'],
    ['2027-01-10', '2027年1月10日'],
  ])('成文日期 %s is written %s', (date, text) => {
    expect(chineseDate(date)).toBe(text);
  });

  it('breaks lines at 28 characters, a half-width character half a cell, and keeps closing punctuation off a line start', () => {
    expect(breakLines('一'.repeat(30), 28)).toEqual(['一'.repeat(28), '一'.repeat(2)]);
    expect(breakLines('1'.repeat(56), 28)).toEqual(['1'.repeat(56)]);
    expect(breakLines(`${'一'.repeat(28)}。二`, 28)).toEqual(['一'.repeat(27), '一。二']);
  });
});

describe('GB/T 9704-2012 PDF', () => {
  it("renders an upward document's 签发人 in the 楷体 face found on this machine (AR PL UKai's face is named UKaiCN)", async () => {
    const { faces } = resolveFonts();
    const pages = layoutOfficialDocument({ ...sample, upward: true, signerName: '张三', docNumber: '博政呈〔2026〕1号' });
    expect(pages[0].texts.find((t) => t.role === 'signerName')?.font).toBe('kaiti');
    const pdf = await renderPdf(pages, faces as Record<FontRole, FontFace>, { title: sample.title, author: sample.issuingBody, subject: '博政呈〔2026〕1号', createdAt: new Date('2026-12-04T00:00:00Z') });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('renders the sample on A4 with every character where the layout placed it, and keeps the PDF', async () => {
    const { faces, missing } = resolveFonts();
    expect(missing).toEqual([]);
    const pages = layoutOfficialDocument(sample);
    const pdf = await renderPdf(pages, faces as Record<FontRole, FontFace>, { title: sample.title, author: sample.issuingBody, subject: sample.docNumber ?? '', createdAt: new Date('2026-12-04T00:00:00Z') }, { compress: false });
    const folder = join(process.cwd(), 'tmp', 'test-results', 'gbt9704');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'sample-issued.pdf');
    writeFileSync(file, pdf);
    process.stdout.write(`GB/T 9704 sample PDF kept at ${file}\n`);

    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes).toHaveLength(pages.length);
    for (const [, w, h] of boxes) {
      expect(near(Number(w) * MM_PER_PT, 210, 0.01)).toBe(true);
      expect(near(Number(h) * MM_PER_PT, 297, 0.01)).toBe(true);
    }
    // Every content stream, in page order: its text positions (Tm) must be the layout's characters, one for one.
    const streams = [...text.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => m[1]).filter((s) => s.includes(' Tm'));
    expect(streams).toHaveLength(pages.length);
    const heightPt = PAGE.height / MM_PER_PT;
    pages.forEach((page, index) => {
      const order = (a: number[], b: number[]) => Math.round(a[1] * 10) - Math.round(b[1] * 10) || a[0] - b[0];
      const found = [...streams[index].matchAll(/1 0 0 1 ([\d.-]+) ([\d.-]+) Tm/g)].map(([, x, y]) => [Number(x) * MM_PER_PT, (heightPt - Number(y)) * MM_PER_PT]).sort(order);
      const expected: number[][] = [];
      for (const t of page.texts) {
        let units = 0;
        for (const char of [...t.text]) {
          if (char !== ' ') expected.push([t.x + units * t.pitch, t.baseline]);
          units += char.codePointAt(0)! < 0x2000 ? 0.5 : 1;
        }
      }
      expected.sort(order);
      expect(found).toHaveLength(expected.length);
      const misplaced = found.filter(([x, y], i) => !near(x, expected[i][0], 0.02) || !near(y, expected[i][1], 0.02));
      expect(misplaced).toEqual([]);
      // No character outside the page; in the 版心 except the page number below it.
      for (const [x, y] of found) {
        expect(x).toBeGreaterThanOrEqual(TYPE_AREA.left - 0.01);
        expect(x).toBeLessThan(TYPE_AREA.left + TYPE_AREA.width);
        expect(y).toBeLessThan(TYPE_AREA.top + TYPE_AREA.height + 7 + 10);
      }
    });
    // The red of the 版头 (mark and rule) is in the first page's stream; the 版头 rule spans the 版心 at 156 mm.
    expect(streams[0]).toContain('0.9019607843137255 0 0.07058823529411765 SCN');
    const rule = streams[0].match(/([\d.]+) ([\d.]+) m\n([\d.]+) \2 l/);
    expect(rule).not.toBeNull();
    expect(near((Number(rule![3]) - Number(rule![1])) * MM_PER_PT, 156, 0.01)).toBe(true);
    expect(near(Number(rule![1]) * MM_PER_PT, 28, 0.01)).toBe(true);
  }, 180_000);
});
