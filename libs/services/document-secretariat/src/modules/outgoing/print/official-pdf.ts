import { renderPrintedPdf, type FontFace, type FontRole } from '@gov/platform';
import PDFDocument from 'pdfkit';
import type { LaidOutPage } from './gbt9704-layout.js';

/**
 * Draws a 公文's laid-out pages into a PDF (A4, every character at the position the layout gave it, fonts subset and
 * embedded; a draft's seal dashed). `compress: false` keeps the content streams readable (the tests read them back).
 */
export function renderPdf(
  pages: LaidOutPage[],
  faces: Record<FontRole, FontFace>,
  info: { title: string; author: string; subject: string; createdAt: Date },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return renderPrintedPdf(PDFDocument, pages, faces, { ...info, creator: 'gov platform (GB/T 9704-2012)' }, options);
}
