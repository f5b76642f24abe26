import { CreateEstablishmentPost, GetEstablishmentPost, ListEstablishmentPosts, EstablishmentPostSubjects, EstablishmentPostView, UpdateEstablishmentPost, WithdrawEstablishmentPost, PersonnelFinancePermissions as P } from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.establishmentPostsRead, P.establishmentPostsManage] as const;
const WRITERS = [P.establishmentPostsManage] as const;

const establishmentPosts = { tag: '机构编制', service: 'personnel-finance' } as const;

/** 机构编制, owned by personnel-finance. */
export const establishmentPostsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceEstablishmentPostsController: [
    { ...establishmentPosts, name: 'list', method: 'GET', path: 'api/personnel-finance/establishment-posts', permission: READERS, subject: EstablishmentPostSubjects.list, convention: 'read', request: ListEstablishmentPosts.Request, query: ListEstablishmentPosts.Request, reply: ListEstablishmentPosts.Reply, summary: '机构编制列表（按单位、类别、层级；含核定数、实有人数、空缺和超编数）', problems: [403] },
    { ...establishmentPosts, name: 'get', method: 'GET', path: 'api/personnel-finance/establishment-posts/:id', permission: READERS, subject: EstablishmentPostSubjects.get, convention: 'record-read', request: GetEstablishmentPost.Request, params: { id: { format: 'uuid' } }, reply: EstablishmentPostView, summary: '机构编制详情（历次核定及依据；ETag 为版本号）', problems: [404] },
    { ...establishmentPosts, name: 'create', method: 'POST', path: 'api/personnel-finance/establishment-posts', permission: WRITERS, subject: EstablishmentPostSubjects.create, convention: 'create', request: CreateEstablishmentPost.Request, reply: EstablishmentPostView, summary: '登记机构编制（人事科，须有批准文号）；须带 Idempotency-Key', problems: [403, 409, 422] },
    { ...establishmentPosts, name: 'update', method: 'PUT', path: 'api/personnel-finance/establishment-posts/:id', permission: WRITERS, subject: EstablishmentPostSubjects.update, convention: 'change', request: UpdateEstablishmentPost.Request, body: UpdateEstablishmentPost.Body, params: { id: { format: 'uuid' } }, reply: EstablishmentPostView, summary: '调整机构编制（新版本，须有批准文号）；须带 If-Match', problems: [403, 404, 409, 422] },
    { ...establishmentPosts, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/establishment-posts/:id/withdraw', permission: WRITERS, subject: EstablishmentPostSubjects.withdraw, convention: 'change', request: WithdrawEstablishmentPost.Request, body: WithdrawEstablishmentPost.Body, params: { id: { format: 'uuid' } }, reply: EstablishmentPostView, summary: '撤回机构编制（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
