import { ApproveElection, BranchSubjects, BranchView, CreateBranch, ElectBranch, ReportElection, RequestElection, ExtendBranchTerm, GetBranch, ListBranches, UpdateBranch, WithdrawBranch, PartyAffairsPermissions as P } from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.branchesRead, P.branchesManage, P.branchesOwn] as const;
const WRITERS = [P.branchesManage] as const;

const branches = { tag: '党组织', service: 'party-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 党组织 (总支、支部) with their committees, terms and elections, owned by party-affairs. */
export const branchesRoutes: Record<string, RouteTable> = {
  PartyAffairsBranchesController: [
    { ...branches, name: 'list', method: 'GET', path: 'api/party-affairs/branches', permission: READERS, subject: BranchSubjects.list, convention: 'read', request: ListBranches.Request, query: ListBranches.Request, reply: ListBranches.Reply, summary: '党组织列表（含任期提醒与组织设置提示）', description: '单位联络员只能看到本单位的党支部。' },
    { ...branches, name: 'get', method: 'GET', path: 'api/party-affairs/branches/:id', permission: READERS, subject: BranchSubjects.get, convention: 'record-read', request: GetBranch.Request, params: id, reply: BranchView, summary: '党组织详情（ETag 为版本号）', problems: [404] },
    { ...branches, name: 'create', method: 'POST', path: 'api/party-affairs/branches', permission: WRITERS, subject: BranchSubjects.create, convention: 'create', request: CreateBranch.Request, reply: BranchView, summary: '设立党组织（党总支或党支部）；须带 Idempotency-Key', problems: [422] },
    { ...branches, name: 'update', method: 'PUT', path: 'api/party-affairs/branches/:id', permission: WRITERS, subject: BranchSubjects.update, convention: 'change', request: UpdateBranch.Request, body: UpdateBranch.Body, params: id, reply: BranchView, summary: '修改党组织信息；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'requestElection', method: 'POST', path: 'api/party-affairs/branches/:id/election-request', permission: WRITERS, subject: BranchSubjects.requestElection, convention: 'change', request: RequestElection.Request, body: RequestElection.Body, params: id, reply: BranchView, summary: '换届请示（计划日期、事由；提前换届不超过 1 年）；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'approveElection', method: 'POST', path: 'api/party-affairs/branches/:id/election-approval', permission: WRITERS, subject: BranchSubjects.approveElection, convention: 'change', request: ApproveElection.Request, body: ApproveElection.Body, params: id, reply: BranchView, summary: '登记上级党组织对换届请示的批复（文号、日期、批复机关）；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'reportElection', method: 'POST', path: 'api/party-affairs/branches/:id/election-report', permission: WRITERS, subject: BranchSubjects.reportElection, convention: 'change', request: ReportElection.Request, body: ReportElection.Body, params: id, reply: BranchView, summary: '登记换届选举结果报告（日期、文号、报送机关）；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'elect', method: 'POST', path: 'api/party-affairs/branches/:id/elect', permission: WRITERS, subject: BranchSubjects.elect, convention: 'change', request: ElectBranch.Request, body: ElectBranch.Body, params: id, reply: BranchView, summary: '登记换届选举（新一届任期 3 年；须已批复换届请示，或一并填写批复文号）；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'extend', method: 'POST', path: 'api/party-affairs/branches/:id/extend', permission: WRITERS, subject: BranchSubjects.extend, convention: 'change', request: ExtendBranchTerm.Request, body: ExtendBranchTerm.Body, params: id, reply: BranchView, summary: '登记经批准的延期换届（合计不超过 1 年）；须带 If-Match', problems: [404, 422] },
    { ...branches, name: 'withdraw', method: 'POST', path: 'api/party-affairs/branches/:id/withdraw', permission: WRITERS, subject: BranchSubjects.withdraw, convention: 'change', request: WithdrawBranch.Request, body: WithdrawBranch.Body, params: id, reply: BranchView, summary: '撤销党组织（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
