import {
  AdoptManuscript,
  CreateManuscript,
  GetManuscript,
  ListManuscripts,
  ManuscriptDetail,
  ManuscriptStats,
  ManuscriptSubjects,
  RejectManuscript,
  SubmitManuscript,
  UpdateManuscript,
  WithdrawManuscript,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.manuscriptsRead, P.manuscriptsManage, P.manuscriptsOwn] as const;
const WRITERS = [P.manuscriptsManage, P.manuscriptsOwn] as const;
const SECTION = [P.manuscriptsManage] as const;

const manuscripts = { tag: '政务公开稿件', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;
const year = { year: { type: 'integer', example: 2026 } } as const;

/** 政务公开稿件 (登记 → 报送 → 采用 / 未采用), owned by disclosure. */
export const manuscriptsRoutes: Record<string, RouteTable> = {
  DisclosureManuscriptsController: [
    { ...manuscripts, name: 'list', method: 'GET', path: 'api/disclosure/manuscripts', permission: READERS, subject: ManuscriptSubjects.list, convention: 'read', request: ListManuscripts.Request, query: ListManuscripts.Request, reply: ListManuscripts.Reply, summary: '政务公开稿件列表（分页、按状态和投稿去向筛选、标题或作者中文模糊搜索）', description: '单位联络员只能看到本单位的稿件。' },
    { ...manuscripts, name: 'stats', method: 'GET', path: 'api/disclosure/manuscripts/years/:year', permission: READERS, subject: ManuscriptSubjects.stats, convention: 'read', request: ManuscriptStats.Request, params: year, reply: ManuscriptStats.Reply, summary: '年度稿件统计：各单位、各投稿去向的报送篇数和采用篇数（按报送日期计年度）', description: '单位联络员只得到本单位的统计。', problems: [422] },
    { ...manuscripts, name: 'get', method: 'GET', path: 'api/disclosure/manuscripts/:id', permission: READERS, subject: ManuscriptSubjects.get, convention: 'record-read', request: GetManuscript.Request, params: id, reply: ManuscriptDetail, summary: '政务公开稿件详情及办理过程（ETag 为版本号）', problems: [404] },
    { ...manuscripts, name: 'create', method: 'POST', path: 'api/disclosure/manuscripts', permission: WRITERS, subject: ManuscriptSubjects.create, convention: 'create', request: CreateManuscript.Request, reply: ManuscriptDetail, summary: '登记政务公开稿件（联络员为本单位），待政务公开科报送；须带 Idempotency-Key', problems: [403, 422] },
    { ...manuscripts, name: 'update', method: 'PUT', path: 'api/disclosure/manuscripts/:id', permission: WRITERS, subject: ManuscriptSubjects.update, convention: 'change', request: UpdateManuscript.Request, body: UpdateManuscript.Body, params: id, reply: ManuscriptDetail, summary: '修改待报送的政务公开稿件；须带 If-Match', problems: [403, 404, 422] },
    { ...manuscripts, name: 'submit', method: 'POST', path: 'api/disclosure/manuscripts/:id/submit', permission: SECTION, subject: ManuscriptSubjects.submit, convention: 'change', request: SubmitManuscript.Request, body: SubmitManuscript.Body, params: id, reply: ManuscriptDetail, summary: '政务公开科报送稿件（报送日期）；须带 If-Match', problems: [403, 404, 422] },
    { ...manuscripts, name: 'adopt', method: 'POST', path: 'api/disclosure/manuscripts/:id/adopt', permission: SECTION, subject: ManuscriptSubjects.adopt, convention: 'change', request: AdoptManuscript.Request, body: AdoptManuscript.Body, params: id, reply: ManuscriptDetail, summary: '登记稿件被采用（采用日期、刊发位置、期号）；须带 If-Match', problems: [403, 404, 422] },
    { ...manuscripts, name: 'reject', method: 'POST', path: 'api/disclosure/manuscripts/:id/reject', permission: SECTION, subject: ManuscriptSubjects.reject, convention: 'change', request: RejectManuscript.Request, body: RejectManuscript.Body, params: id, reply: ManuscriptDetail, summary: '登记稿件未被采用；须带 If-Match', problems: [403, 404, 422] },
    { ...manuscripts, name: 'withdraw', method: 'POST', path: 'api/disclosure/manuscripts/:id/withdraw', permission: WRITERS, subject: ManuscriptSubjects.withdraw, convention: 'change', request: WithdrawManuscript.Request, body: WithdrawManuscript.Body, params: id, reply: ManuscriptDetail, summary: '撤回政务公开稿件（须说明理由，不删除；已报送的由政务公开科撤回）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
