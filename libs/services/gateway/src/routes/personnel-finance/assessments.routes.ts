import {
  ApproveAssessmentQuota,
  AssessmentSubjects,
  AssessmentView,
  CreateAssessment,
  FinalizeAssessment,
  GetAssessment,
  GradeAssessment,
  ListAssessments,
  WithdrawAssessment,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.assessmentsRead, P.assessmentsManage] as const;
const WRITERS = [P.assessmentsManage] as const;

const assessments = { tag: '年度考核', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 年度考核, owned by personnel-finance. */
export const assessmentsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceAssessmentsController: [
    { ...assessments, name: 'list', method: 'GET', path: 'api/personnel-finance/assessments', permission: READERS, subject: AssessmentSubjects.list, convention: 'read', request: ListAssessments.Request, query: ListAssessments.Request, reply: ListAssessments.Reply, summary: '年度考核列表（按年度、状态筛选；含优秀名额使用情况）', problems: [403] },
    { ...assessments, name: 'get', method: 'GET', path: 'api/personnel-finance/assessments/:id', permission: READERS, subject: AssessmentSubjects.get, convention: 'record-read', request: GetAssessment.Request, params: id, reply: AssessmentView, summary: '年度考核详情：名单、等次、优秀名额、过程记录（ETag 为版本号）', problems: [404] },
    { ...assessments, name: 'create', method: 'POST', path: 'api/personnel-finance/assessments', permission: WRITERS, subject: AssessmentSubjects.create, convention: 'create', request: CreateAssessment.Request, reply: AssessmentView, summary: '开始年度考核（确定名单，试用期人员标注为不定等次）；须带 Idempotency-Key', description: '同一年度只能有一次考核；优秀比例按当年有效的配置版本记录。', problems: [403, 409, 422] },
    { ...assessments, name: 'grade', method: 'POST', path: 'api/personnel-finance/assessments/:id/grade', permission: WRITERS, subject: AssessmentSubjects.grade, convention: 'change', request: GradeAssessment.Request, body: GradeAssessment.Body, params: id, reply: AssessmentView, summary: '评定一人的等次和评语；优秀超过比例上限、试用期人员定等次均被拒绝；须带 If-Match', description: '优秀等次一般不超过参加考核人数的 20%，登记批准后最多 25%（《公务员考核规定》（2020年））。', problems: [403, 404, 422] },
    { ...assessments, name: 'approveQuota', method: 'POST', path: 'api/personnel-finance/assessments/:id/approve-quota', permission: WRITERS, subject: AssessmentSubjects.approveQuota, convention: 'change', request: ApproveAssessmentQuota.Request, body: ApproveAssessmentQuota.Body, params: id, reply: AssessmentView, summary: '登记提高优秀比例的批准（文号、批准机关、日期），上限提高到 25%；须带 If-Match', problems: [403, 404, 422] },
    { ...assessments, name: 'finalize', method: 'POST', path: 'api/personnel-finance/assessments/:id/finalize', permission: WRITERS, subject: AssessmentSubjects.finalize, convention: 'change', request: FinalizeAssessment.Request, params: id, reply: AssessmentView, summary: '确定等次：全部人员评定后，结果成为最终快照；须带 If-Match', problems: [403, 404, 422] },
    { ...assessments, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/assessments/:id/withdraw', permission: WRITERS, subject: AssessmentSubjects.withdraw, convention: 'change', request: WithdrawAssessment.Request, body: WithdrawAssessment.Body, params: id, reply: AssessmentView, summary: '撤回评定中的年度考核（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
