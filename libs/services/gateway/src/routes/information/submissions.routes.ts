import {
  AcceptSubmission,
  AddScoreWeights,
  AdoptSubmission,
  CreateSubmission,
  GetSubmission,
  InstructSubmission,
  ListScoreWeights,
  ListSubmissions,
  ListSubmissionVersions,
  MergeSubmissions,
  MonthlyReport,
  MonthlyReportXlsx,
  ReturnSubmission,
  SubmissionDetailView,
  SubmissionSubjects,
  UpdateSubmission,
  WithdrawSubmission,
  InformationPermissions as P,
} from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.submissionsRead, P.submissionsManage, P.submissionsOwn] as const;
const WRITERS = [P.submissionsManage, P.submissionsOwn] as const;
const SECTION = [P.submissionsManage] as const;
const OFFICE_READERS = [P.submissionsRead, P.submissionsManage] as const;

const submissions = { tag: '政务信息：报送与采用', service: 'information' } as const;
const ID = { id: { format: 'uuid' } } as const;

/** 报送信息, owned by information. */
export const submissionsRoutes: Record<string, RouteTable> = {
  InformationSubmissionsController: [
    { ...submissions, name: 'list', method: 'GET', path: 'api/information/submissions', permission: READERS, subject: SubmissionSubjects.list, convention: 'read', request: ListSubmissions.Request, query: ListSubmissions.Request, reply: ListSubmissions.Reply, summary: '报送信息列表（分页，按状态、类别、单位筛选，标题中文模糊搜索）', description: '单位联络员只能看到本单位报送的信息。' },
    { ...submissions, name: 'get', method: 'GET', path: 'api/information/submissions/:id', permission: READERS, subject: SubmissionSubjects.get, convention: 'record-read', request: GetSubmission.Request, params: ID, reply: SubmissionDetailView, summary: '报送信息详情（采用、批示、办理过程；ETag 为版本号）', problems: [404] },
    { ...submissions, name: 'versions', method: 'GET', path: 'api/information/submissions/:id/versions', permission: READERS, subject: SubmissionSubjects.versions, convention: 'read', request: ListSubmissionVersions.Request, params: ID, reply: ListSubmissionVersions.Reply, summary: '正文各版本及与上一版本的逐行差异', problems: [404] },
    { ...submissions, name: 'create', method: 'POST', path: 'api/information/submissions', permission: WRITERS, subject: SubmissionSubjects.create, convention: 'create', request: CreateSubmission.Request, reply: SubmissionDetailView, summary: '报送政务信息（联络员为本单位；科室代登记须指明单位；紧急信息同时报值班室）；须带 Idempotency-Key', problems: [422] },
    { ...submissions, name: 'merge', method: 'POST', path: 'api/information/submissions/merge', permission: SECTION, subject: SubmissionSubjects.merge, convention: 'create', request: MergeSubmissions.Request, reply: SubmissionDetailView, summary: '综合多条信息为一条（来源信息标记为已综合，采用计分归各来源单位）；须带 Idempotency-Key', problems: [422] },
    { ...submissions, name: 'update', method: 'PUT', path: 'api/information/submissions/:id', permission: WRITERS, subject: SubmissionSubjects.update, convention: 'change', request: UpdateSubmission.Request, body: UpdateSubmission.Body, params: ID, reply: SubmissionDetailView, summary: '修改正文（保留版本；退回的信息修改后重新报送）；须带 If-Match', problems: [404, 422] },
    { ...submissions, name: 'accept', method: 'POST', path: 'api/information/submissions/:id/accept', permission: SECTION, subject: SubmissionSubjects.accept, convention: 'change', request: AcceptSubmission.Request, body: AcceptSubmission.Body, params: ID, reply: SubmissionDetailView, summary: '筛选采纳；须带 If-Match', problems: [404, 422] },
    { ...submissions, name: 'return', method: 'POST', path: 'api/information/submissions/:id/return', permission: SECTION, subject: SubmissionSubjects.return, convention: 'change', request: ReturnSubmission.Request, body: ReturnSubmission.Body, params: ID, reply: SubmissionDetailView, summary: '退回报送单位（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...submissions, name: 'withdraw', method: 'POST', path: 'api/information/submissions/:id/withdraw', permission: WRITERS, subject: SubmissionSubjects.withdraw, convention: 'change', request: WithdrawSubmission.Request, body: WithdrawSubmission.Body, params: ID, reply: SubmissionDetailView, summary: '撤回报送信息（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
    { ...submissions, name: 'adopt', method: 'POST', path: 'api/information/submissions/:id/adoptions', permission: SECTION, subject: SubmissionSubjects.adopt, convention: 'change', request: AdoptSubmission.Request, body: AdoptSubmission.Body, params: ID, reply: SubmissionDetailView, summary: '登记采用（区刊、报市、市采用、省采用、国办采用；按生效的计分标准计分）；须带 If-Match', problems: [404, 422] },
    { ...submissions, name: 'instruct', method: 'POST', path: 'api/information/submissions/:id/instructions', permission: SECTION, subject: SubmissionSubjects.instruct, convention: 'change', request: InstructSubmission.Request, body: InstructSubmission.Body, params: ID, reply: SubmissionDetailView, summary: '登记领导批示（区、市、省；已采用的信息方可登记，按计分标准加分）；须带 If-Match', problems: [404, 422] },
  ],
  InformationScoringController: [
    { ...submissions, name: 'weights', method: 'GET', path: 'api/information/score-weights', permission: READERS, subject: SubmissionSubjects.weights, convention: 'read', request: ListScoreWeights.Request, reply: ListScoreWeights.Reply, summary: '政务信息计分标准（各版本、生效日期与依据）' },
    { ...submissions, name: 'addWeights', method: 'POST', path: 'api/information/score-weights', permission: SECTION, subject: SubmissionSubjects.addWeights, convention: 'create', request: AddScoreWeights.Request, reply: AddScoreWeights.Reply, summary: '发布新版计分标准（信息科科长；生效日期不早于今天，须写明依据；此前的采用仍按原版本计分）；须带 Idempotency-Key', problems: [409, 422] },
    { ...submissions, name: 'monthly', method: 'GET', path: 'api/information/monthly-report', permission: OFFICE_READERS, subject: SubmissionSubjects.monthly, convention: 'read', request: MonthlyReport.Request, query: MonthlyReport.Request, reply: MonthlyReport.Reply, summary: '月度政务信息采用情况通报（各单位报送、各层级采用、批示、得分与排名，未报送单位）' },
    { ...submissions, name: 'monthlyXlsx', method: 'GET', path: 'api/information/monthly-report.xlsx', permission: OFFICE_READERS, subject: SubmissionSubjects.monthlyXlsx, convention: 'download', request: MonthlyReportXlsx.Request, query: MonthlyReportXlsx.Request, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出月度通报（.xlsx）', description: '列：名次、单位、报送条数、各层级采用条数、领导批示、得分、备注。' },
  ],
};
