import { AnnualReportSubjects, AnnualReportView, ExportAnnualReport, PreviewAnnualReport, DisclosurePermissions as P } from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.applicationsRead, P.applicationsManage] as const;
const reports = { tag: '政府信息公开年度报告', service: 'disclosure' } as const;

/** 政府信息公开工作年度报告, computed by disclosure from its case records. */
export const annualReportsRoutes: Record<string, RouteTable> = {
  DisclosureAnnualReportsController: [
    { ...reports, name: 'preview', method: 'GET', path: 'api/disclosure/annual-reports/:year', permission: READERS, subject: AnnualReportSubjects.preview, convention: 'read', request: PreviewAnnualReport.Request, params: { year: { type: 'integer', example: 2026 } }, reply: AnnualReportView, summary: '年度报告（预览）：依申请公开情况表（一至四行及全部分项）、复议诉讼表、信息处理费，勾稽关系 一+二=三+四 及不平衡的案件', problems: [422] },
    { ...reports, name: 'exportXlsx', method: 'GET', path: 'api/disclosure/annual-reports/:year/export.xlsx', permission: READERS, subject: AnnualReportSubjects.exportXlsx, convention: 'download', request: ExportAnnualReport.Request, params: { year: { type: 'integer', example: 2026 } }, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出年度报告数据表（.xlsx，国办公开办函〔2021〕30号格式）', problems: [422] },
  ],
};
