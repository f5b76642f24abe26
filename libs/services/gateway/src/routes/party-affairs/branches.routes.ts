import { CreateBranch, GetBranch, ListBranches, BranchSubjects, BranchView, UpdateBranch, WithdrawBranch, PartyAffairsPermissions as P } from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.branchesRead, P.branchesManage, P.branchesOwn] as const;
const WRITERS = [P.branchesManage, P.branchesOwn] as const;

const branches = { tag: '党支部', service: 'party-affairs' } as const;

/** 党支部, owned by party-affairs. */
export const branchesRoutes: Record<string, RouteTable> = {
  PartyAffairsBranchesController: [
    { ...branches, name: 'list', method: 'GET', path: 'api/party-affairs/branches', permission: READERS, subject: BranchSubjects.list, convention: 'read', request: ListBranches.Request, query: ListBranches.Request, reply: ListBranches.Reply, summary: '党支部列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...branches, name: 'get', method: 'GET', path: 'api/party-affairs/branches/:id', permission: READERS, subject: BranchSubjects.get, convention: 'record-read', request: GetBranch.Request, params: { id: { format: 'uuid' } }, reply: BranchView, summary: '党支部详情（ETag 为版本号）', problems: [404] },
    { ...branches, name: 'create', method: 'POST', path: 'api/party-affairs/branches', permission: WRITERS, subject: BranchSubjects.create, convention: 'create', request: CreateBranch.Request, reply: BranchView, summary: '登记党支部（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...branches, name: 'update', method: 'PUT', path: 'api/party-affairs/branches/:id', permission: WRITERS, subject: BranchSubjects.update, convention: 'change', request: UpdateBranch.Request, body: UpdateBranch.Body, params: { id: { format: 'uuid' } }, reply: BranchView, summary: '修改党支部；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'withdraw', method: 'POST', path: 'api/party-affairs/branches/:id/withdraw', permission: WRITERS, subject: BranchSubjects.withdraw, convention: 'change', request: WithdrawBranch.Request, body: WithdrawBranch.Body, params: { id: { format: 'uuid' } }, reply: BranchView, summary: '撤回党支部（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
