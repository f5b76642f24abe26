import { ConfidentialDeliverySubjects, ConfidentialDeliveryView, CreateConfidentialDelivery, GetConfidentialDelivery, ListConfidentialDeliveries, ReceiveConfidentialDelivery, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import { DOCUMENT_READERS } from './common.js';
import type { RouteTable } from '../route-declaration.js';

const confidentialDeliveries = { tag: '公文：机要递送', service: 'document-secretariat' } as const;

/** 机要递送 log: classified copies (份号) handed to a courier, signed for by the receiver. */
export const confidentialRoutes: Record<string, RouteTable> = {
  ConfidentialDeliveriesController: [
    { ...confidentialDeliveries, name: 'list', method: 'GET', path: 'api/documents/confidential-deliveries', permission: DOCUMENT_READERS, subject: ConfidentialDeliverySubjects.list, convention: 'read', request: ListConfidentialDeliveries.Request, query: ListConfidentialDeliveries.Request, reply: ListConfidentialDeliveries.Reply, summary: '机要递送登记簿（按涉密等级可见）' },
    { ...confidentialDeliveries, name: 'create', method: 'POST', path: 'api/documents/confidential-deliveries', permission: [P.documentsProcess], subject: ConfidentialDeliverySubjects.create, convention: 'create', request: CreateConfidentialDelivery.Request, reply: ConfidentialDeliveryView, summary: '登记机要递送（公文、份号、接收方、机要交通员、发出时间）', problems: [403, 404, 422] },
    { ...confidentialDeliveries, name: 'get', method: 'GET', path: 'api/documents/confidential-deliveries/:id', permission: DOCUMENT_READERS, subject: ConfidentialDeliverySubjects.get, convention: 'record-read', request: GetConfidentialDelivery.Request, params: { id: { format: 'uuid' } }, reply: ConfidentialDeliveryView, summary: '机要递送记录详情', problems: [404] },
    { ...confidentialDeliveries, name: 'receive', method: 'POST', path: 'api/documents/confidential-deliveries/:id/receive', permission: [P.documentsProcess, P.documentsHandleOwn], subject: ConfidentialDeliverySubjects.receive, convention: 'change', request: ReceiveConfidentialDelivery.Request, body: ReceiveConfidentialDelivery.Body, params: { id: { format: 'uuid' } }, reply: ConfidentialDeliveryView, summary: '签收（接收人签名和时间）', problems: [403, 404, 422] },
  ],
};
