import {
  ApproveTownSpaceReport,
  CreateTownSpaceReport,
  GetTownSpaceReport,
  ListTownSpaceReports,
  ReturnTownSpaceReport,
  TownSpaceReportSubjects,
  TownSpaceReportView,
  UpdateTownSpaceReport,
  WithdrawTownSpaceReport,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.townSpaceReportsRead, P.townSpaceReportsManage, P.townSpaceReportsOwn] as const;
const WRITERS = [P.townSpaceReportsManage, P.townSpaceReportsOwn] as const;
const REVIEWERS = [P.townSpaceReportsManage] as const;

const townSpaceReports = { tag: '镇街办公用房报送', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 镇街办公用房报送 (a town's or street's yearly office space, reviewed by 机关事务管理科), owned by facilities-and-vehicles. */
export const townSpaceReportsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesTownSpaceReportsController: [
    { ...townSpaceReports, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/town-space-reports', permission: READERS, subject: TownSpaceReportSubjects.list, convention: 'read', request: ListTownSpaceReports.Request, query: ListTownSpaceReports.Request, reply: ListTownSpaceReports.Reply, summary: '镇街办公用房报送列表（按年度、状态筛选，单位名称中文模糊搜索）', description: '镇（街道）联络员只能看到本单位的报送。' },
    { ...townSpaceReports, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/town-space-reports/:id', permission: READERS, subject: TownSpaceReportSubjects.get, convention: 'record-read', request: GetTownSpaceReport.Request, params: id, reply: TownSpaceReportView, summary: '镇街办公用房报送详情（含核定面积、超标面积与办理过程；ETag 为版本号）', problems: [404] },
    { ...townSpaceReports, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/town-space-reports', permission: WRITERS, subject: TownSpaceReportSubjects.create, convention: 'create', request: CreateTownSpaceReport.Request, reply: TownSpaceReportView, summary: '报送年度办公用房情况（联络员为本单位，科室可代报）；按人均标准核定超标面积；须带 Idempotency-Key', problems: [409, 422] },
    { ...townSpaceReports, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/town-space-reports/:id', permission: WRITERS, subject: TownSpaceReportSubjects.update, convention: 'change', request: UpdateTownSpaceReport.Request, body: UpdateTownSpaceReport.Body, params: id, reply: TownSpaceReportView, summary: '修改并重新报送（待审核或已退回时）；须带 If-Match', problems: [404, 409, 422] },
    { ...townSpaceReports, name: 'approve', method: 'POST', path: 'api/facilities-and-vehicles/town-space-reports/:id/approve', permission: REVIEWERS, subject: TownSpaceReportSubjects.approve, convention: 'change', request: ApproveTownSpaceReport.Request, body: ApproveTownSpaceReport.Body, params: id, reply: TownSpaceReportView, summary: '审核通过镇街办公用房报送（机关事务管理科）；须带 If-Match', problems: [404, 422] },
    { ...townSpaceReports, name: 'return', method: 'POST', path: 'api/facilities-and-vehicles/town-space-reports/:id/return', permission: REVIEWERS, subject: TownSpaceReportSubjects.return, convention: 'change', request: ReturnTownSpaceReport.Request, body: ReturnTownSpaceReport.Body, params: id, reply: TownSpaceReportView, summary: '退回镇街办公用房报送（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...townSpaceReports, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/town-space-reports/:id/withdraw', permission: WRITERS, subject: TownSpaceReportSubjects.withdraw, convention: 'change', request: WithdrawTownSpaceReport.Request, body: WithdrawTownSpaceReport.Body, params: id, reply: TownSpaceReportView, summary: '撤回镇街办公用房报送（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
