import { ApplySeal, CreateSeal, DecideSealRequest, GetSeal, GetSealRequest, ListSealRequests, ListSeals, ListSealUses, RequestSealUse, RetireSeal, SealRequestView, SealSubjects, SealView, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const SEAL_PARTIES = [P.sealsRequest, P.sealsApprove, P.sealsManage] as const;

const seals = { tag: '印鉴管理', service: 'document-secretariat' } as const;

/** 印鉴: the seal registry, use requests and their approval, and the use log (document-secretariat). */
export const sealsRoutes: Record<string, RouteTable> = {
  SealsController: [
    { ...seals, name: 'list', method: 'GET', path: 'api/documents/seals', permission: SEAL_PARTIES, subject: SealSubjects.list, convention: 'read', request: ListSeals.Request, query: ListSeals.Request, reply: ListSeals.Reply, summary: '印章登记簿' },
    { ...seals, name: 'create', method: 'POST', path: 'api/documents/seals', permission: [P.sealsManage], subject: SealSubjects.create, convention: 'create', request: CreateSeal.Request, reply: SealView, summary: '登记印章（文秘科）', problems: [403, 409] },
    { ...seals, name: 'get', method: 'GET', path: 'api/documents/seals/:id', permission: SEAL_PARTIES, subject: SealSubjects.get, convention: 'record-read', request: GetSeal.Request, params: { id: { format: 'uuid' } }, reply: SealView, summary: '印章详情（ETag 为版本号）', problems: [404] },
    { ...seals, name: 'retire', method: 'POST', path: 'api/documents/seals/:id/retire', permission: [P.sealsManage], subject: SealSubjects.retire, convention: 'change', request: RetireSeal.Request, body: RetireSeal.Body, params: { id: { format: 'uuid' } }, reply: SealView, summary: '停用印章（不删除，须写明原因）', problems: [403, 404, 422] },
    { ...seals, name: 'requests', method: 'GET', path: 'api/documents/seal-requests', permission: SEAL_PARTIES, subject: SealSubjects.listRequests, convention: 'read', request: ListSealRequests.Request, query: ListSealRequests.Request, reply: ListSealRequests.Reply, summary: '用印申请列表（申请人看本人的，审批人和保管人看全部）' },
    { ...seals, name: 'request', method: 'POST', path: 'api/documents/seal-requests', permission: [P.sealsRequest], subject: SealSubjects.request, convention: 'create', request: RequestSealUse.Request, reply: SealRequestView, summary: '申请用印（可关联发文）', problems: [403, 404, 422] },
    { ...seals, name: 'getRequest', method: 'GET', path: 'api/documents/seal-requests/:id', permission: SEAL_PARTIES, subject: SealSubjects.getRequest, convention: 'record-read', request: GetSealRequest.Request, params: { id: { format: 'uuid' } }, reply: SealRequestView, summary: '用印申请详情（含用印记录；ETag 为版本号）', problems: [404] },
    { ...seals, name: 'decide', method: 'POST', path: 'api/documents/seal-requests/:id/decision', permission: [P.sealsApprove], subject: SealSubjects.decide, convention: 'change', request: DecideSealRequest.Request, body: DecideSealRequest.Body, params: { id: { format: 'uuid' } }, reply: SealRequestView, summary: '审批用印申请（批准或驳回，驳回须写明理由）', problems: [403, 404, 422] },
    { ...seals, name: 'apply', method: 'POST', path: 'api/documents/seal-requests/:id/uses', permission: [P.sealsManage], subject: SealSubjects.apply, convention: 'change', request: ApplySeal.Request, body: ApplySeal.Body, params: { id: { format: 'uuid' } }, reply: SealRequestView, summary: '用印（登记用印记录；未经批准不能用印）', problems: [403, 404, 422] },
    { ...seals, name: 'uses', method: 'GET', path: 'api/documents/seal-uses', permission: [P.sealsManage, P.sealsApprove], subject: SealSubjects.listUses, convention: 'read', request: ListSealUses.Request, query: ListSealUses.Request, reply: ListSealUses.Reply, summary: '用印登记簿（谁、何时、用哪枚印章、几次、为何文件）' },
  ],
};
