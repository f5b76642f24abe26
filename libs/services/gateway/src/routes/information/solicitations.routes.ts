import { AnswerSolicitation, CreateSolicitation, GetSolicitation, ListSolicitations, ReplySolicitation, SolicitationSubjects, SolicitationView, WithdrawSolicitation, InformationPermissions as P } from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.solicitationsRead, P.solicitationsManage, P.solicitationsOwn] as const;
const ANSWERERS = [P.solicitationsManage, P.solicitationsOwn] as const;
const SECTION = [P.solicitationsManage] as const;

const solicitations = { tag: '政务信息：约稿', service: 'information' } as const;
const ID = { id: { format: 'uuid' } } as const;

/** 约稿, owned by information. */
export const solicitationsRoutes: Record<string, RouteTable> = {
  InformationSolicitationsController: [
    { ...solicitations, name: 'list', method: 'GET', path: 'api/information/solicitations', permission: READERS, subject: SolicitationSubjects.list, convention: 'read', request: ListSolicitations.Request, query: ListSolicitations.Request, reply: ListSolicitations.Reply, summary: '约稿列表（分页、按状态筛选、主题中文模糊搜索）', description: '单位联络员只看到分派给本单位的约稿及本单位的报送情况。' },
    { ...solicitations, name: 'get', method: 'GET', path: 'api/information/solicitations/:id', permission: READERS, subject: SolicitationSubjects.get, convention: 'record-read', request: GetSolicitation.Request, params: ID, reply: SolicitationView, summary: '约稿详情（各单位内部时限及计算说明、报送情况；ETag 为版本号）', problems: [404] },
    { ...solicitations, name: 'create', method: 'POST', path: 'api/information/solicitations', permission: SECTION, subject: SolicitationSubjects.create, convention: 'create', request: CreateSolicitation.Request, reply: SolicitationView, summary: '登记约稿并分派单位（内部时限由期限引擎按工作日计算，不得晚于上级时限）；须带 Idempotency-Key', problems: [422] },
    { ...solicitations, name: 'answer', method: 'POST', path: 'api/information/solicitations/:id/answers', permission: ANSWERERS, subject: SolicitationSubjects.answer, convention: 'change', request: AnswerSolicitation.Request, body: AnswerSolicitation.Body, params: ID, reply: SolicitationView, summary: '报送约稿（联络员为本单位；逾期为迟报并扣分）；须带 If-Match', problems: [404, 422] },
    { ...solicitations, name: 'reply', method: 'POST', path: 'api/information/solicitations/:id/reply', permission: SECTION, subject: SolicitationSubjects.reply, convention: 'change', request: ReplySolicitation.Request, body: ReplySolicitation.Body, params: ID, reply: SolicitationView, summary: '汇总上报（未报单位记为未报并扣分）；须带 If-Match', problems: [404, 422] },
    { ...solicitations, name: 'withdraw', method: 'POST', path: 'api/information/solicitations/:id/withdraw', permission: SECTION, subject: SolicitationSubjects.withdraw, convention: 'change', request: WithdrawSolicitation.Request, body: WithdrawSolicitation.Body, params: ID, reply: SolicitationView, summary: '撤回约稿（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
