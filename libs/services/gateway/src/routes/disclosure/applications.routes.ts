import { CreateApplication, GetApplication, ListApplications, ApplicationSubjects, ApplicationView, UpdateApplication, WithdrawApplication, DisclosurePermissions as P } from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.applicationsRead, P.applicationsManage, P.applicationsOwn] as const;
const WRITERS = [P.applicationsManage, P.applicationsOwn] as const;

const applications = { tag: '依申请公开申请', service: 'disclosure' } as const;

/** 依申请公开申请, owned by disclosure. */
export const applicationsRoutes: Record<string, RouteTable> = {
  DisclosureApplicationsController: [
    { ...applications, name: 'list', method: 'GET', path: 'api/disclosure/applications', permission: READERS, subject: ApplicationSubjects.list, convention: 'read', request: ListApplications.Request, query: ListApplications.Request, reply: ListApplications.Reply, summary: '依申请公开申请列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...applications, name: 'get', method: 'GET', path: 'api/disclosure/applications/:id', permission: READERS, subject: ApplicationSubjects.get, convention: 'record-read', request: GetApplication.Request, params: { id: { format: 'uuid' } }, reply: ApplicationView, summary: '依申请公开申请详情（ETag 为版本号）', problems: [404] },
    { ...applications, name: 'create', method: 'POST', path: 'api/disclosure/applications', permission: WRITERS, subject: ApplicationSubjects.create, convention: 'create', request: CreateApplication.Request, reply: ApplicationView, summary: '登记依申请公开申请（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...applications, name: 'update', method: 'PUT', path: 'api/disclosure/applications/:id', permission: WRITERS, subject: ApplicationSubjects.update, convention: 'change', request: UpdateApplication.Request, body: UpdateApplication.Body, params: { id: { format: 'uuid' } }, reply: ApplicationView, summary: '修改依申请公开申请；须带 If-Match', problems: [404, 422] },
    { ...applications, name: 'withdraw', method: 'POST', path: 'api/disclosure/applications/:id/withdraw', permission: WRITERS, subject: ApplicationSubjects.withdraw, convention: 'change', request: WithdrawApplication.Request, body: WithdrawApplication.Body, params: { id: { format: 'uuid' } }, reply: ApplicationView, summary: '撤回依申请公开申请（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
