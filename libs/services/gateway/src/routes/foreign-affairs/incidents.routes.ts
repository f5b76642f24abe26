import {
  ActOnIncident,
  CloseIncident,
  CreateIncident,
  GetIncident,
  IncidentSubjects,
  IncidentView,
  ListIncidents,
  ReportIncident,
  UpdateIncident,
  WithdrawIncident,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.incidentsRead, P.incidentsManage, P.incidentsOwn] as const;
const WRITERS = [P.incidentsManage, P.incidentsOwn] as const;

const incidents = { tag: '涉外案事件', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 涉外案事件 and 领事保护, owned by foreign-affairs. */
export const incidentsRoutes: Record<string, RouteTable> = {
  ForeignAffairsIncidentsController: [
    { ...incidents, name: 'list', method: 'GET', path: 'api/foreign-affairs/incidents', permission: READERS, subject: IncidentSubjects.list, convention: 'read', request: ListIncidents.Request, query: ListIncidents.Request, reply: ListIncidents.Reply, summary: '涉外案事件与领事保护列表（分页、筛选；联系人电话遮盖）', description: '单位联络员只能看到本单位报告的事件。' },
    { ...incidents, name: 'get', method: 'GET', path: 'api/foreign-affairs/incidents/:id', permission: READERS, subject: IncidentSubjects.get, convention: 'record-read', request: GetIncident.Request, params: id, reply: IncidentView, summary: '涉外案事件详情（报告链、处置措施；ETag 为版本号）', problems: [404] },
    { ...incidents, name: 'create', method: 'POST', path: 'api/foreign-affairs/incidents', permission: WRITERS, subject: IncidentSubjects.create, convention: 'create', request: CreateIncident.Request, reply: IncidentView, summary: '登记涉外案事件或领事保护（同时报区政府值班室）；须带 Idempotency-Key', problems: [422] },
    { ...incidents, name: 'update', method: 'PUT', path: 'api/foreign-affairs/incidents/:id', permission: WRITERS, subject: IncidentSubjects.update, convention: 'change', request: UpdateIncident.Request, body: UpdateIncident.Body, params: id, reply: IncidentView, summary: '更正事件信息；须带 If-Match', problems: [404, 422] },
    { ...incidents, name: 'report', method: 'POST', path: 'api/foreign-affairs/incidents/:id/reports', permission: WRITERS, subject: IncidentSubjects.report, convention: 'change', request: ReportIncident.Request, body: ReportIncident.Body, params: id, reply: IncidentView, summary: '报告（初报 → 续报 → 终报）；须带 If-Match', problems: [404, 422] },
    { ...incidents, name: 'act', method: 'POST', path: 'api/foreign-affairs/incidents/:id/actions', permission: WRITERS, subject: IncidentSubjects.act, convention: 'change', request: ActOnIncident.Request, body: ActOnIncident.Body, params: id, reply: IncidentView, summary: '登记处置措施；须带 If-Match', problems: [404, 422] },
    { ...incidents, name: 'close', method: 'POST', path: 'api/foreign-affairs/incidents/:id/close', permission: WRITERS, subject: IncidentSubjects.close, convention: 'change', request: CloseIncident.Request, body: CloseIncident.Body, params: id, reply: IncidentView, summary: '结案（须已终报，写明处置结果）；须带 If-Match', problems: [404, 422] },
    { ...incidents, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/incidents/:id/withdraw', permission: WRITERS, subject: IncidentSubjects.withdraw, convention: 'change', request: WithdrawIncident.Request, body: WithdrawIncident.Body, params: id, reply: IncidentView, summary: '撤回涉外案事件（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
