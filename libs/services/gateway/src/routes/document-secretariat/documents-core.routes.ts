import { BodyVersionSubjects, BodyVersionView, DiffBodyVersions, FileSubjects, GetBodyVersion, GetFile, GetTimeline, ListBodyVersions, RECORD_KINDS, RegistrySubjects, SearchRecords, StoredFileView, TimelineSubjects, UploadFile, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import { DOCUMENT_READERS } from './common.js';
import type { RouteTable } from '../route-declaration.js';

const documentsCore = { tag: '公文：文件、检索与办理时间线', service: 'document-secretariat' } as const;

/** Files, search across every kind of record, and the timeline of any record (document-secretariat). */
export const documentsCoreRoutes: Record<string, RouteTable> = {
  DocumentsCoreController: [
    { ...documentsCore, name: 'upload', method: 'POST', path: 'api/documents/files', permission: [P.filesUpload], subject: FileSubjects.upload, convention: 'create-unversioned', uploadQuota: true, request: UploadFile.Request, reply: StoredFileView, summary: '上传文件（正文、附件）', description: '内容以 Base64 提交（≤ 700 KiB），服务端计算 SHA-256 并返回；记录引用文件时须同时给出 id 与 SHA-256，文件一经上传不可修改或替换。每人每天的上传量有上限（超出返回 429）。', problems: [413, 429] },
    { ...documentsCore, name: 'file', method: 'GET', path: 'api/documents/files/:id', permission: [...DOCUMENT_READERS, P.filesUpload], subject: FileSubjects.get, convention: 'read', request: GetFile.Request, params: { id: { format: 'uuid' } }, reply: StoredFileView, summary: '文件信息（含 SHA-256）', problems: [404] },
    { ...documentsCore, name: 'content', method: 'GET', path: 'api/documents/files/:id/content', permission: [...DOCUMENT_READERS, P.filesUpload], subject: FileSubjects.content, convention: 'download', request: GetFile.Request, params: { id: { format: 'uuid' } }, download: { produces: 'application/octet-stream', description: '文件内容', contentDigest: true }, summary: '下载文件内容', description: '响应头 ETag 与 Repr-Digest 为内容的 SHA-256。', problems: [404] },
    { ...documentsCore, name: 'search', method: 'GET', path: 'api/documents/search', permission: DOCUMENT_READERS, subject: RegistrySubjects.search, convention: 'read', request: SearchRecords.Request, query: SearchRecords.Request, reply: SearchRecords.Reply, summary: '公文检索（收文、发文、请示、批示等，按标题或文号模糊搜索）', description: '只返回本人涉密等级和职责范围内可见的记录。' },
    { ...documentsCore, name: 'timeline', method: 'GET', path: 'api/documents/timeline/:kind/:id', permission: DOCUMENT_READERS, subject: TimelineSubjects.get, convention: 'read', request: GetTimeline.Request, params: { kind: { enum: RECORD_KINDS }, id: { format: 'uuid' } }, reply: GetTimeline.Reply, summary: '记录的办理时间线（每一步的办理人和时间）', problems: [404] },
    { ...documentsCore, name: 'versions', method: 'GET', path: 'api/documents/versions/:kind/:id', permission: DOCUMENT_READERS, subject: BodyVersionSubjects.list, convention: 'read', request: ListBodyVersions.Request, params: { kind: { enum: RECORD_KINDS }, id: { format: 'uuid' } }, reply: ListBodyVersions.Reply, summary: '正文的全部版本（每次保存一版，含 SHA-256）', problems: [404] },
    { ...documentsCore, name: 'diff', method: 'GET', path: 'api/documents/versions/:kind/:id/diff', permission: DOCUMENT_READERS, subject: BodyVersionSubjects.diff, convention: 'read', request: DiffBodyVersions.Request, query: DiffBodyVersions.Request, params: { kind: { enum: RECORD_KINDS }, id: { format: 'uuid' } }, reply: DiffBodyVersions.Reply, summary: '比较正文的两个版本（逐行）', problems: [404] },
    { ...documentsCore, name: 'version', method: 'GET', path: 'api/documents/versions/:kind/:id/:versionNo', permission: DOCUMENT_READERS, subject: BodyVersionSubjects.get, convention: 'read', request: GetBodyVersion.Request, params: { kind: { enum: RECORD_KINDS }, id: { format: 'uuid' }, versionNo: { type: 'integer' } }, reply: BodyVersionView, summary: '正文的某一版本', problems: [404] },
  ],
};
