import { DecideSupervisionPlan, FileSupervisionPlan, GetSupervisionPlan, ListSupervisionPlans, RefileSupervisionPlan, SupervisionPlanSubjects, SupervisionPlanView, SupervisionPermissions as P } from '@gov/contracts-supervision';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.supervisionPlansRead, P.supervisionPlansManage, P.supervisionPlansFileOwn] as const;

const supervisionPlans = { tag: '督查活动计划备案', service: 'supervision' } as const;

/** 督查活动计划备案, owned by supervision. */
export const supervisionPlansRoutes: Record<string, RouteTable> = {
  SupervisionPlansController: [
    { ...supervisionPlans, name: 'list', method: 'GET', path: 'api/supervision-plans', permission: READERS, subject: SupervisionPlanSubjects.list, convention: 'read', request: ListSupervisionPlans.Request, query: ListSupervisionPlans.Request, reply: ListSupervisionPlans.Reply, summary: '督查活动计划列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位报送的计划。' },
    { ...supervisionPlans, name: 'get', method: 'GET', path: 'api/supervision-plans/:id', permission: READERS, subject: SupervisionPlanSubjects.get, convention: 'record-read', request: GetSupervisionPlan.Request, params: { id: { format: 'uuid' } }, reply: SupervisionPlanView, summary: '督查活动计划详情（ETag 为版本号）', problems: [404] },
    { ...supervisionPlans, name: 'file', method: 'POST', path: 'api/supervision-plans', permission: [P.supervisionPlansFileOwn, P.supervisionPlansManage], subject: SupervisionPlanSubjects.file, convention: 'create', request: FileSupervisionPlan.Request, reply: SupervisionPlanView, summary: '报送督查活动计划备案（联络员为本单位；督查室代为登记须指明单位）', problems: [422] },
    { ...supervisionPlans, name: 'refile', method: 'PUT', path: 'api/supervision-plans/:id', permission: [P.supervisionPlansFileOwn, P.supervisionPlansManage], subject: SupervisionPlanSubjects.refile, convention: 'change', request: RefileSupervisionPlan.Request, body: RefileSupervisionPlan.Body, params: { id: { format: 'uuid' } }, reply: SupervisionPlanView, summary: '修改被退回的计划并重新报送；须带 If-Match', problems: [404, 422] },
    { ...supervisionPlans, name: 'approve', method: 'POST', path: 'api/supervision-plans/:id/approve', permission: [P.supervisionPlansManage], subject: SupervisionPlanSubjects.approve, convention: 'change', request: DecideSupervisionPlan.Request, body: DecideSupervisionPlan.Body, params: { id: { format: 'uuid' } }, reply: SupervisionPlanView, summary: '同意备案；须带 If-Match', problems: [404, 422] },
    { ...supervisionPlans, name: 'returnPlan', method: 'POST', path: 'api/supervision-plans/:id/return', permission: [P.supervisionPlansManage], subject: SupervisionPlanSubjects.return, convention: 'change', request: DecideSupervisionPlan.Request, body: DecideSupervisionPlan.Body, params: { id: { format: 'uuid' } }, reply: SupervisionPlanView, summary: '退回（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
