import { DecideUnitRequest, GetUnitRequest, ListUnitRequests, ProposeUnitRequest, ReplyUnitRequest, SubmitUnitRequest, UnitRequestSubjects, UnitRequestView, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import { DOCUMENT_READERS } from './common.js';
import type { RouteTable } from '../route-declaration.js';

const unitRequests = { tag: '公文：单位请示', service: 'document-secretariat' } as const;

/** 请示 from units: 提交 → 拟办意见 → 领导决定 → 批复. */
export const requestsRoutes: Record<string, RouteTable> = {
  UnitRequestsController: [
    { ...unitRequests, name: 'list', method: 'GET', path: 'api/documents/requests', permission: DOCUMENT_READERS, subject: UnitRequestSubjects.list, convention: 'read', request: ListUnitRequests.Request, query: ListUnitRequests.Request, reply: ListUnitRequests.Reply, summary: '请示列表（联络员只看到本单位的；overdue=true 为逾期请示及各单位逾期件数）' },
    { ...unitRequests, name: 'submit', method: 'POST', path: 'api/documents/requests', permission: [P.documentsHandleOwn, P.documentsProcess], subject: UnitRequestSubjects.submit, convention: 'create', request: SubmitUnitRequest.Request, reply: UnitRequestView, summary: '提交请示（联络员以本单位名义）或登记纸质请示（文秘科）', problems: [403] },
    { ...unitRequests, name: 'get', method: 'GET', path: 'api/documents/requests/:id', permission: DOCUMENT_READERS, subject: UnitRequestSubjects.get, convention: 'record-read', request: GetUnitRequest.Request, params: { id: { format: 'uuid' } }, reply: UnitRequestView, summary: '请示详情（含领导决定和批复）', problems: [404] },
    { ...unitRequests, name: 'propose', method: 'POST', path: 'api/documents/requests/:id/propose', permission: [P.documentsProcess], subject: UnitRequestSubjects.propose, convention: 'change', request: ProposeUnitRequest.Request, body: ProposeUnitRequest.Body, params: { id: { format: 'uuid' } }, reply: UnitRequestView, summary: '拟办意见', problems: [403, 404, 422] },
    { ...unitRequests, name: 'decide', method: 'POST', path: 'api/documents/requests/:id/decide', permission: [P.documentsInstruct], subject: UnitRequestSubjects.decide, convention: 'change', request: DecideUnitRequest.Request, body: DecideUnitRequest.Body, params: { id: { format: 'uuid' } }, reply: UnitRequestView, summary: '领导决定（同意、不同意、其他意见）', problems: [403, 404, 422] },
    { ...unitRequests, name: 'reply', method: 'POST', path: 'api/documents/requests/:id/reply', permission: [P.documentsProcess], subject: UnitRequestSubjects.reply, convention: 'change', request: ReplyUnitRequest.Request, body: ReplyUnitRequest.Body, params: { id: { format: 'uuid' } }, reply: UnitRequestView, summary: '批复（与请示关联，可填批复文号或对应发文）', problems: [403, 404, 422] },
  ],
};
