import { CreateTraining, GetTraining, ListTrainings, TrainingSubjects, TrainingView, UpdateTraining, WithdrawTraining, InformationPermissions as P } from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.trainingsRead, P.trainingsManage] as const;
const WRITERS = [P.trainingsManage] as const;

const trainings = { tag: '政务信息：培训', service: 'information' } as const;

/** 培训, owned by information. */
export const trainingsRoutes: Record<string, RouteTable> = {
  InformationTrainingsController: [
    { ...trainings, name: 'list', method: 'GET', path: 'api/information/trainings', permission: READERS, subject: TrainingSubjects.list, convention: 'read', request: ListTrainings.Request, query: ListTrainings.Request, reply: ListTrainings.Reply, summary: '培训列表（按年度、状态，主题模糊搜索）', description: '仅信息科与领导。' },
    { ...trainings, name: 'get', method: 'GET', path: 'api/information/trainings/:id', permission: READERS, subject: TrainingSubjects.get, convention: 'record-read', request: GetTraining.Request, params: { id: { format: 'uuid' } }, reply: TrainingView, summary: '培训详情（ETag 为版本号）', problems: [404] },
    { ...trainings, name: 'create', method: 'POST', path: 'api/information/trainings', permission: WRITERS, subject: TrainingSubjects.create, convention: 'create', request: CreateTraining.Request, reply: TrainingView, summary: '登记培训（日期、主题、授课人、应参训人员的出席与缺席理由）；须带 Idempotency-Key', problems: [422] },
    { ...trainings, name: 'update', method: 'PUT', path: 'api/information/trainings/:id', permission: WRITERS, subject: TrainingSubjects.update, convention: 'change', request: UpdateTraining.Request, body: UpdateTraining.Body, params: { id: { format: 'uuid' } }, reply: TrainingView, summary: '修改培训；须带 If-Match', problems: [404, 422] },
    { ...trainings, name: 'withdraw', method: 'POST', path: 'api/information/trainings/:id/withdraw', permission: WRITERS, subject: TrainingSubjects.withdraw, convention: 'change', request: WithdrawTraining.Request, body: WithdrawTraining.Body, params: { id: { format: 'uuid' } }, reply: TrainingView, summary: '撤回培训（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
