import {
  ConfirmWorkItem,
  CreateWorkItem,
  GetWorkItem,
  ListWorkItems,
  ReportWorkItem,
  ReturnWorkItem,
  UpdateWorkItem,
  WithdrawWorkItem,
  WorkItemDetail,
  WorkItemSubjects,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.workItemsRead, P.workItemsManage, P.workItemsOwn] as const;
const OFFICE = [P.workItemsManage] as const;
const UNITS = [P.workItemsOwn] as const;

const workItems = { tag: '领导小组工作事项', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 政务公开领导小组工作事项 (交办 → 进展报送 → 报完成 → 确认 / 退回补充), owned by disclosure. */
export const workItemsRoutes: Record<string, RouteTable> = {
  DisclosureWorkItemsController: [
    { ...workItems, name: 'list', method: 'GET', path: 'api/disclosure/work-items', permission: READERS, subject: WorkItemSubjects.list, convention: 'read', request: ListWorkItems.Request, query: ListWorkItems.Request, reply: ListWorkItems.Reply, summary: '领导小组工作事项列表（分页、按年度、状态、责任单位筛选，只看逾期，中文模糊搜索；含红黄绿灯和剩余工作日）', description: '单位联络员只能看到本单位牵头或配合的事项。' },
    { ...workItems, name: 'get', method: 'GET', path: 'api/disclosure/work-items/:id', permission: READERS, subject: WorkItemSubjects.get, convention: 'record-read', request: GetWorkItem.Request, params: id, reply: WorkItemDetail, summary: '领导小组工作事项详情、各单位进展及办理过程（ETag 为版本号）', problems: [404] },
    { ...workItems, name: 'create', method: 'POST', path: 'api/disclosure/work-items', permission: OFFICE, subject: WorkItemSubjects.create, convention: 'create', request: CreateWorkItem.Request, reply: WorkItemDetail, summary: '交办工作事项（年度、序号、内容、依据文件、牵头和配合单位、完成时限）；须带 Idempotency-Key', problems: [403, 422] },
    { ...workItems, name: 'update', method: 'PUT', path: 'api/disclosure/work-items/:id', permission: OFFICE, subject: WorkItemSubjects.update, convention: 'change', request: UpdateWorkItem.Request, body: UpdateWorkItem.Body, params: id, reply: WorkItemDetail, summary: '修改进行中或退回补充的工作事项；须带 If-Match', problems: [403, 404, 422] },
    { ...workItems, name: 'report', method: 'POST', path: 'api/disclosure/work-items/:id/reports', permission: UNITS, subject: WorkItemSubjects.report, convention: 'change', request: ReportWorkItem.Request, body: ReportWorkItem.Body, params: id, reply: WorkItemDetail, summary: '责任单位报送进展（联络员只为本单位）；牵头单位可报完成；须带 If-Match', problems: [403, 404, 422] },
    { ...workItems, name: 'confirm', method: 'POST', path: 'api/disclosure/work-items/:id/confirm', permission: OFFICE, subject: WorkItemSubjects.confirm, convention: 'change', request: ConfirmWorkItem.Request, body: ConfirmWorkItem.Body, params: id, reply: WorkItemDetail, summary: '领导小组办公室确认工作事项已完成；须带 If-Match', problems: [403, 404, 422] },
    { ...workItems, name: 'return', method: 'POST', path: 'api/disclosure/work-items/:id/return', permission: OFFICE, subject: WorkItemSubjects.return, convention: 'change', request: ReturnWorkItem.Request, body: ReturnWorkItem.Body, params: id, reply: WorkItemDetail, summary: '退回补充（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...workItems, name: 'withdraw', method: 'POST', path: 'api/disclosure/work-items/:id/withdraw', permission: OFFICE, subject: WorkItemSubjects.withdraw, convention: 'change', request: WithdrawWorkItem.Request, body: WithdrawWorkItem.Body, params: id, reply: WorkItemDetail, summary: '撤销工作事项（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
