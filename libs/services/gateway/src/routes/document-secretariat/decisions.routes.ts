import { AdjustDecision, CatalogueView, CreateDecision, DECISION_STAGES, DecisionSubjects, DecisionView, FinishDecisionStage, GetCatalogue, GetDecision, ListDecisions, PublishCatalogue, StartDecisionStage, WithdrawDecision, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const DECISION_READERS = [P.documentsRead, P.documentsReadOwn, P.legalAffairsManage] as const;

const decisions = { tag: '重大行政决策', service: 'document-secretariat' } as const;

/** 重大行政决策 (document-secretariat): the year's catalogue and each decision through its statutory stages. */
export const decisionsRoutes: Record<string, RouteTable> = {
  DecisionsController: [
    { ...decisions, name: 'list', method: 'GET', path: 'api/decisions', permission: DECISION_READERS, subject: DecisionSubjects.list, convention: 'read', request: ListDecisions.Request, query: ListDecisions.Request, reply: ListDecisions.Reply, summary: '决策事项列表（按年度、状态、承办单位筛选，名称模糊搜索）' },
    { ...decisions, name: 'catalogue', method: 'GET', path: 'api/decisions/catalogues/:year', permission: DECISION_READERS, subject: DecisionSubjects.catalogue, convention: 'record-read', request: GetCatalogue.Request, params: { year: { type: 'integer' } }, reply: CatalogueView, summary: '年度决策事项目录（ETag 为目录版本号）' },
    { ...decisions, name: 'publish', method: 'POST', path: 'api/decisions/catalogues/:year/publish', permission: [P.legalAffairsManage], subject: DecisionSubjects.publishCatalogue, convention: 'change', request: PublishCatalogue.Request, body: PublishCatalogue.Body, params: { year: { type: 'integer' } }, reply: CatalogueView, summary: '公布年度决策事项目录（目录调整后可再次公布）；须带 If-Match', problems: [404, 422] },
    { ...decisions, name: 'create', method: 'POST', path: 'api/decisions', permission: [P.legalAffairsManage], subject: DecisionSubjects.create, convention: 'create', request: CreateDecision.Request, reply: DecisionView, summary: '将决策事项列入年度目录', description: '同时确定本事项的法定程序：公众参与、专家论证、风险评估可说明理由后确定为不适用；合法性审查、集体讨论决定不可免。目录公布后新增事项须填写调整理由。', problems: [403, 409, 422] },
    { ...decisions, name: 'get', method: 'GET', path: 'api/decisions/:id', permission: DECISION_READERS, subject: DecisionSubjects.get, convention: 'record-read', request: GetDecision.Request, params: { id: { format: 'uuid' } }, reply: DecisionView, summary: '决策事项详情：各环节的状态、结果、证明材料和目录调整记录（ETag 为版本号）', problems: [404] },
    { ...decisions, name: 'adjust', method: 'PATCH', path: 'api/decisions/:id', permission: [P.legalAffairsManage], subject: DecisionSubjects.adjust, convention: 'change', request: AdjustDecision.Request, body: AdjustDecision.Body, params: { id: { format: 'uuid' } }, reply: DecisionView, summary: '调整目录事项（名称、承办单位、计划时间），须说明理由；须带 If-Match', problems: [403, 404, 422] },
    { ...decisions, name: 'withdraw', method: 'POST', path: 'api/decisions/:id/withdraw', permission: [P.legalAffairsManage], subject: DecisionSubjects.withdraw, convention: 'change', request: WithdrawDecision.Request, body: WithdrawDecision.Body, params: { id: { format: 'uuid' } }, reply: DecisionView, summary: '调出目录（不删除，记录理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...decisions, name: 'startStage', method: 'POST', path: 'api/decisions/:id/stages/:stage/start', permission: [P.legalAffairsManage], subject: DecisionSubjects.startStage, convention: 'change', request: StartDecisionStage.Request, body: StartDecisionStage.Body, params: { stage: { enum: DECISION_STAGES }, id: { format: 'uuid' } }, reply: DecisionView, summary: '开始一个法定环节', description: '前一必经环节未完成时不能开始（422，说明缺少的环节）；集体讨论决定须在合法性审查通过后。公众参与须给出征求意见期限（一般不少于 30 日），截止日由期限计算引擎按日历日计算。', problems: [403, 404, 422] },
    { ...decisions, name: 'finishStage', method: 'POST', path: 'api/decisions/:id/stages/:stage/finish', permission: [P.legalAffairsManage], subject: DecisionSubjects.finishStage, convention: 'change', request: FinishDecisionStage.Request, body: FinishDecisionStage.Body, params: { stage: { enum: DECISION_STAGES }, id: { format: 'uuid' } }, reply: DecisionView, summary: '办结一个法定环节，记录结果和证明材料', description: '公众参与须在征求意见期满后办结并填写意见条数；合法性审查填写结论（通过/不通过）和意见；集体讨论决定填写会议、日期和结果（通过/不通过/修改后通过）。', problems: [403, 404, 422] },
  ],
};
