import { ActOnFiling, CreateFiling, FilingSubjects, FilingView, GetFiling, ListFilings, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const FILING_READERS = [P.legalAffairsManage, P.documentsRead] as const;

const filings = { tag: '公文：报备', service: 'document-secretariat' } as const;

/** 报备 (规范性文件备案) with the statutory due date and its explanation; the overdue list. */
export const filingsRoutes: Record<string, RouteTable> = {
  FilingsController: [
    { ...filings, name: 'create', method: 'POST', path: 'api/documents/filings', permission: [P.legalAffairsManage], subject: FilingSubjects.create, convention: 'create', request: CreateFiling.Request, reply: FilingView, summary: '登记报备（已核发的文件；报备期限自公布日次日起算，按配置的期限由期限引擎计算并说明）', problems: [403, 404, 409, 422] },
    { ...filings, name: 'list', method: 'GET', path: 'api/documents/filings', permission: FILING_READERS, subject: FilingSubjects.list, convention: 'read', request: ListFilings.Request, query: ListFilings.Request, reply: ListFilings.Reply, summary: '报备列表（按状态筛选；overdue=true 为逾期未报备清单；按标题或文号模糊搜索）' },
    { ...filings, name: 'get', method: 'GET', path: 'api/documents/filings/:id', permission: FILING_READERS, subject: FilingSubjects.get, convention: 'record-read', request: GetFiling.Request, params: { id: { format: 'uuid' } }, reply: FilingView, summary: '报备详情（含期限计算过程；ETag 为版本号）', problems: [404] },
    { ...filings, name: 'act', method: 'POST', path: 'api/documents/filings/:id/actions', permission: [P.legalAffairsManage], subject: FilingSubjects.act, convention: 'change', request: ActOnFiling.Request, body: ActOnFiling.Body, params: { id: { format: 'uuid' } }, reply: FilingView, summary: '报备办理：报送、备案通过、退回、撤回；须带 If-Match', problems: [403, 404, 422] },
  ],
};
