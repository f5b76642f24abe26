import { CloseReformTask, CreateReformTask, GetReformInspection, GetReformProblem, GetReformTask, ListReformEvaluations, ListReformProblems, ListReformTasks, RecordReformEvaluation, RecordReformInspection, ReformEvaluationView, ReformInspectionView, ReformProblemView, ReformSubjects, ReformTaskView, SubmitRectification, VerifyRectification, SupervisionPermissions as P } from '@gov/contracts-supervision';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.reformRead, P.reformManage, P.reformHandleOwn] as const;

const reform = { tag: '改革台账', service: 'supervision' } as const;

/** 放管服/“一次办好”改革台账, owned by supervision. */
export const reformRoutes: Record<string, RouteTable> = {
  ReformController: [
    { ...reform, name: 'listTasks', method: 'GET', path: 'api/reform/tasks', permission: READERS, subject: ReformSubjects.listTasks, convention: 'read', request: ListReformTasks.Request, query: ListReformTasks.Request, reply: ListReformTasks.Reply, summary: '改革任务列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位牵头或配合的任务。' },
    { ...reform, name: 'getTask', method: 'GET', path: 'api/reform/tasks/:id', permission: READERS, subject: ReformSubjects.getTask, convention: 'record-read', request: GetReformTask.Request, params: { id: { format: 'uuid' } }, reply: ReformTaskView, summary: '改革任务详情（完成期限含计算过程；ETag 为版本号）', problems: [404] },
    { ...reform, name: 'createTask', method: 'POST', path: 'api/reform/tasks', permission: [P.reformManage], subject: ReformSubjects.createTask, convention: 'create', request: CreateReformTask.Request, reply: ReformTaskView, summary: '登记改革任务（牵头单位、配合单位，完成期限按期限引擎计算）' },
    { ...reform, name: 'closeTask', method: 'POST', path: 'api/reform/tasks/:id/close', permission: [P.reformManage], subject: ReformSubjects.closeTask, convention: 'change', request: CloseReformTask.Request, body: CloseReformTask.Body, params: { id: { format: 'uuid' } }, reply: ReformTaskView, summary: '办结或撤销改革任务（不删除，记录说明）；须带 If-Match', problems: [404, 422] },
    { ...reform, name: 'recordInspection', method: 'POST', path: 'api/reform/inspections', permission: [P.reformManage], subject: ReformSubjects.recordInspection, convention: 'create', request: RecordReformInspection.Request, reply: ReformInspectionView, summary: '登记督导检查及发现的问题（每个问题的整改期限按期限引擎计算）', problems: [404] },
    { ...reform, name: 'getInspection', method: 'GET', path: 'api/reform/inspections/:id', permission: READERS, subject: ReformSubjects.getInspection, convention: 'read', request: GetReformInspection.Request, params: { id: { format: 'uuid' } }, reply: ReformInspectionView, summary: '督导检查详情（联络员只看到本单位的问题）', problems: [404] },
    { ...reform, name: 'listProblems', method: 'GET', path: 'api/reform/problems', permission: READERS, subject: ReformSubjects.listProblems, convention: 'read', request: ListReformProblems.Request, query: ListReformProblems.Request, reply: ListReformProblems.Reply, summary: '问题整改列表（按整改期限排序）' },
    { ...reform, name: 'getProblem', method: 'GET', path: 'api/reform/problems/:id', permission: READERS, subject: ReformSubjects.getProblem, convention: 'record-read', request: GetReformProblem.Request, params: { id: { format: 'uuid' } }, reply: ReformProblemView, summary: '问题详情（ETag 为版本号）', problems: [404] },
    { ...reform, name: 'submitRectification', method: 'POST', path: 'api/reform/problems/:id/rectification', permission: [P.reformHandleOwn, P.reformManage], subject: ReformSubjects.submitRectification, convention: 'change', request: SubmitRectification.Request, body: SubmitRectification.Body, params: { id: { format: 'uuid' } }, reply: ReformProblemView, summary: '报送整改情况（责任单位）；须带 If-Match', problems: [404, 422] },
    { ...reform, name: 'verifyRectification', method: 'POST', path: 'api/reform/problems/:id/verification', permission: [P.reformManage], subject: ReformSubjects.verifyRectification, convention: 'change', request: VerifyRectification.Request, body: VerifyRectification.Body, params: { id: { format: 'uuid' } }, reply: ReformProblemView, summary: '验收整改（通过销号或退回重新整改）；须带 If-Match', problems: [404, 422] },
    { ...reform, name: 'recordEvaluation', method: 'POST', path: 'api/reform/evaluations', permission: [P.reformManage], subject: ReformSubjects.recordEvaluation, convention: 'create', request: RecordReformEvaluation.Request, reply: ReformEvaluationView, summary: '登记第三方评估（评估机构、日期、得分、发现）', problems: [404] },
    { ...reform, name: 'listEvaluations', method: 'GET', path: 'api/reform/evaluations', permission: READERS, subject: ReformSubjects.listEvaluations, convention: 'read', request: ListReformEvaluations.Request, query: ListReformEvaluations.Request, reply: ListReformEvaluations.Reply, summary: '第三方评估记录列表' },
  ],
};
