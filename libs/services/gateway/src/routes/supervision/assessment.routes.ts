import { AdjustAssessment, AssessmentAdjustmentView, AssessmentFinalResultView, AssessmentPeriodView, AssessmentSubjects, CreateAssessmentPeriod, FinalizeAssessment, GetAssessmentFinalResult, GetAssessmentResults, ListAssessmentPeriods, SupervisionPermissions as P } from '@gov/contracts-supervision';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.assessmentRead, P.assessmentManage] as const;

const assessment = { tag: '重点工作考核', service: 'supervision' } as const;

/** 考核: periods, adjustments and the ranked result of towns, streets, the development zone and departments. */
export const assessmentRoutes: Record<string, RouteTable> = {
  AssessmentController: [
    { ...assessment, name: 'list', method: 'GET', path: 'api/supervision/assessment/periods', permission: READERS, subject: AssessmentSubjects.listPeriods, convention: 'read', request: ListAssessmentPeriods.Request, query: ListAssessmentPeriods.Request, reply: ListAssessmentPeriods.Reply, summary: '考核期列表' },
    { ...assessment, name: 'create', method: 'POST', path: 'api/supervision/assessment/periods', permission: [P.assessmentManage], subject: AssessmentSubjects.createPeriod, convention: 'create', request: CreateAssessmentPeriod.Request, reply: AssessmentPeriodView, summary: '新建考核期（指标权重默认取当日有效设置，本期保留所用权重）' },
    { ...assessment, name: 'adjust', method: 'POST', path: 'api/supervision/assessment/periods/:periodId/adjustments', permission: [P.assessmentManage], subject: AssessmentSubjects.adjust, convention: 'create-unversioned', body: AdjustAssessment.Body, params: { periodId: { format: 'uuid' } }, reply: AssessmentAdjustmentView, summary: '加减分（写明理由，记录经办人）', problems: [404] },
    { ...assessment, name: 'results', method: 'GET', path: 'api/supervision/assessment/periods/:periodId/results', permission: READERS, subject: AssessmentSubjects.results, convention: 'read', request: GetAssessmentResults.Request, query: GetAssessmentResults.Request, params: { periodId: { format: 'uuid' } }, reply: GetAssessmentResults.Reply, summary: '考核结果排名（由各单位督办事项记录计分，加减分后排名）', problems: [404] },
    { ...assessment, name: 'finalize', method: 'POST', path: 'api/supervision/assessment/periods/:id/finalize', permission: [P.assessmentManage], subject: AssessmentSubjects.finalize, convention: 'change', request: FinalizeAssessment.Request, body: FinalizeAssessment.Body, params: { id: { format: 'uuid' } }, reply: AssessmentFinalResultView, summary: '考核结果定稿（保存各单位得分和名次，之后不再变化，不能再加减分）；须带 If-Match', problems: [404, 409] },
    { ...assessment, name: 'finalResult', method: 'GET', path: 'api/supervision/assessment/periods/:periodId/final', permission: READERS, subject: AssessmentSubjects.finalResult, convention: 'record-read', request: GetAssessmentFinalResult.Request, params: { periodId: { format: 'uuid' } }, reply: GetAssessmentFinalResult.Reply, summary: '已定稿的考核结果', problems: [404] },
  ],
};
