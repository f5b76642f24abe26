import { AddAgreementOpinion, AgreementReviewView, AgreementSubjects, ConcludeAgreementReview, GetAgreementReview, ListAgreementReviews, SubmitAgreementReview, WithdrawAgreementReview, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const AGREEMENT_PARTIES = [P.legalAffairsManage, P.documentsRead, P.documentsReadOwn] as const;

const agreementReviews = { tag: '公文：合作协议审核', service: 'document-secretariat' } as const;

/** 合作协议审核: submission, review opinions, the conclusion; due dates from the deadline engine. */
export const agreementsRoutes: Record<string, RouteTable> = {
  AgreementReviewsController: [
    { ...agreementReviews, name: 'submit', method: 'POST', path: 'api/documents/agreement-reviews', permission: [P.legalAffairsManage, P.documentsHandleOwn], subject: AgreementSubjects.submit, convention: 'create', request: SubmitAgreementReview.Request, reply: AgreementReviewView, summary: '提交合作协议审核（联络员只能提交本单位的；协议文本须先上传）', description: '审核期限按配置的工作日数自提交日次日起算，由期限引擎计算并说明。', problems: [403, 404] },
    { ...agreementReviews, name: 'list', method: 'GET', path: 'api/documents/agreement-reviews', permission: AGREEMENT_PARTIES, subject: AgreementSubjects.list, convention: 'read', request: ListAgreementReviews.Request, query: ListAgreementReviews.Request, reply: ListAgreementReviews.Reply, summary: '合作协议审核列表（按状态、报送单位筛选，按协议名称或合作方模糊搜索）', description: '联络员只看到本单位的。' },
    { ...agreementReviews, name: 'get', method: 'GET', path: 'api/documents/agreement-reviews/:id', permission: AGREEMENT_PARTIES, subject: AgreementSubjects.get, convention: 'record-read', request: GetAgreementReview.Request, params: { id: { format: 'uuid' } }, reply: AgreementReviewView, summary: '合作协议审核详情（审核意见、结论、期限；ETag 为版本号）', problems: [404] },
    { ...agreementReviews, name: 'addOpinion', method: 'POST', path: 'api/documents/agreement-reviews/:id/opinions', permission: [P.legalAffairsManage], subject: AgreementSubjects.addOpinion, convention: 'change', request: AddAgreementOpinion.Request, body: AddAgreementOpinion.Body, params: { id: { format: 'uuid' } }, reply: AgreementReviewView, summary: '添加审核意见（发现的法律问题、审核建议）；须带 If-Match', problems: [403, 404, 422] },
    { ...agreementReviews, name: 'conclude', method: 'POST', path: 'api/documents/agreement-reviews/:id/conclude', permission: [P.legalAffairsManage], subject: AgreementSubjects.conclude, convention: 'change', request: ConcludeAgreementReview.Request, body: ConcludeAgreementReview.Body, params: { id: { format: 'uuid' } }, reply: AgreementReviewView, summary: '出具审核结论（同意、修改后同意、不同意）；须带 If-Match', problems: [403, 404, 422] },
    { ...agreementReviews, name: 'withdraw', method: 'POST', path: 'api/documents/agreement-reviews/:id/withdraw', permission: [P.legalAffairsManage, P.documentsHandleOwn], subject: AgreementSubjects.withdraw, convention: 'change', request: WithdrawAgreementReview.Request, body: WithdrawAgreementReview.Body, params: { id: { format: 'uuid' } }, reply: AgreementReviewView, summary: '撤回合作协议审核（出具结论前；联络员只能撤回本单位的）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
