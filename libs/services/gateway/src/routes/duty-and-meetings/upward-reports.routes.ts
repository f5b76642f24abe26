import { CompileUpwardReport, DispatchUpwardReport, GetUpwardReport, ListUpwardReports, UpwardReportSubjects, UpwardReportView, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const upwardReports = { tag: '重要情况报送', service: 'duty-and-meetings' } as const;

/** 重要工作情况、工作报告报送: compiled from duty entries, and each dispatch recorded. */
export const upwardReportsRoutes: Record<string, RouteTable> = {
  UpwardReportsController: [
    { ...upwardReports, name: 'list', method: 'GET', path: 'api/upward-reports', permission: [P.dutyRead, P.dutyWrite], subject: UpwardReportSubjects.list, convention: 'read', request: ListUpwardReports.Request, query: ListUpwardReports.Request, reply: ListUpwardReports.Reply, summary: '报送材料列表' },
    { ...upwardReports, name: 'get', method: 'GET', path: 'api/upward-reports/:id', permission: [P.dutyRead, P.dutyWrite], subject: UpwardReportSubjects.get, convention: 'record-read', request: GetUpwardReport.Request, params: { id: { format: 'uuid' } }, reply: UpwardReportView, summary: '报送材料详情（条目快照与报送记录）', problems: [404] },
    { ...upwardReports, name: 'compile', method: 'POST', path: 'api/upward-reports', permission: [P.dutyWrite], subject: UpwardReportSubjects.compile, convention: 'create', request: CompileUpwardReport.Request, reply: UpwardReportView, summary: '由所选值班记录、紧急事项汇编报送材料（条目内容留存快照）', problems: [422] },
    { ...upwardReports, name: 'dispatch', method: 'POST', path: 'api/upward-reports/:id/dispatches', permission: [P.dutyWrite], subject: UpwardReportSubjects.dispatch, convention: 'create', body: DispatchUpwardReport.Body, params: { id: { format: 'uuid' } }, reply: UpwardReportView, summary: '登记报送（报送对象、时间、方式）', problems: [404] },
  ],
};
