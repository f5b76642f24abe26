import type { FontFace, FontRole } from '@gov/platform';
import PDFDocument from 'pdfkit';
import { MM_PER_PT, PAGE, isHalfWidth, type LaidOutPage } from './bulletin-layout.js';

const pt = (mm: number): number => mm / MM_PER_PT;

/**
 * Draws laid-out pages into a PDF (A4, every character at the position the layout gave it, fonts subset and embedded).
 * `compress: false` keeps the content streams readable (the tests read them back).
 */
export async function renderBulletinPdf(
  pages: LaidOutPage[],
  faces: Record<FontRole, FontFace>,
  info: { title: string; subject: string; createdAt: Date },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [pt(PAGE.width), pt(PAGE.height)],
    margin: 0,
    autoFirstPage: false,
    compress: options.compress ?? true,
    info: { Title: info.title, Author: '博山区人民政府办公室', Subject: info.subject, Creator: 'gov platform (《博山政务信息》)', CreationDate: info.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Each face is loaded once (a CJK collection costs about a second) and only when the pages use it.
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
    for (const rule of page.rules) {
      doc.save().lineWidth(pt(rule.width)).strokeColor(rule.color).moveTo(pt(rule.x1), pt(rule.y)).lineTo(pt(rule.x2), pt(rule.y)).stroke().restore();
    }
    for (const text of page.texts) {
      doc.font(fontOf[text.font]).fontSize(text.size).fillColor(text.color, 1);
      let units = 0;
      for (const char of text.text) {
        if (char !== ' ') doc.text(char, pt(text.x + units * text.pitch), pt(text.baseline), { lineBreak: false, baseline: 'alphabetic' });
        units += isHalfWidth(char) ? 0.5 : 1;
      }
    }
  }
  doc.end();
  return done;
}
