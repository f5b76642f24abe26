import { DengtaExport, ReportSubjects, YearlySummary, YearlySummaryXlsx, PartyAffairsPermissions as P } from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.membersRead, P.membersManage, P.membersOwn] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const reports = { tag: '党建报表', service: 'party-affairs' } as const;

/** 支部年度工作总结 and the 灯塔-党建在线 export, owned by party-affairs. */
export const reportsRoutes: Record<string, RouteTable> = {
  PartyAffairsReportsController: [
    { ...reports, name: 'yearlySummary', method: 'GET', path: 'api/party-affairs/yearly-summary', permission: READERS, subject: ReportSubjects.yearlySummary, convention: 'read', request: YearlySummary.Request, query: YearlySummary.Request, reply: YearlySummary.Reply, summary: '党支部年度工作总结数据（组织生活应开/已开、年末各阶段人数、发展党员、组织关系转接、党费收缴）', description: '由当年记录计算。联络员只能查看本单位党支部（他单位的为 404）。', problems: [404] },
    { ...reports, name: 'yearlySummaryXlsx', method: 'GET', path: 'api/party-affairs/yearly-summary.xlsx', permission: READERS, subject: ReportSubjects.yearlySummaryXlsx, convention: 'download', request: YearlySummaryXlsx.Request, query: YearlySummaryXlsx.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出党支部年度工作总结数据（.xlsx）', problems: [404] },
    { ...reports, name: 'dengtaExport', method: 'POST', path: 'api/party-affairs/dengta-export.xlsx', permission: [P.membersManage], subject: ReportSubjects.dengtaExport, convention: 'download', request: DengtaExport.Request, query: DengtaExport.Request, bodyless: true, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出灯塔-党建在线导入文件（.xlsx：党组织信息、党员信息、组织生活记录）', description: '含完整身份证号、手机号，仅机关党总支工作人员可导出；以 POST 发出，每次导出均记入审计日志并由服务登记（导出人、时间、条数）。只生成文件，不与灯塔-党建在线平台联网。' },
  ],
};
