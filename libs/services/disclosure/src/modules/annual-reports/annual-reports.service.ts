import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions, type AnnualReportView, type ExportAnnualReport, type PreviewAnnualReport } from '@gov/contracts-disclosure';
import { DomainError, writeXlsx, XLSX_MEDIA_TYPE, type CellValue } from '@gov/platform';
import { ApplicationsRepository } from '../applications/applications.repository.js';
import { activeDisclosureLines, applicationTable, challengeTable, feesOfYear, REPORT_COLUMNS, reportDeadlines, type ReportCase } from './annual-report.rules.js';
import { AnnualReportsRepository } from './annual-reports.repository.js';

/**
 * 政府信息公开工作年度报告 (第四十九、五十条): previewed at any time in the year from the case records, exported as .xlsx in
 * the layout of 国办公开办函〔2021〕30号 (表三 依申请公开, 表四 复议诉讼).
 */
@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly records: AnnualReportsRepository,
  ) {}

  async preview(request: PreviewAnnualReport.Request, caller: CallerContext): Promise<AnnualReportView> {
    if (caller.unitId || !(hasPermission(caller, DisclosurePermissions.applicationsRead) || hasPermission(caller, DisclosurePermissions.applicationsManage))) {
      throw new DomainError(CommonErrors.forbidden, '无权查看政府信息公开工作年度报告');
    }
    const year = request.year;
    const rows = await this.applications.forReport(`${year}-01-01`, `${year}-12-31`);
    const cases: ReportCase[] = rows.map((r) => ({
      id: r.id,
      title: r.title,
      applicantType: r.applicantType,
      status: r.status,
      receivedOn: r.receivedOn,
      concludedOn: r.concludedOn,
      answerCode: r.answerCode,
      feeFen: r.feeFen,
      answeredOn: r.answeredOn,
      challenges: r.challenges,
    }));
    const table = applicationTable(year, cases);
    const deadlines = reportDeadlines(year);
    return {
      year,
      computedAt: new Date().toISOString(),
      columns: REPORT_COLUMNS,
      rows: table.rows,
      crossCheckHolds: table.crossCheckHolds,
      offenders: table.offenders,
      challenges: challengeTable(year, cases),
      feesFen: feesOfYear(year, cases),
      departmentDeadline: deadlines.department,
      governmentDeadline: deadlines.government,
    };
  }

  async exportXlsx(request: ExportAnnualReport.Request, caller: CallerContext): Promise<ExportAnnualReport.Reply> {
    const report = await this.preview(request, caller);
    const blank = (n: number): CellValue[] => new Array<CellValue>(n).fill('');
    const rows: CellValue[][] = [
      ...report.rows.map((r) => [r.label, ...r.counts]),
      [`勾稽关系 一+二=三+四：${report.crossCheckHolds ? '成立' : '不成立'}`, ...blank(7)],
      ...report.offenders.map((o) => [`　不平衡案件：${o.title}（${o.reason}）`, ...blank(7)]),
      blank(8),
      ['四、政府信息公开行政复议、行政诉讼情况', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '', ''],
      ...report.challenges.map((c) => [c.label, c.upheld, c.corrected, c.other, c.pending, c.total, '', '']),
      blank(8),
      ['本年收取信息处理费（元）', (report.feesFen / 100).toFixed(2), ...blank(6)],
      [`本机关年度报告公布期限：${report.departmentDeadline}；本级政府年度报告公布期限：${report.governmentDeadline}（第四十九条）`, ...blank(7)],
    ];
    // 第二部分 主动公开政府信息情况, as the section entered it (when it has).
    const entered = (await this.records.findByYear(report.year))?.tables;
    if (entered) rows.push(blank(8), ['二、主动公开政府信息情况', ...blank(7)], ...activeDisclosureLines(entered).map((line) => [line, ...blank(7)]));
    const content = writeXlsx({ name: `${report.year}年度依申请公开`, header: ['三、收到和处理政府信息公开申请情况', ...report.columns], rows, widths: [60, 10, 10, 10, 12, 12, 8, 8] });
    return { filename: `${report.year}年度政府信息公开工作年度报告（数据表）.xlsx`, mediaType: XLSX_MEDIA_TYPE, contentBase64: content.toString('base64') };
  }
}
