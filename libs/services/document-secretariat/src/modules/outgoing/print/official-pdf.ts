import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { MM_PER_PT, PAGE, isHalfWidth, type FontRole, type LaidOutPage } from './gbt9704-layout.js';

/** A face in a font file (a collection names the face by its PostScript name). */
export interface FontFace {
  path: string;
  family?: string;
}

/**
 * The faces of a 公文 and where Debian puts them, first found wins. The standard's faces (方正小标宋, 仿宋_GB2312, 黑体,
 * 楷体_GB2312, 宋体) are not free; an operator who holds a licence installs them under /usr/share/fonts/truetype/gov/ and
 * they are used first. Otherwise the free substitutes (README, "公文字体"):
 * - 仿宋 → Noto Serif CJK SC (fonts-noto-cjk). Debian's only 仿宋 face, cwTeX 仿宋 (fonts-cwtex-fs), is drawn for Big5: it
 *   lacks most simplified characters (25 of a 64-character sample of a 通知: 兴县办关进强…), so it cannot set a simplified 公文;
 * - 小标宋 → Noto Serif CJK SC Bold; 黑体 → Noto Sans CJK SC; 宋体 → Noto Serif CJK SC;
 * - 楷体 → AR PL UKai CN (fonts-arphic-ukai), else the 仿宋 substitute.
 */
export const FONT_CANDIDATES: Record<FontRole, FontFace[]> = {
  fangsong: [{ path: '/usr/share/fonts/truetype/gov/fangsong.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' }],
  xiaobiaosong: [{ path: '/usr/share/fonts/truetype/gov/xiaobiaosong.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', family: 'NotoSerifCJKsc-Bold' }],
  heiti: [{ path: '/usr/share/fonts/truetype/gov/heiti.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }],
  kaiti: [
    { path: '/usr/share/fonts/truetype/gov/kaiti.ttf' },
    { path: '/usr/share/fonts/truetype/arphic/ukai.ttc', family: 'ARPLUKaiCN' },
    { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' },
  ],
  songti: [{ path: '/usr/share/fonts/truetype/gov/songti.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' }],
};

/** The face used for each role on this machine, or the roles none of whose candidates is installed. */
export function resolveFonts(candidates: Record<FontRole, FontFace[]> = FONT_CANDIDATES): { faces: Partial<Record<FontRole, FontFace>>; missing: FontRole[] } {
  const faces: Partial<Record<FontRole, FontFace>> = {};
  const missing: FontRole[] = [];
  for (const role of Object.keys(candidates) as FontRole[]) {
    const face = candidates[role].find((c) => existsSync(c.path));
    if (face) faces[role] = face;
    else missing.push(role);
  }
  return { faces, missing };
}

const pt = (mm: number): number => mm / MM_PER_PT;

/**
 * Draws laid-out pages into a PDF (A4, every character at the position the layout gave it, fonts subset and embedded).
 * `compress: false` keeps the content streams readable (the tests read the positions back).
 */
export async function renderPdf(
  pages: LaidOutPage[],
  faces: Record<FontRole, FontFace>,
  info: { title: string; author: string; subject: string; createdAt: Date },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({ size: [pt(PAGE.width), pt(PAGE.height)], margin: 0, autoFirstPage: false, compress: options.compress ?? true, info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: 'gov platform (GB/T 9704-2012)', CreationDate: info.createdAt } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Each face is loaded once (loading a CJK collection costs about a second) and only when the pages use it.
  const used = new Set<FontRole>(pages.flatMap((p) => [...p.texts.map((t) => t.font), ...(p.watermark ? (['heiti'] as const) : [])]));
  const names = new Map<string, string>();
  const fontOf = {} as Record<FontRole, string>;
  for (const role of used) {
    const face = faces[role];
    const key = `${face.path}#${face.family ?? ''}`;
    if (!names.has(key)) {
      names.set(key, role);
      if (face.family) doc.registerFont(role, face.path, face.family);
      else doc.registerFont(role, face.path);
    }
    fontOf[role] = names.get(key) as string;
  }
  for (const page of pages) {
    doc.addPage({ size: [pt(PAGE.width), pt(PAGE.height)], margin: 0 });
    if (page.watermark) {
      doc.save();
      doc.rotate(-35, { origin: [pt(PAGE.width / 2), pt(PAGE.height / 2)] });
      doc.font(fontOf.heiti).fontSize(96).fillColor('#000000', 0.08);
      const width = doc.widthOfString(page.watermark);
      doc.text(page.watermark, pt(PAGE.width / 2) - width / 2, pt(PAGE.height / 2) - 48, { lineBreak: false });
      doc.restore();
      doc.fillOpacity(1);
    }
    // A draft shows where the seal goes; the issued document leaves the space for the seal itself.
    if (page.seal && page.watermark) {
      doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#999999').circle(pt(page.seal.cx), pt(page.seal.cy), pt(page.seal.diameter / 2)).stroke().undash().restore();
    }
    for (const rule of page.rules) {
      doc.save().lineWidth(pt(rule.width)).strokeColor(rule.color).moveTo(pt(rule.x1), pt(rule.y)).lineTo(pt(rule.x2), pt(rule.y)).stroke().restore();
    }
    for (const text of page.texts) {
      doc.font(fontOf[text.font]).fontSize(text.size).fillColor(text.color, 1);
      let units = 0;
      for (const char of [...text.text]) {
        const half = isHalfWidth(char);
        if (char !== ' ') doc.text(char, pt(text.x + units * text.pitch), pt(text.baseline), { lineBreak: false, baseline: 'alphabetic' });
        units += half ? 0.5 : 1;
      }
    }
  }
  doc.end();
  return done;
}
