import { existsSync } from 'node:fs';
// A type only (erased when built): the service that prints passes the class in.
import type PDFDocument from 'pdfkit';

/**
 * Printing government papers: the faces of the 公文 of GB/T 9704-2012 and of 《博山政务信息》, the page geometry and the
 * renderer. Below, the faces of printed government papers (the 公文 of GB/T 9704-2012, 《博山政务信息》) and where Debian puts them: one
 * list for every service that prints, first found wins. Pure: no PDF library here (each printing service draws with its
 * own renderer, so that the others' images do not carry one).
 *
 * The standard's faces (方正小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体) are not free; an operator who holds a licence
 * installs them under /usr/share/fonts/truetype/gov/ and they are used first. Otherwise the free substitutes (README,
 * "公文字体"):
 * - 仿宋 → Noto Serif CJK SC (fonts-noto-cjk). Debian's only 仿宋 face, cwTeX 仿宋 (fonts-cwtex-fs), is drawn for Big5: it
 *   lacks most simplified characters (25 of a 64-character sample of a 通知: 兴县办关进强…), so it cannot set a simplified 公文;
 * - 小标宋 → Noto Serif CJK SC Bold; 黑体 → Noto Sans CJK SC; 宋体 → Noto Serif CJK SC;
 * - 楷体 → AR PL UKai CN (fonts-arphic-ukai; in the collection its PostScript name is `UKaiCN`), else the 仿宋 substitute.
 */
export type FontRole = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti' | 'songti';

/** A face in a font file (a collection names the face by its PostScript name). */
export interface FontFace {
  path: string;
  family?: string;
}

export const FONT_CANDIDATES: Record<FontRole, FontFace[]> = {
  fangsong: [{ path: '/usr/share/fonts/truetype/gov/fangsong.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'NotoSerifCJKsc-Regular' }],
  xiaobiaosong: [{ path: '/usr/share/fonts/truetype/gov/xiaobiaosong.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', family: 'NotoSerifCJKsc-Bold' }],
  heiti: [{ path: '/usr/share/fonts/truetype/gov/heiti.ttf' }, { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' }],
  kaiti: [
    { path: '/usr/share/fonts/truetype/gov/kaiti.ttf' },
    { path: '/usr/share/fonts/truetype/arphic/ukai.ttc', family: 'UKaiCN' },
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

/** The substitutions in use, for the reader (the standard's faces are not free): `仿宋 → NotoSerifCJKsc-Regular`. */
export function fontSubstitutions(faces: Record<FontRole, FontFace>): string[] {
  const named: Record<FontRole, string> = { fangsong: '仿宋', xiaobiaosong: '小标宋', heiti: '黑体', kaiti: '楷体', songti: '宋体' };
  return (Object.keys(named) as FontRole[]).filter((role) => !faces[role].path.includes('/gov/')).map((role) => `${named[role]} → ${faces[role].family ?? faces[role].path}`);
}

// ---- The printed page: pure geometry in millimetres from the page's top-left corner --------------------------------

export const MM_PER_PT = 25.4 / 72;
export const A4 = { width: 210, height: 297 } as const;
/** GB/T 9704-2012 5.2.1/5.2.2: 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm. */
export const GBT9704_TYPE_AREA = { left: 28, top: 37, width: 156, height: 225 } as const;

export interface PlacedText {
  text: string;
  font: FontRole;
  /** Font size in points. */
  size: number;
  /** Left edge and baseline, in mm from the page's top-left. */
  x: number;
  baseline: number;
  /** The advance of one full-width character (a half-width one takes half): a grid cell, or the size itself. */
  pitch: number;
  color: string;
  /** What the text is (for the tests and for reading the layout back). */
  role: string;
}

export interface PlacedRule {
  x1: number;
  x2: number;
  y: number;
  width: number;
  color: string;
  role: string;
}

/** One laid-out page: what the renderer draws, exactly. */
export interface PrintedPage {
  texts: PlacedText[];
  rules: PlacedRule[];
  /** Where a seal goes (a circle: centre and diameter); drawn dashed on a page with a watermark (a draft). */
  seal?: { cx: number; cy: number; diameter: number };
  /** 草稿 / 征求意见稿 / 未签发 across the page. */
  watermark?: string | null;
}

/** Half-width (ASCII and 半角) characters take half a grid cell. */
export function isHalfWidth(char: string): boolean {
  return (char.codePointAt(0) ?? 0) < 0x2000;
}

/** Width in characters (full-width = 1). */
export function charUnits(text: string): number {
  return [...text].reduce((sum, c) => sum + (isHalfWidth(c) ? 0.5 : 1), 0);
}

/** The PDF library's document class, passed in by the service that prints (so that only its image carries it). */
export type PdfDocumentClass = typeof PDFDocument;

const pt = (mm: number): number => mm / MM_PER_PT;

/**
 * Draws laid-out A4 pages into a PDF: every character at the position the layout gave it, fonts subset and embedded,
 * each face loaded once and only when the pages use it (a CJK collection costs about a second). `compress: false`
 * keeps the content streams readable (the tests read the positions back).
 */
export async function renderPrintedPdf(
  Pdf: PdfDocumentClass,
  pages: readonly PrintedPage[],
  faces: Record<FontRole, FontFace>,
  info: { title: string; author: string; subject: string; creator: string; createdAt: Date },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new Pdf({
    size: [pt(A4.width), pt(A4.height)],
    margin: 0,
    autoFirstPage: false,
    compress: options.compress ?? true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: info.creator, CreationDate: info.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
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
    doc.addPage({ size: [pt(A4.width), pt(A4.height)], margin: 0 });
    if (page.watermark) {
      doc.save();
      doc.rotate(-35, { origin: [pt(A4.width / 2), pt(A4.height / 2)] });
      doc.font(fontOf.heiti).fontSize(96).fillColor('#000000', 0.08);
      const width = doc.widthOfString(page.watermark);
      doc.text(page.watermark, pt(A4.width / 2) - width / 2, pt(A4.height / 2) - 48, { lineBreak: false });
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
        if (char !== ' ') doc.text(char, pt(text.x + units * text.pitch), pt(text.baseline), { lineBreak: false, baseline: 'alphabetic' });
        units += isHalfWidth(char) ? 0.5 : 1;
      }
    }
  }
  doc.end();
  return done;
}
