import { renderPrintedPdf, type FontFace, type FontRole } from '@gov/platform';
import PDFDocument from 'pdfkit';
import type { LaidOutPage } from './bulletin-layout.js';

/**
 * Draws an issue's laid-out pages into a PDF (A4, every character at the position the layout gave it, fonts subset and
 * embedded). `compress: false` keeps the content streams readable (the tests read them back).
 */
export function renderBulletinPdf(
  pages: LaidOutPage[],
  faces: Record<FontRole, FontFace>,
  info: { title: string; subject: string; createdAt: Date },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return renderPrintedPdf(PDFDocument, pages, faces, { ...info, author: '博山区人民政府办公室', creator: 'gov platform (《博山政务信息》)' }, options);
}
