import {
  AnnualReportOfYear,
  AnnualReportRecord,
  AnnualReportRecordSubjects,
  AnnualReportSubjects,
  AnnualReportView,
  CorrectAnnualReport,
  CreateAnnualReport,
  ExportAnnualReport,
  FinaliseAnnualReport,
  GetAnnualReportRecord,
  PreviewAnnualReport,
  RenderAnnualReportPdf,
  SaveAnnualReportContent,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.applicationsRead, P.applicationsManage] as const;
const SECTION = [P.applicationsManage] as const;
const reports = { tag: '政府信息公开年度报告', service: 'disclosure' } as const;
const year = { year: { type: 'integer', example: 2026 } } as const;
const id = { id: { format: 'uuid' } } as const;

/** 政府信息公开工作年度报告, computed by disclosure from its case records; the report as a record (主动公开 tables, narrative, 定稿, 更正, PDF). */
export const annualReportsRoutes: Record<string, RouteTable> = {
  DisclosureAnnualReportsController: [
    { ...reports, name: 'preview', method: 'GET', path: 'api/disclosure/annual-reports/:year', permission: READERS, subject: AnnualReportSubjects.preview, convention: 'read', request: PreviewAnnualReport.Request, params: year, reply: AnnualReportView, summary: '年度报告（预览）：依申请公开情况表（一至四行及全部分项）、复议诉讼表、信息处理费，勾稽关系 一+二=三+四 及不平衡的案件', problems: [422] },
    { ...reports, name: 'exportXlsx', method: 'GET', path: 'api/disclosure/annual-reports/:year/export.xlsx', permission: READERS, subject: AnnualReportSubjects.exportXlsx, convention: 'download', request: ExportAnnualReport.Request, params: year, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出年度报告数据表（.xlsx，国办公开办函〔2021〕30号格式）', problems: [422] },
    { ...reports, name: 'getRecord', method: 'GET', path: 'api/disclosure/annual-reports/:year/record', permission: READERS, subject: AnnualReportRecordSubjects.get, convention: 'read', request: GetAnnualReportRecord.Request, params: year, reply: AnnualReportOfYear, summary: '某年度的年度报告记录（尚未建立为空）：主动公开情况、正文各部分、定稿及更正版本、录入记录、版本号', problems: [422] },
    { ...reports, name: 'create', method: 'POST', path: 'api/disclosure/annual-reports', permission: SECTION, subject: AnnualReportRecordSubjects.create, convention: 'create', request: CreateAnnualReport.Request, reply: AnnualReportRecord, summary: '建立某年度的年度报告（草稿，每年一份）；须带 Idempotency-Key', problems: [403, 422] },
    { ...reports, name: 'saveContent', method: 'PUT', path: 'api/disclosure/annual-reports/:id/content', permission: SECTION, subject: AnnualReportRecordSubjects.saveContent, convention: 'change', request: SaveAnnualReportContent.Request, body: SaveAnnualReportContent.Body, params: id, reply: AnnualReportRecord, summary: '录入主动公开情况（规章、规范性文件、许可、处罚、强制、收费，注明来源）和正文各部分（定稿前）；须带 If-Match', description: '定稿后不能修改（422 ANNUAL_REPORT.FINAL），更正须出更正版本。', problems: [403, 404, 422] },
    { ...reports, name: 'finalise', method: 'POST', path: 'api/disclosure/annual-reports/:id/finalise', permission: SECTION, subject: AnnualReportRecordSubjects.finalise, convention: 'change', request: FinaliseAnnualReport.Request, params: id, reply: AnnualReportRecord, summary: '定稿（科室负责人）：冻结依申请公开表、复议诉讼表和录入的主动公开情况及正文，形成不可更改的定稿版本；勾稽关系不成立时拒绝并列出案件；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'correct', method: 'POST', path: 'api/disclosure/annual-reports/:id/corrections', permission: SECTION, subject: AnnualReportRecordSubjects.correct, convention: 'change', request: CorrectAnnualReport.Request, body: CorrectAnnualReport.Body, params: id, reply: AnnualReportRecord, summary: '更正已定稿的年度报告（科室负责人，须说明理由）：形成新的更正版本，原定稿版本保留；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'pdf', method: 'GET', path: 'api/disclosure/annual-reports/:id/pdf', permission: READERS, subject: AnnualReportRecordSubjects.pdf, convention: 'download', request: RenderAnnualReportPdf.Request, query: RenderAnnualReportPdf.Query, params: id, download: { produces: 'application/pdf', description: 'PDF 文件' }, summary: '打印版年度报告（PDF，定稿或更正版本；缺省为最新版本）', description: 'A4，版心同公文：标题（小标宋）、版次，一至六部分（总体情况；主动公开情况；收到和处理政府信息公开申请情况；复议诉讼情况；存在的主要问题及改进情况；其他需要报告的事项），表格逐行列出；“— 1 —”式页码。未定稿的报告没有 PDF（422）；服务器缺字体时 503。', problems: [404, 422, 503] },
  ],
};
