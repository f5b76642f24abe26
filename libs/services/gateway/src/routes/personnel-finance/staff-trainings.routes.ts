import {
  CreateTrainingPlan,
  CreateTrainingSession,
  GetTrainingHours,
  GetTrainingPlan,
  GetTrainingSession,
  ListTrainingPlans,
  ListTrainingSessions,
  StaffTrainingSubjects,
  TrainingPlanView,
  TrainingReasonBody,
  TrainingSessionView,
  UpdateTrainingPlan,
  UpdateTrainingSession,
  WithdrawTrainingPlan,
  WithdrawTrainingSession,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.staffTrainingsRead, P.staffTrainingsManage] as const;
const WRITERS = [P.staffTrainingsManage] as const;

const trainings = { tag: '培训', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 培训 (人事科), owned by personnel-finance: plans, sessions with attendance, hours per person per year. */
export const staffTrainingsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceTrainingPlansController: [
    { ...trainings, name: 'list', method: 'GET', path: 'api/personnel-finance/training-plans', permission: READERS, subject: StaffTrainingSubjects.planList, convention: 'read', request: ListTrainingPlans.Request, query: ListTrainingPlans.Request, reply: ListTrainingPlans.Reply, summary: '培训计划列表（按年度、类别、状态筛选；含已登记班次和学时）', problems: [403] },
    { ...trainings, name: 'get', method: 'GET', path: 'api/personnel-finance/training-plans/:id', permission: READERS, subject: StaffTrainingSubjects.planGet, convention: 'record-read', request: GetTrainingPlan.Request, params: id, reply: TrainingPlanView, summary: '培训计划详情（ETag 为版本号）', problems: [404] },
    { ...trainings, name: 'create', method: 'POST', path: 'api/personnel-finance/training-plans', permission: WRITERS, subject: StaffTrainingSubjects.planCreate, convention: 'create', request: CreateTrainingPlan.Request, reply: TrainingPlanView, summary: '将一个培训项目列入年度计划（初任、任职、专门业务、在职培训）；须带 Idempotency-Key', problems: [403, 422] },
    { ...trainings, name: 'update', method: 'PUT', path: 'api/personnel-finance/training-plans/:id', permission: WRITERS, subject: StaffTrainingSubjects.planUpdate, convention: 'change', request: UpdateTrainingPlan.Request, body: UpdateTrainingPlan.Body, params: id, reply: TrainingPlanView, summary: '修改培训计划项目；须带 If-Match', problems: [403, 404, 422] },
    { ...trainings, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/training-plans/:id/withdraw', permission: WRITERS, subject: StaffTrainingSubjects.planWithdraw, convention: 'change', request: WithdrawTrainingPlan.Request, body: TrainingReasonBody, params: id, reply: TrainingPlanView, summary: '撤回培训计划项目（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
  ],
  PersonnelFinanceTrainingSessionsController: [
    { ...trainings, name: 'list', method: 'GET', path: 'api/personnel-finance/training-sessions', permission: READERS, subject: StaffTrainingSubjects.sessionList, convention: 'read', request: ListTrainingSessions.Request, query: ListTrainingSessions.Request, reply: ListTrainingSessions.Reply, summary: '培训班次列表（按计划、年度、参训人员筛选）', problems: [403] },
    { ...trainings, name: 'get', method: 'GET', path: 'api/personnel-finance/training-sessions/:id', permission: READERS, subject: StaffTrainingSubjects.sessionGet, convention: 'record-read', request: GetTrainingSession.Request, params: id, reply: TrainingSessionView, summary: '培训班次详情：参训人员、出勤与缺席原因（ETag 为版本号）', problems: [404] },
    { ...trainings, name: 'create', method: 'POST', path: 'api/personnel-finance/training-sessions', permission: WRITERS, subject: StaffTrainingSubjects.sessionCreate, convention: 'create', request: CreateTrainingSession.Request, reply: TrainingSessionView, summary: '登记一期培训班次及出勤（参训人员须为在职工作人员，缺席须说明原因）；须带 Idempotency-Key', problems: [403, 422] },
    { ...trainings, name: 'update', method: 'PUT', path: 'api/personnel-finance/training-sessions/:id', permission: WRITERS, subject: StaffTrainingSubjects.sessionUpdate, convention: 'change', request: UpdateTrainingSession.Request, body: UpdateTrainingSession.Body, params: id, reply: TrainingSessionView, summary: '修改培训班次或出勤；须带 If-Match', problems: [403, 404, 422] },
    { ...trainings, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/training-sessions/:id/withdraw', permission: WRITERS, subject: StaffTrainingSubjects.sessionWithdraw, convention: 'change', request: WithdrawTrainingSession.Request, body: TrainingReasonBody, params: id, reply: TrainingSessionView, summary: '撤回培训班次（须说明理由），其学时不再计入；须带 If-Match', problems: [403, 404, 422] },
    { ...trainings, name: 'hours', method: 'GET', path: 'api/personnel-finance/training-hours', permission: READERS, subject: StaffTrainingSubjects.hours, convention: 'read', request: GetTrainingHours.Request, query: GetTrainingHours.Request, reply: GetTrainingHours.Reply, summary: '年度每人培训学时及是否达标', description: '《公务员培训规定》：公务员每年参加在职培训的时间累计一般不少于 12 天或者 90 学时；天数或学时之一达到即为达标。', problems: [403] },
  ],
};
