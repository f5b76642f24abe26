import {
  AddEvaluationEvidence,
  CreateOpennessEvaluation,
  GetOpennessEvaluation,
  ListOpennessEvaluations,
  OpennessEvaluationDetail,
  OpennessEvaluationSubjects,
  RecordEvaluationResult,
  SelfAssessEvaluation,
  SubmitOpennessEvaluation,
  UpdateOpennessEvaluation,
  VoidEvaluationEvidence,
  WithdrawOpennessEvaluation,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.opennessEvaluationsRead, P.opennessEvaluationsManage] as const;
const SECTION = [P.opennessEvaluationsManage] as const;

const evaluations = { tag: '政务公开考评', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;
const base = 'api/disclosure/openness-evaluations';

/** 政务公开考评 (迎接考核: 准备 → 报送 → 结果录入后冻结), owned by disclosure. */
export const opennessEvaluationsRoutes: Record<string, RouteTable> = {
  DisclosureOpennessEvaluationsController: [
    { ...evaluations, name: 'list', method: 'GET', path: base, permission: READERS, subject: OpennessEvaluationSubjects.list, convention: 'read', request: ListOpennessEvaluations.Request, query: ListOpennessEvaluations.Request, reply: ListOpennessEvaluations.Reply, summary: '政务公开考评列表（按年度、考评单位、状态筛选）' },
    { ...evaluations, name: 'get', method: 'GET', path: `${base}/:id`, permission: READERS, subject: OpennessEvaluationSubjects.get, convention: 'record-read', request: GetOpennessEvaluation.Request, params: id, reply: OpennessEvaluationDetail, summary: '政务公开考评详情：指标、佐证材料、自评、结果及办理过程（ETag 为版本号）', problems: [404] },
    { ...evaluations, name: 'create', method: 'POST', path: base, permission: SECTION, subject: OpennessEvaluationSubjects.create, convention: 'create', request: CreateOpennessEvaluation.Request, reply: OpennessEvaluationDetail, summary: '登记年度政务公开考评（省或市，指标及分值、报送截止日）；须带 Idempotency-Key', problems: [403, 409, 422] },
    { ...evaluations, name: 'update', method: 'PUT', path: `${base}/:id`, permission: SECTION, subject: OpennessEvaluationSubjects.update, convention: 'change', request: UpdateOpennessEvaluation.Request, body: UpdateOpennessEvaluation.Body, params: id, reply: OpennessEvaluationDetail, summary: '修改考评标题、截止日和指标（准备中）；须带 If-Match', problems: [403, 404, 422] },
    { ...evaluations, name: 'addEvidence', method: 'POST', path: `${base}/:id/evidence`, permission: SECTION, subject: OpennessEvaluationSubjects.addEvidence, convention: 'change', request: AddEvaluationEvidence.Request, body: AddEvaluationEvidence.Body, params: id, reply: OpennessEvaluationDetail, summary: '为指标添加佐证材料（链接本系统记录、附件、责任单位）；须带 If-Match', problems: [403, 404, 422] },
    { ...evaluations, name: 'voidEvidence', method: 'POST', path: `${base}/:id/evidence/void`, permission: SECTION, subject: OpennessEvaluationSubjects.voidEvidence, convention: 'change', request: VoidEvaluationEvidence.Request, body: VoidEvaluationEvidence.Body, params: id, reply: OpennessEvaluationDetail, summary: '作废佐证材料（须说明理由，保留不删除）；须带 If-Match', problems: [403, 404, 422] },
    { ...evaluations, name: 'selfAssess', method: 'POST', path: `${base}/:id/self-assessment`, permission: SECTION, subject: OpennessEvaluationSubjects.selfAssess, convention: 'change', request: SelfAssessEvaluation.Request, body: SelfAssessEvaluation.Body, params: id, reply: OpennessEvaluationDetail, summary: '各指标自评打分（不超过指标分值）；须带 If-Match', problems: [403, 404, 422] },
    { ...evaluations, name: 'submit', method: 'POST', path: `${base}/:id/submit`, permission: SECTION, subject: OpennessEvaluationSubjects.submit, convention: 'change', request: SubmitOpennessEvaluation.Request, body: SubmitOpennessEvaluation.Body, params: id, reply: OpennessEvaluationDetail, summary: '报送考评材料（各指标均已自评，得分的指标须有佐证材料）；须带 If-Match', problems: [403, 404, 422] },
    { ...evaluations, name: 'recordResult', method: 'POST', path: `${base}/:id/result`, permission: SECTION, subject: OpennessEvaluationSubjects.recordResult, convention: 'change', request: RecordEvaluationResult.Request, body: RecordEvaluationResult.Body, params: id, reply: OpennessEvaluationDetail, summary: '录入考评结果（得分、排名、扣分项及整改措施），考评随即冻结；须带 If-Match', problems: [403, 404, 422] },
    { ...evaluations, name: 'withdraw', method: 'POST', path: `${base}/:id/withdraw`, permission: SECTION, subject: OpennessEvaluationSubjects.withdraw, convention: 'change', request: WithdrawOpennessEvaluation.Request, body: WithdrawOpennessEvaluation.Body, params: id, reply: OpennessEvaluationDetail, summary: '撤销政务公开考评（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
