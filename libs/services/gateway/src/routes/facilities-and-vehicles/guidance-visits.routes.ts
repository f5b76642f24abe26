import {
  CloseGuidanceVisit,
  CreateGuidanceVisit,
  GetGuidanceVisit,
  GuidanceVisitSubjects,
  GuidanceVisitView,
  ListGuidanceVisits,
  ReportGuidanceVisit,
  ReturnGuidanceVisit,
  WithdrawGuidanceVisit,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.guidanceVisitsRead, P.guidanceVisitsManage, P.guidanceVisitsOwn] as const;
const REPORTERS = [P.guidanceVisitsManage, P.guidanceVisitsOwn] as const;
const MANAGERS = [P.guidanceVisitsManage] as const;

const guidanceVisits = { tag: '指导检查', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 指导检查 (the section's visits to the towns and streets and their rectification), owned by facilities-and-vehicles. */
export const guidanceVisitsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesGuidanceVisitsController: [
    { ...guidanceVisits, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/guidance-visits', permission: READERS, subject: GuidanceVisitSubjects.list, convention: 'read', request: ListGuidanceVisits.Request, query: ListGuidanceVisits.Request, reply: ListGuidanceVisits.Reply, summary: '指导检查列表（按状态筛选，单位名称、检查情况中文模糊搜索）', description: '镇（街道）联络员只能看到对本单位的检查。' },
    { ...guidanceVisits, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/guidance-visits/:id', permission: READERS, subject: GuidanceVisitSubjects.get, convention: 'record-read', request: GetGuidanceVisit.Request, params: id, reply: GuidanceVisitView, summary: '指导检查详情（整改事项、整改报告与办理过程；ETag 为版本号）', problems: [404] },
    { ...guidanceVisits, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/guidance-visits', permission: MANAGERS, subject: GuidanceVisitSubjects.create, convention: 'create', request: CreateGuidanceVisit.Request, reply: GuidanceVisitView, summary: '登记指导检查及整改事项（机关事务管理科）；须带 Idempotency-Key', problems: [422] },
    { ...guidanceVisits, name: 'report', method: 'POST', path: 'api/facilities-and-vehicles/guidance-visits/:id/report', permission: REPORTERS, subject: GuidanceVisitSubjects.report, convention: 'change', request: ReportGuidanceVisit.Request, body: ReportGuidanceVisit.Body, params: id, reply: GuidanceVisitView, summary: '报告整改情况（被检查单位联络员）；须带 If-Match', problems: [404, 422] },
    { ...guidanceVisits, name: 'return', method: 'POST', path: 'api/facilities-and-vehicles/guidance-visits/:id/return', permission: MANAGERS, subject: GuidanceVisitSubjects.return, convention: 'change', request: ReturnGuidanceVisit.Request, body: ReturnGuidanceVisit.Body, params: id, reply: GuidanceVisitView, summary: '退回整改报告（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...guidanceVisits, name: 'close', method: 'POST', path: 'api/facilities-and-vehicles/guidance-visits/:id/close', permission: MANAGERS, subject: GuidanceVisitSubjects.close, convention: 'change', request: CloseGuidanceVisit.Request, body: CloseGuidanceVisit.Body, params: id, reply: GuidanceVisitView, summary: '整改销号（机关事务管理科）；须带 If-Match', problems: [404, 422] },
    { ...guidanceVisits, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/guidance-visits/:id/withdraw', permission: MANAGERS, subject: GuidanceVisitSubjects.withdraw, convention: 'change', request: WithdrawGuidanceVisit.Request, body: WithdrawGuidanceVisit.Body, params: id, reply: GuidanceVisitView, summary: '撤回指导检查（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
