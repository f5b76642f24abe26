import {
  AdjustBudget,
  ApproveBudget,
  BudgetSubjects,
  BudgetView,
  CloseBudget,
  CreateBudget,
  ExportBudgetFinalAccounts,
  GetBudget,
  ListBudgetEntries,
  ListBudgets,
  RecordBudgetEntry,
  SetUnitBudget,
  TransferToUnit,
  UpdateBudget,
  VoidBudgetEntry,
  WithdrawBudget,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.budgetsRead, P.budgetsManage] as const;
const WRITERS = [P.budgetsManage] as const;

const budgets = { tag: '预算/决算', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 预算/决算, owned by personnel-finance. */
export const budgetsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceBudgetsController: [
    { ...budgets, name: 'list', method: 'GET', path: 'api/personnel-finance/budgets', permission: READERS, subject: BudgetSubjects.list, convention: 'read', request: ListBudgets.Request, query: ListBudgets.Request, reply: ListBudgets.Reply, summary: '年度预算列表（按状态筛选、标题模糊搜索）', problems: [403] },
    { ...budgets, name: 'exportFinalAccounts', method: 'GET', path: 'api/personnel-finance/budgets/:id/final-accounts.xlsx', permission: READERS, subject: BudgetSubjects.exportFinalAccounts, convention: 'download', request: ExportBudgetFinalAccounts.Request, params: id, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出年度决算表（.xlsx）：各项目年初预算、调整后预算、承诺、支付、拨付、结余与执行率，及下属单位预算汇总', description: '取自决算时保存的快照，不重新计算；未决算的预算返回 422（BUDGET.NOT_CLOSED）。', problems: [403, 404, 422] },
    { ...budgets, name: 'get', method: 'GET', path: 'api/personnel-finance/budgets/:id', permission: READERS, subject: BudgetSubjects.get, convention: 'record-read', request: GetBudget.Request, params: id, reply: BudgetView, summary: '预算详情：各项目执行情况与执行率、批复、调整、下属单位预算汇总、决算（ETag 为版本号）', problems: [403, 404] },
    { ...budgets, name: 'entries', method: 'GET', path: 'api/personnel-finance/budgets/:id/entries', permission: READERS, subject: BudgetSubjects.entries, convention: 'read', request: ListBudgetEntries.Request, query: ListBudgetEntries.Query, params: id, reply: ListBudgetEntries.Reply, summary: '预算执行记录（承诺、支付、拨付；含已作废）', problems: [403, 404] },
    { ...budgets, name: 'create', method: 'POST', path: 'api/personnel-finance/budgets', permission: WRITERS, subject: BudgetSubjects.create, convention: 'create', request: CreateBudget.Request, reply: BudgetView, summary: '编制年度预算（按功能分类、经济分类列项目，金额以分计）；须带 Idempotency-Key', problems: [403, 422] },
    { ...budgets, name: 'update', method: 'PUT', path: 'api/personnel-finance/budgets/:id', permission: WRITERS, subject: BudgetSubjects.update, convention: 'change', request: UpdateBudget.Request, body: UpdateBudget.Body, params: id, reply: BudgetView, summary: '修改编制中的预算；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'approve', method: 'POST', path: 'api/personnel-finance/budgets/:id/approve', permission: WRITERS, subject: BudgetSubjects.approve, convention: 'change', request: ApproveBudget.Request, body: ApproveBudget.Body, params: id, reply: BudgetView, summary: '登记预算批复（文号、日期、机关），此后预算只能调整；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'adjust', method: 'POST', path: 'api/personnel-finance/budgets/:id/adjust', permission: WRITERS, subject: BudgetSubjects.adjust, convention: 'change', request: AdjustBudget.Request, body: AdjustBudget.Body, params: id, reply: BudgetView, summary: '预算调整（理由、批准文号、批准人与日期；不得低于已执行金额）；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'recordEntry', method: 'POST', path: 'api/personnel-finance/budgets/:id/entries', permission: WRITERS, subject: BudgetSubjects.recordEntry, convention: 'change', request: RecordBudgetEntry.Request, body: RecordBudgetEntry.Body, params: id, reply: BudgetView, summary: '记录一笔承诺或支付（支付超出项目可用余额被拒绝）；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'transfer', method: 'POST', path: 'api/personnel-finance/budgets/:id/transfers', permission: WRITERS, subject: BudgetSubjects.transfer, convention: 'change', request: TransferToUnit.Request, body: TransferToUnit.Body, params: id, reply: BudgetView, summary: '向下属单位拨付（金额、用途、批准人与日期，记入预算项目）；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'voidEntry', method: 'POST', path: 'api/personnel-finance/budgets/:id/void-entry', permission: WRITERS, subject: BudgetSubjects.voidEntry, convention: 'change', request: VoidBudgetEntry.Request, body: VoidBudgetEntry.Body, params: id, reply: BudgetView, summary: '作废一笔执行记录（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'setUnitBudget', method: 'POST', path: 'api/personnel-finance/budgets/:id/unit-budgets', permission: WRITERS, subject: BudgetSubjects.setUnitBudget, convention: 'change', request: SetUnitBudget.Request, body: SetUnitBudget.Body, params: id, reply: BudgetView, summary: '登记下属单位年度预算（基本支出、项目支出），汇入预算汇总；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'close', method: 'POST', path: 'api/personnel-finance/budgets/:id/close', permission: WRITERS, subject: BudgetSubjects.close, convention: 'change', request: CloseBudget.Request, body: CloseBudget.Body, params: id, reply: BudgetView, summary: '年度决算：保存预算与执行的最终快照（此后不可更改）；须带 If-Match', problems: [403, 404, 422] },
    { ...budgets, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/budgets/:id/withdraw', permission: WRITERS, subject: BudgetSubjects.withdraw, convention: 'change', request: WithdrawBudget.Request, body: WithdrawBudget.Body, params: id, reply: BudgetView, summary: '撤回编制中的预算（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
