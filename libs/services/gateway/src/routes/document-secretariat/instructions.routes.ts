import { FollowUpInstruction, GetInstruction, InstructionSubjects, InstructionView, ListInstructions, RecordInstruction, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import { DOCUMENT_READERS } from './common.js';
import type { RouteTable } from '../route-declaration.js';

const instructions = { tag: '公文：领导批示', service: 'document-secretariat' } as const;

/** 领导批示 on 收文, 请示 or any record; relayed to the units named, followed by 秘书一科/二科, published to supervision. */
export const instructionsRoutes: Record<string, RouteTable> = {
  InstructionsController: [
    { ...instructions, name: 'list', method: 'GET', path: 'api/documents/instructions', permission: DOCUMENT_READERS, subject: InstructionSubjects.list, convention: 'read', request: ListInstructions.Request, query: ListInstructions.Request, reply: ListInstructions.Reply, summary: '批示列表及跟踪落实情况（秘书二科：followedBy=mishu_er 为副区长批示）' },
    { ...instructions, name: 'record', method: 'POST', path: 'api/documents/instructions', permission: [P.documentsInstruct, P.documentsProcess], subject: InstructionSubjects.record, convention: 'create', request: RecordInstruction.Request, reply: InstructionView, summary: '领导批示（收文上的批示即为批办）', description: '领导本人批示；或文秘、秘书人员代录纸质批示（须写明领导）。只记录、只发布一次：Idempotency-Key 或请求体中的 requestId 相同的重试返回第一次的批示。', problems: [403, 404, 409, 422] },
    { ...instructions, name: 'get', method: 'GET', path: 'api/documents/instructions/:id', permission: DOCUMENT_READERS, subject: InstructionSubjects.get, convention: 'record-read', request: GetInstruction.Request, params: { id: { format: 'uuid' } }, reply: InstructionView, summary: '批示详情（含转达各单位的签收、阅读回执）', problems: [404] },
    { ...instructions, name: 'followUp', method: 'POST', path: 'api/documents/instructions/:id/follow-up', permission: [P.documentsProcess], subject: InstructionSubjects.followUp, convention: 'change', request: FollowUpInstruction.Request, body: FollowUpInstruction.Body, params: { id: { format: 'uuid' } }, reply: InstructionView, summary: '登记批示跟踪落实情况（秘书一科/二科）', problems: [403, 404, 422] },
  ],
};
