import {
  CloseSecurityIncident,
  CreateSecurityIncident,
  EscalateSecurityIncident,
  GetSecurityIncident,
  ListSecurityIncidents,
  SecurityIncidentSubjects,
  SecurityIncidentView,
  UpdateSecurityIncident,
  WithdrawSecurityIncident,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.securityIncidentsRead, P.securityIncidentsManage] as const;
const WRITERS = [P.securityIncidentsManage] as const;

const securityIncidents = { tag: '安全保卫', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 安全事件 (the compound's 安全保卫), owned by facilities-and-vehicles. */
export const securityIncidentsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesSecurityIncidentsController: [
    { ...securityIncidents, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/security-incidents', permission: READERS, subject: SecurityIncidentSubjects.list, convention: 'read', request: ListSecurityIncidents.Request, query: ListSecurityIncidents.Request, reply: ListSecurityIncidents.Reply, summary: '安全事件登记簿（分页；按状态、类别、是否上报、发生日期筛选；中文模糊搜索）' },
    { ...securityIncidents, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/security-incidents/:id', permission: READERS, subject: SecurityIncidentSubjects.get, convention: 'record-read', request: GetSecurityIncident.Request, params: id, reply: SecurityIncidentView, summary: '安全事件详情（ETag 为版本号）', problems: [404] },
    { ...securityIncidents, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/security-incidents', permission: WRITERS, subject: SecurityIncidentSubjects.create, convention: 'create', request: CreateSecurityIncident.Request, reply: SecurityIncidentView, summary: '登记安全事件（时间、地点、类别、经过、处置）；须带 Idempotency-Key', problems: [422] },
    { ...securityIncidents, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/security-incidents/:id', permission: WRITERS, subject: SecurityIncidentSubjects.update, convention: 'change', request: UpdateSecurityIncident.Request, body: UpdateSecurityIncident.Body, params: id, reply: SecurityIncidentView, summary: '修改处置中的安全事件；须带 If-Match', problems: [404, 422] },
    { ...securityIncidents, name: 'close', method: 'POST', path: 'api/facilities-and-vehicles/security-incidents/:id/close', permission: WRITERS, subject: SecurityIncidentSubjects.close, convention: 'change', request: CloseSecurityIncident.Request, body: CloseSecurityIncident.Body, params: id, reply: SecurityIncidentView, summary: '结案（写明处置情况）；须带 If-Match', problems: [404, 422] },
    { ...securityIncidents, name: 'escalate', method: 'POST', path: 'api/facilities-and-vehicles/security-incidents/:id/escalate', permission: WRITERS, subject: SecurityIncidentSubjects.escalate, convention: 'change', request: EscalateSecurityIncident.Request, body: EscalateSecurityIncident.Body, params: id, reply: SecurityIncidentView, summary: '上报区政府值班室（定事件等级；每事件一次，值班室据此建紧急事项）；须带 If-Match', problems: [404, 422] },
    { ...securityIncidents, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/security-incidents/:id/withdraw', permission: WRITERS, subject: SecurityIncidentSubjects.withdraw, convention: 'change', request: WithdrawSecurityIncident.Request, body: WithdrawSecurityIncident.Body, params: id, reply: SecurityIncidentView, summary: '撤回误登记的安全事件（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
