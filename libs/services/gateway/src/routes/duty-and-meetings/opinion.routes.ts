import { AssignOpinion, CreateOpinion, CreateOpinionRule, GetOpinion, ListOpinionRules, ListOpinions, OpinionRuleView, OpinionStatistics, OpinionSubjects, OpinionView, RespondOpinion, ReviewOpinion, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const opinion = { tag: '政务舆情', service: 'duty-and-meetings' } as const;

/** 政务舆情: collect, assign to the responsible unit with a deadline, the unit's response, review, statistics per unit. */
export const opinionRoutes: Record<string, RouteTable> = {
  OpinionController: [
    { ...opinion, name: 'list', method: 'GET', path: 'api/opinion/items', permission: [P.opinionRead, P.opinionManage, P.opinionRespond], subject: OpinionSubjects.list, convention: 'read', request: ListOpinions.Request, query: ListOpinions.Request, reply: ListOpinions.Reply, summary: '舆情列表（联络员只看交办本单位的）' },
    { ...opinion, name: 'get', method: 'GET', path: 'api/opinion/items/:id', permission: [P.opinionRead, P.opinionManage, P.opinionRespond], subject: OpinionSubjects.get, convention: 'record-read', request: GetOpinion.Request, params: { id: { format: 'uuid' } }, reply: OpinionView, summary: '舆情详情（回应期限及其计算说明）', problems: [404] },
    { ...opinion, name: 'create', method: 'POST', path: 'api/opinion/items', permission: [P.opinionManage], subject: OpinionSubjects.create, convention: 'create', request: CreateOpinion.Request, reply: OpinionView, summary: '登记舆情（来源、等级、摘要）' },
    { ...opinion, name: 'assign', method: 'POST', path: 'api/opinion/items/:id/assign', permission: [P.opinionManage], subject: OpinionSubjects.assign, convention: 'change', request: AssignOpinion.Request, body: AssignOpinion.Body, params: { id: { format: 'uuid' } }, reply: OpinionView, summary: '交办责任单位（按等级规则计算回应期限；须带 If-Match）', problems: [404, 422] },
    { ...opinion, name: 'respond', method: 'POST', path: 'api/opinion/items/:id/response', permission: [P.opinionRespond, P.opinionManage], subject: OpinionSubjects.respond, convention: 'change', request: RespondOpinion.Request, body: RespondOpinion.Body, params: { id: { format: 'uuid' } }, reply: OpinionView, summary: '责任单位回应（联络员只能回应本单位的；须带 If-Match）', problems: [404, 422] },
    { ...opinion, name: 'review', method: 'POST', path: 'api/opinion/items/:id/review', permission: [P.opinionManage], subject: OpinionSubjects.review, convention: 'change', request: ReviewOpinion.Request, body: ReviewOpinion.Body, params: { id: { format: 'uuid' } }, reply: OpinionView, summary: '审核回应：通过或退回（综合科；须带 If-Match）', problems: [404, 422] },
    { ...opinion, name: 'statistics', method: 'GET', path: 'api/opinion/statistics', permission: [P.opinionRead, P.opinionManage], subject: OpinionSubjects.statistics, convention: 'read', request: OpinionStatistics.Request, query: OpinionStatistics.Request, reply: OpinionStatistics.Reply, summary: '各责任单位舆情回应统计（件数、按期、超期、平均回应用时）' },
    { ...opinion, name: 'rules', method: 'GET', path: 'api/opinion/rules', permission: [P.opinionRead, P.opinionManage], subject: OpinionSubjects.rules, convention: 'read', reply: ListOpinionRules.Reply, summary: '舆情回应时限规则（按等级，含生效日期和依据）' },
    { ...opinion, name: 'createRule', method: 'POST', path: 'api/opinion/rules', permission: [P.dutyApprove], subject: OpinionSubjects.createRule, convention: 'create-unversioned', request: CreateOpinionRule.Request, reply: OpinionRuleView, summary: '新增舆情回应时限规则版本（综合科科长）', problems: [409] },
  ],
};
