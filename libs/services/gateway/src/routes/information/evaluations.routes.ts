import {
  AdjustEvaluation,
  CreateEvaluation,
  EvaluationDetailView,
  EvaluationSubjects,
  ExportEvaluation,
  FinalizeEvaluation,
  GetEvaluation,
  ListEvaluations,
  WithdrawEvaluationAdjustment,
  InformationPermissions as P,
} from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.evaluationsRead, P.evaluationsManage] as const;
const WRITERS = [P.evaluationsManage] as const;
const ID = { id: { format: 'uuid' } } as const;

const evaluations = { tag: '政务信息：年度业绩考评', service: 'information' } as const;

/** 业绩考评 (yearly), owned by information. */
export const evaluationsRoutes: Record<string, RouteTable> = {
  InformationEvaluationsController: [
    { ...evaluations, name: 'list', method: 'GET', path: 'api/information/evaluations', permission: READERS, subject: EvaluationSubjects.list, convention: 'read', request: ListEvaluations.Request, query: ListEvaluations.Request, reply: ListEvaluations.Reply, summary: '年度业绩考评列表（按年度、状态）', description: '仅信息科与领导；联络员无此权限。' },
    { ...evaluations, name: 'get', method: 'GET', path: 'api/information/evaluations/:id', permission: READERS, subject: EvaluationSubjects.get, convention: 'record-read', request: GetEvaluation.Request, params: ID, reply: EvaluationDetailView, summary: '年度业绩考评（各单位各月得分、调整分、年度得分与排名；草稿即时计算，定稿为快照；ETag 为版本号）', problems: [404] },
    { ...evaluations, name: 'xlsx', method: 'GET', path: 'api/information/evaluations/:id/xlsx', permission: READERS, subject: EvaluationSubjects.xlsx, convention: 'download', request: ExportEvaluation.Request, params: ID, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出年度业绩考评（.xlsx）', description: '列：名次、单位、1–12 月得分、各月合计、调整分、年度得分。', problems: [404] },
    { ...evaluations, name: 'create', method: 'POST', path: 'api/information/evaluations', permission: WRITERS, subject: EvaluationSubjects.create, convention: 'create', request: CreateEvaluation.Request, reply: EvaluationDetailView, summary: '建立某年度的业绩考评（草稿；每年度一份）；须带 Idempotency-Key', problems: [409, 422] },
    { ...evaluations, name: 'adjust', method: 'POST', path: 'api/information/evaluations/:id/adjustments', permission: WRITERS, subject: EvaluationSubjects.adjust, convention: 'change', request: AdjustEvaluation.Request, body: AdjustEvaluation.Body, params: ID, reply: EvaluationDetailView, summary: '登记调整分（加减分须说明理由；定稿后不可）；须带 If-Match', problems: [404, 422] },
    { ...evaluations, name: 'withdrawAdjustment', method: 'POST', path: 'api/information/evaluations/:id/adjustments/withdraw', permission: WRITERS, subject: EvaluationSubjects.withdrawAdjustment, convention: 'change', request: WithdrawEvaluationAdjustment.Request, body: WithdrawEvaluationAdjustment.Body, params: ID, reply: EvaluationDetailView, summary: '撤销调整分（须说明理由，记录保留；定稿后不可）；须带 If-Match', problems: [404, 422] },
    { ...evaluations, name: 'finalize', method: 'POST', path: 'api/information/evaluations/:id/finalize', permission: WRITERS, subject: EvaluationSubjects.finalize, convention: 'change', request: FinalizeEvaluation.Request, params: ID, reply: EvaluationDetailView, summary: '定稿（各单位得分与排名存为快照，此后不可更改，发布“业绩考评定稿”事件）；须带 If-Match', problems: [404, 422] },
  ],
};
