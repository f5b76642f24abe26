import { AddGazetteEntry, CancelGazetteIssue, CreateGazetteIssue, GazetteIssueView, GazetteSubjects, GetGazetteIssue, ListGazetteIssues, PublishGazetteIssue, RemoveGazetteEntry, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const GAZETTE_READERS = [P.legalAffairsManage, P.documentsRead] as const;

const gazette = { tag: '公文：政府公报', service: 'document-secretariat' } as const;

/** 政府公报: draft issues assembled from issued documents, published with the next number of the year. */
export const gazetteRoutes: Record<string, RouteTable> = {
  GazetteController: [
    { ...gazette, name: 'create', method: 'POST', path: 'api/documents/gazette/issues', permission: [P.legalAffairsManage], subject: GazetteSubjects.create, convention: 'create', request: CreateGazetteIssue.Request, reply: GazetteIssueView, summary: '新建公报期次（草稿；期号在出版时按年连续编定）', problems: [403] },
    { ...gazette, name: 'list', method: 'GET', path: 'api/documents/gazette/issues', permission: GAZETTE_READERS, subject: GazetteSubjects.list, convention: 'read', request: ListGazetteIssues.Request, query: ListGazetteIssues.Request, reply: ListGazetteIssues.Reply, summary: '公报期次列表（按年度、状态筛选）' },
    { ...gazette, name: 'get', method: 'GET', path: 'api/documents/gazette/issues/:id', permission: GAZETTE_READERS, subject: GazetteSubjects.get, convention: 'record-read', request: GetGazetteIssue.Request, params: { id: { format: 'uuid' } }, reply: GazetteIssueView, summary: '公报期次详情（目录按顺序；ETag 为版本号）', problems: [404] },
    { ...gazette, name: 'addEntry', method: 'POST', path: 'api/documents/gazette/issues/:id/entries', permission: [P.legalAffairsManage], subject: GazetteSubjects.addEntry, convention: 'change', request: AddGazetteEntry.Request, body: AddGazetteEntry.Body, params: { id: { format: 'uuid' } }, reply: GazetteIssueView, summary: '编入文件（须为已核发的非密发文；同一文件只刊登一次）；须带 If-Match', problems: [403, 404, 409, 422] },
    { ...gazette, name: 'removeEntry', method: 'POST', path: 'api/documents/gazette/issues/:id/entries/remove', permission: [P.legalAffairsManage], subject: GazetteSubjects.removeEntry, convention: 'change', request: RemoveGazetteEntry.Request, body: RemoveGazetteEntry.Body, params: { id: { format: 'uuid' } }, reply: GazetteIssueView, summary: '从草稿中移出文件（留存原因）；须带 If-Match', problems: [403, 404, 422] },
    { ...gazette, name: 'publish', method: 'POST', path: 'api/documents/gazette/issues/:id/publish', permission: [P.legalAffairsManage], subject: GazetteSubjects.publish, convention: 'change', request: PublishGazetteIssue.Request, body: PublishGazetteIssue.Body, params: { id: { format: 'uuid' } }, reply: GazetteIssueView, summary: '出版（编定期号，如 2026年第3期；出版后不可更改）；须带 If-Match', problems: [403, 404, 422] },
    { ...gazette, name: 'cancel', method: 'POST', path: 'api/documents/gazette/issues/:id/cancel', permission: [P.legalAffairsManage], subject: GazetteSubjects.cancel, convention: 'change', request: CancelGazetteIssue.Request, body: CancelGazetteIssue.Body, params: { id: { format: 'uuid' } }, reply: GazetteIssueView, summary: '撤销草稿期次（不删除；其中的文件可编入其他期次）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
