import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { AnnualReportRecordErrors, type RenderAnnualReportPdf } from '@gov/contracts-disclosure';
import { DomainError, fontSubstitutions, resolveFonts, type FontFace, type FontRole } from '@gov/platform';
import { AnnualReportRecordsService } from '../annual-report-records.service.js';
import { layoutAnnualReport } from './annual-report-layout.js';
import { renderAnnualReportPdf } from './annual-report-pdf.js';

/** The printable annual report (PDF) of a 定稿 or 更正 edition; a report not yet finalised has none (422). */
@Injectable()
export class AnnualReportPrintService {
  constructor(private readonly records: AnnualReportRecordsService) {}

  async pdf(request: RenderAnnualReportPdf.Request, caller: CallerContext): Promise<RenderAnnualReportPdf.Reply> {
    const { row, snapshots } = await this.records.snapshotsFor(request.id, caller);
    if (!snapshots.length) throw new DomainError(AnnualReportRecordErrors.notFinal, `${row.year} 年度报告尚未定稿，定稿后才能导出 PDF（草稿请预览或导出 .xlsx）`);
    const snapshot = request.edition ? snapshots.find((s) => s.edition === request.edition) : snapshots.at(-1);
    if (!snapshot) throw new DomainError(AnnualReportRecordErrors.notFound, `年度报告没有第 ${request.edition} 版`);
    const { faces, missing } = resolveFonts();
    if (missing.length) throw new DomainError(AnnualReportRecordErrors.fontsMissing, `服务器未安装年度报告排版所需字体（${missing.join('、')}）：请安装 fonts-noto-cjk`);
    const all = faces as Record<FontRole, FontFace>;
    const takenAt = new Date(snapshot.takenAt);
    const pages = layoutAnnualReport({ ...snapshot, takenOn: shanghaiDate(takenAt) });
    const pdf = await renderAnnualReportPdf(pages, all, { title: snapshot.title, subject: snapshot.kind === 'final' ? '定稿' : `更正：${snapshot.reason ?? ''}`, createdAt: takenAt });
    const filename = `${snapshot.title}（第${snapshot.edition}版）.pdf`;
    return { filename, mediaType: 'application/pdf', pages: pages.length, edition: snapshot.edition, fontSubstitutions: fontSubstitutions(all), contentBase64: pdf.toString('base64') };
  }
}
