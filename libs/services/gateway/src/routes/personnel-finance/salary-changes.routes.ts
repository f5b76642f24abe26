import { CreateSalaryChange, GetSalaryChange, ListSalaryChanges, ListSalaryStepsDue, SalaryChangeSubjects, SalaryChangeView, VoidSalaryChange, PersonnelFinancePermissions as P } from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.salaryChangesRead, P.salaryChangesManage] as const;
const WRITERS = [P.salaryChangesManage] as const;

const salaryChanges = { tag: '工资晋级晋档', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;
const RULE = '正常晋升档次：前两年年度考核均为称职及以上，一般每两年晋升一个档次（《公务员工资制度改革方案》（2006年））；受处分期间不得晋升（《公务员法》第六十四条）。';

/** 工资晋级晋档, owned by personnel-finance. */
export const salaryChangesRoutes: Record<string, RouteTable> = {
  PersonnelFinanceSalaryChangesController: [
    { ...salaryChanges, name: 'list', method: 'GET', path: 'api/personnel-finance/salary-changes', permission: READERS, subject: SalaryChangeSubjects.list, convention: 'read', request: ListSalaryChanges.Request, query: ListSalaryChanges.Request, reply: ListSalaryChanges.Reply, summary: '工资晋级晋档列表（按人员、执行年份、状态筛选，姓名模糊搜索）', problems: [403] },
    { ...salaryChanges, name: 'get', method: 'GET', path: 'api/personnel-finance/salary-changes/:id', permission: READERS, subject: SalaryChangeSubjects.get, convention: 'record-read', request: GetSalaryChange.Request, params: id, reply: SalaryChangeView, summary: '工资晋级晋档详情（ETag 为版本号）', problems: [404] },
    { ...salaryChanges, name: 'create', method: 'POST', path: 'api/personnel-finance/salary-changes', permission: WRITERS, subject: SalaryChangeSubjects.create, convention: 'create', request: CreateSalaryChange.Request, reply: SalaryChangeView, summary: '登记工资晋级晋档（变动前后级别、档次、基本工资，依据文件，审批人，执行月份）；须带 Idempotency-Key', description: `${RULE}自执行月份起，工资扣缴按变动后的基本工资计算。`, problems: [403, 422] },
    { ...salaryChanges, name: 'void', method: 'POST', path: 'api/personnel-finance/salary-changes/:id/void', permission: WRITERS, subject: SalaryChangeSubjects.void, convention: 'change', request: VoidSalaryChange.Request, body: VoidSalaryChange.Body, params: id, reply: SalaryChangeView, summary: '作废有误的工资变动（须说明理由，记录保留）；须带 If-Match', problems: [403, 404, 422] },
    { ...salaryChanges, name: 'due', method: 'GET', path: 'api/personnel-finance/salary-steps-due', permission: READERS, subject: SalaryChangeSubjects.due, convention: 'read', request: ListSalaryStepsDue.Request, query: ListSalaryStepsDue.Request, reply: ListSalaryStepsDue.Reply, summary: '年度应正常晋升档次人员名单', description: RULE, problems: [403] },
  ],
};
