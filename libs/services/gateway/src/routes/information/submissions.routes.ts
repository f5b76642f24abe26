import { CreateSubmission, GetSubmission, ListSubmissions, SubmissionSubjects, SubmissionView, UpdateSubmission, WithdrawSubmission, InformationPermissions as P } from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.submissionsRead, P.submissionsManage, P.submissionsOwn] as const;
const WRITERS = [P.submissionsManage, P.submissionsOwn] as const;

const submissions = { tag: '报送信息', service: 'information' } as const;

/** 报送信息, owned by information. */
export const submissionsRoutes: Record<string, RouteTable> = {
  InformationSubmissionsController: [
    { ...submissions, name: 'list', method: 'GET', path: 'api/information/submissions', permission: READERS, subject: SubmissionSubjects.list, convention: 'read', request: ListSubmissions.Request, query: ListSubmissions.Request, reply: ListSubmissions.Reply, summary: '报送信息列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...submissions, name: 'get', method: 'GET', path: 'api/information/submissions/:id', permission: READERS, subject: SubmissionSubjects.get, convention: 'record-read', request: GetSubmission.Request, params: { id: { format: 'uuid' } }, reply: SubmissionView, summary: '报送信息详情（ETag 为版本号）', problems: [404] },
    { ...submissions, name: 'create', method: 'POST', path: 'api/information/submissions', permission: WRITERS, subject: SubmissionSubjects.create, convention: 'create', request: CreateSubmission.Request, reply: SubmissionView, summary: '登记报送信息（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...submissions, name: 'update', method: 'PUT', path: 'api/information/submissions/:id', permission: WRITERS, subject: SubmissionSubjects.update, convention: 'change', request: UpdateSubmission.Request, body: UpdateSubmission.Body, params: { id: { format: 'uuid' } }, reply: SubmissionView, summary: '修改报送信息；须带 If-Match', problems: [404, 422] },
    { ...submissions, name: 'withdraw', method: 'POST', path: 'api/information/submissions/:id/withdraw', permission: WRITERS, subject: SubmissionSubjects.withdraw, convention: 'change', request: WithdrawSubmission.Request, body: WithdrawSubmission.Body, params: { id: { format: 'uuid' } }, reply: SubmissionView, summary: '撤回报送信息（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
