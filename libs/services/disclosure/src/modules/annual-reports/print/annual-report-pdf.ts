import { renderPrintedPdf, type FontFace, type FontRole, type PrintedPage } from '@gov/platform';
import PDFDocument from 'pdfkit';

/** Draws a report's laid-out pages into a PDF (A4, fonts subset and embedded). `compress: false` keeps the streams readable (the tests read them). */
export function renderAnnualReportPdf(
  pages: readonly PrintedPage[],
  faces: Record<FontRole, FontFace>,
  info: { title: string; subject: string; createdAt: Date },
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  return renderPrintedPdf(PDFDocument, pages, faces, { ...info, author: '博山区人民政府办公室', creator: 'gov platform (政府信息公开工作年度报告)' }, options);
}
