import {
  CreateInstitutionAssessment,
  GetInstitutionAssessment,
  InstitutionAssessmentSubjects,
  InstitutionAssessmentView,
  ListInstitutionAssessments,
  ReviewInstitutionAssessment,
  SelfScoreInstitutionAssessment,
  StepInstitutionAssessment,
  UpdateInstitutionAssessment,
  WithdrawInstitutionAssessment,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.institutionAssessmentsRead, P.institutionAssessmentsManage, P.institutionAssessmentsOwn] as const;
const MANAGERS = [P.institutionAssessmentsManage] as const;
const LIAISONS = [P.institutionAssessmentsOwn] as const;

const institutionAssessments = { tag: '事业单位绩效考核', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 事业单位绩效考核, owned by personnel-finance. */
export const institutionAssessmentsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceInstitutionAssessmentsController: [
    { ...institutionAssessments, name: 'list', method: 'GET', path: 'api/personnel-finance/institution-assessments', permission: READERS, subject: InstitutionAssessmentSubjects.list, convention: 'read', request: ListInstitutionAssessments.Request, query: ListInstitutionAssessments.Request, reply: ListInstitutionAssessments.Reply, summary: '事业单位绩效考核列表（按年度、状态筛选；含优秀比例计量）', description: '单位联络员只看到本单位参加的考核，且只含本单位的评分。', problems: [403] },
    { ...institutionAssessments, name: 'get', method: 'GET', path: 'api/personnel-finance/institution-assessments/:id', permission: READERS, subject: InstitutionAssessmentSubjects.get, convention: 'record-read', request: GetInstitutionAssessment.Request, params: id, reply: InstitutionAssessmentView, summary: '事业单位绩效考核详情：方案、各单位自评与审核评分、等次、优秀比例（ETag 为版本号）', description: '联络员只看到本单位的一行；未参加的单位为 404。', problems: [404] },
    { ...institutionAssessments, name: 'create', method: 'POST', path: 'api/personnel-finance/institution-assessments', permission: MANAGERS, subject: InstitutionAssessmentSubjects.create, convention: 'create', request: CreateInstitutionAssessment.Request, reply: InstitutionAssessmentView, summary: '制定年度考核方案（指标权重合计 100、等次分数线、优秀比例，参加单位取自单位名录）；须带 Idempotency-Key', description: '优秀比例与分数线为本地设置（配置 SYDW-KH-2026：30%，90/80/60），方案记录所依据的配置版本。', problems: [403, 409, 422] },
    { ...institutionAssessments, name: 'update', method: 'PUT', path: 'api/personnel-finance/institution-assessments/:id', permission: MANAGERS, subject: InstitutionAssessmentSubjects.update, convention: 'change', request: UpdateInstitutionAssessment.Request, body: UpdateInstitutionAssessment.Body, params: id, reply: InstitutionAssessmentView, summary: '修改考核方案（仅在单位提交自评之前）；须带 If-Match', problems: [403, 404, 422] },
    { ...institutionAssessments, name: 'selfScore', method: 'POST', path: 'api/personnel-finance/institution-assessments/:id/self-score', permission: LIAISONS, subject: InstitutionAssessmentSubjects.selfScore, convention: 'change', request: SelfScoreInstitutionAssessment.Request, body: SelfScoreInstitutionAssessment.Body, params: id, reply: InstitutionAssessmentView, summary: '本单位联络员逐项填报自评分；须带 If-Match', problems: [403, 404, 422] },
    { ...institutionAssessments, name: 'startReview', method: 'POST', path: 'api/personnel-finance/institution-assessments/:id/start-review', permission: MANAGERS, subject: InstitutionAssessmentSubjects.startReview, convention: 'change', request: StepInstitutionAssessment.Request, params: id, reply: InstitutionAssessmentView, summary: '结束自评、开始审核（各单位均已提交自评）；须带 If-Match', problems: [403, 404, 422] },
    { ...institutionAssessments, name: 'review', method: 'POST', path: 'api/personnel-finance/institution-assessments/:id/review', permission: MANAGERS, subject: InstitutionAssessmentSubjects.review, convention: 'change', request: ReviewInstitutionAssessment.Request, body: ReviewInstitutionAssessment.Body, params: id, reply: InstitutionAssessmentView, summary: '人事科审核评分（扣分须说明理由），按分数线定等次，优秀不超过比例上限；须带 If-Match', problems: [403, 404, 422] },
    { ...institutionAssessments, name: 'finalize', method: 'POST', path: 'api/personnel-finance/institution-assessments/:id/finalize', permission: MANAGERS, subject: InstitutionAssessmentSubjects.finalize, convention: 'change', request: StepInstitutionAssessment.Request, params: id, reply: InstitutionAssessmentView, summary: '确定考核结果（各单位均已审核），结果成为最终快照，不再修改；须带 If-Match', problems: [403, 404, 422] },
    { ...institutionAssessments, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/institution-assessments/:id/withdraw', permission: MANAGERS, subject: InstitutionAssessmentSubjects.withdraw, convention: 'change', request: WithdrawInstitutionAssessment.Request, body: WithdrawInstitutionAssessment.Body, params: id, reply: InstitutionAssessmentView, summary: '撤回结果确定前的考核（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
