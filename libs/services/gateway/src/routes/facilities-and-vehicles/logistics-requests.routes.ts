import {
  AssignLogisticsRequest,
  CompleteLogisticsRequest,
  ConfirmLogisticsRequest,
  CreateLogisticsRequest,
  ExportLogisticsStatistics,
  GetLogisticsRequest,
  ListLogisticsRequests,
  ListLogisticsRules,
  LogisticsRequestSubjects,
  LogisticsRequestView,
  LogisticsRuleView,
  LogisticsStatistics,
  ReworkLogisticsRequest,
  SetLogisticsRule,
  WithdrawLogisticsRequest,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.logisticsRequestsRead, P.logisticsRequestsManage, P.logisticsRequestsOwn] as const;
const WRITERS = [P.logisticsRequestsManage, P.logisticsRequestsOwn] as const;
const HANDLERS = [P.logisticsRequestsManage] as const;
const OFFICE = [P.logisticsRequestsRead, P.logisticsRequestsManage] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const logisticsRequests = { tag: '后勤服务', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 后勤服务申请 (报修 desk, deadlines, statistics), owned by facilities-and-vehicles. */
export const logisticsRequestsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesLogisticsRequestsController: [
    { ...logisticsRequests, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/logistics-requests', permission: READERS, subject: LogisticsRequestSubjects.list, convention: 'read', request: ListLogisticsRequests.Request, query: ListLogisticsRequests.Request, reply: ListLogisticsRequests.Reply, summary: '后勤服务申请列表（红黄绿灯；分页、按状态和类别筛选、中文模糊搜索）', description: '联络员只能看到本单位的申请，其他科室人员只能看到本人提出的申请。' },
    { ...logisticsRequests, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/logistics-requests/:id', permission: READERS, subject: LogisticsRequestSubjects.get, convention: 'record-read', request: GetLogisticsRequest.Request, params: id, reply: LogisticsRequestView, summary: '后勤服务申请详情、时限说明及办理经过（ETag 为版本号）', problems: [404] },
    { ...logisticsRequests, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/logistics-requests', permission: WRITERS, subject: LogisticsRequestSubjects.create, convention: 'create', request: CreateLogisticsRequest.Request, reply: LogisticsRequestView, summary: '报修（维修、供电、供水、保洁、绿化），按紧急程度计算响应和完成时限；须带 Idempotency-Key', problems: [422] },
    { ...logisticsRequests, name: 'assign', method: 'POST', path: 'api/facilities-and-vehicles/logistics-requests/:id/assign', permission: HANDLERS, subject: LogisticsRequestSubjects.assign, convention: 'change', request: AssignLogisticsRequest.Request, body: AssignLogisticsRequest.Body, params: id, reply: LogisticsRequestView, summary: '派单（或改派）给维修人员或承包单位；须带 If-Match', problems: [404, 422] },
    { ...logisticsRequests, name: 'complete', method: 'POST', path: 'api/facilities-and-vehicles/logistics-requests/:id/complete', permission: HANDLERS, subject: LogisticsRequestSubjects.complete, convention: 'change', request: CompleteLogisticsRequest.Request, body: CompleteLogisticsRequest.Body, params: id, reply: LogisticsRequestView, summary: '登记完工，待报修人确认；须带 If-Match', problems: [404, 422] },
    { ...logisticsRequests, name: 'confirm', method: 'POST', path: 'api/facilities-and-vehicles/logistics-requests/:id/confirm', permission: WRITERS, subject: LogisticsRequestSubjects.confirm, convention: 'change', request: ConfirmLogisticsRequest.Request, body: ConfirmLogisticsRequest.Body, params: id, reply: LogisticsRequestView, summary: '报修人确认完工并评价满意度；须带 If-Match', problems: [404, 422] },
    { ...logisticsRequests, name: 'rework', method: 'POST', path: 'api/facilities-and-vehicles/logistics-requests/:id/rework', permission: WRITERS, subject: LogisticsRequestSubjects.rework, convention: 'change', request: ReworkLogisticsRequest.Request, body: ReworkLogisticsRequest.Body, params: id, reply: LogisticsRequestView, summary: '报修人退回返工（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...logisticsRequests, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/logistics-requests/:id/withdraw', permission: WRITERS, subject: LogisticsRequestSubjects.withdraw, convention: 'change', request: WithdrawLogisticsRequest.Request, body: WithdrawLogisticsRequest.Body, params: id, reply: LogisticsRequestView, summary: '撤回未派单的申请（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  FacilitiesAndVehiclesLogisticsStatisticsController: [
    { ...logisticsRequests, name: 'statistics', method: 'GET', path: 'api/facilities-and-vehicles/logistics-statistics', permission: OFFICE, subject: LogisticsRequestSubjects.statistics, convention: 'read', request: LogisticsStatistics.Request, query: LogisticsStatistics.Request, reply: LogisticsStatistics.Reply, summary: '后勤服务统计：各类别受理、完工、按时、逾期和满意度', problems: [422] },
    { ...logisticsRequests, name: 'exportStatistics', method: 'GET', path: 'api/facilities-and-vehicles/logistics-statistics.xlsx', permission: OFFICE, subject: LogisticsRequestSubjects.exportStatistics, convention: 'download', request: ExportLogisticsStatistics.Request, query: ExportLogisticsStatistics.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出后勤服务统计（.xlsx）', problems: [422] },
    { ...logisticsRequests, name: 'listRules', method: 'GET', path: 'api/facilities-and-vehicles/logistics-rules', permission: READERS, subject: LogisticsRequestSubjects.listRules, convention: 'read', request: ListLogisticsRules.Request, reply: ListLogisticsRules.Reply, summary: '后勤服务时限（各紧急程度的响应和完成时限，各版本及依据）' },
    { ...logisticsRequests, name: 'setRule', method: 'POST', path: 'api/facilities-and-vehicles/logistics-rules', permission: HANDLERS, subject: LogisticsRequestSubjects.setRule, convention: 'create-unversioned', request: SetLogisticsRule.Request, reply: LogisticsRuleView, summary: '设定某紧急程度的后勤服务时限（新版本，自生效日起适用）；须带 Idempotency-Key', problems: [422] },
  ],
};
